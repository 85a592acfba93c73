import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServices } from '../../../electron/services/create-services';
import { openedDatabaseProvider } from '../../../electron/services/database-provider';
import { dispatch } from '../../../electron/services/dispatch';
import type { ReportFileDialogs } from '../../../electron/services/report-service';
import type { Services } from '../../../shared/api';
import { fixedNow, trickyDatabase } from '../../helpers/report-fixtures';

let directory = '';
const asked: { defaultPath: string; format: string }[] = [];
const revealed: string[] = [];
let answer: string | null = null;

const dialogs: ReportFileDialogs = {
  defaultFolder: () => '/home/analyst/Documents',
  chooseSavePath: (suggestion) => {
    asked.push(suggestion);
    return Promise.resolve(answer);
  },
  showInFolder: (path) => {
    revealed.push(path);
  },
};

function servicesWith(withDialogs: boolean): Services {
  return createServices({
    identity: { name: 'Cashflow Monitor', version: 'test', dataDirectory: '/tmp', databasePath: ':memory:' },
    database: openedDatabaseProvider(trickyDatabase()),
    ...(withDialogs ? { reportDialogs: dialogs } : {}),
    now: () => fixedNow,
  });
}

beforeAll(() => {
  directory = mkdtempSync(join(tmpdir(), 'cashflow-export-'));
});

afterAll(() => {
  rmSync(directory, { recursive: true, force: true });
});

const request = {
  scope: 'company',
  companyId: 1,
  from: '2020-06-01',
  to: '2020-06-30',
  format: 'pdf',
} as const;

describe('exporting from the app', () => {
  it('proposes a file name with the company, the range and the day, then writes where the analyst chose', async () => {
    const services = servicesWith(true);
    answer = join(directory, 'chosen.pdf');
    const result = await dispatch(services, 'reportExport', request);
    expect(asked.at(-1)).toEqual({
      defaultPath:
        '/home/analyst/Documents/lodz-handel-sp-z-o-o-oddzial-polnoc-1_2020-06-01_2020-06-30_report_2026-01-15.pdf',
      format: 'pdf',
    });
    expect(result).toMatchObject({ ok: true, value: { status: 'saved', path: answer, format: 'pdf' } });
    expect(readFileSync(answer).subarray(0, 5).toString()).toBe('%PDF-');
    // The next dialog opens in the folder used last, and the file can be shown there.
    answer = null;
    const cancelled = await dispatch(services, 'reportExport', {
      ...request,
      format: 'csv',
      kind: 'countries',
    });
    expect(cancelled).toEqual({ ok: true, value: { status: 'cancelled' } });
    expect(asked.at(-1)?.defaultPath).toBe(
      join(directory, 'lodz-handel-sp-z-o-o-oddzial-polnoc-1_2020-06-01_2020-06-30_countries_2026-01-15.csv'),
    );
    expect(await dispatch(services, 'reportReveal', undefined)).toEqual({ ok: true, value: true });
    expect(revealed).toEqual([join(directory, 'chosen.pdf')]);
    expect(await dispatch(services, 'reportStatus', undefined)).toMatchObject({
      ok: true,
      value: { running: false, progress: null, last: { path: join(directory, 'chosen.pdf') } },
    });
  });

  it('refuses a bad range before any dialog opens', async () => {
    const before = asked.length;
    const result = await dispatch(servicesWith(true), 'reportExport', { ...request, from: '2020-07-01' });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    const unknown = await dispatch(servicesWith(true), 'reportExport', { ...request, companyId: 77 });
    expect(unknown).toEqual({
      ok: false,
      error: { code: 'not-found', message: 'There is no company with id 77.' },
    });
    expect(asked.length).toBe(before);
  });

  it('answers a typed error where no save dialog exists', async () => {
    const result = await dispatch(servicesWith(false), 'reportExport', request);
    expect(result).toEqual({
      ok: false,
      error: { code: 'not-found', message: 'Saving files is not available in this window.' },
    });
    expect(existsSync(join(directory, 'chosen-2.pdf'))).toBe(false);
  });
});
