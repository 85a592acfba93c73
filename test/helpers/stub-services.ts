/** A Services map for shell tests: every method answers a marker unless a test overrides it. */
import type { Services } from '../../shared/api';
import { methodNames } from '../../shared/contract';

export function stubServices(overrides: Partial<Services> = {}): Services {
  const stubs: Record<string, () => never> = {};
  for (const name of methodNames) {
    stubs[name] = () => {
      throw new Error(`stub service ${name} was called`);
    };
  }
  return { ...(stubs as unknown as Services), ...overrides };
}
