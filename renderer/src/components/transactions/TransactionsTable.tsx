/**
 * The transactions as one scrolling table of every matching row, virtualised: only the rows in view
 * exist in the page, and their blocks are fetched as they come into view, so 100,000 rows scroll as
 * smoothly as 100. One Tab stop: ↑/↓ (Page Up/Down, Home/End) move the active row, Enter opens it.
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef, useState, type KeyboardEvent } from 'react';
import type { TransactionLine } from '../../../../shared/analytics';
import type { TransactionsQuery } from '../../data/transactions';
import { TransactionCells } from './TransactionRow';

export const rowHeight = 30;
const viewportRows = 16;

interface SortHeaderProps {
  readonly label: string;
  readonly sort: TransactionsQuery['sort'];
  readonly query: TransactionsQuery;
  readonly onChange: (change: Partial<TransactionsQuery>) => void;
}

function SortHeader({ label, sort, query, onChange }: SortHeaderProps) {
  const sorted = query.sort === sort;
  return (
    <button
      type="button"
      className="sort-button"
      onClick={() => {
        onChange({ sort, order: sorted && query.order === 'desc' ? 'asc' : 'desc' });
      }}
    >
      {label}
      <span className="sort-button__mark" aria-hidden="true">
        {sorted ? (query.order === 'asc' ? '▲' : '▼') : ''}
      </span>
    </button>
  );
}

interface TransactionsTableProps {
  readonly total: number;
  readonly currency: string;
  readonly query: TransactionsQuery;
  readonly onChange: (change: Partial<TransactionsQuery>) => void;
  readonly line: (index: number) => TransactionLine | undefined;
  /** Tells the data layer which rows are in view (and so which blocks to fetch). */
  readonly onVisible: (indexes: readonly number[]) => void;
  readonly onOpen: (line: TransactionLine) => void;
}

export function TransactionsTable(props: TransactionsTableProps) {
  const { total, currency, query, onChange, line, onVisible, onOpen } = props;
  const scroller = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState(0);
  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => scroller.current,
    estimateSize: () => rowHeight,
    overscan: 12,
    onChange: (instance) => {
      onVisible(instance.getVirtualItems().map((item) => item.index));
    },
  });
  const items = virtualizer.getVirtualItems();
  const move = (index: number) => {
    const next = Math.max(0, Math.min(total - 1, index));
    setActive(next);
    virtualizer.scrollToIndex(next, { align: 'auto' });
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const steps: Record<string, number> = {
      ArrowDown: 1,
      ArrowUp: -1,
      PageDown: viewportRows,
      PageUp: -viewportRows,
      Home: -total,
      End: total,
    };
    const step = steps[event.key];
    if (step !== undefined) {
      event.preventDefault();
      move(active + step);
    } else if (event.key === 'Enter') {
      // Focus moves into the drawer at once; without this the same key press would click its Close.
      event.preventDefault();
      const chosen = line(active);
      if (chosen !== undefined) onOpen(chosen);
    }
  };
  const activeLine = line(active);
  return (
    <div
      ref={scroller}
      className="txn-scroll"
      tabIndex={0}
      role="group"
      aria-label={`Transactions, ${total} rows: arrow keys move, Enter opens the details`}
      aria-activedescendant={activeLine === undefined ? undefined : `txn-row-${active}`}
      style={{ height: Math.min(total, viewportRows) * rowHeight + 36 }}
      onKeyDown={onKeyDown}
    >
      <table
        className="grid-table grid-table--dense txn-table"
        aria-label="Transactions"
        aria-rowcount={total + 1}
      >
        <thead>
          <tr>
            <th scope="col" className="txn-col--time">
              <SortHeader label="Time (UTC)" sort="ts" query={query} onChange={onChange} />
            </th>
            <th scope="col" className="txn-col--source">
              Source
            </th>
            <th scope="col" className="txn-col--dir">
              Dir.
            </th>
            <th scope="col" className="txn-col--party">
              Counterparty
            </th>
            <th scope="col" className="num txn-col--amount">
              Amount
            </th>
            <th
              scope="col"
              className="num txn-col--converted"
              title="Sorts by the amount converted into the reporting currency"
            >
              <SortHeader label={currency} sort="amount" query={query} onChange={onChange} />
            </th>
            <th scope="col" className="txn-col--status">
              Status
            </th>
          </tr>
        </thead>
        <tbody style={{ height: virtualizer.getTotalSize() }}>
          {items.map((item) => {
            const row = line(item.index);
            return (
              <tr
                key={item.key}
                id={`txn-row-${item.index}`}
                aria-rowindex={item.index + 2}
                className={[
                  row?.status === 'quarantined' ? 'row--quarantined' : '',
                  item.index === active ? 'row--active' : '',
                ].join(' ')}
                style={{ transform: `translateY(${item.start}px)`, height: rowHeight }}
                onClick={() => {
                  setActive(item.index);
                  if (row !== undefined) onOpen(row);
                }}
              >
                {row === undefined ? (
                  <td className="dim" colSpan={7}>
                    …
                  </td>
                ) : (
                  <TransactionCells line={row} currency={currency} />
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
