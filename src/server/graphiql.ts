import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * GraphiQL served entirely from this process: React 18 and GraphiQL 3 ship browser builds (UMD)
 * in their npm packages, and the CSS inlines its fonts, so the page works on a machine with no
 * route to a CDN. The Content-Security-Policy keeps it that way: the browser may load nothing
 * from anywhere but this server.
 */

const require = createRequire(import.meta.url);
const packageDir = (name: string) => dirname(require.resolve(`${name}/package.json`));

export const GRAPHIQL_PREFIX = '/graphiql/';

const FILES: Record<string, { pkg: string; path: string; type: string }> = {
  'react.js': { pkg: 'react', path: 'umd/react.production.min.js', type: 'text/javascript' },
  'react-dom.js': { pkg: 'react-dom', path: 'umd/react-dom.production.min.js', type: 'text/javascript' },
  'graphiql.js': { pkg: 'graphiql', path: 'graphiql.min.js', type: 'text/javascript' },
  'graphiql.css': { pkg: 'graphiql', path: 'graphiql.min.css', type: 'text/css' },
};

const DEFAULT_QUERY = `# Officers found to have committed gross misconduct, and how many kept their jobs.
# With API keys configured, add {"x-api-key": "YOUR KEY"} under Headers below.
{
  statistics {
    grossMisconductOutcomes {
      officersWithGrossMisconductProven
      dismissed
      notDismissed
    }
  }
  documents(first: 5) {
    totalCount
    edges { node { id title kind licence status } }
  }
}
`;

function initScript(endpoint: string): string {
  const props = {
    defaultQuery: DEFAULT_QUERY,
    isHeadersEditorEnabled: true,
    shouldPersistHeaders: true,
    defaultEditorToolsVisibility: 'headers',
  };
  return `(function () {
  var fetcher = GraphiQL.createFetcher({ url: new URL(${JSON.stringify(endpoint)}, window.location.href).href });
  var props = Object.assign({ fetcher: fetcher }, ${JSON.stringify(props)});
  ReactDOM.createRoot(document.getElementById('graphiql')).render(React.createElement(GraphiQL, props));
})();
`;
}

export const GRAPHIQL_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; frame-ancestors 'none'";

export function graphiqlHtml(): string {
  const p = GRAPHIQL_PREFIX;
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Misconduct graph - GraphiQL</title>
  <link rel="stylesheet" href="${p}graphiql.css">
  <style>html, body, #graphiql { height: 100%; margin: 0; }</style>
</head>
<body>
  <div id="graphiql">Loading GraphiQL...</div>
  <script src="${p}react.js"></script>
  <script src="${p}react-dom.js"></script>
  <script src="${p}graphiql.js"></script>
  <script src="${p}init.js"></script>
</body>
</html>
`;
}

export interface Asset {
  body: Buffer;
  type: string;
}

/** Reads every asset once at start-up, so a missing package fails the start rather than a browser. */
export function loadGraphiqlAssets(endpoint: string): Map<string, Asset> {
  const assets = new Map<string, Asset>();
  for (const [name, f] of Object.entries(FILES)) {
    assets.set(name, { body: readFileSync(join(packageDir(f.pkg), f.path)), type: f.type });
  }
  assets.set('init.js', { body: Buffer.from(initScript(endpoint)), type: 'text/javascript' });
  return assets;
}
