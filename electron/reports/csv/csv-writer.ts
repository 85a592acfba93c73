/**
 * Writes a table as CSV (RFC 4180: CRLF line ends, fields quoted when they hold the separator, a
 * quote or a line break, quotes doubled) with csv-stringify, one chunk of rows at a time: each
 * chunk is turned into text and written, and the next waits while the disk is behind, so memory
 * stays flat whatever the row count. UTF-8, optionally with a byte-order mark for Excel.
 */
import type { WriteStream } from 'node:fs';
import { stringify } from 'csv-stringify/sync';
import type { CsvLayout } from '../../../shared/reports';
import { drained } from '../files/atomic-file';
import { stopIfCancelled, type ExportControl } from '../export-control';
import type { CsvTable } from './csv-table';

export interface CsvWritten {
  readonly rows: number;
}

export async function writeCsv(
  stream: WriteStream,
  table: CsvTable,
  layout: CsvLayout,
  control: ExportControl,
): Promise<CsvWritten> {
  const options = {
    delimiter: layout.separator === 'semicolon' ? ';' : ',',
    record_delimiter: 'windows' as const,
  };
  const write = async (text: string) => {
    if (!stream.write(text)) await drained(stream);
  };
  if (layout.bom) await write('\ufeff');
  await write(stringify([table.columns], options));
  let rows = 0;
  control.progress({ phase: 'rows', done: 0, total: table.total });
  // Reads, formats and writes one chunk; nothing of it stays referenced once the text is queued,
  // so the wait for the disk below keeps no rows alive (they would be promoted and pile up).
  const writeNext = (): 'done' | 'more' | 'full' => {
    const chunk = table.next();
    if (chunk === null) return 'done';
    if (chunk.length === 0) return 'more';
    rows += chunk.length;
    return stream.write(stringify(chunk, options)) ? 'more' : 'full';
  };
  for (;;) {
    stopIfCancelled(control);
    const state = writeNext();
    if (state === 'done') break;
    if (state === 'full') await drained(stream);
    control.progress({ phase: 'rows', done: rows, total: table.total });
  }
  return { rows };
}
