/**
 * The data-quality figures kept beside the records instead of recomputed for every view (issue 14
 * item 1): counts per reason and source, strict-IBAN warnings, records per source, quarantined
 * records per company, and every possible-duplicate group with its totals. Triggers on `txn` keep
 * them in the transaction that changes a record, whichever writer changes it (page-by-page ingest,
 * a later batch sibling, the duplicates and strict-IBAN settings, re-attached accounts). A bulk
 * load drops the `txn` triggers with the indexes and rebuilds the figures when it finishes
 * (bulk-load.ts). A database synced before this migration gets its figures here, from the records.
 *
 * The triggers assume what the writers guarantee: a stored record's time, source, parties, amount,
 * currency and day never change (only its status, reason, strict-IBAN flag and company links do).
 * Figures that fall to zero may stay as zero rows.
 */
import { qualityTalliesRebuildSql, rebuildCurrencyMovementsSql } from '../mutations/quality-rebuild';
import { duplicateGroupColumns } from '../queries/quality-recompute';
import type { Migration } from './migration';

type Row = 'OLD' | 'NEW';

/** True when the record counts as quarantined (status 1 with a reason). */
const quarantined = (r: Row) => `${r}.status <> 0 AND ${r}.reason IS NOT NULL`;

/** True when the record may belong to a possible-duplicate group (valid or left out, with a day). */
const duplicateCandidate = (r: Row) => `${r}.reason IS NULL AND ${r}.day IS NOT NULL`;

/** Statements that add a quarantined record to its reason and its companies. */
function addQuarantined(r: Row): string {
  return `
    INSERT INTO quality_count (figure, source, count) SELECT ${r}.reason, ${r}.source, 1
      WHERE ${quarantined(r)}
      ON CONFLICT (figure, source) DO UPDATE SET count = count + 1;
    INSERT INTO quality_company (company_id, quarantined, batch_payment, invalid_iban, invalid_currency, malformed)
      SELECT c.company_id, 1, ${r}.reason = 'batch-payment', ${r}.reason = 'invalid-iban',
        ${r}.reason = 'invalid-currency', ${r}.reason = 'malformed'
      FROM (SELECT ${r}.payer_company AS company_id UNION SELECT ${r}.beneficiary_company) c
      WHERE c.company_id IS NOT NULL AND ${quarantined(r)}
      ON CONFLICT (company_id) DO UPDATE SET quarantined = quarantined + 1,
        batch_payment = batch_payment + excluded.batch_payment,
        invalid_iban = invalid_iban + excluded.invalid_iban,
        invalid_currency = invalid_currency + excluded.invalid_currency,
        malformed = malformed + excluded.malformed;`;
}

const strictWarning = (r: Row) => `${r}.status = 0 AND ${r}.strict_iban_warning = 1`;

function addStrictWarning(r: Row): string {
  return `
    INSERT INTO quality_count (figure, source, count) SELECT 'strict-iban-warning', ${r}.source, 1
      WHERE ${strictWarning(r)}
      ON CONFLICT (figure, source) DO UPDATE SET count = count + 1;`;
}

function withdrawCounts(r: Row): string {
  return `
    UPDATE quality_count SET count = count - 1
      WHERE figure = ${r}.reason AND source = ${r}.source AND ${quarantined(r)};
    UPDATE quality_count SET count = count - 1
      WHERE figure = 'strict-iban-warning' AND source = ${r}.source AND ${strictWarning(r)};
    UPDATE quality_company SET quarantined = quarantined - 1,
        batch_payment = batch_payment - (${r}.reason = 'batch-payment'),
        invalid_iban = invalid_iban - (${r}.reason = 'invalid-iban'),
        invalid_currency = invalid_currency - (${r}.reason = 'invalid-currency'),
        malformed = malformed - (${r}.reason = 'malformed')
      WHERE company_id IN (${r}.payer_company, ${r}.beneficiary_company) AND ${quarantined(r)};
    DELETE FROM quality_company
      WHERE company_id IN (${r}.payer_company, ${r}.beneficiary_company) AND quarantined = 0;`;
}

const groupKey = ['ts_ms', 'source', 'payer', 'beneficiary', 'amount_cents', 'currency'];

