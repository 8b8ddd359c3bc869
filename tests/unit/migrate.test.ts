import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { splitStatements } from '../../src/graph/migrate.js';

describe('schema migrations', () => {
  it('splits statements and drops comments', () => {
    assert.deepEqual(splitStatements('// c\nCREATE A;\nCREATE B\n  ON x;\n'), ['CREATE A', 'CREATE B\n  ON x']);
  });
  it('every statement is idempotent (CREATE ... IF NOT EXISTS, DROP ... IF EXISTS, or a data migration matching only the old shape)', () => {
    const dir = fileURLToPath(new URL('../../../schema/', import.meta.url));
    const files = readdirSync(dir).filter((f) => f.endsWith('.cypher'));
    // A one-off build: each statement runs only while the file's marker node is missing, and the
    // file's last statement makes the marker, so a second run finds it and does nothing.
    const built = files.flatMap((f) => {
      const all = splitStatements(readFileSync(dir + f, 'utf8'));
      const marker = /^MERGE \(:(\w+) \{[^}]*\}\)$/.exec(all[all.length - 1] ?? '')?.[1];
      if (!marker) return [];
      const guard = `OPTIONAL MATCH (built:${marker}) WITH built WHERE built IS NULL`;
      const guarded = all.filter((x) => x.startsWith(guard));
      assert.ok(guarded.length > 0, `${f}: a marker with no statement it guards`);
      return [...guarded, all[all.length - 1]!];
    });
    const stmts = files.flatMap((f) => splitStatements(readFileSync(dir + f, 'utf8'))).filter((x) => !built.includes(x));
    assert.ok(stmts.length > 5);
    for (const s of stmts) assert.match(s, /^CREATE\b[\s\S]*\bIF NOT EXISTS\b|^DROP\b[\s\S]*\bIF EXISTS\b|^MATCH\b/, s);
    // A data migration removes the shape it matches, or sets only rows whose value differs from the
    // one it sets or is missing, so a second run finds nothing to do.
    for (const s of stmts.filter((x) => x.startsWith('MATCH'))) assert.match(s, /\b(?:REMOVE|DELETE)\b|\bWHERE\b[^;]*(?:<>|\bIS NULL\b)[^;]*\bSET\b/, s);
  });
});
