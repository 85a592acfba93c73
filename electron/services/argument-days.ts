/** ISO days of a validated contract argument as integer days: the one conversion at the edge. */
import { dayFromIso } from '../../shared/days';
import { AppFailure } from '../../shared/result';

/** Days arrive validated by the contract's schema; this only narrows the type. */
export function day(text: string): number {
  const value = dayFromIso(text);
  if (value === null) throw new AppFailure('invalid-argument', `'${text}' is not a calendar day.`);
  return value;
}
