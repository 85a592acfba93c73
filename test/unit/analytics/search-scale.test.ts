import { describe, expect, it } from 'vitest';
import { searchCompanies } from '../../../electron/analytics/search';
import type { Company } from '../../../shared/domain';
import { seededDatabase } from '../../helpers/seeded-db';

/** Many companies sharing common words, so that common trigrams ("and", "ons") say little. */
const surnames = [
  'Smith',
  'Jones',
  'Brown',
  'Taylor',
  'Wilson',
  'Davies',
  'Evans',
  'Thomas',
  'Johnson',
  'Roberts',
];
const companies: Company[] = surnames.flatMap((first, i) =>
  surnames.map((second, j) => ({
    companyId: i * 10 + j + 1,
    name: `${first} and ${second} Sons`,
    address: `${i + 1} Market Street, Leeds`,
    ibans: [`GB${String(10 + i).padStart(2, '0')}BANK${String(i * 10 + j).padStart(14, '0')}`],
    reportedBalance: null,
  })),
);

describe('company search among many similar names', () => {
  const db = seededDatabase(companies, []);

  it('still finds a name with a typo first when most companies share its common words', () => {
    const hits = searchCompanies(db, { text: 'Wilsno and Evans Sons', limit: 5, currency: 'EUR' });
    expect(hits[0]?.name).toBe('Wilson and Evans Sons');
  });

  it('answers an existing name with that company only, not with look-alikes', () => {
    const hits = searchCompanies(db, { text: 'Taylor and Roberts', limit: 5, currency: 'EUR' });
    expect(hits.map((hit) => [hit.name, hit.matched])).toEqual([['Taylor and Roberts Sons', 'name']]);
  });

  it('fills a page with substring matches alone when there are enough of them', () => {
    const hits = searchCompanies(db, { text: 'and Evans', limit: 5, currency: 'EUR' });
    expect(hits).toHaveLength(5);
    expect(hits.every((hit) => hit.name.includes('and Evans'))).toBe(true);
  });

  it('finds an IBAN fragment typed in groups and lower case among IBANs sharing long runs of zeros', () => {
    const hits = searchCompanies(db, { text: 'gb13 bank 0000 0000 0000 37', limit: 5, currency: 'EUR' });
    expect(hits[0]).toMatchObject({ companyId: 38, matched: 'iban' });
  });
});
