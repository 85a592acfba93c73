/**
 * Full-text index for company search over name, address, IBANs (with and without spaces) and id.
 * Trigram tokens make prefix, infix and IBAN fragment matches cheap.
 */
import type { Migration } from './migration';

export const companySearch: Migration = {
  version: 50,
  name: 'company-search',
  sql: `
    CREATE VIRTUAL TABLE company_search USING fts5 (
      company_id UNINDEXED,
      name,
      address,
      ibans,
      tokenize = 'trigram'
    );
  `,
};
