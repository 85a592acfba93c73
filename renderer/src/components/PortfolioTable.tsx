/**
 * The portfolio: every company with its current balance, debt, credit, 30-day net flow and a
 * sparkline of its last 90 days, under a totals row over every matching company; sortable by any
 * column. One Tab stop: ↑/↓ (Home/End, PageUp/PageDown) walk the rows, Enter opens the company.
 */
import type { PortfolioResult, PortfolioSort } from '../../../shared/portfolio';
import { formatCount } from '../../../shared/format';
import { useRovingRows } from '../keyboard/roving-rows';
import { sparkDays } from '../data/portfolio';
import { usePortfolioStore } from '../store/portfolio-store';
import { FitMoney, Money } from './Money';
import { Sparkline } from './Sparkline';

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
  readonly onOpen: (companyId: number, name: string) => void;
}

function SortHeader() {
  const query = usePortfolioStore((state) => state.query);
  const sortBy = usePortfolioStore((state) => state.sortBy);
  return (
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
      <th scope="col">{sparkDays} days</th>
    </tr>
  );
}

export function PortfolioTable({ result, onOpen }: PortfolioTableProps) {
  const limit = usePortfolioStore((state) => state.query.limit);
  const setQuery = usePortfolioStore((state) => state.setQuery);
  const active = usePortfolioStore((state) => state.activeCompany);
  const setActive = usePortfolioStore((state) => state.setActiveCompany);
  const names = new Map(result.rows.map((row) => [row.companyId, row.name]));
  const rowProps = useRovingRows(
    result.rows.map((row) => row.companyId),
    active,
    setActive,
    (companyId) => {
      onOpen(companyId, names.get(companyId) ?? '');
    },
  );
  const c = result.currency;
  return (
    <>
      <table className="grid-table grid-table--dense portfolio-table" aria-label="Portfolio">
        <thead>
          <SortHeader />
          <tr className="portfolio-totals" aria-label="Totals">
            <th scope="row" colSpan={2}>
              Total · {formatCount(result.total)} {result.total === 1 ? 'company' : 'companies'}
            </th>
            <td className="num">
              <FitMoney amount={result.totals.balance} currency={c} />
            </td>
            <td className="num">
              <FitMoney amount={result.totals.debt} currency={c} bad />
            </td>
            <td className="num">
              <FitMoney amount={result.totals.credit} currency={c} />
            </td>
            <td colSpan={2} />
          </tr>
        </thead>
        <tbody>
          {result.rows.map((row) => (
            <tr key={row.companyId} className="clickable" {...rowProps(row.companyId)}>
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
              <td className="portfolio-table__spark">
                {row.spark !== undefined && <Sparkline values={row.spark} currency={c} />}
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
              setQuery({ limit: limit + 200 });
            }}
          >
            Show more
          </button>
        )}
      </div>
    </>
  );
}
