/**
 * Reports read their figures through the same service map and `dispatch` as IPC and the CLI's
 * queries, so every argument is validated by the contract and every failure keeps its code.
 */
import type { Services } from '../../shared/api';
import { AppFailure } from '../../shared/result';
import { openStreamingDatabase } from '../db/connection';
import type { ReportInputs } from '../reports/report-inputs';
import type { DatabaseProvider } from './database-provider';
import { dispatch } from './dispatch';

export function serviceReportInputs(
  services: Services,
  database: DatabaseProvider,
  now: () => Date = () => new Date(),
): ReportInputs {
  return {
    async call(name, argument) {
      const answer = await dispatch(services, name, argument);
      if (!answer.ok) throw new AppFailure(answer.error.code, answer.error.message);
      return answer.value;
    },
    db: () => database.read(),
    openStreaming: () => {
      // Reading first brings the schema up to date, as every read does.
      const shared = database.read();
      if (database.path === ':memory:') return { db: shared, close: () => undefined };
      const db = openStreamingDatabase(database.path);
      return { db, close: () => db.close() };
    },
    now,
  };
}
