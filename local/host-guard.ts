// DNS rebinding: a page on a name the attacker points at 127.0.0.1 is same-origin with a local
// service in the visitor's browser, but its requests still name the attacker's host. Every local
// service therefore answers only to the names it is advertised under.
import type { IncomingMessage, Server, ServerResponse } from 'node:http';

export function isOwnHost(host: string | undefined, port: number): boolean {
  const name = (host ?? '').toLowerCase();
  return name === `127.0.0.1:${port}` || name === `localhost:${port}`;
}

/** 421 Misdirected Request, naming where the service does answer. */
export function misdirected(res: ServerResponse, port: number, what = 'This service'): void {
  res.statusCode = 421;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.end(JSON.stringify({ error: { code: 'misdirected_request', message: `${what} answers only at http://127.0.0.1:${port} or http://localhost:${port}.` } }));
}

/**
 * Puts the Host check in front of a running server's own request handling (a library's server
 * that offers no hook of its own). Call it right after the server starts listening: no request can
 * be handled in between, since that takes another turn of the event loop.
 */
export function guardHost(server: Server, port: number): void {
  const handlers = server.listeners('request') as ((req: IncomingMessage, res: ServerResponse) => void)[];
  server.removeAllListeners('request');
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    if (!isOwnHost(req.headers.host, port)) return misdirected(res, port);
    for (const handler of handlers) handler.call(server, req, res);
  });
}
