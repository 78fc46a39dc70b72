import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { CHANNELS } from '@shared/contract/channels';
import { fail } from '@shared/contract/result';
import type { Dispatch } from '../api/dispatch';

export type SenderCheck = (url: string) => boolean;

function senderUrl(event: IpcMainInvokeEvent): string {
  return event.senderFrame?.url ?? '';
}

/** One ipcMain.handle per contract entry; calls from frames that are not the app's own page are refused. */
export function registerIpcHandlers(
  ipcMain: IpcMain,
  dispatch: Dispatch,
  isTrustedSender: SenderCheck,
): void {
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, (event, input: unknown) => {
      if (!isTrustedSender(senderUrl(event))) {
        return fail('invalid-input', `The ${channel} call came from a page that is not Copydesk.`);
      }
      return dispatch(channel, input);
    });
  }
}

export function unregisterIpcHandlers(ipcMain: IpcMain): void {
  for (const channel of CHANNELS) ipcMain.removeHandler(channel);
}
