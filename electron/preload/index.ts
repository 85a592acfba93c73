/**
 * Exposes `window.api`: one named function per contract method, each an `ipcRenderer.invoke` on
 * the method's channel. Nothing else of Electron or Node reaches the page.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { buildApi } from './build-api';

contextBridge.exposeInMainWorld(
  'api',
  buildApi((channel, argument) => ipcRenderer.invoke(channel, argument)),
);
