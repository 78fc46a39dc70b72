import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { searchProcessRunner } from '../../../src/main/app/searchProcessRunner';
import type { SearchProcess } from '../../../src/main/app/searchProcessRunner';
import type { SearchEngineKind } from '../../../src/main/search/SearchEngine';
import type { RequestEnvelope } from '../../../src/main/search/worker/protocol';
import { searchInitFrom } from '../../../src/main/search/worker/utilityProcessPort';

class FakeProcess extends EventEmitter implements SearchProcess {
  sent: RequestEnvelope[] = [];
  killed = false;
  postMessage(message: unknown): void {
    this.sent.push(message as RequestEnvelope);
  }
  kill(): boolean {
    this.killed = true;
    return true;
  }
}

const init = { engine: 'compact', indexFile: '/library/search/index.dat' };

function started() {
  const child = new FakeProcess();
  const forks: { modulePath: string; args: string[] }[] = [];
  const runner = searchProcessRunner((modulePath, args) => {
    forks.push({ modulePath, args });
    return child;
  }, '/app/out/main/searchWorker.js');
  const channel = runner(init, {} as SearchEngineKind);
  return { child, forks, channel };
}

describe('searchProcessRunner', () => {
  it('starts the worker script with its init and routes each answer to its request', async () => {
    const { child, forks, channel } = started();
    expect(forks).toHaveLength(1);
    expect(forks[0]!.modulePath).toBe('/app/out/main/searchWorker.js');
    expect(searchInitFrom(forks[0]!.args)).toEqual(init);

    const first = channel.request({ op: 'search', text: 'ferry', limit: 5 });
    const second = channel.request({ op: 'remove', ids: ['a'] });
    const [one, two] = child.sent;
    child.emit('message', { seq: two!.seq, ok: true, value: { size: 3 } });
    child.emit('message', { seq: one!.seq, ok: false, message: 'The index is broken.' });
    await expect(second).resolves.toEqual({ size: 3 });
    await expect(first).rejects.toThrow('The index is broken.');
  });

  it('refuses what waits and what follows once the process has died', async () => {
    const { child, channel } = started();
    const waiting = channel.request({ op: 'open' });
    child.emit('exit', 9);
    await expect(waiting).rejects.toThrow('The search process stopped (exit code 9).');
    await expect(channel.request({ op: 'open' })).rejects.toThrow('exit code 9');
  });

  it('ends the process on close and refuses later requests', async () => {
    const { child, channel } = started();
    await channel.close();
    expect(child.killed).toBe(true);
    await expect(channel.request({ op: 'open' })).rejects.toThrow('closed');
  });
});
