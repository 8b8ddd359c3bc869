import { ApolloServer, HeaderMap } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Config } from '../config.js';
import { AppError, ErrorCode } from '../errors.js';
import type { Graph } from '../graph/driver.js';
import { callerFor, checkApiKeys, type Caller } from './auth.js';
import { privateViewPlugin } from './privateView.js';
import { createContext, requestBudget, statementSlots, type Context } from './context.js';
import { costLimitPlugin } from './costLimit.js';
import { depthLimit, MAX_QUERY_DEPTH } from './depthLimit.js';
import { createFormatError } from './formatError.js';
import { GRAPHIQL_CSP, GRAPHIQL_PREFIX, graphiqlHtml, loadGraphiqlAssets, type Asset } from './graphiql.js';
import { EXPLORER_ASSETS, EXPLORER_CSP, isExplorerPage, loadExplorer } from './explorer.js';
import { BodyTooLarge, readBody, sendGraphQLError, sendJson, wantsHtml } from './http.js';
import { resolvers } from './resolvers/index.js';
import { loadTypeDefs } from './schema.js';
import { KeyLimiter } from './keyLimits.js';
import { operationLimits } from './operationLimits.js';

export const GRAPHQL_PATH = '/graphql';
const READY_TIMEOUT_MS = 3000;

export interface App {
  /** Starts Apollo and listens; port 0 picks a free port. Resolves to the GraphQL endpoint URL. */
  listen(port?: number, host?: string): Promise<{ url: string; port: number }>;
  /** Stops accepting requests, lets running ones finish, stops Apollo. Leaves the graph open: the caller owns it. */
  stop(): Promise<void>;
  readonly server: Server;
}

export interface AppOptions {
  log?: (message: string) => void;
}

async function isReady(graph: Graph): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), READY_TIMEOUT_MS);
  });
  try {
    return await Promise.race([graph.driver.getServerInfo({ database: graph.database }).then(() => true), timeout]);
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}

function headerMap(req: IncomingMessage): HeaderMap {
  const headers = new HeaderMap();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  return headers;
}

