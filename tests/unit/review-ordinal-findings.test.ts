import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ordinalFindings } from '../../ingest/extract/review/ordinalFindings.js';
import { DocText } from '../../ingest/text.js';
import type { AllegationFact } from '../../src/domain/extraction.js';
import type { Standard } from '../../src/domain/vocabulary.js';

/** Allegations read at each Standard's words in `text`, all with the finding `initial`. */
function findings(text: string, listed: [string, Standard][], initial: AllegationFact['finding'] = null) {
  const doc = new DocText([{ num: 1, text }]);
  const allegations: AllegationFact[] = listed.map(([key, standard]) => {
    const at = text.indexOf(standard);
    return { officerKey: key, standard, finding: initial, source: doc.span(at, at + standard.length) };
  });
  ordinalFindings(doc, allegations);
  return allegations.map((a) => [a.officerKey, a.standard, a.finding]);
}

describe('findings a review case study gives by order', () => {
  it('sets the first and second allegations from their ordinals', () => {
    const text =
      'Example 2. Officer N was accused of breaching Orders and Instructions and Confidentiality. The chair found misconduct on the first allegation; the second was not proven. He was warned.';
    assert.deepEqual(
      findings(text, [
        ['o1', 'Orders and Instructions'],
        ['o1', 'Confidentiality'],
      ]),
      [
        ['o1', 'Orders and Instructions', 'misconduct'],
        ['o1', 'Confidentiality', 'not_proven'],
      ],
    );
  });
  it('reads gross misconduct and a named charge', () => {
    const text =
      'Officer H faced charges of Use of Force and Discreditable Conduct. The panel found gross misconduct on the second charge and the first charge was not made out.';
    assert.deepEqual(
      findings(
        text,
        [
          ['o2', 'Use of Force'],
          ['o2', 'Discreditable Conduct'],
        ],
        'misconduct',
      ),
      [
        ['o2', 'Use of Force', 'not_proven'],
        ['o2', 'Discreditable Conduct', 'gross_misconduct'],
      ],
    );
  });
  it('leaves allegations with no ordinal finding after them alone', () => {
    const text = 'Officer T was alleged to have breached Fitness for Work. The meeting found it proven as misconduct.';
    assert.deepEqual(findings(text, [['o3', 'Fitness for Work']], 'misconduct'), [['o3', 'Fitness for Work', 'misconduct']]);
  });
});
