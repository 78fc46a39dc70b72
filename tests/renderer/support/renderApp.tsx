import type { CopydeskEvents } from '@shared/contract/menuCommands';
import { ApiContext } from '../../../src/renderer/src/api/ApiContext';
import { EventsContext, NO_EVENTS } from '../../../src/renderer/src/api/EventsContext';
import { App } from '../../../src/renderer/src/app/App';
import type { FakeLibrary } from './fakeLibrary';
import type { Rendered } from './render';
import { render, settle } from './render';

export async function renderApp(library: FakeLibrary, events: CopydeskEvents = NO_EVENTS): Promise<Rendered> {
  const rendered = await render(
    <ApiContext value={library.api}>
      <EventsContext value={events}>
        <App />
      </EventsContext>
    </ApiContext>,
  );
  await settle();
  return rendered;
}
