import { describe, expect, it } from 'vitest';
import { buildApi } from '@shared/contract/api';
import { CHANNELS } from '@shared/contract/channels';
import { contract } from '@shared/contract/contract';

describe('buildApi', () => {
  it('offers one method per channel, grouped by domain, and sends each on its own channel', async () => {
    const sent: [string, unknown][] = [];
    const api = buildApi(async (channel, input) => {
      sent.push([channel, input]);
      return { ok: true, value: channel };
    });
    await api.story.list({ view: 'trash' });
    await api.library.status({});
    expect(sent).toEqual([
      ['story:list', { view: 'trash' }],
      ['library:status', {}],
    ]);
    const methods = Object.entries(api).flatMap(([domain, calls]) =>
      Object.keys(calls).map((a) => `${domain}:${a}`),
    );
    expect(methods.sort()).toEqual([...CHANNELS].sort());
  });

  it('has a schema for every channel and a channel for every schema', () => {
    expect(Object.keys(contract).sort()).toEqual([...CHANNELS].sort());
    for (const channel of CHANNELS) expect(channel).toMatch(/^[a-z]+:[a-z]+$/);
  });
});
