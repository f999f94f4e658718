import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

// A learning record store for the tests, on 127.0.0.1. Statements go to Learning Locker's own statements
// service (`xapi-statements`, run in memory in a child process), which validates each one and refuses
// what xAPI does not allow. It has no State or Agent Profile resource, which cmi5 needs, nor cmi5's
// one-time token address: this front adds them, in memory, and passes everything else through.
//
//   /xapi/…             the store (statements to Learning Locker; state and agent profiles here)
//   /fetch/<id>          cmi5's fetch URL: POST once for the token, as the AU does
//
// It is an origin of its own, as a real store is to the LMS's pages: every answer allows other origins.
// `faults` lets a test make the store refuse or stall (`status`, `delayMs`), as a real one may.

const STATEMENTS_SERVICE = createRequire(import.meta.url).resolve('xapi-statements/dist/index.js');
const LISTEN_ON_LOOPBACK = fileURLToPath(new URL('./listen-on-loopback.ts', import.meta.url));
const XAPI_VERSION = '1.0.3';

export interface LearningRecordStore {
  origin: string;
  /** The statements endpoint of the store, as an LMS gives it to a package. */
  endpoint: string;
  /** A new one-time fetch URL for a cmi5 launch, good for one token. */
  fetchUrl(): string;
  /** Every statement the store holds, oldest first. */
  statements(query?: Record<string, string>): Promise<Record<string, unknown>[]>;
  /** Makes the store answer every xAPI request with `status` (after `delayMs`); `{}` ends the fault. */
  faults: { status?: number; delayMs?: number };
  stop(): void;
}

const BASIC = `Basic ${Buffer.from('triangulate:tests').toString('base64')}`;

function readBody(request: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks)));
    request.on('error', reject);
  });
}

