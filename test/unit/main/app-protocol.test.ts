import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { rendererFileFor, serveAppRequest } from '../../../electron/main/app-protocol';

const root = mkdtempSync(join(tmpdir(), 'app-protocol-'));
const rendererDir = join(root, 'renderer');
mkdirSync(join(rendererDir, 'assets'), { recursive: true });
writeFileSync(join(rendererDir, 'index.html'), '<div id="root"></div>');
writeFileSync(join(rendererDir, 'assets', 'index.js'), 'export {};');
writeFileSync(join(root, 'secret.txt'), 'not for the page');
afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

/** Reads a file URL as Electron's net.fetch would. */
function fetchFile(url: string): Promise<Response> {
  try {
    return Promise.resolve(new Response(readFileSync(fileURLToPath(url))));
  } catch {
    return Promise.resolve(new Response(null, { status: 404 }));
  }
}

describe("the app's scheme", () => {
  it('maps app://cashflow/ paths to files of the renderer folder only', () => {
    expect(rendererFileFor('app://cashflow/index.html', rendererDir)).toBe(join(rendererDir, 'index.html'));
    expect(rendererFileFor('app://cashflow/', rendererDir)).toBe(join(rendererDir, 'index.html'));
    expect(rendererFileFor('app://cashflow/assets/index.js?v=1', rendererDir)).toBe(
      join(rendererDir, 'assets', 'index.js'),
    );
    // Dot segments, plain or encoded, never lead out of the folder: resolved inside it, or refused.
    for (const escape of [
      'app://cashflow/../secret.txt',
      'app://cashflow/%2e%2e/secret.txt',
      'app://cashflow/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
      'app://cashflow/assets/..%5c..%5csecret.txt',
    ]) {
      const file = rendererFileFor(escape, rendererDir);
      expect(file === null || file.startsWith(`${rendererDir}/`)).toBe(true);
    }
    expect(rendererFileFor('app://other/index.html', rendererDir)).toBeNull();
    expect(rendererFileFor('file:///etc/passwd', rendererDir)).toBeNull();
  });

  it('serves the page with its type and the CSP header, and answers 404 outside the folder', async () => {
    const page = await serveAppRequest(new Request('app://cashflow/index.html'), rendererDir, fetchFile);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(await page.text()).toContain('<div id="root">');
    const script = await serveAppRequest(
      new Request('app://cashflow/assets/index.js'),
      rendererDir,
      fetchFile,
    );
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    const outside = await serveAppRequest(
      new Request('app://cashflow/%2e%2e/secret.txt'),
      rendererDir,
      fetchFile,
    );
    expect(outside.status).toBe(404);
    const missing = await serveAppRequest(new Request('app://cashflow/nope.js'), rendererDir, fetchFile);
    expect(missing.status).toBe(404);
  });
});