export function createApp(config: Config, graph: Graph, options: AppOptions = {}): App {
  const log = options.log ?? ((m: string) => process.stderr.write(m + '\n'));
  const keys = checkApiKeys(config.api.apiKeys);
  const assets: Map<string, Asset> = config.api.graphiql ? loadGraphiqlAssets(GRAPHQL_PATH) : new Map();
  const explorer = loadExplorer();
  let apollo: ApolloServer<Context> | undefined;
  const statements = statementSlots(config);
  const limiter = new KeyLimiter({ concurrency: config.api.keyConcurrency, perMinute: config.api.keyRatePerMinute });

  async function graphql(req: IncomingMessage, res: ServerResponse, url: URL, apolloServer: ApolloServer<Context>): Promise<void> {
    let caller: Caller;
    try {
      caller = callerFor(keys, req.headers);
    } catch (err) {
      if (err instanceof AppError) return sendGraphQLError(res, 401, err.code, err.message, { 'www-authenticate': 'Bearer' });
      throw err;
    }
    // Without configured keys (local development) there is no key to count by; see keyLimits.ts.
    if (keys.size === 0) return execute(req, res, url, apolloServer, caller);
    const admission = limiter.admit(caller.id);
    if (!admission.ok) return sendGraphQLError(res, 429, ErrorCode.RATE_LIMITED, admission.message, { 'retry-after': String(admission.retryAfterSeconds) });
    try {
      return await execute(req, res, url, apolloServer, caller);
    } finally {
      admission.release();
    }
  }

  async function execute(req: IncomingMessage, res: ServerResponse, url: URL, apolloServer: ApolloServer<Context>, caller: Caller): Promise<void> {
    let body: unknown = undefined;
    if (req.method === 'POST') {
      const raw = await readBody(req);
      if (/\bjson\b/i.test(req.headers['content-type'] ?? '')) {
        try {
          body = raw ? JSON.parse(raw) : {};
        } catch {
          return sendGraphQLError(res, 400, ErrorCode.BAD_USER_INPUT, 'Request body is not valid JSON');
        }
      } else {
        body = raw;
      }
    }
    const response = await apolloServer.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: req.method ?? 'GET', headers: headerMap(req), search: url.search, body },
      context: async () =>
        createContext(
          config,
          graph,
          caller,
          requestBudget(config, statements, () => isReady(graph)),
        ),
    });
    for (const [name, value] of response.headers) res.setHeader(name, value);
    res.statusCode = response.status ?? 200;
    if (response.body.kind === 'complete') {
      // With its length known the answer goes out in one write with its headers, not chunked in several.
      res.setHeader('content-length', Buffer.byteLength(response.body.string));
      res.end(response.body.string);
      return;
    }
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const path = url.pathname;
    if (path === '/health') return sendJson(res, 200, { status: 'ok' });
    if (path === '/ready') {
      const ready = await isReady(graph);
      return sendJson(res, ready ? 200 : 503, { status: ready ? 'ready' : 'neo4j unavailable' });
    }
    if (path.startsWith(GRAPHIQL_PREFIX) && req.method === 'GET') {
      const asset = assets.get(path.slice(GRAPHIQL_PREFIX.length));
      if (!asset) return sendJson(res, 404, { error: 'not found' });
      res.writeHead(200, { 'content-type': `${asset.type}; charset=utf-8`, 'content-length': asset.body.length, 'cache-control': 'public, max-age=3600' });
      res.end(asset.body);
      return;
    }
    if (path.startsWith(EXPLORER_ASSETS) && req.method === 'GET') {
      const asset = explorer.assets.get(path.slice(EXPLORER_ASSETS.length));
      if (!asset) return sendJson(res, 404, { error: 'not found' });
      res.writeHead(200, { 'content-type': `${asset.type}; charset=utf-8`, 'content-length': asset.body.length, 'cache-control': 'no-cache' });
      res.end(asset.body);
      return;
    }
    if (isExplorerPage(path) && req.method === 'GET') {
      res.writeHead(200, {
        'content-type': 'text/html; charset=utf-8',
        'content-security-policy': EXPLORER_CSP,
        'cache-control': 'no-store',
        'content-length': explorer.html.length,
      });
      res.end(explorer.html);
      return;
    }
    if ((path === '/' || path === GRAPHQL_PATH) && config.api.graphiql && wantsHtml(req) && !url.searchParams.has('query')) {
      const html = graphiqlHtml();
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': GRAPHIQL_CSP, 'content-length': Buffer.byteLength(html) });
      res.end(html);
      return;
    }
    if (path === '/') return sendJson(res, 200, { graphql: GRAPHQL_PATH, explore: '/explore', health: '/health', ready: '/ready' });
    if (path === GRAPHQL_PATH) {
      if (!apollo) return sendGraphQLError(res, 503, ErrorCode.DATABASE_UNAVAILABLE, 'The server is starting');
      return graphql(req, res, url, apollo);
    }
    sendJson(res, 404, { error: 'not found' });
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      if (err instanceof BodyTooLarge) return sendGraphQLError(res, 413, ErrorCode.BAD_USER_INPUT, err.message);
      log(`request failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
      if (!res.headersSent) sendGraphQLError(res, 500, ErrorCode.INTERNAL, 'Internal server error');
      else res.end();
    });
  });

  return {
    server,
    async listen(port = config.port, host = config.host) {
      const server_ = new ApolloServer<Context>({
        typeDefs: await loadTypeDefs(),
        resolvers,
        introspection: config.api.introspection,
        includeStacktraceInErrorResponses: !config.api.production,
        hideSchemaDetailsFromClientErrors: config.api.production,
        validationRules: [depthLimit(MAX_QUERY_DEPTH), operationLimits({ maxRootFields: config.api.maxRootFields, maxAliases: config.api.maxAliases })],
        formatError: createFormatError(config.api.production, log),
        // No cache hints are set, and the default cache-control plugin costs a third of execution time.
        plugins: [
          ApolloServerPluginLandingPageDisabled(),
          ApolloServerPluginCacheControlDisabled(),
          costLimitPlugin(config.api.maxCost, { maxPageSize: config.api.maxPageSize }),
          privateViewPlugin,
        ],
        logger: { debug: () => {}, info: () => {}, warn: log, error: log },
      });
      await server_.start();
      apollo = server_;
      await new Promise<void>((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
          server.off('error', reject);
          resolve();
        });
      });
      const address = server.address() as AddressInfo;
      const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
      return { url: `http://${shownHost}:${address.port}${GRAPHQL_PATH}`, port: address.port };
    },
    async stop() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      });
      await apollo?.stop();
      apollo = undefined;
    },
  };
}