/** SQL: the `txn` row aliased by `alias` has NEW's group key. */
const groupKeyMatch = (alias: string, r: Row = 'NEW') =>
  groupKey.map((column) => `${alias}${column} = ${r}.${column}`).join(' AND ');

/** The group of the record's key, recomputed from its members (a few rows, through the identity index). */
function refreshGroup(r: Row = 'NEW'): string {
  return `
    DELETE FROM possible_duplicate WHERE ${groupKeyMatch('', r)};
    INSERT INTO possible_duplicate (${groupKey.join(', ')}, ts_text, amount, copies, left_out, ids)
      SELECT ${duplicateGroupColumns} FROM txn t
      WHERE ${groupKeyMatch('t.', r)} AND t.reason IS NULL AND t.day IS NOT NULL
      HAVING count(*) > 1;`;
}

/** The kept group totals, per source. */
function groupTotals(r: Row, sign: '+' | '-'): string {
  return `
    INSERT INTO quality_count (figure, source, count)
      VALUES ('duplicate-groups', ${r}.source, ${sign}1), ('duplicate-records', ${r}.source, ${sign}${r}.copies),
        ('duplicate-left-out', ${r}.source, ${sign}${r}.left_out)
      ON CONFLICT (figure, source) DO UPDATE SET count = count + excluded.count;`;
}

function movementChange(r: Row, sign: '+' | '-'): string {
  return `
    INSERT INTO currency_movement (currency, movements)
      VALUES (${r}.currency, ${sign}(${r}.in_count + ${r}.out_count))
      ON CONFLICT (currency) DO UPDATE SET movements = movements + excluded.movements;`;
}

function movementTrigger(event: 'insert' | 'delete', r: Row, sign: '+' | '-'): string {
  return `CREATE TRIGGER tr_account_total_movement_${event} AFTER ${event.toUpperCase()} ON account_total BEGIN
      ${movementChange(r, sign)}
    END;`;
}

/**
 * The possible-duplicate groups of the records stored before this migration, in two steps: the
 * instants and sources that several records share (following the identity index of the time, which
 * led with those columns), then those records grouped by all six columns.
 */
const duplicateGroupsByInstantSql = `
  WITH shared AS (
    SELECT ts_ms, source FROM txn WHERE reason IS NULL AND day IS NOT NULL
    GROUP BY ts_ms, source HAVING count(*) > 1
  )
  SELECT ${duplicateGroupColumns} FROM shared s JOIN txn t ON t.ts_ms = s.ts_ms AND t.source = s.source
  WHERE t.reason IS NULL AND t.day IS NOT NULL
  GROUP BY t.ts_ms, t.source, t.payer, t.beneficiary, t.amount_cents, t.currency HAVING count(*) > 1`;

const changed = ['status', 'reason', 'strict_iban_warning', 'payer_company', 'beneficiary_company'];

