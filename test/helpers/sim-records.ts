/**
 * Builders of simulator records for the server tests: single records with overrides, and a small
 * deterministic stream spread over several exposer periods, with batch-payment groups and
 * duplicates that share their key.
 */
import type { PaymentStream } from '../../shared/domain';
import type { SimCompany, SimRate, SimTransaction } from '../../electron/simulator/model';
import { seedRates } from '../../electron/simulator/rates';

export const dayMs = 24 * 60 * 60 * 1000;

/** A deterministic uuid for an integer id (what the generator's uuid id kind looks like). */
export function uuidFor(idNum: number): string {
  const hex = idNum.toString(16).padStart(12, '0');
  return `6f1c2a00-0000-4000-8000-${hex}`;
}

export function simTx(overrides: Partial<SimTransaction> = {}): SimTransaction {
  const idNum = overrides.idNum ?? 1;
  const tsMs = overrides.tsMs ?? Date.UTC(2018, 0, 3, 9, 15);
  return {
    source: 'sepa',
    seq: idNum,
    idNum,
    id: String(idNum),
    payer: 'DE89370400440532013000',
    beneficiary: 'NL02ABNA0123456789',
    amount: 12.5,
    currency: 'EUR',
    tsMs,
    time: new Date(tsMs).toISOString().replace('.000Z', 'Z'),
    corruption: null,
    ...overrides,
  };
}

export const partyIbans = [
  'DE89370400440532013000',
  'NL02ABNA0123456789',
  'GB91PIEX43597764800353',
  'FR1420041010050500013M02606',
];

/**
 * `count` base records of one source from 2018-01-01, `stepMs` apart; every 7th record becomes a
 * batch group of 3 siblings sharing id, parties and time, every 11th gets an exact duplicate.
 */
export function simStream(
  source: PaymentStream,
  count: number,
  options: { stepMs?: number; startMs?: number; uuid?: boolean } = {},
): SimTransaction[] {
  const stepMs = options.stepMs ?? 6 * 60 * 60 * 1000;
  const startMs = options.startMs ?? Date.UTC(2018, 0, 1);
  const records: SimTransaction[] = [];
  let seq = 0;
  for (let i = 0; i < count; i += 1) {
    const idNum = i + 1;
    const tsMs = startMs + i * stepMs;
    const base = simTx({
      source,
      idNum,
      id: options.uuid === true ? uuidFor(idNum) : String(idNum),
      tsMs,
      payer: partyIbans[i % partyIbans.length] ?? '',
      beneficiary: partyIbans[(i + 1) % partyIbans.length] ?? '',
      amount: 10 + (i % 13) * 2.25,
      currency: source === 'sepa' ? 'EUR' : (['USD', 'GBP', 'JPY'][i % 3] ?? 'USD'),
    });
    const siblings = i % 7 === 3 ? 3 : 1;
    for (let s = 0; s < siblings; s += 1) {
      seq += 1;
      records.push({
        ...base,
        seq,
        amount: (base.amount ?? 0) + s,
        corruption: siblings > 1 ? 'batch-payment' : null,
      });
    }
    if (i % 11 === 5) {
      seq += 1;
      records.push({ ...base, seq, corruption: 'duplicate' });
    }
  }
  return records;
}

/** The rate table of test/fixtures/exposer/exposer-exchange-rates.json: the simulator's own copy. */
export const fixtureRates: readonly SimRate[] = seedRates;

/** The two companies of test/fixtures/exposer/exposer-company-info.json. */
export const fixtureCompanies: readonly SimCompany[] = [
  {
    companyId: 0,
    ibans: ['GB91PIEX43597764800353'],
    name: 'Kemp and Sons',
    address: '17884 Nicholas Flat\nNorth Michael, MN 36663',
    reportedBalance: 1814,
  },
  {
    companyId: 1,
    ibans: ['NL02ABNA0123456789', 'DE89370400440532013000'],
    name: 'Multi Account BV',
    address: 'Keizersgracht 1\n1015 CJ Amsterdam',
    reportedBalance: -250,
  },
];
