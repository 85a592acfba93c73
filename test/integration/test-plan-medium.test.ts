import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulatorServer } from '../../electron/simulator/serve/server';
import { seededRandom } from '../../electron/simulator/prng';
import { quarters } from '../../electron/simulator/truth/ground-truth';
import { runSyncJob } from '../../electron/sync/job';
import { runCli } from '../helpers/run-cli';
import { fastTuning, simFixture, type SimFixture } from '../helpers/sim-fixture';

/**
 * The assignment's test plan through the CLI, on the `medium` setting: a seeded sample of 100
 * companies, each checked at four quarter ends, against the simulator's ground truth to the cent.
 */
describe('the test-plan commands on the medium setting', () => {
  let fixture: SimFixture;
  let dbPath: string;
  const sample: number[] = [];

  beforeAll(async () => {
    fixture = simFixture({ setting: 'medium' });
    const server = await startSimulatorServer({ dataset: fixture.dataset, dialect: 'cdm-api' });
    try {
      dbPath = fixture.dbPath('medium');
      const summary = await runSyncJob({ dbPath, url: server.url, dialect: 'cdm-api', tuning: fastTuning });
      expect(summary.error).toBeNull();
    } finally {
      await server.close();
    }
    const random = seededRandom(20261125);
    const ids = fixture.truth.companies.map((company) => company.companyId);
    while (sample.length < 100) {
      const [id] = ids.splice(Math.floor(random() * ids.length), 1);
      if (id !== undefined) sample.push(id);
    }
  }, 600_000);

  afterAll(() => {
    fixture.dispose();
  });

  it('get_account_balance: balance, debt, credit and every account equal the truth', async () => {
    const problems: string[] = [];
    for (const [n, companyId] of sample.entries()) {
      const company = fixture.truth.companies.find((c) => c.companyId === companyId);
      if (company === undefined) throw new Error(`company ${companyId} missing from the truth`);
      for (const index of [n % 4, 4 + (n % 4), 8 + (n % 4), 15]) {
        const at = fixture.truth.quarterEnds[index] ?? '';
        const { stdout, code } = await runCli(
          'balance',
          '--db',
          dbPath,
          '--company',
          String(companyId),
          '--at',
          at,
          '--json',
        );
        if (code !== 0) {
          problems.push(`company ${companyId} ${at}: exit ${code}`);
          continue;
        }
        const answer = JSON.parse(stdout) as {
          balance: number;
          debt: number;
          credit: number;
          accounts: { iban: string; balance: number }[];
        };
        const expected = {
          balance: company.eur.balance[index],
          debt: company.eur.debt[index],
          credit: company.eur.credit[index],
          accounts: company.accounts.map((account) => ({ iban: account.iban, balance: account.eur[index] })),
        };
        const actual = {
          balance: answer.balance,
          debt: answer.debt,
          credit: answer.credit,
          accounts: answer.accounts,
        };
        if (JSON.stringify(actual) !== JSON.stringify(expected))
          problems.push(
            `company ${companyId} ${at}: ${JSON.stringify(actual)} ≠ ${JSON.stringify(expected)}`,
          );
      }
    }
    expect(problems.slice(0, 10)).toEqual([]);
  });

  it('get_countries_transacted: countries with inflow, outflow and count per quarter equal the truth', async () => {
    const periods = quarters();
    const problems: string[] = [];
    for (const [n, companyId] of sample.entries()) {
      const company = fixture.truth.companies.find((c) => c.companyId === companyId);
      const index = (n * 5) % periods.length;
      const period = periods[index];
      const expected = company?.countries[index];
      if (period === undefined || expected === undefined)
        throw new Error(`no quarter ${index} for company ${companyId}`);
      const from = new Date(period.startMs).toISOString().slice(0, 10);
      const { stdout } = await runCli(
        'countries',
        '--db',
        dbPath,
        '--company',
        String(companyId),
        '--from',
        from,
        '--to',
        period.lastDay,
        '--json',
      );
      const answer = JSON.parse(stdout) as {
        countries: { country: string; inflow: number; outflow: number; count: number }[];
      };
      const actual = answer.countries
        .map(({ country, inflow, outflow, count }) => ({ country, inflow, outflow, count }))
        .sort((a, b) => a.country.localeCompare(b.country));
      if (JSON.stringify(actual) !== JSON.stringify(expected.countries))
        problems.push(`company ${companyId} ${expected.quarter}`);
    }
    expect(problems.slice(0, 10)).toEqual([]);
  });
});
