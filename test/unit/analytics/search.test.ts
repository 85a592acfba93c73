import { describe, expect, it } from 'vitest';
import { searchCompanies } from '../../../electron/analytics/search';
import type { Company } from '../../../shared/domain';
import { ibans, sepa } from '../../helpers/records';
import { seededDatabase } from '../../helpers/seeded-db';

const companies: Company[] = [
  {
    companyId: 1,
    name: 'Kemp and Sons',
    address: '17884 Nicholas Flat, North Michael',
    ibans: [ibans.kempGb],
    reportedBalance: null,
  },
  {
    companyId: 2,
    name: 'Multi Account BV',
    address: 'Keizersgracht 1, Amsterdam',
    ibans: [ibans.acmeNl, ibans.acmeDe],
    reportedBalance: null,
  },
  {
    companyId: 3,
    name: 'Kempinski Holdings',
    address: 'Berlin',
    ibans: ['FR1420041010050500013M02606'],
    reportedBalance: null,
  },
  {
    companyId: 12,
    name: 'Sons of Anarchy Ltd',
    address: 'Charming',
    ibans: ['IT60X0542811101000000123456'],
    reportedBalance: null,
  },
];

describe('company search', () => {
  const db = seededDatabase(companies, [
    sepa({ payer: ibans.acmeNl, beneficiary: ibans.kempGb, amount: 10 }),
  ]);
  const search = (text: string) => searchCompanies(db, { text, limit: 10, currency: 'EUR' });

  it('ranks an exact name before a prefix and a substring match', () => {
    expect(search('kemp').map((h) => h.companyId)).toEqual([1, 3]);
    expect(search('Kemp and Sons')[0]).toMatchObject({ companyId: 1, matched: 'name' });
  });

  it('finds a company by IBAN written with spaces and in lower case', () => {
    expect(search('nl02 abna 0123 4567 89')[0]).toMatchObject({ companyId: 2, matched: 'iban' });
  });

  it('finds a company by id first', () => {
    expect(search('12')[0]).toMatchObject({ companyId: 12, matched: 'id' });
  });

  it('tolerates a typo', () => {
    expect(search('Kemp and Snos')[0]?.companyId).toBe(1);
  });

  it('finds by address', () => {
    expect(search('keizersgracht')[0]).toMatchObject({ companyId: 2, matched: 'address' });
  });

  it('gives each hit its current balance and a debt flag', () => {
    const [multi] = search('multi account');
    expect(multi).toMatchObject({ companyId: 2, balance: -10, inDebt: true });
    expect(search('kemp and sons')[0]).toMatchObject({ balance: 10, inDebt: false });
  });

  it('answers an empty query with no hits and never matches everything on a common word', () => {
    expect(search('   ')).toEqual([]);
    expect(search('zzzz qqqq')).toEqual([]);
  });

  // Found by the IPC fuzz: a NUL ends an FTS5 query string, and SQLite's "unterminated string"
  // came back to the renderer as an internal error.
  it('searches text holding NUL characters without failing', () => {
    expect(search('\u0000\u0000\u0000')).toEqual([]);
    expect(search('Kemp\u0000').map((h) => h.companyId)).toEqual([1, 3]);
    // One odd character is a typo like any other.
    expect(search('Kempinski\u0000Holdings')[0]).toMatchObject({ companyId: 3, matched: 'fuzzy' });
  });
});
