/**
 * Reads a response body as text, up to a limit. A server that sends more than any page of the API
 * can hold (a misconfigured proxy, a hostile endpoint) must not fill the memory of the process that
 * reads it, which for source checks is the app's main process.
 */
import type { Dispatcher } from 'undici';

/** Default cap of one response: far above a page of the API (a few MB), far below a memory problem. */
export const defaultMaxBodyBytes = 64 * 1024 * 1024;

/** The body as text, or null when it exceeds `limit` bytes (the rest is not read). */
export async function readBodyCapped(
  body: Dispatcher.ResponseData['body'],
  limit: number,
): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of body) {
    const bytes = chunk as Buffer;
    size += bytes.length;
    if (size > limit) {
      body.destroy();
      return null;
    }
    chunks.push(bytes);
  }
  return Buffer.concat(chunks).toString('utf8');
}
