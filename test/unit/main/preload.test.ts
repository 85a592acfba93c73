import { describe, expect, it } from 'vitest';
import { buildApi } from '../../../electron/preload/build-api';
import { contract, methodNames } from '../../../shared/contract';

describe('the preload api', () => {
  it('exposes exactly one named function per contract method and nothing else', () => {
    const api = buildApi(() => Promise.resolve(null));
    expect(Object.keys(api).sort()).toEqual([...methodNames].sort());
    expect(Object.isFrozen(api)).toBe(true);
  });

  it('invokes the method channel with the argument unchanged', async () => {
    const calls: { channel: string; argument: unknown }[] = [];
    const api = buildApi((channel, argument) => {
      calls.push({ channel, argument });
      return Promise.resolve({ ok: true, value: 'answer' });
    });
    await expect(api.appInfo({})).resolves.toEqual({ ok: true, value: 'answer' });
    expect(calls).toEqual([{ channel: contract.appInfo.channel, argument: {} }]);
  });

  it('uses domain:action channel names', () => {
    for (const name of methodNames) expect(contract[name].channel).toMatch(/^[a-z-]+:[a-z-]+$/);
  });
});
