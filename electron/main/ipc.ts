/**
 * Registers one `ipcMain.handle` per contract method. Each handler checks that the call comes from
 * our own window, validates the argument through `dispatch`, and answers plain data as a Result.
 */
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { contract, methodNames } from '../../shared/contract';
import type { Services } from '../../shared/api';
import { err } from '../../shared/result';
import { dispatch } from '../services/dispatch';

export function registerIpcHandlers(
  ipcMain: IpcMain,
  services: Services,
  isTrustedSender: (event: IpcMainInvokeEvent) => boolean,
): () => void {
  for (const name of methodNames) {
    const { channel } = contract[name];
    ipcMain.handle(channel, async (event, argument: unknown) => {
      if (!isTrustedSender(event)) {
        return err(
          'forbidden-sender',
          `Refused ${channel}: the call did not come from the application window.`,
        );
      }
      return dispatch(services, name, argument);
    });
  }
  return () => {
    for (const name of methodNames) ipcMain.removeHandler(contract[name].channel);
  };
}
