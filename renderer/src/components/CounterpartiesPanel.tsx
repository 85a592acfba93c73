/** The company's largest counterparties over the range; one of our own clients opens on click. */
import type { CounterpartiesResult } from '../../../shared/analytics';
import { formatCount } from '../../../shared/format';
import type { Load } from '../store/load';
import { Money } from './Money';
import { LoadNote, Panel } from './Panel';

const directionNames = { in: 'pays in', out: 'is paid', both: 'both ways' } as const;

export function formatIban(iban: string): string {
  return iban.replace(/(.{4})/g, '$1 ').trim();
}

interface CounterpartiesPanelProps {
  readonly counterparties: Load<CounterpartiesResult>;
  readonly companyId: number;
  readonly onOpen: (companyId: number) => void;
}

function Table({
  result,
  companyId,
  onOpen,
}: {
  readonly result: CounterpartiesResult;
  readonly companyId: number;
  readonly onOpen: (id: number) => void;
}) {
  const c = result.currency;
  if (result.counterparties.length === 0) return <p className="note">No counterparties in this range.</p>;
  return (
    <table className="grid-table grid-table--dense" aria-label="Counterparties">
      <thead>
        <tr>
          <th scope="col">Counterparty</th>
          <th scope="col">Country</th>
          <th scope="col">Direction</th>
          <th scope="col" className="num">
            Inflow
          </th>
          <th scope="col" className="num">
            Outflow
          </th>
          <th scope="col" className="num">
            Count
          </th>
        </tr>
      </thead>
      <tbody>
        {result.counterparties.map((party) => {
          const owner = party.companyId;
          return (
            <tr key={party.iban}>
              <td>
                <span className="mono">{formatIban(party.iban)}</span>{' '}
                {owner === companyId && <span className="badge badge--own">own account</span>}
                {owner !== null && owner !== companyId && (
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => {
                      onOpen(owner);
                    }}
                  >
                    {party.companyName ?? `#${owner}`}
                  </button>
                )}
              </td>
              <td>
                <span className="country-code">{party.country}</span> {party.countryName}
              </td>
              <td className="dim">{directionNames[party.direction]}</td>
              <td className="num">
                <Money amount={party.inflow} currency={c} />
              </td>
              <td className="num">
                <Money amount={party.outflow} currency={c} />
              </td>
              <td className="num">{formatCount(party.count)}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

export function CounterpartiesPanel({ counterparties, companyId, onOpen }: CounterpartiesPanelProps) {
  return (
    <Panel title="Largest counterparties">
      {counterparties.status === 'ready' ? (
        <Table result={counterparties.value} companyId={companyId} onOpen={onOpen} />
      ) : (
        <LoadNote load={counterparties} />
      )}
      {counterparties.status === 'ready' && counterparties.value.unconvertedCurrencies.length > 0 && (
        <p className="note">Left out, no rate: {counterparties.value.unconvertedCurrencies.join(', ')}</p>
      )}
    </Panel>
  );
}
