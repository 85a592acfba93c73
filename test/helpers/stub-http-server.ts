/**
 * A scripted HTTP server for source tests: listens on 127.0.0.1 on an ephemeral port, records every
 * request, and answers from a queue of scripted replies (then from a handler, then 404). Replies can
 * also drop the connection mid-body or never answer, to exercise the client's fault handling.
 */
import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface StubRequest {
  readonly method: string;
  /** Path and query as sent. */
  readonly path: string;
  readonly pathname: string;
  readonly query: URLSearchParams;
  readonly headers: IncomingHttpHeaders;
}

export type StubReply =
  | { readonly status?: number; readonly headers?: Readonly<Record<string, string>>; readonly body?: string }
  /** Sends the status line, headers and `partialBody`, then destroys the socket. */
  | { readonly reset: true; readonly partialBody?: string }
  /** Never answers; the socket stays open until the client gives up or the server closes. */
  | { readonly hang: true };

export type StubHandler = (request: StubRequest) => StubReply | undefined;

export interface StubServer {
  readonly url: string;
  readonly requests: StubRequest[];
  /** Replies served in order, one per request, before the handler is asked. */
  enqueue(...replies: StubReply[]): void;
  close(): Promise<void>;
}

/** A JSON reply. */
export function json(
  value: unknown,
  status = 200,
  headers: Readonly<Record<string, string>> = {},
): StubReply {
  return { status, headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(value) };
}

/** A reply with a body sent as-is (e.g. concatenated objects, or JSON cut short). */
export function text(body: string, status = 200, contentType = 'application/json'): StubReply {
  return { status, headers: { 'content-type': contentType }, body };
}

function send(response: ServerResponse, reply: StubReply): void {
  if ('hang' in reply) return;
  if ('reset' in reply) {
    response.writeHead(200, { 'content-type': 'application/json', 'transfer-encoding': 'chunked' });
    response.write(reply.partialBody ?? '{"sepa', () => {
      response.socket?.destroy();
    });
    return;
  }
  response.writeHead(reply.status ?? 200, reply.headers);
  response.end(reply.body ?? '');
}

export async function startStubServer(handler?: StubHandler): Promise<StubServer> {
  const queue: StubReply[] = [];
  const requests: StubRequest[] = [];
  const server = createServer((req, res) => {
    const path = req.url ?? '/';
    const parsed = new URL(path, 'http://stub');
    const request: StubRequest = {
      method: req.method ?? 'GET',
      path,
      pathname: parsed.pathname,
      query: parsed.searchParams,
      headers: req.headers,
    };
    requests.push(request);
    send(res, queue.shift() ?? handler?.(request) ?? json({ error: 'not found' }, 404));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    enqueue: (...replies) => queue.push(...replies),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => {
          if (error) reject(error);
          else resolve();
        });
        server.closeAllConnections();
      }),
  };
}

/** The URL of a port that was just free on 127.0.0.1 and now has nobody listening. */
export async function closedPortUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve, reject) =>
    server.close((error) => {
      if (error) reject(error);
      else resolve();
    }),
  );
  return `http://127.0.0.1:${port}`;
}
