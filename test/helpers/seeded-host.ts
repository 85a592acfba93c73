/**
 * The e2e tests' usual setup: the test host over the built renderer, serving the real services of a
 * seeded in-memory database under a fixed identity.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { WritableDb } from '../../electron/db/connection';
import { createServices, type ServiceContext } from '../../electron/services/create-services';
import { openedDatabaseProvider } from '../../electron/services/database-provider';
import { startTestHost, type TestHost } from './test-host';

export const builtRendererDir = join(import.meta.dirname, '../../out/renderer');

export function startSeededHost(
  db: WritableDb,
  extra: Partial<Omit<ServiceContext, 'identity' | 'database'>> = {},
): Promise<TestHost> {
  if (!existsSync(join(builtRendererDir, 'index.html')))
    throw new Error('Build the renderer first: npm run build');
  return startTestHost(
    builtRendererDir,
    createServices({
      identity: {
        name: 'Cashflow Monitor',
        version: '9.8.7',
        dataDirectory: '/nowhere',
        databasePath: ':memory:',
      },
      database: openedDatabaseProvider(db),
      ...extra,
    }),
  );
}
