/** Transaction sources as stored: a small integer keeps the identity index compact. */
import type { PaymentStream } from '../../shared/domain';

export function streamCode(source: PaymentStream): 0 | 1 {
  return source === 'sepa' ? 0 : 1;
}

export function streamOfCode(code: number): PaymentStream {
  return code === 0 ? 'sepa' : 'swift';
}
