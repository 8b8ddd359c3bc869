/**
 * Citation treatment accuracy on the hand-labelled passages (tests/fixtures/treatment-labelled.ts),
 * with every miss listed so a wrong call can be traced to its words.
 */
import { scoreTreatments } from '../tests/fixtures/treatment-labelled.js';

const score = scoreTreatments();
for (const m of score.misses) console.log(`- ${m.citation}: expected ${m.expected}, read ${m.got}  (${m.passage}…)`);
console.log(`treatment accuracy: ${score.correct}/${score.citations} = ${(100 * score.accuracy).toFixed(1)}%`);
