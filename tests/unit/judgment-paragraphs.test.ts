import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DocText } from '../../ingest/text.js';
import { extractParagraphs } from '../../ingest/extract/judgment/index.js';
import { findLegislation } from '../../ingest/extract/judgment/legislation.js';

const doc = (...texts: string[]) => new DocText(texts.map((text, i) => ({ num: i + 1, text })));

describe('numbered paragraphs', () => {
  const cases: { name: string; pages: string[]; numbers: number[] }[] = [
    { name: 'bracketed', pages: ['[1] First.\n[2] Second.', '[3] Third.'], numbers: [1, 2, 3] },
    { name: 'number alone on its line', pages: ['1.\nFirst.\n2.\nSecond text that wraps\n2019. and a year\n3.\nThird.'], numbers: [1, 2, 3] },
    {
      name: 'quoted paragraphs of another judgment are skipped',
      pages: ['8. We quote:\n9. The judge said:\n4. quoted\n5. quoted\n10. Ours again.'],
      numbers: [8, 9, 10],
    },
    { name: 'sub-paragraphs belong to their paragraph', pages: ['1.\nGrounds:\n1.1.\nfirst\n1.2.\nsecond\n2.\nNext'], numbers: [1, 2] },
    { name: 'review chapter numbering', pages: ['6.1 One.\n6.2 Two.\n6.3 Three.', '7.1 Next chapter.\n7.2 More.'], numbers: [6.1, 6.2, 6.3, 7.1, 7.2] },
    { name: 'a lone stray number is not a paragraph', pages: ['Published on 1 June\n2024. More text'], numbers: [] },
  ];
  for (const c of cases) {
    it(c.name, () =>
      assert.deepEqual(
        extractParagraphs(doc(...c.pages)).map((p) => p.number),
        c.numbers,
      ),
    );
  }
  it('gives page-relative offsets', () => {
    const paras = extractParagraphs(doc('[1] First.', 'x\n[2] Second.'));
    assert.deepEqual(paras, [
      // Text before the next number belongs to the paragraph, across the page break.
      { number: 1, label: '1', page: 1, start: 0, endPage: 2, end: 1 },
      { number: 2, label: '2', page: 2, start: 2, endPage: 2, end: 13 },
    ]);
  });
});

describe('legislation', () => {
  const cases: { text: string; instrument: string; provision: string | null }[] = [
    { text: 'under regulation 42 of the Police (Conduct) Regulations 2020.', instrument: 'Police (Conduct) Regulations 2020', provision: 'reg 42' },
    { text: 'Section 31(2A)(a) of the Senior Courts Act 1981 obliges', instrument: 'Senior Courts Act 1981', provision: 's31(2A)(a)' },
    { text: 'the Senior Courts Act 1981 s31(5) allows', instrument: 'Senior Courts Act 1981', provision: 's31(5)' },
    { text: 'as paragraph 19(4) of schedule 3 to the Police Reform Act 2002 says', instrument: 'Police Reform Act 2002', provision: 'Sch 3 para 19(4)' },
    { text: 'The Police and Criminal Evidence Act 1984 applies', instrument: 'Police and Criminal Evidence Act 1984', provision: null },
    { text: 'section 23 of the Misuse of\nDrugs Act 1971', instrument: 'Misuse of Drugs Act 1971', provision: 's23' },
    { text: 'renewed under CPR 54.12', instrument: 'Civil Procedure Rules 1998', provision: 'rule 54.12' },
  ];
  for (const c of cases) {
    it(JSON.stringify(c.text), () => {
      const [l] = findLegislation(doc(c.text));
      assert.equal(l?.instrument, c.instrument);
      assert.equal(l?.provision, c.provision);
    });
  }
});
