import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { tmpdir } from 'node:os';
import { join, normalize, resolve } from 'node:path';

const ROOT = resolve('tests/fixtures');

/** A throwaway self-signed certificate for `hosts` (the browser is told to accept it: --ignore-certificate-errors). */
function selfSigned(hosts: readonly string[]): { key: Buffer; cert: Buffer } {
  const dir = mkdtempSync(join(tmpdir(), 'tus-cert-'));
  try {
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-days',
        '1',
        '-subj',
        `/CN=${hosts[0]}`,
        '-addext',
        `subjectAltName=${hosts.map((h) => `DNS:${h}`).join(',')}`,
        '-keyout',
        join(dir, 'key.pem'),
        '-out',
        join(dir, 'cert.pem'),
      ],
      { stdio: 'pipe' },
    );
    return { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Serves tests/fixtures on loopback; the pages copy the webmails' structure. With `httpsHosts`, over
 * https with a self-signed certificate for those names, so a known webmail host (whose
 * content-script match is https only) can be served here: the browser maps the names to this
 * server with --host-resolver-rules (see launchExtension's `args`).
 */
export async function startFixtureServer({ httpsHosts }: { httpsHosts?: readonly string[] } = {}): Promise<{
  port: number;
  close: () => Promise<void>;
}> {
  const handler = async (req: IncomingMessage, res: ServerResponse) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    // A folder's address serves its index.html, as web servers do (the host's root is a start page).
    const file = join(ROOT, path.endsWith('/') ? `${path}index.html` : path);
    if (!file.startsWith(ROOT)) return void res.writeHead(403).end();
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': file.endsWith('.html') ? 'text/html; charset=utf-8' : 'application/octet-stream' }).end(body);
    } catch {
      // With a body, so that Chromium shows the page at its own URL rather than an error page.
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
    }
  };
  const server: Server = httpsHosts ? createHttpsServer(selfSigned(httpsHosts), handler) : createServer(handler);
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { port, close: () => new Promise((ok) => server.close(() => ok())) };
}
