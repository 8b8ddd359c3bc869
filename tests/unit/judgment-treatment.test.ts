import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findCitations } from '../../ingest/extract/judgment/citations.js';
import { findParagraphs } from '../../ingest/extract/judgment/paragraphs.js';
import { TREATMENT_PHRASES } from '../../ingest/extract/judgment/treatmentWords.js';
import { DocText } from '../../ingest/text.js';
import { TREATMENTS, type Treatment } from '../../src/domain/vocabulary.js';
import { HELD_OUT_PASSAGES } from '../fixtures/treatment-heldout.js';
import { scoreTreatments } from '../fixtures/treatment-labelled.js';

function treatmentsOf(text: string): { canonical: string; treatment: Treatment; words: string | null; quote: string }[] {
  const doc = new DocText([{ num: 1, text }]);
  return findCitations(doc, findParagraphs(doc.text), null).map((c) => ({
    canonical: c.canonical,
    treatment: c.treatment,
    words: c.treatmentWords,
    quote: c.treatmentSource.quote,
  }));
}

describe('citation treatment', () => {
  const cases: { text: string; want: Treatment[]; words?: (string | null)[] }[] = [
    { text: 'We apply the principles in Stokes v Marlow Police [2012] EWCA Civ 3 to these facts.', want: ['applied'], words: ['apply the principles in'] },
    {
      text: 'The sergeant placed reliance on Vance v Chief Constable [2011] EWHC 88 (QB), which is distinguishable on the ground that no complaint was made.',
      want: ['distinguished'],
    },
    { text: 'Oakes v Panel [2005] EWHC 7 (Admin) has been overruled and is no longer cited.', want: ['overruled'], words: ['has been overruled'] },
    { text: 'The Court overruling Penn v Tribunal [2003] EWHC 4 (Admin) was the Court of Appeal in Quill v Kent [2006] EWCA Civ 9.', want: ['overruled', 'mentioned'] },
    { text: 'Penn v Tribunal [2003] EWHC 4 (Admin) was overruled by Quill v Kent [2006] EWCA Civ 9.', want: ['overruled', 'mentioned'] },
    { text: 'I do not follow Lyle v Commissioner [2010] EWHC 600 (Admin) on this point.', want: ['not_followed'], words: ['not follow'] },
    { text: 'Later decisions have doubted Ames v Police [2001] EWHC 300 (QB), though it was considered afresh in 2015.', want: ['doubted'] },
    { text: 'For the background see Cole v Surrey Constabulary [2014] EWHC 12 (Admin) at [3].', want: ['mentioned'], words: [null] },
    { text: 'Following Drake v IOPC [2022] EWCA Civ 30, [2022] 1 WLR 77, the panel had to weigh mitigation.', want: ['followed', 'followed'] },
    { text: 'In the following cases the point arose: Ince v Police [2008] EWHC 1 (QB).', want: ['mentioned'] },
    { text: 'The Supreme Court approved Foley v Norfolk [2012] EWCA Civ 2 without reservation.', want: ['approved'] },
    { text: 'Having regard to Gale v Lincolnshire Police [2016] EWHC 33 (Admin), I turn to the sanction.', want: ['considered'] },
    { text: 'Applying Hart v Panel [2019] EWHC 2 (Admin), I note that Orr v Devon [2017] EWHC 5 (Admin) was doubted.', want: ['applied', 'doubted'] },
    // An adverb between the words of a phrase leaves its treatment alone.
    { text: 'Pike v Gwent [2011] EWHC 5 (Admin) was unanimously reversed on further appeal.', want: ['overruled'], words: ['was unanimously reversed'] },
    // A sentence opening with "It does" or "That guidance" still speaks of the case just cited.
    { text: 'Counsel cited Rook v Panel [2014] EWHC 21 (Admin). It does not help, because no hearing was held there.', want: ['distinguished'] },
    { text: 'In Lane v IOPC [2018] EWHC 8 (Admin) the court set out the test of seriousness. That guidance applies directly to this panel.', want: ['applied'] },
    // A negated departure is the opposite of one; a court unpersuaded of a case doubts it.
    { text: 'There is no reason to depart from Moor v Tribunal [2017] EWHC 3 (Admin) on this point.', want: ['followed'], words: ['no reason to depart from'] },
    { text: 'I am not persuaded that Venn v Essex [2012] EWHC 14 (Admin) survives the 2020 rules.', want: ['doubted'] },
  ];
  for (const c of cases) {
    it(`${c.want.join(', ')}: ${c.text.slice(0, 60)}`, () => {
      const got = treatmentsOf(c.text);
      assert.deepEqual(
        got.map((g) => g.treatment),
        c.want,
      );
      if (c.words)
        assert.deepEqual(
          got.map((g) => g.words),
          c.words,
        );
    });
  }

  it('quotes the sentence the treatment was read from, not its neighbours', () => {
    const [t] = treatmentsOf('1. The claim is brought late. The decision in Rees v Dyfed [2013] EWHC 4 (Admin) was not followed by the panel. Nothing turns on it.');
    assert.equal(t?.treatment, 'not_followed');
    assert.equal(t?.quote, 'The decision in Rees v Dyfed [2013] EWHC 4 (Admin) was not followed by the panel.');
  });

  it('a sentence that points back at the case treats it', () => {
    const [t] = treatmentsOf('Counsel relied on Shaw v Avon [2015] EWHC 9 (Admin). That case is distinguishable: the officer there was off duty.');
    assert.equal(t?.treatment, 'distinguished');
  });

  it('every phrase row names a treatment of the vocabulary and is read as that treatment', () => {
    for (const row of TREATMENT_PHRASES) {
      assert.ok(TREATMENTS.includes(row.treatment));
      const text = row.side === 'before' ? `Here we ${row.phrase} Moss v Hale [2010] EWHC 1 (Admin) today.` : `Moss v Hale [2010] EWHC 1 (Admin) ${row.phrase} today.`;
      const [t] = treatmentsOf(text);
      assert.equal(t?.treatment, row.treatment, `${row.side} "${row.phrase}"`);
    }
  });

  it('reads the labelled passages with at least 90% accuracy', () => {
    const score = scoreTreatments();
    assert.ok(score.citations >= 30, `only ${score.citations} labelled citations`);
    assert.ok(score.accuracy >= 0.9, `accuracy ${score.accuracy.toFixed(3)}: ${JSON.stringify(score.misses)}`);
  });

  it('reads the held-back passages with at least 85% accuracy (44% blind, before the causes were fixed)', () => {
    const score = scoreTreatments(HELD_OUT_PASSAGES);
    assert.ok(score.citations >= 50, `only ${score.citations} held-back citations`);
    assert.ok(score.accuracy >= 0.85, `accuracy ${score.accuracy.toFixed(3)}: ${JSON.stringify(score.misses)}`);
  });
});
