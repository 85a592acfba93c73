import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfFonts, pdfText } from '../../helpers/pdf-tools';
import { trickyDatabase } from '../../helpers/report-fixtures';
import { runCli } from '../../helpers/run-cli';

let directory = '';
let dbFile = '';
let outDir = '';

beforeAll(() => {
  directory = mkdtempSync(join(tmpdir(), 'cashflow-report-cli-'));
  dbFile = join(directory, 'cashflow.sqlite');
  outDir = join(directory, 'out');
  mkdirSync(outDir);
  const db = trickyDatabase();
  writeFileSync(dbFile, db.serialize());
  db.close();
});

afterAll(() => {
  rmSync(directory, { recursive: true, force: true });
});

const company = [
  '--db',
  () => dbFile,
  '--company',
  '1',
  '--from',
  '2020-06-01',
  '--to',
  '2020-06-30',
] as const;

function report(...extra: string[]) {
  return runCli('report', ...company.map((part) => (typeof part === 'function' ? part() : part)), ...extra);
}

/** Files in a folder other than the database and its journal. */
function leftovers(folder: string): string[] {
  return existsSync(folder) ? readdirSync(folder).filter((name) => !name.startsWith('cashflow.sqlite')) : [];
}

describe('cashflow report', () => {
  it('writes a PDF whose text carries the accented names, with every font embedded', async () => {
    const out = join(directory, 'lodz.pdf');
    const run = await report('--format', 'pdf', '--out', out, '--generated-at', '2026-01-15T09:30:00Z');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^wrote .*lodz\.pdf \(\d+ pages, [\d.]+ KB\)\n$/);
    const text = pdfText(out);
    expect(text).toContain('Łódź Handel, "Sp. z o.o."');
    expect(text).toContain('ul. Piotrkowska 1, 90-001 Łódź');
    expect(text).toContain('Türkiye');
    expect(text).toContain('Ελληνική Ναυτιλία');
    expect(text).toContain('2020-06-01 to 2020-06-30');
    expect(text).toContain('2026-01-15 09:30:00 UTC');
    const fonts = pdfFonts(out);
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.every((font) => font.embedded && font.name.includes('DejaVu'))).toBe(true);
  });

  it('writes a CSV table and says how many rows', async () => {
    const out = join(directory, 'countries.csv');
    const run = await report('--format', 'csv', '--kind', 'countries', '--out', out);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/\(\d+ rows, /);
    expect(readFileSync(out, 'utf8').startsWith('country,name,inflow')).toBe(true);
  });

  it('refuses to replace an existing file without --force, and replaces it with', async () => {
    const out = join(directory, 'keep.csv');
    writeFileSync(out, 'precious');
    const refused = await report('--format', 'csv', '--out', out);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toBe(
      `cashflow: ${out} already exists; choose another name or pass --force to replace it. [file-exists]\n`,
    );
    expect(readFileSync(out, 'utf8')).toBe('precious');
    const forced = await report('--format', 'csv', '--out', out, '--force');
    expect(forced.code).toBe(0);
    expect(readFileSync(out, 'utf8')).toMatch(/^time,day,stream/);
  });

  it.each([
    [['--company', '99'], 'There is no company with id 99. [not-found]', 1],
    [['--from', '2020-07-01'], '--from must not be after --to. [invalid-argument]', 2],
    [['--format', 'xls'], '--format: Invalid option: expected one of "pdf"|"csv". [invalid-argument]', 2],
    [
      ['--kind', 'daily'],
      '--kind chooses a CSV table; a PDF is the whole report pack. [invalid-argument]',
      2,
    ],
  ])('ends %j in one sentence and a non-zero exit, writing nothing', async (override, message, code) => {
    const out = join(outDir, 'bad.pdf');
    const args = [
      ...company.map((part) => (typeof part === 'function' ? part() : part)),
      '--format',
      'pdf',
      '--out',
      out,
    ];
    for (let index = 0; index < override.length; index += 2) {
      const at = args.indexOf(override[index] ?? '');
      if (at >= 0) args[at + 1] = override[index + 1] ?? '';
      else args.push(override[index] ?? '', override[index + 1] ?? '');
    }
    const run = await runCli('report', ...args);
    expect(run.stderr).toBe(`cashflow: ${message}\n`);
    expect(run.code).toBe(code);
    expect(leftovers(outDir)).toEqual([]);
  });

  it('says when the folder to write in does not exist', async () => {
    const out = join(directory, 'no-such-folder', 'r.pdf');
    const run = await report('--format', 'pdf', '--out', out);
    expect(run.stderr).toBe(
      `cashflow: The folder ${join(directory, 'no-such-folder')} does not exist. [write-failed]\n`,
    );
    expect(run.code).toBe(1);
  });

  it('writes the portfolio report', async () => {
    const out = join(directory, 'portfolio.pdf');
    const run = await runCli('report', '--db', dbFile, '--portfolio', '--format', 'pdf', '--out', out);
    expect(run.code).toBe(0);
    const text = pdfText(out);
    expect(text).toContain('Portfolio report');
    expect(text).toContain('Türkiye İhracat A.Ş.');
  });
});
