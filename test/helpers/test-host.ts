/**
 * The browser test host: serves the built renderer and provides `window.api` over HTTP to the very
 * same services and contract as the desktop app's IPC. Only the transport differs.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import type { AddressInfo } from 'node:net';
import { contract, methodNames } from '../../shared/contract';
import type { Services } from '../../shared/api';
import { err } from '../../shared/result';
import { dispatch, isMethodName } from '../../electron/services/dispatch';

const mimeTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

export interface TestHost {
  readonly url: string;
  close(): Promise<void>;
}

/** A script defining window.api over fetch, one named function per contract method. */
function apiShim(): string {
  const entries = methodNames.map(
    (name) =>
      `${name}: (argument) => fetch('/api/${name}', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(argument === undefined ? null : argument) }).then((r) => r.json())`,
  );
  return `window.api = Object.freeze({ ${entries.join(',\n')} });\n`;
}

async function readBody(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  const parsed: unknown = text === '' ? null : JSON.parse(text);
  return parsed === null ? undefined : parsed;
}

export async function startTestHost(rendererDir: string, services: Services): Promise<TestHost> {
  const send = (response: ServerResponse, status: number, type: string, body: string | Buffer) => {
    response.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
    response.end(body);
  };

  const server: Server = createServer((request, response) => {
    void (async () => {
      const path = new URL(request.url ?? '/', 'http://host').pathname;
      if (path === '/__test-api.js') {
        send(response, 200, mimeTypes['.js'] ?? 'text/javascript', apiShim());
        return;
      }
      if (path.startsWith('/api/') && request.method === 'POST') {
        const name = path.slice('/api/'.length);
        const answer = isMethodName(name)
          ? await dispatch(services, name, await readBody(request).catch(() => Symbol('unparseable')))
          : err('unknown-method', `No such method: ${name}`);
        send(response, 200, 'application/json', JSON.stringify(answer));
        return;
      }
      const file = normalize(join(rendererDir, path === '/' ? 'index.html' : path));
      if (!file.startsWith(rendererDir)) {
        send(response, 403, 'text/plain', 'forbidden');
        return;
      }
      try {
        let body = await readFile(file);
        if (file.endsWith('index.html')) {
          body = Buffer.from(
            body.toString('utf8').replace('<head>', '<head>\n<script src="/__test-api.js"></script>'),
          );
        }
        send(response, 200, mimeTypes[extname(file)] ?? 'application/octet-stream', body);
      } catch {
        send(response, 404, 'text/plain', 'not found');
      }
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => {
          if (error) reject(error);
          else resolve();
        });
      }),
  };
}

export const contractChannels = methodNames.map((name) => contract[name].channel);
