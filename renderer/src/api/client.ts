/**
 * The renderer's only way to the main process: `window.api`, typed by the shared contract. In the
 * desktop app the preload provides it over IPC; in browser tests the test host provides it over HTTP.
 */
import type { Api } from '../../../shared/api';

declare global {
  interface Window {
    readonly api?: Api;
  }
}

export function getApi(): Api {
  const api = window.api;
  if (api === undefined) throw new Error('window.api is missing: the page was not opened by Cashflow Monitor.');
  return api;
}
