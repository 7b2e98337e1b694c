// Runs under Node only, so it is type-checked with tsconfig.node.json (the app config has no Node types).
import { createServer, type Server, type IncomingMessage, type ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import type { ReadableStream as NodeReadableStream } from 'node:stream/web';
import { getResponse } from 'msw';
import { PROBLEM_CONTENT_TYPE } from '../src/api';
import { handlers } from './handlers';

// Bearer tokens, not cookies, so any origin may call: there is no ambient credential to protect.
const corsHeaders = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, POST, PUT, PATCH, DELETE, OPTIONS',
  'Access-Control-Allow-Headers': 'Authorization, Content-Type',
  'Access-Control-Max-Age': '600',
};

async function readBody(incoming: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of incoming) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

async function toFetchRequest(incoming: IncomingMessage): Promise<Request> {
  const headers = new Headers();
  for (const [name, value] of Object.entries(incoming.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  const method = incoming.method ?? 'GET';
  const hasBody = method !== 'GET' && method !== 'HEAD';
  const body = hasBody ? new Uint8Array(await readBody(incoming)) : undefined;
  // The handlers match any origin; only the path and query matter.
  return new Request(`http://localhost${incoming.url ?? '/'}`, { method, headers, body });
}

const notFoundResponse = (path: string) =>
  new Response(
    JSON.stringify({
      type: 'about:blank',
      title: 'Not Found',
      status: 404,
      detail: `No endpoint at ${path}.`,
      code: 'errors.not_found',
    }),
    { status: 404, headers: { 'Content-Type': PROBLEM_CONTENT_TYPE } },
  );

async function answer(incoming: IncomingMessage, outgoing: ServerResponse): Promise<number> {
  if (incoming.method === 'OPTIONS') {
    outgoing.writeHead(204, corsHeaders).end();
    return 204;
  }
  const request = await toFetchRequest(incoming);
  const response = (await getResponse(handlers, request)) ?? notFoundResponse(new URL(request.url).pathname);
  // HttpResponse.error() (the "offline" fault): drop the connection, as a dead network would.
  if (response.type === 'error') {
    outgoing.destroy();
    return 0;
  }
  outgoing.writeHead(response.status, { ...Object.fromEntries(response.headers), ...corsHeaders });
  // Server-sent events stay open: pass them on as they come, and stop the stream when the client goes.
  if (response.body && response.headers.get('Content-Type')?.startsWith('text/event-stream')) {
    const events = Readable.fromWeb(response.body as NodeReadableStream<Uint8Array>);
    incoming.once('close', () => events.destroy());
    events.pipe(outgoing);
    return response.status;
  }
  outgoing.end(Buffer.from(await response.arrayBuffer()));
  return response.status;
}

/**
 * The mock platform as a real HTTP server, for pointing the console at a separate origin or calling it
 * with curl. Same handlers as the browser worker and the tests. `log` is told one line per request.
 */
export function createPlatformServer(log: (line: string) => void = () => undefined): Server {
  return createServer((incoming, outgoing) => {
    const started = performance.now();
    answer(incoming, outgoing)
      .catch((error: unknown) => {
        console.error(error);
        if (!outgoing.headersSent) outgoing.writeHead(500, corsHeaders).end();
        return 500;
      })
      .then((status) => {
        const ms = Math.round(performance.now() - started);
        log(`${incoming.method} ${incoming.url} → ${status || 'dropped'} ${ms}ms`);
      });
  });
}
