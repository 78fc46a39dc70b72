import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import {
  searchInitArgument,
  searchInitFrom,
  utilityProcessPort,
} from '../../../../src/main/search/worker/utilityProcessPort';
import type { ElectronParentPort } from '../../../../src/main/search/worker/utilityProcessPort';

describe('utilityProcessPort', () => {
  it('unwraps the events of Electron’s parent port and posts replies as they are', () => {
    const posted: unknown[] = [];
    const parent = Object.assign(new EventEmitter(), {
      postMessage: (message: unknown) => posted.push(message),
    }) as unknown as ElectronParentPort & EventEmitter;
    const received: unknown[] = [];
    const port = utilityProcessPort(parent);
    port.on('message', (envelope) => received.push(envelope));
    parent.emit('message', { data: { seq: 1, request: { op: 'open' } } });
    port.postMessage({ seq: 1, ok: true, value: { size: 0 } });
    expect(received).toEqual([{ seq: 1, request: { op: 'open' } }]);
    expect(posted).toEqual([{ seq: 1, ok: true, value: { size: 0 } }]);
  });

  it('reads its init back from the arguments, and refuses arguments without one', () => {
    const init = { engine: 'compact', indexFile: 'C:\\Users\\ana\\library\\search\\index.dat' };
    expect(searchInitFrom(['electron', 'worker.js', searchInitArgument(init)])).toEqual(init);
    expect(() => searchInitFrom(['electron', 'worker.js'])).toThrow('without its engine and index file');
    expect(() => searchInitFrom([searchInitArgument({ engine: 'compact' } as never)])).toThrow(
      'without its engine',
    );
  });
});