export const qualityTallies: Migration = {
  version: 120,
  name: 'quality-tallies',
  sql: `
    CREATE TABLE quality_count (
      figure TEXT NOT NULL,
      source INTEGER NOT NULL,
      count INTEGER NOT NULL,
      PRIMARY KEY (figure, source)
    ) WITHOUT ROWID;
    CREATE TABLE quality_company (
      company_id INTEGER PRIMARY KEY,
      quarantined INTEGER NOT NULL,
      batch_payment INTEGER NOT NULL,
      invalid_iban INTEGER NOT NULL,
      invalid_currency INTEGER NOT NULL,
      malformed INTEGER NOT NULL
    );
    CREATE INDEX ix_quality_company_rank ON quality_company (quarantined DESC, company_id);
    CREATE TABLE possible_duplicate (
      ts_ms INTEGER NOT NULL,
      source INTEGER NOT NULL,
      payer TEXT NOT NULL,
      beneficiary TEXT NOT NULL,
      amount_cents INTEGER NOT NULL,
      currency TEXT NOT NULL,
      ts_text TEXT NOT NULL,
      amount REAL,
      copies INTEGER NOT NULL,
      left_out INTEGER NOT NULL,
      ids TEXT NOT NULL,
      PRIMARY KEY (ts_ms, source, payer, beneficiary, amount_cents, currency)
    ) WITHOUT ROWID;
    -- Account movements of valid records per currency (for the rate warnings), summed from the
    -- running totals by their own triggers, whichever writer changes them.
    CREATE TABLE currency_movement (
      currency TEXT PRIMARY KEY,
      movements INTEGER NOT NULL
    ) WITHOUT ROWID;
    ${rebuildCurrencyMovementsSql}
    ${movementTrigger('insert', 'NEW', '+')}
    ${movementTrigger('delete', 'OLD', '-')}
    CREATE TRIGGER tr_account_total_movement_update AFTER UPDATE OF in_count, out_count ON account_total BEGIN
      ${movementChange('NEW', '+')}
      ${movementChange('OLD', '-')}
    END;
    CREATE TRIGGER tr_possible_duplicate_insert AFTER INSERT ON possible_duplicate BEGIN
      ${groupTotals('NEW', '+')}
    END;
    CREATE TRIGGER tr_possible_duplicate_delete AFTER DELETE ON possible_duplicate BEGIN
      ${groupTotals('OLD', '-')}
    END;
    ${qualityTalliesRebuildSql(duplicateGroupsByInstantSql)}
    CREATE TRIGGER tr_txn_quality_insert AFTER INSERT ON txn BEGIN
      INSERT INTO quality_count (figure, source, count) VALUES ('records', NEW.source, 1)
        ON CONFLICT (figure, source) DO UPDATE SET count = count + 1;
    END;
    CREATE TRIGGER tr_txn_quality_insert_quarantined AFTER INSERT ON txn WHEN ${quarantined('NEW')} BEGIN
      ${addQuarantined('NEW')}
    END;
    CREATE TRIGGER tr_txn_quality_insert_strict AFTER INSERT ON txn WHEN ${strictWarning('NEW')} BEGIN
      ${addStrictWarning('NEW')}
    END;
    -- Nearly every new record has no copy: one probe of the identity index settles that.
    CREATE TRIGGER tr_txn_quality_insert_copy AFTER INSERT ON txn
    WHEN ${duplicateCandidate('NEW')} AND EXISTS (
      SELECT 1 FROM txn d WHERE ${groupKeyMatch('d.')} AND d.reason IS NULL AND d.txn_id <> NEW.txn_id
    )
    BEGIN
      ${refreshGroup()}
    END;
    CREATE TRIGGER tr_txn_quality_update AFTER UPDATE OF ${changed.join(', ')} ON txn
    WHEN ${changed.map((column) => `OLD.${column} IS NOT NEW.${column}`).join(' OR ')}
    BEGIN
      ${withdrawCounts('OLD')}
      ${addQuarantined('NEW')}
      ${addStrictWarning('NEW')}
    END;
    -- No writer deletes records; should one ever, the figures follow it all the same.
    CREATE TRIGGER tr_txn_quality_delete AFTER DELETE ON txn BEGIN
      UPDATE quality_count SET count = count - 1 WHERE figure = 'records' AND source = OLD.source;
      ${withdrawCounts('OLD')}
    END;
    CREATE TRIGGER tr_txn_quality_delete_copy AFTER DELETE ON txn
    WHEN EXISTS (SELECT 1 FROM possible_duplicate p WHERE ${groupKeyMatch('p.', 'OLD')})
    BEGIN
      ${refreshGroup('OLD')}
    END;
    -- A record's group changes only if it has one already (a small table tells), or if it becomes
    -- a candidate beside a copy (one probe of the identity index, as for a new record).
    CREATE TRIGGER tr_txn_quality_update_copy AFTER UPDATE OF status, reason ON txn
    WHEN (OLD.status IS NOT NEW.status OR OLD.reason IS NOT NEW.reason) AND NEW.day IS NOT NULL AND (
      EXISTS (SELECT 1 FROM possible_duplicate p WHERE ${groupKeyMatch('p.')})
      OR (${duplicateCandidate('NEW')} AND OLD.reason IS NOT NULL AND EXISTS (
        SELECT 1 FROM txn d WHERE ${groupKeyMatch('d.')} AND d.reason IS NULL AND d.txn_id <> NEW.txn_id
      ))
    )
    BEGIN
      ${refreshGroup()}
    END;
  `,
};
