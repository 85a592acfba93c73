/**
 * The renderer's only way to the main process: `window.api`, typed by the shared contract. In the
 * desktop app the preload provides it over IPC; in browser tests the test host provides it over HTTP.
 * Read from `globalThis` (which is `window` in a page) so that stores also load in Node unit tests.
 */
import type { Api } from '../../../shared/api';

interface ApiHost {
  readonly api?: Api;
}

export function getApi(): Api {
  const api = (globalThis as ApiHost).api;
  if (api === undefined)
    throw new Error('window.api is missing: the page was not opened by Cashflow Monitor.');
  return api;
}
