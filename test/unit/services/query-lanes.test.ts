import { describe, expect, it } from 'vitest';
import { laneOf } from '../../../electron/services/queries/lanes';
import { isReadMethod, readMethodNames } from '../../../electron/services/queries/read-methods';
import { methodNames } from '../../../shared/contract';

describe('query lanes', () => {
  it('send the portfolio, the quality report and year-plus ranges to the long lane, the rest to the short', () => {
    expect(laneOf('portfolio', {})).toBe('long');
    expect(laneOf('qualityReport', undefined)).toBe('long');
    const twoYears = { companyId: 1, from: '2020-01-01', to: '2021-12-31' };
    const oneMonth = { companyId: 1, from: '2021-12-01', to: '2021-12-31' };
    expect(laneOf('companyCounterparties', twoYears)).toBe('long');
    expect(laneOf('companyTransactions', twoYears)).toBe('long');
    expect(laneOf('companyCounterparties', oneMonth)).toBe('short');
    expect(laneOf('companyTransactions', oneMonth)).toBe('short');
    expect(laneOf('companySeries', twoYears)).toBe('short');
    expect(laneOf('searchCompanies', { text: 'a' })).toBe('short');
  });

  it('count only methods of the contract that read as read methods', () => {
    expect(methodNames).toEqual(expect.arrayContaining([...readMethodNames]));
    for (const write of ['settingsUpdate', 'sourceAdd', 'syncStart', 'reportExport', 'appInfo'])
      expect(isReadMethod(write), write).toBe(false);
  });
});
