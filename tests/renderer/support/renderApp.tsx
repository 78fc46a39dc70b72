import { ApiContext } from '../../../src/renderer/src/api/ApiContext';
import { App } from '../../../src/renderer/src/app/App';
import type { FakeLibrary } from './fakeLibrary';
import type { Rendered } from './render';
import { render, settle } from './render';

export async function renderApp(library: FakeLibrary): Promise<Rendered> {
  const rendered = await render(
    <ApiContext value={library.api}>
      <App />
    </ApiContext>,
  );
  await settle();
  return rendered;
}
