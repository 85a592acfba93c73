/**
 * A hand-scripted `exposer` dialect over the stub HTTP server: given companies, rates and what each
 * transaction poll answers (wire elements, already in the dialect's shape), it speaks the exposer's
 * JSON-in-a-string format, so a test can feed the sync records the simulator would never produce.
 */
import { json, startStubServer, type StubServer } from './stub-http-server';

export interface StubExposerScript {
  readonly companies: readonly unknown[];
  readonly rates: readonly unknown[];
  /** The elements of the n-th poll (counted from 1) of a stream; an empty array once there are no more. */
  readonly poll?: (stream: 'sepa' | 'swift', n: number) => readonly unknown[];
}

export function startStubExposer(script: StubExposerScript): Promise<StubServer> {
  const polls = { sepa: 0, swift: 0 };
  const answer = (stream: 'sepa' | 'swift') => {
    polls[stream] += 1;
    const elements = script.poll?.(stream, polls[stream]) ?? [];
    return json({ [`${stream}_transactions`]: JSON.stringify(elements) });
  };
  return startStubServer((request) => {
    switch (request.pathname) {
      case '/ping':
        return json({ message: 'pong' });
      case '/company_info':
        return json({ company_info: JSON.stringify(script.companies) });
      case '/exchange_rates':
        return json({ exchange_rates: JSON.stringify(script.rates) });
      case '/sepa':
        return answer('sepa');
      case '/swift':
        return answer('swift');
      default:
        return undefined;
    }
  });
}
