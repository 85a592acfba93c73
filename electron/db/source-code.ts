/** Transaction sources as stored: a small integer keeps the identity index compact. */
import type { TransactionSource } from '../../shared/domain';

export function sourceCode(source: TransactionSource): 0 | 1 {
  return source === 'sepa' ? 0 : 1;
}

export function sourceOfCode(code: number): TransactionSource {
  return code === 0 ? 'sepa' : 'swift';
}
