import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { PSEUDONYM_PATTERN, pseudonymFor, redactPages } from '../../ingest/anonymise.js';

describe('pseudonymFor', () => {
  it('is stable for the same person whatever the honorific, case or spacing', () => {
    const a = pseudonymFor('k1', 'Ms Jane Smith');
    for (const variant of ['Jane Smith', 'jane  smith', 'Mrs Jane SMITH', 'Jané Smith']) assert.equal(pseudonymFor('k1', variant), a, variant);
  });
  it('differs between people and between keys', () => {
    assert.notEqual(pseudonymFor('k1', 'Jane Smith'), pseudonymFor('k1', 'Joan Smith'));
    assert.notEqual(pseudonymFor('k1', 'Jane Smith'), pseudonymFor('k2', 'Jane Smith'));
  });
  it('has the documented shape', () => {
    assert.match(pseudonymFor('k', 'Jane Smith'), new RegExp(`^${PSEUDONYM_PATTERN.source}$`));
  });
});

describe('redactPages', () => {
  const cases: { name: string; text: string; names: string[]; gone: string[]; kept: string[] }[] = [
    { name: 'full name and surname alone', text: 'Jane Smith complained. Later Ms Smith said...', names: ['Jane Smith'], gone: ['Jane', 'Smith'], kept: ['complained'] },
    { name: 'honorific removed with the name', text: 'Mrs Alice Brown-Hart was stopped.', names: ['Alice Brown-Hart'], gone: ['Alice', 'Brown-Hart', 'Mrs'], kept: ['stopped'] },
    { name: 'name split across a line break', text: 'the complainant, Jane\nSmith, said', names: ['Jane Smith'], gone: ['Jane', 'Smith'], kept: ['complainant'] },
    { name: 'case-insensitive', text: 'JANE SMITH v THE COMMISSIONER', names: ['Jane Smith'], gone: ['JANE', 'SMITH'], kept: ['COMMISSIONER'] },
    { name: 'no names leaves text alone', text: 'Ms A complained.', names: [], gone: [], kept: ['Ms A complained.'] },
    { name: 'an officer sharing the surname keeps it', text: 'Jane Smith complained about PC 4410 Smith and DS Smith.', names: ['Jane Smith'], gone: ['Jane'], kept: ['PC 4410 Smith', 'DS Smith'] },
    { name: 'the complainant with an honorific still goes', text: 'Ms Jane Smith complained; Ms Smith was upset.', names: ['Jane Smith'], gone: ['Jane', 'Smith'], kept: ['upset'] },
    { name: 'does not touch words containing the surname', text: 'Smithson met Jane Smith', names: ['Jane Smith'], gone: ['Jane'], kept: ['Smithson'] },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const [out] = redactPages([{ num: 1, text: c.text }], c.names, 'key');
      assert.ok(out);
      for (const g of c.gone) assert.ok(!new RegExp(`\\b${g}\\b`).test(out.text), `"${g}" still in: ${out.text}`);
      for (const k of c.kept) assert.ok(out.text.includes(k), `"${k}" lost from: ${out.text}`);
      if (c.names.length) assert.match(out.text, PSEUDONYM_PATTERN);
    });
  }
});
