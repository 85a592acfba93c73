/**
 * A day typed as `yyyy-mm-dd`, whatever the system's locale: the browser's own date input shows
 * mm/dd/yyyy or dd.mm.yyyy, while the app (and the contract) speak ISO days. A value is passed on
 * as soon as it is a real calendar day; until then the field is marked invalid and nothing changes.
 */
import { useState } from 'react';
import { dayFromIso } from '../../../shared/days';

interface IsoDateInputProps {
  readonly label: string;
  readonly value: string;
  readonly onChange: (iso: string) => void;
  readonly className?: string;
}

export function isIsoDay(text: string): boolean {
  return dayFromIso(text) !== null;
}

export function IsoDateInput({ label, value, onChange, className = 'iso-date' }: IsoDateInputProps) {
  // What is being typed; the committed value shows again once the field leaves the focus.
  const [draft, setDraft] = useState<string | null>(null);
  const shown = draft ?? value;
  return (
    <input
      className={className}
      type="text"
      inputMode="numeric"
      aria-label={label}
      placeholder="yyyy-mm-dd"
      maxLength={10}
      pattern="\d{4}-\d{2}-\d{2}"
      spellCheck={false}
      autoComplete="off"
      value={shown}
      aria-invalid={!isIsoDay(shown)}
      onChange={(event) => {
        const text = event.target.value.trim();
        setDraft(text);
        if (isIsoDay(text) && text !== value) onChange(text);
      }}
      onBlur={() => {
        setDraft(null);
      }}
    />
  );
}
