/**
 * Citation treatment accuracy on two hand-labelled sets, each miss listed so a wrong call can be
 * traced to its words: the tuned set (tests/fixtures/treatment-labelled.ts), which the rules were
 * developed against, and the held-back set (tests/fixtures/treatment-heldout.ts), written and
 * labelled afterwards in new wording.
 */
import { HELD_OUT_PASSAGES } from '../tests/fixtures/treatment-heldout.js';
import { LABELLED_PASSAGES, scoreTreatments } from '../tests/fixtures/treatment-labelled.js';

for (const [name, passages] of [
  ['tuned', LABELLED_PASSAGES],
  ['held-back', HELD_OUT_PASSAGES],
] as const) {
  const score = scoreTreatments(passages);
  for (const m of score.misses) console.log(`- ${name}: ${m.citation}: expected ${m.expected}, read ${m.got}  (${m.passage}…)`);
  console.log(`treatment accuracy, ${name} set: ${score.correct}/${score.citations} = ${(100 * score.accuracy).toFixed(1)}%`);
}