async function waitFor(url: string): Promise<void> {
  for (let tries = 0; tries < 150; tries += 1) {
    if (
      await fetch(url).then(
        () => true,
        () => false,
      )
    )
      return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${url} did not answer.`);
}

/** Starts the store on 127.0.0.1:`port`, with Learning Locker's service behind it on `port + 100`. */
export async function startLearningRecordStore(port: number): Promise<LearningRecordStore> {
  const innerPort = port + 100;
  const service = spawn(process.execPath, ['--import', LISTEN_ON_LOOPBACK, STATEMENTS_SERVICE], {
    env: {
      ...process.env,
      EXPRESS_PORT: String(innerPort),
      AUTH_REPO: 'test',
      EVENTS_REPO: 'test',
      MODELS_REPO: 'memory',
      STORAGE_REPO: 'local',
      FS_LOCAL_STORAGE_DIR: '/tmp/triangulate-lrs-storage',
      EXPRESS_MORGAN_DIRECTORY: '/tmp/triangulate-lrs-logs',
      WINSTON_CONSOLE_LEVEL: 'error',
      // Statements and their voiding are in place before the store answers.
      SERVICE_AWAIT_UPDATES: 'true',
    },
    stdio: 'ignore',
  });
  const inner = `http://127.0.0.1:${innerPort}`;
  await waitFor(`${inner}/xAPI/about`);

  const documents = new Map<string, { body: Buffer; type: string }>();
  const tokens = new Set<string>();
  const faults: LearningRecordStore['faults'] = {};

  const cors = (response: ServerResponse) => {
    response.setHeader('Access-Control-Allow-Origin', '*');
    response.setHeader('Access-Control-Allow-Headers', 'Authorization, Content-Type, X-Experience-API-Version');
    response.setHeader('Access-Control-Allow-Methods', 'GET, PUT, POST, DELETE, OPTIONS');
    response.setHeader('Access-Control-Expose-Headers', 'ETag, X-Experience-API-Version');
  };

  /** The State and Agent Profile resources: one document per key, as xAPI 1.0.3 describes them. */
  async function document(request: IncomingMessage, response: ServerResponse, url: URL) {
    const params = url.searchParams;
    const id = params.get('stateId') ?? params.get('profileId');
    const agent = params.get('agent');
    if (!id || !agent) return void response.writeHead(400).end('stateId or profileId, and agent, are required');
    const key = JSON.stringify([url.pathname, params.get('activityId'), agent, params.get('registration'), id]);
    if (request.method === 'GET') {
      const found = documents.get(key);
      if (!found) return void response.writeHead(404).end();
      return void response
        .writeHead(200, { 'Content-Type': found.type, 'X-Experience-API-Version': XAPI_VERSION })
        .end(found.body);
    }
    if (request.method === 'DELETE') {
      documents.delete(key);
      return void response.writeHead(204).end();
    }
    const body = await readBody(request);
    const type = request.headers['content-type'] ?? 'application/octet-stream';
    const previous = documents.get(key);
    // POST merges JSON documents (xAPI 1.0.3, 2.2.7.3); PUT replaces.
    if (request.method === 'POST' && previous && type.startsWith('application/json')) {
      const merged = { ...JSON.parse(previous.body.toString()), ...JSON.parse(body.toString()) };
      documents.set(key, { body: Buffer.from(JSON.stringify(merged)), type });
    } else documents.set(key, { body, type });
    response.writeHead(204, { 'X-Experience-API-Version': XAPI_VERSION }).end();
  }

  /** Statements and the rest go to Learning Locker's service, which checks them. */
  async function passOn(request: IncomingMessage, response: ServerResponse, url: URL) {
    const body = request.method === 'GET' || request.method === 'HEAD' ? undefined : await readBody(request);
    const headers: Record<string, string> = {};
    for (const name of ['content-type', 'x-experience-api-version', 'if-match', 'if-none-match'])
      if (typeof request.headers[name] === 'string') headers[name] = request.headers[name];
    const answer = await fetch(`${inner}/xAPI${url.pathname.slice('/xapi'.length)}${url.search}`, {
      method: request.method ?? 'GET',
      headers: { ...headers, authorization: BASIC },
      ...(body && { body: new Uint8Array(body) }),
    });
    response.writeHead(answer.status, {
      'Content-Type': answer.headers.get('content-type') ?? 'application/json',
      'X-Experience-API-Version': answer.headers.get('x-experience-api-version') ?? XAPI_VERSION,
    });
    response.end(Buffer.from(await answer.arrayBuffer()));
  }

  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', `http://${request.headers.host}`);
    void (async () => {
      if (url.pathname.startsWith('/fetch/')) {
        cors(response);
        const token = url.pathname.slice('/fetch/'.length);
        // A fetch URL gives its token once (cmi5, 8.2.3): a second call is an error.
        if (request.method !== 'POST' || !tokens.delete(token))
          return void response
            .writeHead(400, { 'Content-Type': 'application/json' })
            .end(JSON.stringify({ 'error-code': '1', 'error-text': 'Already used' }));
        return void response
          .writeHead(200, { 'Content-Type': 'application/json' })
          .end(JSON.stringify({ 'auth-token': BASIC.slice('Basic '.length) }));
      }
      cors(response);
      if (!url.pathname.startsWith('/xapi/')) return void response.writeHead(404).end();
      if (request.method === 'OPTIONS') return void response.writeHead(204).end();
      if (faults.delayMs) await new Promise((resolve) => setTimeout(resolve, faults.delayMs));
      if (faults.status) return void response.writeHead(faults.status).end();
      if (request.headers['x-experience-api-version'] === undefined)
        return void response.writeHead(400).end('X-Experience-API-Version is required');
      if (/^\/xapi\/(activities\/state|agents\/profile|activities\/profile)$/.test(url.pathname))
        return document(request, response, url);
      return passOn(request, response, url);
    })().catch((error: unknown) => {
      if (!response.headersSent) response.writeHead(500).end(String(error));
    });
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${port}`;

  return {
    origin,
    endpoint: `${origin}/xapi/`,
    fetchUrl() {
      const token = randomUUID();
      tokens.add(token);
      return `${origin}/fetch/${token}`;
    },
    async statements(query = {}) {
      const found: Record<string, unknown>[] = [];
      let next: string | undefined = `${inner}/xAPI/statements?${new URLSearchParams({ ascending: 'true', ...query })}`;
      while (next) {
        const page = (await (
          await fetch(next, { headers: { authorization: BASIC, 'x-experience-api-version': XAPI_VERSION } })
        ).json()) as { statements: Record<string, unknown>[]; more?: string };
        found.push(...page.statements);
        next = page.more ? `${inner}${page.more}` : undefined;
      }
      return found;
    },
    faults,
    stop() {
      server.close();
      service.kill();
    },
  };
}
