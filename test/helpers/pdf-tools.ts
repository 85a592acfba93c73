/** Reading a PDF back with poppler's tools: its text in reading order, its fonts, and page images. */
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';

/** The text of every page, pages separated by form feeds. */
export function pdfText(path: string): string {
  return execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', path, '-'], { encoding: 'utf8' });
}

export function pdfFonts(path: string): { name: string; embedded: boolean }[] {
  // Lines after the two header lines of pdffonts' table.
  const lines = (execFileSync('pdffonts', [path], { encoding: 'utf8' }).match(/^.*$/gm) ?? []).slice(2);
  return lines
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const cells = line.trim().match(/\S+/g) ?? [];
      // name, type words…, encoding, emb, sub, uni, object, id
      return { name: cells[0] ?? '', embedded: cells[cells.length - 5] === 'yes' };
    });
}

export function pdfPageCount(path: string): number {
  const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
  return Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0);
}

/** Renders every page to PNG at a low resolution; answers the files written. */
export function renderPages(path: string, prefix: string, resolution = 40): string[] {
  execFileSync('pdftoppm', ['-png', '-r', String(resolution), path, prefix]);
  const folder = prefix.slice(0, prefix.lastIndexOf('/'));
  const base = prefix.slice(prefix.lastIndexOf('/') + 1);
  return readdirSync(folder)
    .filter((name) => name.startsWith(`${base}-`) && name.endsWith('.png'))
    .sort();
}
