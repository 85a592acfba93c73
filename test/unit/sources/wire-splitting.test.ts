import { describe, expect, it } from 'vitest';
import { splitConcatenatedJson, WireFormatError } from '../../../electron/sources/wire/concatenated-json';
import { parsePgArray, parsePythonList } from '../../../electron/sources/wire/iban-lists';

describe('splitConcatenatedJson', () => {
  it('splits objects written back to back with no separator', () => {
    expect(splitConcatenatedJson('{"a":1}{"b":2}{"c":[3]}')).toEqual([{ a: 1 }, { b: 2 }, { c: [3] }]);
  });

  it('keeps a }{ sequence inside a string value intact', () => {
    const text = `${JSON.stringify({ s: 'x}{y' })}${JSON.stringify({ s: '}{"id":1}{' })}`;
    expect(splitConcatenatedJson(text)).toEqual([{ s: 'x}{y' }, { s: '}{"id":1}{' }]);
  });

  it('is not fooled by escaped quotes and backslashes before a brace in a string', () => {
    const first = { s: 'ends with a backslash \\', t: 'quote \\" then }{' };
    const second = { n: '\\"}{\\"' };
    const text = JSON.stringify(first) + JSON.stringify(second);
    expect(splitConcatenatedJson(text)).toEqual([first, second]);
  });

  it('reads the JSON-in-a-string shape where braces sit inside an escaped string', () => {
    const inner = JSON.stringify([{ id: 1, note: '}{' }]);
    const text = JSON.stringify({ sepa_transactions: inner }) + JSON.stringify({ sepa_transactions: '[]' });
    expect(splitConcatenatedJson(text)).toEqual([{ sepa_transactions: inner }, { sepa_transactions: '[]' }]);
  });

  it('allows whitespace between objects and nested objects inside one', () => {
    expect(splitConcatenatedJson(' {"a":{"b":{}}}\n {"c":1} ')).toEqual([{ a: { b: {} } }, { c: 1 }]);
  });

  it('rejects a body cut off inside an object or inside a string', () => {
    expect(() => splitConcatenatedJson('{"a":1}{"b":')).toThrow(WireFormatError);
    expect(() => splitConcatenatedJson('{"a":"}')).toThrow(/truncated/);
  });

  it('rejects text between objects', () => {
    expect(() => splitConcatenatedJson('{"a":1},{"b":2}')).toThrow(/unexpected character ','/);
    expect(() => splitConcatenatedJson('<html></html>')).toThrow(WireFormatError);
  });

  it('answers no values for an empty body', () => {
    expect(splitConcatenatedJson('')).toEqual([]);
  });
});

describe('parsePgArray', () => {
  it('reads one and several unquoted elements', () => {
    expect(parsePgArray('{GB91PIEX43597764800353}')).toEqual(['GB91PIEX43597764800353']);
    expect(parsePgArray('{NL02ABNA0123456789,DE89370400440532013000}')).toEqual([
      'NL02ABNA0123456789',
      'DE89370400440532013000',
    ]);
  });

  it('reads quoted elements, including escapes and commas inside quotes', () => {
    expect(parsePgArray('{"NL02ABNA0123456789","DE89 3704"}')).toEqual(['NL02ABNA0123456789', 'DE89 3704']);
    expect(parsePgArray('{"a,b","c\\"d"}')).toEqual(['a,b', 'c"d']);
  });

  it('reads an empty array and drops SQL NULL elements', () => {
    expect(parsePgArray('{}')).toEqual([]);
    expect(parsePgArray('{A,NULL,B}')).toEqual(['A', 'B']);
  });

  it('answers null for text that is not an array literal', () => {
    expect(parsePgArray('GB91PIEX43597764800353')).toBeNull();
    expect(parsePgArray('{A,B')).toBeNull();
    expect(parsePgArray('{A,,B}')).toBeNull();
    expect(parsePgArray('{"A}')).toBeNull();
  });
});

describe('parsePythonList', () => {
  it('reads single-quoted elements with spaces after commas', () => {
    expect(parsePythonList("['NL02ABNA0123456789', 'DE89370400440532013000']")).toEqual([
      'NL02ABNA0123456789',
      'DE89370400440532013000',
    ]);
  });

  it('reads double quotes, a single element, and an empty list', () => {
    expect(parsePythonList('["NL02ABNA0123456789"]')).toEqual(['NL02ABNA0123456789']);
    expect(parsePythonList("['A']")).toEqual(['A']);
    expect(parsePythonList('[]')).toEqual([]);
    expect(parsePythonList('  [ ]  ')).toEqual([]);
  });

  it('keeps an escaped quote inside an element', () => {
    expect(parsePythonList("['O\\'Brien']")).toEqual(["O'Brien"]);
  });

  it('answers null for text that is not a list literal', () => {
    expect(parsePythonList("'NL02'")).toBeNull();
    expect(parsePythonList("['A', 'B'")).toBeNull();
    expect(parsePythonList("['A' 'B']")).toBeNull();
    expect(parsePythonList("['A")).toBeNull();
  });
});
