/**
 * The company view of a company outside the analyst's portfolio: its transactions are not synced,
 * so instead of figures (which the service refuses with `not-in-scope`) it says so and offers to
 * add the company.
 */
import { useCompanyProfile } from '../data/company';
import { AddToPortfolio } from './AddToPortfolio';
import { PageHeading } from './PageHeading';

interface OutOfScopeNoteProps {
  readonly companyId: number;
  readonly onBack: () => void;
}

export function OutOfScopeNote({ companyId, onBack }: OutOfScopeNoteProps) {
  const profile = useCompanyProfile(companyId).data;
  const name = profile?.name ?? `Company #${companyId}`;
  return (
    <>
      <header className="company-header">
        <button type="button" className="link-button" onClick={onBack}>
          ← Portfolio
        </button>
        <div className="company-header__title">
          <PageHeading>{name}</PageHeading>
          <span className="company-header__id">#{companyId}</span>
          <span className="badge">not in your portfolio</span>
        </div>
      </header>
      <section className="out-of-scope" aria-label="Not in your portfolio">
        <p className="note">
          {name} is not in your portfolio: the company list has it, but its transactions are not synced, so
          there are no figures to show.
        </p>
        <AddToPortfolio companyId={companyId} name={name} />
      </section>
    </>
  );
}
