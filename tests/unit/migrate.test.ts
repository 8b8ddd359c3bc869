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
    const stmts = readdirSync(dir)
      .filter((f) => f.endsWith('.cypher'))
      .flatMap((f) => splitStatements(readFileSync(dir + f, 'utf8')));
    assert.ok(stmts.length > 5);
    for (const s of stmts) assert.match(s, /^CREATE\b[\s\S]*\bIF NOT EXISTS\b|^DROP\b[\s\S]*\bIF EXISTS\b|^MATCH\b/, s);
    // A data migration removes the shape it matches, or sets only rows whose value differs from the
    // one it sets or is missing, so a second run finds nothing to do.
    for (const s of stmts.filter((x) => x.startsWith('MATCH'))) assert.match(s, /\b(?:REMOVE|DELETE)\b|\bWHERE\b[^;]*(?:<>|\bIS NULL\b)[^;]*\bSET\b/, s);
  });
});
