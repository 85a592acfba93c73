/**
 * The exposer dialect sends several JSON objects back to back with no separator (`{…}{…}`).
 * Splitting on `}{` would break on string contents, so this scans once, skipping whole strings
 * (escapes included) and tracking brace depth, and parses each complete top-level object.
 */

const openBrace = 0x7b;
const closeBrace = 0x7d;
const openBracket = 0x5b;
const closeBracket = 0x5d;
const quote = 0x22;
const backslash = 0x5c;

function isJsonWhitespace(code: number): boolean {
  return code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09;
}

/** Thrown for a body that is not a sequence of complete JSON objects (truncated, garbage). */
export class WireFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WireFormatError';
  }
}

/**
 * The index of the quote closing the string opened at `open`, or -1 when the text ends first. Jumps
 * from quote to quote with indexOf (the exposer's bodies are mostly one long escaped string); a quote
 * preceded by an odd number of backslashes is escaped.
 */
function closingQuote(text: string, open: number): number {
  let from = open + 1;
  for (;;) {
    const candidate = text.indexOf('"', from);
    if (candidate === -1) return -1;
    let backslashes = 0;
    while (text.charCodeAt(candidate - 1 - backslashes) === backslash) backslashes += 1;
    if (backslashes % 2 === 0) return candidate;
    from = candidate + 1;
  }
}

/** Each top-level JSON value of `text`, in order; objects and arrays may follow each other directly. */
export function splitConcatenatedJson(text: string): unknown[] {
  const values: unknown[] = [];
  let depth = 0;
  let start = -1;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (depth === 0) {
      if (isJsonWhitespace(code)) continue;
      if (code !== openBrace && code !== openBracket) {
        throw new WireFormatError(
          `unexpected character '${text.charAt(i)}' at offset ${i} between JSON objects`,
        );
      }
      start = i;
    }
    if (code === quote) {
      i = closingQuote(text, i);
      if (i === -1) break;
    } else if (code === openBrace || code === openBracket) depth += 1;
    else if (code === closeBrace || code === closeBracket) {
      depth -= 1;
      if (depth === 0) {
        values.push(parseJson(text.slice(start, i + 1), start));
        start = -1;
      }
    }
  }
  if (depth !== 0) {
    throw new WireFormatError(
      `the body ends inside a JSON value (truncated after ${text.length} characters)`,
    );
  }
  return values;
}

function parseJson(slice: string, offset: number): unknown {
  try {
    return JSON.parse(slice) as unknown;
  } catch (cause) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    throw new WireFormatError(`the JSON object at offset ${offset} is invalid: ${reason}`);
  }
}
