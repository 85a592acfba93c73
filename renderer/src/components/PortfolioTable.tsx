/**
 * The portfolio: every company with its current balance, debt, credit and 30-day net flow, sortable
 * by any column and filterable to those overdrawn now; a row opens the company.
 */
import type { PortfolioResult, PortfolioSort } from '../../../shared/portfolio';
import { formatCount } from '../../../shared/format';
import { usePortfolioStore } from '../store/portfolio-store';
import { Money } from './Money';

const columns: readonly {
  readonly sort: PortfolioSort;
  readonly label: string;
  readonly numeric: boolean;
}[] = [
  { sort: 'name', label: 'Company', numeric: false },
  { sort: 'companyId', label: 'Id', numeric: true },
  { sort: 'balance', label: 'Balance', numeric: true },
  { sort: 'debt', label: 'Debt', numeric: true },
  { sort: 'credit', label: 'Credit', numeric: true },
  { sort: 'netFlow30', label: 'Net flow 30 d', numeric: true },
];

interface PortfolioTableProps {
  readonly result: PortfolioResult;
  readonly onOpen: (companyId: number) => void;
}

export function PortfolioTable({ result, onOpen }: PortfolioTableProps) {
  const query = usePortfolioStore((state) => state.query);
  const sortBy = usePortfolioStore((state) => state.sortBy);
  const setQuery = usePortfolioStore((state) => state.setQuery);
  const c = result.currency;
  return (
    <>
      <table className="grid-table grid-table--dense" aria-label="Portfolio">
        <thead>
          <tr>
            {columns.map((column) => {
              const sorted = query.sort === column.sort;
              return (
                <th
                  key={column.sort}
                  scope="col"
                  className={column.numeric ? 'num' : undefined}
                  aria-sort={sorted ? (query.order === 'asc' ? 'ascending' : 'descending') : 'none'}
                >
                  <button
                    type="button"
                    className="sort-button"
                    onClick={() => {
                      sortBy(column.sort);
                    }}
                  >
                    {column.label}
                    <span className="sort-button__mark" aria-hidden="true">
                      {sorted ? (query.order === 'asc' ? '▲' : '▼') : ''}
                    </span>
                  </button>
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {result.rows.map((row) => (
            <tr
              key={row.companyId}
              className="clickable"
              tabIndex={0}
              onClick={() => {
                onOpen(row.companyId);
              }}
              onKeyDown={(event) => {
                if (event.key === 'Enter') onOpen(row.companyId);
              }}
            >
              <td>
                {row.name} {row.overdrawnNow && <span className="badge badge--debt">overdrawn</span>}
              </td>
              <td className="num mono">{row.companyId}</td>
              <td className="num">
                <Money amount={row.balance} currency={c} />
              </td>
              <td className="num">
                {row.debt > 0 ? <Money amount={row.debt} currency={c} bad /> : <span className="dim">—</span>}
              </td>
              <td className="num">
                <Money amount={row.credit} currency={c} />
              </td>
              <td className="num">
                <Money amount={row.netFlow30} currency={c} signed />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {result.rows.length === 0 && <p className="note">No company matches these filters.</p>}
      <div className="table-footer">
        <span>
          Showing {formatCount(result.rows.length)} of {formatCount(result.total)}
        </span>
        {result.rows.length < result.total && (
          <button
            type="button"
            className="button"
            onClick={() => {
              setQuery({ limit: query.limit + 200 });
            }}
          >
            Show more
          </button>
        )}
      </div>
    </>
  );
}
