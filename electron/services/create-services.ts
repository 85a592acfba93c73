/**
 * The service map behind the contract: one plain-Node function per method. The Electron shell and
 * the HTTP test host both serve exactly this object.
 */
import type { Services } from '../../shared/api';
import { readAppInfo, type AppIdentity } from './app-info';

export interface ServiceContext {
  readonly identity: AppIdentity;
}

export function createServices(context: ServiceContext): Services {
  return {
    appInfo: () => readAppInfo(context.identity),
  };
}
