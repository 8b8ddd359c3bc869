import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { EXPLORER_CSP, isExplorerPage, loadExplorer } from '../../src/server/explorer.js';

describe('explorer routes', () => {
  const cases: [string, boolean][] = [
    ['/explore', true],
    ['/explore/', true],
    ['/explore/officer/abc123', true],
    ['/explore/unit/Cumbria%20Constabulary%2FRoads%20Policing%20Unit', true],
    ['/explore/source/deadbeef', true],
    ['/explore/colleagues', true],
    ['/explore/assets/app.js', false],
    ['/explorer', false],
    ['/graphql', false],
    ['/', false],
  ];
  for (const [path, page] of cases) {
    it(`${path} ${page ? 'is' : 'is not'} the explorer page`, () => assert.equal(isExplorerPage(path), page));
  }

  it('reads the page, its script, its styles and Cytoscape.js from local files', () => {
    const { html, assets } = loadExplorer();
    assert.deepEqual([...assets.keys()].sort(), ['app.css', 'app.js', 'cytoscape.js']);
    assert.match(html.toString(), /<script type="module" src="\/explore\/assets\/app.js"><\/script>/);
    // The ES module build ends by exporting the library as its default, which app.js imports.
    assert.match(assets.get('cytoscape.js')!.body.toString('utf8').slice(-200), /export\s*\{[^}]*as default\s*\}/);
    for (const src of html.toString().matchAll(/(?:src|href)="([^"]+)"/g)) assert.ok(/^(\/|data:)/.test(src[1]!), `${src[1]} is not from this server`);
  });

  it('lets the browser load nothing from another origin', () => {
    assert.match(EXPLORER_CSP, /default-src 'self'/);
    assert.match(EXPLORER_CSP, /script-src 'self';/);
    assert.match(EXPLORER_CSP, /connect-src 'self'/);
  });
});
