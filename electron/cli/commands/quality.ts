/** `cashflow quality`: quarantined records by reason, source and company, and rate-table warnings. */
import type { RateWarning } from '../../../shared/quality';
import { conversionLine, printJson, printLines, table } from './query-output';
import { defineQueryCommand } from './query-command';

function describeWarning(warning: RateWarning): string {
  switch (warning.kind) {
    case 'identity-not-one':
      return `${warning.currency}.${warning.column} is ${warning.value}, not 1 (ignored: identity applies)`;
    case 'cross-rate':
      return `${warning.currency}: eurRate ${warning.eurRate} disagrees with usdRate × USD.eurRate = ${warning.impliedEurRate.toPrecision(4)} by ${(warning.disagreement * 100).toFixed(0)} %`;
    case 'non-iso-code':
      return `${warning.currency} is not an ISO 4217 currency code`;
    case 'no-rate':
      return `${warning.currency} has no rate into ${warning.reporting} (${warning.movements} account movements left out)`;
  }
}

export const registerQualityCommand = defineQueryCommand({
  name: 'quality',
  method: 'qualityReport',
  description: 'Data quality: quarantined records per reason, source and company; rate-table warnings.',
  options: [
    {
      flag: '--samples <n>',
      field: 'samples',
      read: 'number',
      help: 'sample records per reason',
      fallback: '3',
    },
  ],
  print(report, json) {
    if (json) {
      printJson(report);
      return;
    }
    const { totals } = report;
    printLines([
      `${totals.transactions} records: ${totals.valid} valid, ${totals.quarantined} quarantined (strict IBAN ${report.strictIban ? 'on' : 'off'})`,
      ...(report.scope === undefined || report.scope === null
        ? []
        : [
            `Only the records touching the ${report.scope.companies} companies in scope were fetched; these counts cover them, not the bank's whole book.`,
          ]),
      '',
      ...table(
        ['reason', 'source', 'records'],
        report.byReason.map((r) => [r.reason, r.source, String(r.count)]),
      ),
      '',
      ...table(
        ['company', 'name', 'quarantined'],
        report.companies.slice(0, 10).map((c) => [String(c.companyId), c.name, String(c.count)]),
      ),
      '',
      'Rate table:',
      ...(report.conversion === undefined ? [] : [`  ${conversionLine(report.conversion)}`]),
      ...(report.rateWarnings.length === 0
        ? ['  no warnings']
        : report.rateWarnings.map((w) => `  ${describeWarning(w)}`)),
      ...report.strictIbanWarnings.map(
        (w) => `  ${w.count} ${w.source} records fail only the strict ISO 13616 IBAN check`,
      ),
      '',
      ...(report.possibleDuplicates === undefined
        ? []
        : [
            `Possible duplicates (identical apart from the id): ${report.possibleDuplicates.groups} groups, ${report.possibleDuplicates.records} records, ${report.possibleDuplicates.excludeSetting ? `${report.possibleDuplicates.excluded} copies left out by the setting` : 'all counted (settings set --exclude-duplicates on to leave copies out)'}`,
            ...report.possibleDuplicates.samples.map(
              (d) =>
                `  ${d.source} ${d.ts} ${d.payer} → ${d.beneficiary} ${d.amount ?? ''} ${d.currency}: ids ${d.ids.join(', ')}`,
            ),
            '',
          ]),
      'Samples:',
      ...report.samples.map((s) => `  [${s.reason}] ${s.source} ${s.id} ${s.ts}: ${s.detail ?? ''}`),
      '',
      `Unreadable source elements, kept: ${String(report.unreadable.companies)} companies, ${String(report.unreadable.rates)} rate rows`,
      ...report.unreadable.samples.map((r) => `  [${r.kind}] ${r.detail}: ${r.raw.slice(0, 120)}`),
    ]);
  },
});
