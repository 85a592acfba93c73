import { describe, expect, it } from 'vitest';
import { redactLogValue, redactSecrets } from '../../../electron/main/redact';

describe('what the log never holds', () => {
  it('removes credentials from URLs, authorization values and token fields', () => {
    expect(redactSecrets('GET http://ana:s3cret@bank.example/api failed')).toBe(
      'GET http://[redacted]@bank.example/api failed',
    );
    expect(redactSecrets('Authorization: Bearer abc.def-123')).toBe('Authorization: Bearer [redacted]');
    expect(redactSecrets('{"url":"https://x","token":"tok-42"}')).toBe(
      '{"url":"https://x","token":"[redacted]"}',
    );
    expect(redactSecrets('retry ?token=tok-42&page=2')).toBe('retry ?token=[redacted]&page=2');
  });

  it('leaves ordinary text alone', () => {
    const line = 'synced 112,973 records from https://bank.example/cdm in 11.2 s';
    expect(redactSecrets(line)).toBe(line);
  });

  it('redacts inside errors and objects passed to the logger', () => {
    const error = redactLogValue(new Error('unreachable: https://u:p@bank.example')) as Error;
    expect(error.message).toBe('unreachable: https://[redacted]@bank.example');
    expect(redactLogValue({ source: { url: 'https://u:p@h', token: 'x' } })).toEqual({
      source: { url: 'https://[redacted]@h', token: '[redacted]' },
    });
  });
});
