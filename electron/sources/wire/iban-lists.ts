/**
 * IBAN lists as the two dialects encode them inside a string: a PostgreSQL array literal
 * (`{A,B}`, `{"A","B"}`, `{}`) from the exposer, a Python list repr (`['A', 'B']`) from cdm-api.
 * Both answer null for text that is not such a list, so the caller can reject the record.
 */

/** Splits the inside of a list on `separator`, honouring quoted elements with backslash escapes. */
function splitElements(inner: string, quotes: string): string[] | null {
  const elements: string[] = [];
  let i = 0;
  const skipSpaces = () => {
    while (i < inner.length && /\s/.test(inner.charAt(i))) i += 1;
  };
  skipSpaces();
  if (i === inner.length) return elements;
  for (;;) {
    skipSpaces();
    const opener = inner.charAt(i);
    let element = '';
    if (quotes.includes(opener) && opener !== '') {
      i += 1;
      let closed = false;
      while (i < inner.length) {
        const ch = inner.charAt(i);
        if (ch === '\\' && i + 1 < inner.length) {
          element += inner.charAt(i + 1);
          i += 2;
        } else if (ch === opener) {
          closed = true;
          i += 1;
          break;
        } else {
          element += ch;
          i += 1;
        }
      }
      if (!closed) return null;
      skipSpaces();
    } else {
      const end = inner.indexOf(',', i);
      element = (end === -1 ? inner.slice(i) : inner.slice(i, end)).trim();
      i = end === -1 ? inner.length : end;
      if (element === '' || /["']/.test(element)) return null;
    }
    elements.push(element);
    if (i === inner.length) return elements;
    if (inner.charAt(i) !== ',') return null;
    i += 1;
  }
}

/** `{A,B}` / `{"A","B"}` / `{}` → the elements; null when the text is not an array literal. */
export function parsePgArray(text: string): string[] | null {
  const trimmed = text.trim();
  if (!trimmed.startsWith('{') || !trimmed.endsWith('}') || trimmed.length < 2) return null;
  const elements = splitElements(trimmed.slice(1, -1), '"');
  // An unquoted NULL is SQL's null element, not an IBAN.
  return elements === null ? null : elements.filter((element) => element !== 'NULL');
}

/** `['A', 'B']` / `["A"]` / `[]` → the elements; null when the text is not a list literal. */
export function parsePythonList(text: string): string[] | null {
  const trimmed = text.trim();
  if (!trimmed.startsWith('[') || !trimmed.endsWith(']') || trimmed.length < 2) return null;
  return splitElements(trimmed.slice(1, -1), `'"`);
}
