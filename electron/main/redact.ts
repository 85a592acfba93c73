/**
 * Scrubs credentials out of anything written to the log: user and password in URLs, bearer and
 * basic authorization values, and token or password fields in JSON or key=value text. The log is
 * sent to support by analysts, so nothing that opens a bank's API may reach it.
 */
const rules: readonly (readonly [RegExp, string])[] = [
  [/\b([a-z][a-z0-9+.-]*:\/\/)[^\s/@:]+(?::[^\s/@]*)?@/gi, '$1[redacted]@'],
  [/\b(bearer|basic)\s+[A-Za-z0-9._~+/=-]+/gi, '$1 [redacted]'],
  [/("(?:token|password|secret|authorization|auth)"\s*:\s*)"(?:[^"\\]|\\.)*"/gi, '$1"[redacted]"'],
  [/\b(token|password|secret|apikey|api_key)=([^\s&]+)/gi, '$1=[redacted]'],
];

export function redactSecrets(text: string): string {
  let result = text;
  for (const [pattern, replacement] of rules) result = result.replace(pattern, replacement);
  return result;
}

/** Redacts every string inside a log call's arguments; errors keep their name and redacted message. */
export function redactLogValue(value: unknown): unknown {
  if (typeof value === 'string') return redactSecrets(value);
  if (value instanceof Error) {
    const copy = new Error(redactSecrets(value.message));
    copy.name = value.name;
    if (value.stack !== undefined) copy.stack = redactSecrets(value.stack);
    return copy;
  }
  if (typeof value === 'object' && value !== null) {
    try {
      return JSON.parse(redactSecrets(JSON.stringify(value))) as unknown;
    } catch {
      return '[unprintable value]';
    }
  }
  return value;
}
