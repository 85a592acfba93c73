/**
 * `cashflow sync --companies` stores the scope with the source and fetches only those companies;
 * `cashflow scope` shows it, and a later sync without the option keeps it.
 */
import { writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulatorServer, type SimulatorServer } from '../../electron/simulator/serve/server';
import type { SyncSummary } from '../../shared/sync';
import { runCli } from '../helpers/run-cli';
import { simFixture, type SimFixture } from '../helpers/sim-fixture';

describe('cashflow sync with a scope', () => {
  let fixture: SimFixture;
  let server: SimulatorServer;

  beforeAll(async () => {
    fixture = simFixture({ setting: 'small', sizes: { companies: 12, sepa: 600, swift: 2400 } });
    server = await startSimulatorServer({ dataset: fixture.dataset, dialect: 'cdm-api' });
  });

  afterAll(async () => {
    await server.close();
    fixture.dispose();
  });

  it('syncs only the listed companies, keeps the scope for the next sync, and shows it', async () => {
    const dbPath = fixture.dbPath('cli');
    const idsFile = fixture.dbPath('ids.txt');
    writeFileSync(idsFile, '# my clients\n3\n7, 11\n');
    const first = await runCli(
      'sync',
      '--source',
      server.url,
      '--db',
      dbPath,
      '--once',
      '--json',
      '--companies-file',
      idsFile,
    );
    expect(first).toMatchObject({ code: 0, stderr: '' });
    const summary = JSON.parse(first.stdout) as SyncSummary;
    expect(summary).toMatchObject({
      outcome: 'complete',
      companies: 12,
      scope: { companies: 3, unknownCompanyIds: [] },
    });
    expect(summary.inserted).toBeGreaterThan(0);

    const again = await runCli('sync', '--source', server.url, '--db', dbPath, '--once');
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/scope: 3 companies, \d+ accounts \(only their transactions were fetched\)/);
    expect(again.stdout).toMatch(/new 0,/);

    const shown = await runCli('scope', '--db', dbPath);
    expect(shown.stdout).toBe(`source 1 ${server.url} (cdm-api): 3 companies: 3, 7, 11\n`);

    const unknown = await runCli(
      'sync',
      '--source',
      server.url,
      '--db',
      dbPath,
      '--once',
      '--companies',
      '3,99',
    );
    expect(unknown.stdout).toMatch(/not in the source's company list: 99/);
    const refused = await runCli(
      'sync',
      '--source',
      server.url,
      '--db',
      dbPath,
      '--once',
      '--companies',
      '3,abc',
    );
    expect(refused).toMatchObject({ code: 2 });
    expect(refused.stderr).toMatch(/--companies must list company ids/);
  });
});
