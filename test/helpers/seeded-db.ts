/** An in-memory database built from the migrations and filled through the real ingest path. */
import { openMemoryDatabase, type WritableDb } from '../../electron/db/connection';
import { createTransactionIngester } from '../../electron/db/mutations/ingest-transactions';
import { replaceRates, upsertCompanies } from '../../electron/db/mutations/reference-data';
import { loadAccountOwners } from '../../electron/db/queries/account-owners';
import { classifyTransaction } from '../../electron/sync/classify';
import type { Company, ExchangeRate, RawTransaction } from '../../shared/domain';

export const seedRates: ExchangeRate[] = [
  { currency: 'EUR', usdRate: 1, eurRate: 0.92 },
  { currency: 'GBP', usdRate: 0.83, eurRate: 1.32 },
  { currency: 'USD', usdRate: 1.1, eurRate: 1 },
  { currency: 'SGP', usdRate: 1.49, eurRate: 0.78 },
  { currency: 'JPY', usdRate: 133.18, eurRate: 0.0082 },
];

export function seededDatabase(
  companies: readonly Company[],
  transactions: readonly RawTransaction[],
  rates: readonly ExchangeRate[] = seedRates,
): WritableDb {
  const db = openMemoryDatabase();
  upsertCompanies(db, companies);
  replaceRates(db, rates);
  const ingester = createTransactionIngester(db);
  const owners = loadAccountOwners(db);
  db.transaction(() =>
    ingester.ingest(
      transactions.map((t) => classifyTransaction(t, { strictIban: false })),
      owners,
    ),
  )();
  return db;
}
