/**
 * The home view: the empty state when nothing has been synced, otherwise the way into a company
 * (search) and the companies opened in this session.
 */
import { EmptyState } from '../components/EmptyState';
import { Money } from '../components/Money';
import { Panel } from '../components/Panel';
import { useFilterStore } from '../store/filter-store';
import { useHomeStore } from '../store/home-store';

export function HomeView() {
  const presence = useHomeStore((state) => state.presence);
  const recent = useHomeStore((state) => state.recent);
  const openCompany = useFilterStore((state) => state.openCompany);
  const currency = useFilterStore((state) => state.filter.currency);

  if (presence.status === 'checking') return <p className="note">Opening the database…</p>;
  if (presence.status !== 'present') {
    return (
      <EmptyState title="No data yet">
        <p>{presence.error.message}</p>
        <p>Connect a CDM API source or start with demo data to see your clients' cash flow.</p>
      </EmptyState>
    );
  }
  return (
    <div className="home">
      <section className="hero" aria-label="Find a company">
        <h2>Find a company</h2>
        <p>
          Type a name, an IBAN or a company id in the search box above. Use <kbd>↑</kbd> <kbd>↓</kbd> to choose and <kbd>Enter</kbd> to open.
        </p>
      </section>
      {recent.length > 0 && (
        <Panel title="Opened recently">
          <table className="grid-table" aria-label="Opened recently">
            <thead>
              <tr>
                <th scope="col">Company</th>
                <th scope="col" className="num">Id</th>
                <th scope="col" className="num">Balance when found</th>
              </tr>
            </thead>
            <tbody>
              {recent.map((hit) => (
                <tr key={hit.companyId} className="clickable" onClick={() => { openCompany(hit.companyId); }}>
                  <td>
                    {hit.name} {hit.inDebt && <span className="badge badge--debt">debt</span>}
                  </td>
                  <td className="num">{hit.companyId}</td>
                  <td className="num">
                    <Money amount={hit.balance} currency={currency} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </Panel>
      )}
    </div>
  );
}
