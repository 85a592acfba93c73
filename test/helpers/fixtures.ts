/** The bank's real API responses kept in the repository (test/fixtures/exposer/), read verbatim. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const exposerFixturesDir = join(import.meta.dirname, '..', 'fixtures', 'exposer');

export function readExposerFixture(name: string): string {
  return readFileSync(join(exposerFixturesDir, name), 'utf8');
}
