/**
 * The fixed cast of a data set: companies (faker names and addresses, 1–3 valid euro-area IBANs
 * each), a world pool of valid foreign IBANs for SWIFT counterparties, and bounded pools of invalid
 * and strict-check-failing IBANs for corruption. Everything is drawn from seeded generators.
 */
import { Faker, en } from '@faker-js/faker';
import { isValidIBAN } from 'ibantools';
import { createPrng, type Prng } from '../prng';
import { IbanTable } from './iban-table';
import { WeightedPick } from './pick';

/** Euro-area countries whose faker IBANs pass full validation (for many others faker makes invalid ones). */
const euroCountries = [
  'DE',
  'DE',
  'DE',
  'NL',
  'NL',
  'NL',
  'IT',
  'IT',
  'AT',
  'FI',
  'IE',
  'LU',
  'LV',
  'LT',
  'GR',
  'CY',
  'MT',
];
/** Countries of foreign counterparties: a spread over Europe, the Middle East, Africa and the Americas. */
const worldCountries = [
  'GB',
  'GB',
  'GB',
  'CH',
  'CH',
  'SE',
  'DK',
  'NO',
  'PL',
  'RO',
  'BG',
  'TR',
  'AE',
  'SA',
  'IL',
  'BR',
  'MU',
  'TN',
  'KZ',
  'GE',
  'QA',
  'JO',
  'KW',
  'LB',
  'PK',
  'DO',
  'GT',
  'CR',
  'IS',
  'LI',
  'SM',
  'AL',
  'MD',
  'AZ',
  'BH',
  'FO',
  'GL',
  'GI',
  'XK',
  'VG',
  'TL',
  'DE',
  'NL',
  'IT',
  'AT',
  'IE',
  'GR',
];

export interface GenCompany {
  readonly companyId: number;
  readonly name: string;
  readonly address: string;
  /** Numbers of its IBANs in the world's IbanTable. */
  readonly accounts: readonly number[];
  /** Outflow-heavy companies that run into overdraft. */
  readonly spender: boolean;
}

export interface World {
  readonly ibans: IbanTable;
  readonly companies: readonly GenCompany[];
  /** Company index owning an IBAN number, or -1. */
  readonly ownerOf: Int32Array;
  readonly worldPool: readonly number[];
  readonly invalidPool: readonly number[];
  /** Country code → IBANs of that country with wrong check digits. */
  readonly strictPool: ReadonlyMap<string, readonly number[]>;
  /** Picks of a company index: as SEPA payer (spenders favoured), as beneficiary / SWIFT party. */
  readonly payerPick: WeightedPick;
  readonly partyPick: WeightedPick;
}

function validIban(faker: Faker, country: string, taken: IbanTable): string {
  for (;;) {
    const iban = faker.finance.iban({ formatted: false, countryCode: country });
    if (isValidIBAN(iban) && !taken.has(iban)) return iban;
  }
}

function address(faker: Faker): string {
  const state = faker.location.state({ abbreviated: true });
  return `${faker.location.streetAddress()}\n${faker.location.city()}, ${state} ${faker.location.zipCode()}`;
}

/** Invalid under the default rule: unassigned or non-letter country prefixes, lowercase, empty. */
function invalidIban(prng: Prng, ibans: IbanTable, worldPool: readonly number[], n: number): string {
  const digits = (count: number): string => {
    let out = '';
    for (let i = 0; i < count; i += 1) out += String(prng.int(10));
    return out;
  };
  switch (n % 6) {
    case 0:
      return `XX${digits(2)}BANK${digits(10)}`;
    case 1:
      return `ZZ${digits(18)}`;
    case 2:
      return `QQ${digits(2)}QBNK${digits(12)}`;
    case 3:
      return digits(20);
    case 4:
      return ibans.get(worldPool[prng.int(worldPool.length)] ?? 0).toLowerCase();
    default:
      return '';
  }
}

/** Same country and length as a valid IBAN but wrong check digits: fails only the strict check. */
function strictWarningIban(prng: Prng, valid: string): string {
  const check = Number(valid.slice(2, 4));
  const wrong = ((check + 1 + prng.int(90)) % 97) + 2;
  return `${valid.slice(0, 2)}${String(wrong).padStart(2, '0')}${valid.slice(4)}`;
}

export function buildWorld(seed: number, companyCount: number): World {
  const faker = new Faker({ locale: [en] });
  faker.seed(seed);
  const prng = createPrng(seed, 'world');
  const ibans = new IbanTable();
  const companies: GenCompany[] = [];
  const spenderEvery = 20;
  for (let companyId = 0; companyId < companyCount; companyId += 1) {
    const name = faker.company.name();
    const where = address(faker);
    const accounts: number[] = [];
    const count = 1 + prng.int(3);
    for (let i = 0; i < count; i += 1) {
      accounts.push(ibans.add(validIban(faker, faker.helpers.arrayElement(euroCountries), ibans)));
    }
    companies.push({ companyId, name, address: where, accounts, spender: companyId % spenderEvery === 7 });
  }
  const worldSize = Math.min(20_000, Math.max(300, companyCount * 3));
  const worldPool: number[] = [];
  for (let i = 0; i < worldSize; i += 1) {
    worldPool.push(ibans.add(validIban(faker, faker.helpers.arrayElement(worldCountries), ibans)));
  }
  const invalidPool: number[] = [];
  for (let i = 0; i < 600; i += 1) invalidPool.push(ibans.add(invalidIban(prng, ibans, worldPool, i)));
  // Strict-warning IBANs per country, so a warned record keeps its counterparty's country.
  const strictPool = new Map<string, number[]>();
  for (const n of worldPool) {
    const valid = ibans.get(n);
    const pool = strictPool.get(valid.slice(0, 2)) ?? [];
    if (pool.length >= 20) continue;
    const wrong = strictWarningIban(prng, valid);
    if (!isValidIBAN(wrong) && !ibans.has(wrong)) pool.push(ibans.add(wrong));
    strictPool.set(valid.slice(0, 2), pool);
  }
  const ownerOf = new Int32Array(ibans.list.length).fill(-1);
  companies.forEach((company, index) => {
    for (const account of company.accounts) ownerOf[account] = index;
  });
  const activity = companies.map(() => (prng.chance(0.1) ? 8 : 1 + prng.int(4)));
  return {
    ibans,
    companies,
    ownerOf,
    worldPool,
    invalidPool: [...new Set(invalidPool)],
    strictPool,
    payerPick: new WeightedPick(companies.map((c, i) => (activity[i] ?? 1) * (c.spender ? 4 : 1))),
    partyPick: new WeightedPick(companies.map((c, i) => (activity[i] ?? 1) * (c.spender ? 2 : 1))),
  };
}
