/**
 * The strict IBAN switch. Turning it on quarantines every record whose IBAN fails ISO 13616, which
 * on some sources is nearly all of them: before it is ticked, the analyst is told how many records
 * it would quarantine (from the quality report's warnings) and asked to confirm.
 */
import { useState } from 'react';
import type { ReportingCurrency } from '../../../shared/domain';
import { formatCount } from '../../../shared/format';
import { getApi } from '../api/client';
import { settle } from '../store/load';

interface StrictIbanToggleProps {
  readonly checked: boolean;
  readonly currency: ReportingCurrency;
  readonly onChange: (strict: boolean) => void;
}

type Asking =
  | { readonly status: 'counting' }
  | { readonly status: 'asking'; readonly failing: number; readonly total: number }
  | { readonly status: 'failed'; readonly message: string };

export function strictIbanQuestion(failing: number, total: number): string {
  const share = total === 0 ? 0 : (failing / total) * 100;
  return `Strict IBAN validation would quarantine ${formatCount(failing)} of ${formatCount(total)} records (${share.toFixed(1)} %): they leave every figure until it is turned off again.`;
}

export function StrictIbanToggle({ checked, currency, onChange }: StrictIbanToggleProps) {
  const [asking, setAsking] = useState<Asking | null>(null);
  const ask = async () => {
    setAsking({ status: 'counting' });
    const report = await settle(getApi().qualityReport({ currency, samples: 0, companies: 0 }));
    if (report.status !== 'ready') {
      setAsking({ status: 'failed', message: report.status === 'failed' ? report.error.message : '' });
      return;
    }
    const failing = report.value.strictIbanWarnings.reduce((sum, warning) => sum + warning.count, 0);
    // Nothing would change: no need to ask.
    if (failing === 0) {
      setAsking(null);
      onChange(true);
    } else setAsking({ status: 'asking', failing, total: report.value.totals.transactions });
  };
  return (
    <div className="strict-iban">
      <label className="toggle">
        <input
          type="checkbox"
          checked={checked}
          disabled={asking?.status === 'counting'}
          onChange={(event) => {
            if (event.target.checked) void ask();
            else {
              setAsking(null);
              onChange(false);
            }
          }}
        />
        Strict IBAN validation (ISO 13616 length and check digits)
      </label>
      {asking?.status === 'counting' && <p className="note">Counting the records it would quarantine…</p>}
      {asking?.status === 'failed' && (
        <p className="note note--error" role="alert">
          {asking.message}
        </p>
      )}
      {asking?.status === 'asking' && (
        <div className="confirm" role="alertdialog" aria-label="Turn strict IBAN validation on?">
          <p>{strictIbanQuestion(asking.failing, asking.total)}</p>
          <button
            type="button"
            className="button button--danger"
            onClick={() => {
              setAsking(null);
              onChange(true);
            }}
          >
            Quarantine {formatCount(asking.failing)} {asking.failing === 1 ? 'record' : 'records'}
          </button>
          <button
            type="button"
            className="button"
            autoFocus
            onClick={() => {
              setAsking(null);
            }}
          >
            Keep it off
          </button>
        </div>
      )}
    </div>
  );
}
