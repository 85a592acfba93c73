/** The company view's header: who the client is, its accounts, and how fresh its data is. */
import type { CompanyBalance } from '../../../shared/analytics';
import type { CompanyProfile } from '../../../shared/company-profile';
import { Money } from './Money';
import { PageHeading } from './PageHeading';

interface CompanyHeaderProps {
  readonly summary: CompanyBalance;
  readonly profile: CompanyProfile | null;
  readonly onBack: () => void;
}

function formatIban(iban: string): string {
  return iban.replace(/(.{4})/g, '$1 ').trim();
}

export function CompanyHeader({ summary, profile, onBack }: CompanyHeaderProps) {
  return (
    <header className="company-header">
      <button type="button" className="link-button" onClick={onBack}>
        ← Portfolio
      </button>
      <div className="company-header__title">
        <PageHeading>{summary.name}</PageHeading>
        <span className="company-header__id">#{summary.companyId}</span>
        {summary.debt > 0 && <span className="badge badge--debt">overdrawn</span>}
      </div>
      <dl className="facts">
        <div>
          <dt>Address</dt>
          <dd>{profile?.address ?? '—'}</dd>
        </div>
        <div>
          <dt>Last transaction</dt>
          <dd>{summary.lastTransactionDay ?? 'none'}</dd>
        </div>
        <div>
          <dt>Figures as of</dt>
          <dd>{summary.at}</dd>
        </div>
      </dl>
      <table className="accounts" aria-label="Accounts">
        <tbody>
          {summary.accounts.map((account) => (
            <tr key={account.iban}>
              <td className="mono">{formatIban(account.iban)}</td>
              <td className="num">
                <Money amount={account.balance} currency={summary.currency} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </header>
  );
}
