/** The human-readable summary of a sync pass, as the CLI and the demo print it. */
import type { SyncSummary } from '../../shared/sync';
import { formatCount } from '../../shared/format';

export function formatSummary(summary: SyncSummary): string {
  const seconds = (summary.durationMs / 1000).toFixed(1);
  const quarantined = Object.entries(summary.quarantined)
    .filter(([, count]) => count > 0)
    .map(([reason, count]) => `${reason} ${formatCount(count)}`)
    .join(', ');
  const lines = [
    `sync ${summary.outcome} (${summary.dialect ?? 'no dialect'}) in ${seconds} s: ${formatCount(summary.records)} records, ${formatCount(summary.recordsPerSecond)}/s, ${formatCount(summary.pages)} pages, ${formatCount(summary.retries)} retries`,
    `  companies ${formatCount(summary.companies)}, accounts ${formatCount(summary.accounts)}, rates ${formatCount(summary.rates)}`,
    `  new ${formatCount(summary.inserted)}, duplicates ${formatCount(summary.duplicates)}, valid ${formatCount(summary.valid)}, quarantined: ${quarantined === '' ? 'none' : quarantined}`,
  ];
  if (summary.scope !== undefined && summary.scope !== null) {
    const { companies, accounts, unknownCompanyIds } = summary.scope;
    lines.push(
      `  scope: ${formatCount(companies)} companies, ${formatCount(accounts)} accounts (only their transactions were fetched)`,
    );
    if (unknownCompanyIds.length > 0)
      lines.push(`  not in the source's company list: ${unknownCompanyIds.join(', ')}`);
  }
  if (summary.strictIbanWarnings > 0)
    lines.push(`  strict-IBAN warnings ${formatCount(summary.strictIbanWarnings)}`);
  const { companies, rates } = summary.rejected;
  if (companies + rates > 0) {
    lines.push(
      `  unreadable and kept for the quality view: ${formatCount(companies)} companies, ${formatCount(rates)} rate rows`,
    );
  }
  return lines.join('\n');
}
