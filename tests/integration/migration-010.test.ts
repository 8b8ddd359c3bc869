import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { firstNamesKey, partyNameKey, surnameKey } from '../../src/domain/names.js';
import type { Graph } from '../../src/graph/driver.js';
import { migrate } from '../../src/graph/migrate.js';
import { runId, testGraph } from '../fixtures/graph.js';

/**
 * Migration 010 on officers and parties keyed by the old folds: the stored keys become what the
 * one name fold (src/domain/names.ts) gives, so a later mention finds its officer; an officer the
 * writer never keyed is left alone; a second run changes nothing.
 */
const RUN = runId();
const T = (s: string) => `${RUN}-${s}`;

describe('migration 010: name keys from the one fold', () => {
  let graph: Graph;
  // Names spelt so the old and new folds disagree: a curly apostrophe, a hyphen, an accent, a title.
  const officerName = `Dr Aoife Ní Dhúill-O’Keeffe${RUN.replace(/[^a-z]/g, '')}`;
  const partyName = `The Síochána Ombudsman-Board ${RUN}`;

  before(async () => {
    graph = await testGraph();
    await graph.write((tx) =>
      tx.run(
        `CREATE (:Officer {id: $o, name: $officerName, surnameKey: 'old-key', firstNames: 'dr aoife', testRun: $t})
         CREATE (:Officer {id: $unkeyed, name: $officerName, testRun: $t})
         CREATE (:Party {key: $oldParty, name: $partyName, testRun: $t})`,
        { t: RUN, o: T('o'), unkeyed: T('unkeyed'), officerName, partyName, oldParty: T('old party key') },
      ),
    );
    await migrate(graph);
    await migrate(graph);
  });
  after(async () => {
    await graph.run('MATCH (n {testRun: $t}) DETACH DELETE n', { t: RUN });
    await graph.close();
  });

  it("re-keys an officer's surname and first names as the fold gives them", async () => {
    const [o] = await graph.read<{ s: string; f: string }>('MATCH (o:Officer {id: $id}) RETURN o.surnameKey AS s, o.firstNames AS f', { id: T('o') });
    assert.equal(o?.s, surnameKey(officerName));
    assert.equal(o?.f, firstNamesKey(officerName));
    assert.notEqual(o?.s, 'old-key');
  });

  it('leaves an officer the writer never keyed as it was', async () => {
    const [o] = await graph.read<{ s: string | null }>('MATCH (o:Officer {id: $id}) RETURN o.surnameKey AS s', { id: T('unkeyed') });
    assert.equal(o?.s, null);
  });

  it('re-keys a judgment party to the fold of its name', async () => {
    const rows = await graph.read<{ key: string }>('MATCH (p:Party {name: $name}) RETURN p.key AS key', { name: partyName });
    assert.deepEqual(
      rows.map((r) => r.key),
      [partyNameKey(partyName)],
    );
  });
});
