import type { Channel } from '@shared/contract/channels';
import type { ContractInput, ContractOutput } from '@shared/contract/contract';

/** Calls the harness's HTTP API as the app does, failing on any error result instead of returning it. */
export async function callHarness<C extends Channel>(
  harnessUrl: string,
  channel: C,
  input: ContractInput<C>,
): Promise<ContractOutput<C>> {
  const response = await fetch(`${harnessUrl}api/${channel}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(input),
  });
  const result = (await response.json()) as
    { ok: true; value: ContractOutput<C> } | { ok: false; error: { code: string; message: string } };
  if (!result.ok) throw new Error(`${channel} failed: ${result.error.code}: ${result.error.message}`);
  return result.value;
}

/** Empties the library, first-run sample included, so a test's stories are the only ones in it. */
export async function purgeEveryStory(harnessUrl: string): Promise<void> {
  const { items } = await callHarness(harnessUrl, 'story:list', { view: 'active', limit: 500 });
  for (const { id } of items) {
    await callHarness(harnessUrl, 'story:trash', { id });
    await callHarness(harnessUrl, 'story:purge', { id });
  }
}
