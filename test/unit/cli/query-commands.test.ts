import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { userDataDirectory } from '../../../electron/runtime/app-paths';
import type { Company } from '../../../shared/domain';
import { ibans, sepa, swift } from '../../helpers/records';
import { seededDatabase } from '../../helpers/seeded-db';
import { runCli } from '../../helpers/run-cli';
import { roundCents } from '../../../shared/money';

/** The seed table's EUR↔USD rate (docs/domain.md): median of its GBP and JPY rows' cross rates. */
const eurPerUsd = (0.83 * 1.32 + 133.18 * 0.0082) / 2;

const companies: Company[] = [
  {
    companyId: 1,
    name: 'Acme',
    address: 'Berlin',
    ibans: [ibans.acmeDe, ibans.acmeNl],
    reportedBalance: 900,
  },
  { companyId: 2, name: 'Kemp and Sons', address: 'London', ibans: [ibans.kempGb], reportedBalance: null },
];

let directory = '';
let dbFile = '';

beforeAll(() => {
  directory = mkdtempSync(join(tmpdir(), 'cashflow-'));
  dbFile = join(directory, 'cashflow.sqlite');
  const db = seededDatabase(companies, [
    sepa({
      id: '1',
      payer: ibans.kempGb,
      beneficiary: ibans.acmeDe,
      amount: 1000,
      ts: '2020-06-10T09:00:00Z',
    }),
    // 33.33 GBP × 1.32 = 43.9956 EUR: printed as 44 (cents).
    swift({
      id: '2',
      payer: ibans.foreignCh,
      beneficiary: ibans.acmeNl,
      amount: 33.33,
      currency: 'GBP',
      ts: '2020-06-12T09:00:00Z',
    }),
    sepa({
      id: '3',
      payer: ibans.acmeNl,
      beneficiary: ibans.kempGb,
      amount: 200,
      ts: '2020-06-20T09:00:00Z',
    }),
  ]);
  writeFileSync(dbFile, db.serialize());
  db.close();
});

afterAll(() => {
  rmSync(directory, { recursive: true, force: true });
});

const run = runCli;

afterEach(() => {
  vi.restoreAllMocks();
});

