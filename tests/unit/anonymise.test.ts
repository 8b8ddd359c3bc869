import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { PSEUDONYM_PATTERN, pseudonymFor } from '../../ingest/anonymise.js';
import { redactDocument } from '../../ingest/redact/index.js';
import { ANY_PSEUDONYM } from '../../ingest/redact/pseudonyms.js';

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

describe('redactDocument keeps the old complainant cases', () => {
  const cases: { name: string; text: string; gone: string[]; kept: string[] }[] = [
    { name: 'full name and surname alone', text: 'Jane Smith complained. Later Ms Smith said...', gone: ['Jane', 'Smith'], kept: ['complained'] },
    { name: 'honorific removed with the name', text: 'Mrs Alice Brown-Hart was stopped.', gone: ['Alice', 'Brown-Hart', 'Brown', 'Hart', 'Mrs'], kept: ['stopped'] },
    { name: 'name split across a line break', text: 'the complainant, Jane\nSmith, said', gone: ['Jane', 'Smith'], kept: ['complainant'] },
    { name: 'capitals', text: 'JANE SMITH v THE COMMISSIONER', gone: ['JANE', 'SMITH'], kept: ['COMMISSIONER'] },
    { name: 'no names leaves text alone', text: 'Ms A complained.', gone: [], kept: ['Ms A complained.'] },
    {
      name: 'an officer sharing the surname keeps it',
      text: 'Jane Smith complained about PC 4410 Smith and DS Smith.',
      gone: ['Jane'],
      kept: ['PC 4410 Smith', 'DS Smith'],
    },
    { name: 'the complainant with an honorific still goes', text: 'Ms Jane Smith complained; Ms Smith was upset.', gone: ['Jane', 'Smith'], kept: ['upset'] },
    { name: 'does not touch words containing the surname', text: 'Smithson met Jane Smith', gone: ['Jane'], kept: ['Smithson'] },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const [out] = redactDocument([{ num: 1, text: c.text }], null, 'key').pages;
      assert.ok(out);
      for (const g of c.gone) assert.ok(!new RegExp(`\\b${g}\\b`).test(out.text), `"${g}" still in: ${out.text}`);
      for (const k of c.kept) assert.ok(out.text.includes(k), `"${k}" lost from: ${out.text}`);
      if (c.gone.length) assert.match(out.text, ANY_PSEUDONYM);
    });
  }
});
