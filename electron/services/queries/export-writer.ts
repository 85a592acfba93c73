/**
 * Report exports inside a query worker: the same writeReport the CLI runs, with its figures from
 * this thread's read handlers through `dispatch` (so arguments are validated as everywhere else)
 * and its long lists streamed from a connection of its own.
 */
import type { Services } from '../../../shared/api';
import { AppFailure } from '../../../shared/result';
import type { ReportInputs } from '../../reports/report-inputs';
import { openStreamingDatabase } from '../../db/connection';
import type { DatabaseProvider } from '../database-provider';
import { dispatch } from '../dispatch';
import type { ReportWriter } from '../report-service';
import { isReadMethod, type ReadServices } from './read-methods';

export function exportWriter(database: DatabaseProvider, handlers: ReadServices): ReportWriter {
  return async (request, path, generatedAt, control) => {
    const inputs: ReportInputs = {
      async call(name, argument) {
        if (!isReadMethod(name)) throw new AppFailure('internal', `Reports do not call ${name}.`);
        // Only read methods are ever reached here; the rest of the map is never consulted.
        const answer = await dispatch(handlers as Services, name, argument);
        if (!answer.ok) throw new AppFailure(answer.error.code, answer.error.message);
        return answer.value;
      },
      db: () => database.read(),
      openStreaming: () => {
        const db = openStreamingDatabase(database.path);
        return { db, close: () => db.close() };
      },
      now: () => generatedAt,
    };
    // Loaded on the first export: the PDF and chart code is large and no read needs it.
    const { writeReport } = await import('../../reports/write-report');
    // The save dialog has already asked before replacing an existing file.
    return writeReport(inputs, request, path, { overwrite: true, control });
  };
}
