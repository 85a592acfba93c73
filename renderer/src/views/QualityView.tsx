/**
 * Data quality: how many records were quarantined and why (per source), which companies have the
 * most, samples of each reason, and what looks wrong in the rate table (docs/domain.md's sanity checks).
 */
import { quarantineReasons as reasons, type QuarantineReason } from '../../../shared/domain';
import { formatCount } from '../../../shared/format';
import type { QualityReport } from '../../../shared/quality';
import { rateWarningText } from '../text/rate-warning-text';
import { ConversionNote } from '../components/ConversionNote';
import { LoadNote, Panel } from '../components/Panel';
import { PossibleDuplicatesPanel } from '../components/PossibleDuplicatesPanel';
import { useFilterStore } from '../store/filter-store';
import { loadOf } from '../data/hooks';
import { useQualityReport } from '../data/portfolio';
import { useRovingRows } from '../keyboard/roving-rows';
import { useNavStore } from '../store/nav-store';
import { useQualityStore } from '../store/quality-store';
import { PageHeading } from '../components/PageHeading';

const reasonNames: Record<QuarantineReason, string> = {
  'batch-payment': 'Batch payment',
  'invalid-iban': 'Invalid IBAN',
  'invalid-currency': 'Invalid currency',
  malformed: 'Malformed record',
};

function Summary({ report }: { readonly report: QualityReport }) {
  const { transactions, valid, quarantined } = report.totals;
  const share = transactions === 0 ? 0 : quarantined / transactions;
  const unreadable = report.unreadable.companies + report.unreadable.rates;
  return (
    <div className="cards">
      <article className="card" aria-label="Records">
        <h4 className="card__title">Records</h4>
        <p className="card__value">{formatCount(transactions)}</p>
        <p className="card__sub">{formatCount(valid)} valid</p>
      </article>
      <article className={quarantined > 0 ? 'card card--bad' : 'card'} aria-label="Quarantined">
        <h4 className="card__title">Quarantined</h4>
        <p className="card__value">{formatCount(quarantined)}</p>
        <p className="card__sub">{(share * 100).toFixed(2)} % of all records, excluded from every figure</p>
      </article>
      <article className="card" aria-label="Strict IBAN check">
        <h4 className="card__title">Strict IBAN check</h4>
        <p className="card__value">{report.strictIban ? 'On' : 'Off'}</p>
        <p className="card__sub">
          {report.strictIban
            ? 'Records failing ISO 13616 are quarantined.'
            : `${formatCount(report.strictIbanWarnings.reduce((sum, w) => sum + w.count, 0))} valid records would fail it (warning only).`}
        </p>
      </article>
      <article
        className={report.rateWarnings.length > 0 ? 'card card--bad' : 'card'}
        aria-label="Rate warnings"
      >
        <h4 className="card__title">Rate table</h4>
        <p className="card__value">{report.rateWarnings.length}</p>
        <p className="card__sub">warnings</p>
      </article>
      <article className={unreadable > 0 ? 'card card--bad' : 'card'} aria-label="Unreadable source elements">
        <h4 className="card__title">Unreadable</h4>
        <p className="card__value">{formatCount(unreadable)}</p>
        <p
          className="card__sub"
          title={report.unreadable.samples.map((sample) => `${sample.kind}: ${sample.detail}`).join('\n')}
        >
          {formatCount(report.unreadable.companies)} companies, {formatCount(report.unreadable.rates)} rate
          rows the source sent, kept
        </p>
      </article>
    </div>
  );
}

