import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Asset } from './graphiql.js';

/**
 * The investigators' explorer: one HTML page (every /explore URL returns it, and the page reads its
 * own address to reopen the view), a plain ES module, its style sheet and Cytoscape.js, all read from
 * this project's files and node_modules at start-up. Nothing comes from a CDN, and the
 * Content-Security-Policy lets the browser load nothing from anywhere else.
 */

const require = createRequire(import.meta.url);
/** static/explorer in the repository, from dist/src/server or src/server alike. */
const STATIC_DIR = join(
  dirname(fileURLToPath(import.meta.url)),
  dirname(fileURLToPath(import.meta.url)).includes('/dist/') ? '../../../static/explorer' : '../../static/explorer',
);

export const EXPLORER_PATH = '/explore';
export const EXPLORER_ASSETS = '/explore/assets/';

export const EXPLORER_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

const FILES: Record<string, { file: string; type: string }> = {
  'app.js': { file: join(STATIC_DIR, 'app.js'), type: 'text/javascript' },
  'app.css': { file: join(STATIC_DIR, 'app.css'), type: 'text/css' },
  'cytoscape.js': { file: join(dirname(require.resolve('cytoscape')), 'cytoscape.esm.min.mjs'), type: 'text/javascript' },
};

/** Reads the page and its assets once, so a missing file fails the start rather than a browser. */
export function loadExplorer(): { html: Buffer; assets: Map<string, Asset> } {
  const assets = new Map<string, Asset>();
  for (const [name, f] of Object.entries(FILES)) assets.set(name, { body: readFileSync(f.file), type: f.type });
  return { html: readFileSync(join(STATIC_DIR, 'index.html')), assets };
}

/** Every view's address: /explore, /explore?q=..., /explore/officer/ID, /explore/unit/ID, /explore/source/ID. */
export function isExplorerPage(path: string): boolean {
  return path === EXPLORER_PATH || (path.startsWith(EXPLORER_PATH + '/') && !path.startsWith(EXPLORER_ASSETS));
}
