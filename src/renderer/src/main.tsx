import './configureZod';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ApiContext } from './api/ApiContext';
import { copydesk, copydeskEvents } from './api/client';
import { EventsContext } from './api/EventsContext';
import { App } from './app/App';
import './styles/theme.css';
import './styles/base.css';
import './styles/layout.css';
import './styles/library.css';
import './styles/editor.css';
import './styles/metadata.css';
import './styles/prosemirror.css';
import './styles/story-body.css';
import './styles/revisions.css';
import './styles/dialog.css';
import './styles/find.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element.');

createRoot(root).render(
  <StrictMode>
    <ApiContext value={copydesk}>
      <EventsContext value={copydeskEvents}>
        <App />
      </EventsContext>
    </ApiContext>
  </StrictMode>,
);
