import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { namedComplainants, withNamedComplainants } from '../../ingest/extract/judgment/namedComplainants.js';
import { DocText } from '../../ingest/text.js';

/** Texts written for this test: a judgment body after its heading. */
const judgment = (paragraph: string) => `Neutral Citation Number: [2031] EWHC 402 (Admin)\nJUDGMENT\n1. ${paragraph}\n2. The hearing lasted a day.`;

describe('names a judgment gives its complainants under an anonymity order', () => {
  const cases: { text: string; want: [string, string | null][] }[] = [
    { text: 'Under the order of the panel the man whose car was searched is referred to as "QF".', want: [['QF', null]] },
    { text: 'As directed at the outset, the boy who was restrained will be referred to as D.', want: [['D', null]] },
    { text: 'The applicant, to whom we shall refer as M, is a student at a local college.', want: [['M', 'applicant']] },
    { text: 'The girl was twelve at the time. I shall call her "the child" throughout.', want: [['the child', null]] },
    { text: 'The witness asked not to be named and I refer to her simply as "Ms T".', want: [['Ms T', null]] },
    { text: 'A cyclist, who has been referred to throughout as "C4", was knocked from his bicycle.', want: [['C4', null]] },
    { text: 'The shop worker he had questioned, referred to in these proceedings as "RT", complained to the force.', want: [['RT', null]] },
    { text: 'The sergeant, known in this judgment as "Officer 7", gave evidence.', want: [] },
    {
      text: 'In this judgment the claimant is called, as in the tribunal below, "the widow" or "the claimant".',
      want: [['the widow', 'claimant']],
    },
    {
      text: 'We refer to the sergeant, as the panel did, as Officer R5, and to the teenager he stopped as K.',
      want: [['K', null]],
    },
    // A quoted cipher with a courtesy title stands for a private person the conduct concerned; a witness's does not count.
    {
      text: 'The constable looked up the records of two neighbours of his, "Ms V" and "Mr W", on the force database.',
      want: [
        ['Ms V', null],
        ['Mr W', null],
      ],
    },
    { text: 'A passer-by who saw the arrest, the witness "Mrs J", gave evidence.', want: [] },
    // An officer's label is not a complainant's name, however it is introduced.
    { text: 'The constable who drove the van is referred to as "PC N".', want: [] },
    { text: 'The interested party is referred to as "H" by order of the court.', want: [] },
    // Documents and bodies get short names too; they are not people.
    { text: 'The Police (Conduct) Regulations 2020, which are referred to as "the Regulations", apply.', want: [] },
    { text: 'The guidance is referred to as "the Outcomes Guidance" in what follows.', want: [] },
  ];
  for (const c of cases) {
    it(c.text, () => {
      assert.deepEqual(
        namedComplainants(judgment(c.text)).map((n) => [n.reference, n.role]),
        c.want,
      );
    });
  }
});

describe('a named party replaces its role reference', () => {
  const span = { page: 1, start: 0, end: 1, quote: 'x' };
  const cases: { text: string; found: string[]; labels: string[]; want: string[] }[] = [
    { text: 'The appellant, to whom I will refer as J, works in a shop.', found: ['the appellant'], labels: [], want: ['J'] },
    { text: 'The boy she stopped is referred to as "L".', found: ['the claimant'], labels: [], want: ['the claimant', 'L'] },
    { text: 'The claimant is referred to as "Z".', found: [], labels: ['z'], want: [] },
  ];
  for (const c of cases) {
    it(c.text, () => {
      const doc = new DocText([{ num: 1, text: judgment(c.text) }]);
      const found = c.found.map((reference) => ({ reference, pseudonym: false, source: span }));
      assert.deepEqual(
        withNamedComplainants(doc, found, new Set(c.labels)).map((x) => x.reference),
        c.want,
      );
    });
  }
});

describe('a case sent somewhere is not a person named', () => {
  it('was referred to PSD', () => assert.deepEqual(namedComplainants(judgment('The matter was referred to PSD in May.')), []));
});