describe('cashflow query commands', () => {
  it('balance --json prints exactly the documented shape, rounded to cents', async () => {
    const { stdout, code } = await run(
      'balance',
      '--db',
      dbFile,
      '--company',
      '1',
      '--at',
      '2020-06-30',
      '--json',
    );
    expect(code).toBe(0);
    const answer = JSON.parse(stdout) as Record<string, unknown>;
    expect(answer).toMatchObject({
      companyId: 1,
      // The synced data ends on 2020-06-20: the balance is that day's, and the answer says so.
      at: '2020-06-20',
      clampedTo: '2020-06-30',
      span: { from: '2020-06-10', to: '2020-06-20' },
      currency: 'EUR',
      balance: 844,
      debt: 156,
      credit: 1000,
      accounts: [
        { iban: ibans.acmeDe, balance: 1000 },
        { iban: ibans.acmeNl, balance: -156 },
      ],
      reportedBalance: 900,
      conversion: {
        reporting: 'EUR',
        conventions: {
          eurRate: { convention: 'multiply', inferred: true },
          usdRate: { convention: 'divide', inferred: true },
        },
        crossSource: 'median',
      },
    });
  });

  it('warns on stderr when a forced rate reading makes converted figures implausible', async () => {
    const set = await run(
      'settings',
      'set',
      '--db',
      dbFile,
      '--usd-rate',
      'multiply',
      '--eur-rate',
      'multiply',
    );
    expect(set.stdout).toContain('usd_rate column     multiply');
    try {
      const { stderr, code } = await run('balance', '--db', dbFile, '--company', '1', '--currency', 'USD');
      expect(code).toBe(0);
      expect(stderr).toMatch(/cashflow: warning: .*check the rate conventions in settings/);
    } finally {
      await run('settings', 'set', '--db', dbFile, '--usd-rate', 'auto', '--eur-rate', 'auto');
    }
    const again = await run('balance', '--db', dbFile, '--company', '1', '--currency', 'USD');
    expect(again.stderr).not.toContain('rate conventions');
  });

  it('warns on stderr when the day asked for lies after the synced data', async () => {
    const { stderr, code } = await run('balance', '--db', dbFile, '--company', '1', '--at', '2030-12-31');
    expect(code).toBe(0);
    expect(stderr).toContain(
      'cashflow: warning: asked up to 2030-12-31, but the synced data ends on 2020-06-20',
    );
  });

  it('refuses a company id that is not plain digits instead of reading it as 0, 16 or 10', async () => {
    for (const id of ['', ' ', '0x10', '1e1', '-1', '0']) {
      const { stderr, code } = await run('balance', '--db', dbFile, '--company', id, '--json');
      expect(code).toBe(2);
      expect(stderr).toBe(
        `cashflow: --company must be a whole number of at least 1 (got '${id}') [invalid-argument]\n`,
      );
    }
  });

  it('balance in USD converts with the usdRate column', async () => {
    const { stdout } = await run(
      'balance',
      '--db',
      dbFile,
      '--company',
      '1',
      '--at',
      '2020-06-30',
      '--currency',
      'USD',
      '--json',
    );
    // EUR through the cross rate; GBP divided by its usd_rate (units per USD).
    const expected = 1000 / eurPerUsd + 33.33 / 0.83 - 200 / eurPerUsd;
    expect(JSON.parse(stdout)).toMatchObject({ currency: 'USD', balance: roundCents(expected) });
  });

  it('countries --json lists countries with inflow, outflow and count', async () => {
    const { stdout } = await run(
      'countries',
      '--db',
      dbFile,
      '--company',
      '1',
      '--from',
      '2020-06-01',
      '--to',
      '2020-06-30',
      '--json',
    );
    expect(JSON.parse(stdout)).toMatchObject({
      companyId: 1,
      from: '2020-06-10',
      to: '2020-06-20',
      clampedFrom: '2020-06-01',
      clampedTo: '2020-06-30',
      currency: 'EUR',
      internalTransfers: { count: 0, volume: 0 },
      countries: [
        { country: 'GB', name: 'United Kingdom', inflow: 1000, outflow: 200, count: 2 },
        { country: 'CH', name: 'Switzerland', inflow: 44, outflow: 0, count: 1 },
      ],
    });
  });

  it('interest --json accrues with the rates given', async () => {
    const { stdout } = await run(
      'interest',
      '--db',
      dbFile,
      '--company',
      '2',
      '--from',
      '2020-06-10',
      '--to',
      '2020-06-19',
      '--debit-rate',
      '0.365',
      '--json',
    );
    // Kemp owes 1000 for 10 days at 36.5 % a year: 10 × 1000 × 0.365 / 365 = 10.
    expect(JSON.parse(stdout)).toMatchObject({
      companyId: 2,
      from: '2020-06-10',
      to: '2020-06-19',
      currency: 'EUR',
      earned: 0,
      owed: 10,
      net: -10,
    });
  });

  it('forecast --json explains why there is no forecast on a short history', async () => {
    const { stdout, code } = await run(
      'forecast',
      '--db',
      dbFile,
      '--company',
      '1',
      '--at',
      '2020-08-01',
      '--json',
    );
    expect(code).toBe(0);
    const answer = JSON.parse(stdout) as Record<string, unknown>;
    expect(Object.keys(answer)).toEqual(['companyId', 'at', 'currency', 'reason']);
    expect(answer['reason']).toContain('at least');
  });

  it('series, search, portfolio and quality answer in JSON and as text', async () => {
    const series = JSON.parse(
      (
        await run(
          'series',
          '--db',
          dbFile,
          '--company',
          '1',
          '--from',
          '2020-06-01',
          '--to',
          '2020-06-30',
          '--granularity',
          'week',
          '--json',
        )
      ).stdout,
    ) as { buckets: { closing: number }[] };
    expect(series.buckets.at(-1)?.closing).toBe(844);
    expect((await run('search', '--db', dbFile, 'kemp', 'and', 'snos')).stdout).toContain('Kemp and Sons');
    const portfolio = JSON.parse(
      (await run('portfolio', '--db', dbFile, '--filter', 'overdrawn-now', '--json')).stdout,
    ) as { rows: { companyId: number; debt: number }[] };
    expect(portfolio.rows).toMatchObject([
      { companyId: 2, debt: 800 },
      { companyId: 1, debt: 156 },
    ]);
    expect((await run('quality', '--db', dbFile)).stdout).toContain('SGP is not an ISO 4217 currency code');
  });

  it('settings set takes effect on the next query', async () => {
    const set = await run(
      'settings',
      'set',
      '--db',
      dbFile,
      '--currency',
      'USD',
      '--opening',
      `${ibans.kempGb}:USD=5`,
      '--json',
    );
    expect(set.code).toBe(0);
    const { stdout } = await run('balance', '--db', dbFile, '--company', '2', '--json');
    expect(JSON.parse(stdout)).toMatchObject({ currency: 'USD', balance: roundCents(5 - 800 / eurPerUsd) });
    expect((await run('settings', 'show', '--db', dbFile)).stdout).toContain('reporting currency  USD');
    await run(
      'settings',
      'set',
      '--db',
      dbFile,
      '--currency',
      'EUR',
      '--opening',
      `${ibans.kempGb}:USD=none`,
    );
  });

  it.each([
    ['an unknown company', ['balance', '--company', '99'], 1, '[not-found]'],
    ['an impossible date', ['balance', '--company', '1', '--at', '2020-02-30'], 2, '[invalid-argument]'],
    [
      'from after to',
      ['countries', '--company', '1', '--from', '2020-07-01', '--to', '2020-06-01'],
      2,
      '[invalid-argument]',
    ],
    [
      'a bad currency',
      ['interest', '--company', '1', '--from', '2020-06-01', '--to', '2020-06-30', '--currency', 'GBP'],
      2,
      '[invalid-argument]',
    ],
    [
      'a rate that is not a number',
      ['interest', '--company', '1', '--from', '2020-06-01', '--to', '2020-06-30', '--debit-rate', 'lots'],
      2,
      '[invalid-argument]',
    ],
    [
      'a range outside the synced data',
      ['series', '--company', '1', '--from', '2024-01-01', '--to', '2024-12-31'],
      1,
      '[outside-synced-data]',
    ],
  ])('answers %s with one line on stderr and its code', async (_label, args, code, marker) => {
    const result = await run(...args, '--db', dbFile);
    expect(result.code).toBe(code);
    expect(result.stdout).toBe('');
    expect(result.stderr.startsWith('cashflow: ')).toBe(true);
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain(marker);
  });

  it('says clearly that the database file is missing', async () => {
    const result = await run('balance', '--company', '1', '--db', join(directory, 'missing.sqlite'));
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^cashflow: No database at .*missing\.sqlite.*\[not-found\]\n$/);
  });
});

describe('the default database location', () => {
  it("follows each platform's user-data directory", () => {
    expect(userDataDirectory('linux', { XDG_CONFIG_HOME: '/x/config' }, '/home/ana')).toBe(
      '/x/config/Cashflow Monitor',
    );
    expect(userDataDirectory('linux', {}, '/home/ana')).toBe('/home/ana/.config/Cashflow Monitor');
    expect(userDataDirectory('darwin', {}, '/Users/ana')).toBe(
      '/Users/ana/Library/Application Support/Cashflow Monitor',
    );
    expect(
      userDataDirectory('win32', { APPDATA: 'C:\\Users\\ana\\AppData\\Roaming' }, 'C:\\Users\\ana'),
    ).toContain('Cashflow Monitor');
  });
});
