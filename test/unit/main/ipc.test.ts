import { describe, expect, it } from 'vitest';
import { ipcMain } from 'electron';
import { registerIpcHandlers } from '../../../electron/main/ipc';
import { contract, methodNames } from '../../../shared/contract';
import type { Services } from '../../../shared/api';
import type { FakeWebContents } from '../../helpers/fake-electron';
import { stubServices } from '../../helpers/stub-services';

const fakeIpc = ipcMain as unknown as {
  handlers: Map<string, unknown>;
  invoke(channel: string, sender: unknown, argument?: unknown): Promise<unknown>;
};

const services: Services = stubServices({
  appInfo: () => ({
    name: 'Cashflow Monitor',
    version: '1.2.3',
    dataDirectory: '/data',
    databasePath: '/data/cashflow.sqlite',
    databaseBytes: 0,
    runtime: 'test',
    hasData: false,
    dataProblem: null,
  }),
});

describe('IPC registration', () => {
  const ownWindow = { id: 'own' } as unknown as FakeWebContents;
  const trusted = (event: { sender: unknown }) => event.sender === ownWindow;

  it('registers exactly one handler per contract method', () => {
    const unregister = registerIpcHandlers(ipcMain, services, trusted);
    expect([...fakeIpc.handlers.keys()].sort()).toEqual(
      methodNames.map((name) => contract[name].channel).sort(),
    );
    unregister();
    expect(fakeIpc.handlers.size).toBe(0);
  });

  it('answers a valid call from the app window with the service result', async () => {
    const unregister = registerIpcHandlers(ipcMain, services, trusted);
    const answer = await fakeIpc.invoke('app:info', ownWindow, {});
    unregister();
    expect(answer).toMatchObject({ ok: true, value: { version: '1.2.3' } });
  });

  it('refuses calls from any other sender with a typed error', async () => {
    const unregister = registerIpcHandlers(ipcMain, services, trusted);
    const answer = await fakeIpc.invoke('app:info', { id: 'stranger' }, {});
    unregister();
    expect(answer).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
  });

  it('answers an invalid argument with invalid-argument instead of throwing', async () => {
    const unregister = registerIpcHandlers(ipcMain, services, trusted);
    const answer = await fakeIpc.invoke('app:info', ownWindow, { unexpected: true });
    unregister();
    expect(answer).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
  });
});