/** The companies with the most quarantined records; one Tab stop, ↑/↓ and Enter like the portfolio. */
function QualityCompanies({ report }: { readonly report: QualityReport }) {
  const openCompany = useNavStore((state) => state.openCompany);
  const active = useQualityStore((state) => state.activeCompany);
  const setActive = useQualityStore((state) => state.setActiveCompany);
  const names = new Map(report.companies.map((company) => [company.companyId, company.name]));
  const rowProps = useRovingRows(
    report.companies.map((company) => company.companyId),
    active,
    setActive,
    (companyId) => {
      openCompany(companyId, names.get(companyId) ?? '');
    },
  );
  return (
    <Panel title="Companies with the most quarantined records">
      {report.companies.length === 0 ? (
        <p className="note">No company has quarantined records.</p>
      ) : (
        <table className="grid-table grid-table--dense" aria-label="Companies with quarantined records">
          <thead>
            <tr>
              <th scope="col">Company</th>
              <th scope="col" className="num">
                Quarantined
              </th>
              {reasons.map((reason) => (
                <th key={reason} scope="col" className="num">
                  {reasonNames[reason]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {report.companies.map((company) => (
              <tr key={company.companyId} className="clickable" {...rowProps(company.companyId)}>
                <td>
                  {company.name} <span className="dim mono">#{company.companyId}</span>
                </td>
                <td className="num">{formatCount(company.count)}</td>
                {reasons.map((reason) => (
                  <td key={reason} className="num">
                    {formatCount(company.byReason[reason] ?? 0)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Panel>
  );
}

function Report({ report }: { readonly report: QualityReport }) {
  const count = (reason: QuarantineReason, source: 'sepa' | 'swift') =>
    report.byReason.find((row) => row.reason === reason && row.source === source)?.count ?? 0;
  return (
    <>
      <Summary report={report} />
      <div className="two-columns">
        <Panel title="Quarantined by reason">
          <table className="grid-table" aria-label="Quarantined by reason">
            <thead>
              <tr>
                <th scope="col">Reason</th>
                <th scope="col" className="num">
                  SEPA
                </th>
                <th scope="col" className="num">
                  SWIFT
                </th>
                <th scope="col" className="num">
                  Total
                </th>
              </tr>
            </thead>
            <tbody>
              {reasons.map((reason) => (
                <tr key={reason}>
                  <td>{reasonNames[reason]}</td>
                  <td className="num">{formatCount(count(reason, 'sepa'))}</td>
                  <td className="num">{formatCount(count(reason, 'swift'))}</td>
                  <td className="num">{formatCount(count(reason, 'sepa') + count(reason, 'swift'))}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </Panel>
        <Panel title="Rate table warnings">
          <ConversionNote info={report.conversion} />
          {report.rateWarnings.length === 0 ? (
            <p className="note">The rate table passes every check.</p>
          ) : (
            <ul className="warning-list" aria-label="Rate table warnings">
              {report.rateWarnings.map((warning) => (
                <li
                  key={`${warning.kind}-${warning.currency}-${'column' in warning ? warning.column : ''}${'reporting' in warning ? warning.reporting : ''}`}
                >
                  {rateWarningText(warning)}
                </li>
              ))}
            </ul>
          )}
        </Panel>
      </div>
      <PossibleDuplicatesPanel duplicates={report.possibleDuplicates} />
      <QualityCompanies report={report} />
      <Panel title="Samples">
        <table className="grid-table grid-table--dense" aria-label="Quarantined samples">
          <thead>
            <tr>
              <th scope="col">Reason</th>
              <th scope="col">Source</th>
              <th scope="col">Id</th>
              <th scope="col">Time</th>
              <th scope="col">Payer</th>
              <th scope="col">Beneficiary</th>
              <th scope="col" className="num">
                Amount
              </th>
              <th scope="col">Detail</th>
            </tr>
          </thead>
          <tbody>
            {report.samples.map((sample) => (
              <tr
                key={`${sample.reason}-${sample.source}-${sample.id}-${sample.ts}-${String(sample.amount)}`}
              >
                <td>
                  <span className="badge badge--debt">{reasonNames[sample.reason]}</span>
                </td>
                <td className="dim">{sample.source.toUpperCase()}</td>
                <td className="mono">{sample.id.length > 12 ? `${sample.id.slice(0, 8)}…` : sample.id}</td>
                <td className="mono">{sample.ts}</td>
                <td className="mono">{sample.payer}</td>
                <td className="mono">{sample.beneficiary}</td>
                <td className="num">
                  {sample.amount === null ? '—' : `${sample.amount.toFixed(2)} ${sample.currency}`}
                </td>
                <td className="dim" title={sample.raw ?? undefined}>
                  {sample.detail ?? ''}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </Panel>
    </>
  );
}

export function QualityView() {
  const currency = useFilterStore((state) => state.filter.currency);
  const report = loadOf(useQualityReport(currency));
  return (
    <div className="quality-view">
      <PageHeading className="view-title">Data quality</PageHeading>
      {report.status === 'ready' && report.value.scope != null && (
        <p className="note">
          Your sources are limited to a portfolio of {formatCount(report.value.scope.companies)}{' '}
          {report.value.scope.companies === 1 ? 'company' : 'companies'}: these counts cover the records
          fetched for it, not the bank&apos;s whole book.
        </p>
      )}
      {report.status === 'ready' ? <Report report={report.value} /> : <LoadNote load={report} />}
    </div>
  );
}
