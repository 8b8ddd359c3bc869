import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { judgmentOfficers } from '../../ingest/extract/judgment/subject.js';
import type { JudgmentFacts, OfficerFact, PartyFact } from '../../src/domain/extraction.js';
import { DocText } from '../../ingest/text.js';

/** A caption and body written for this test. */
const TEXT = [
  'Neutral Citation Number: [2031] EAT 9',
  'Between :',
  'POLICE SERGEANT ODILE BRACKEN Appellant',
  '- and -',
  'CHIEF CONSTABLE OF ANYSHIRE POLICE Respondent',
  'JUDGMENT',
  '1. The appellant, a sergeant, was accused of falsifying a log. A constable who had since retired supervised the log.',
].join('\n');

describe('whether the officer a judgment is about has left', () => {
  it('a caption rank with no "former" is not overruled by a status the text gives someone else', () => {
    const doc = new DocText([{ num: 1, text: TEXT }]);
    const span = doc.span(0, 1);
    const parties: PartyFact[] = [
      { name: 'POLICE SERGEANT ODILE BRACKEN', role: 'appellant', source: span },
      { name: 'CHIEF CONSTABLE OF ANYSHIRE POLICE', role: 'respondent', source: span },
    ];
    const judgment = { parties } as JudgmentFacts;
    // The text extractor read the retired constable's status onto the sergeant.
    const found: OfficerFact = {
      key: 'o1',
      name: 'Odile Bracken',
      label: null,
      rank: 'Police Sergeant',
      rankText: 'POLICE SERGEANT',
      warrantNumber: null,
      former: true,
      force: null,
      unit: null,
      source: span,
    };
    const { officers } = judgmentOfficers(doc, judgment, { officers: [found], mentions: [] });
    assert.deepEqual(
      officers.map((o) => [o.name, o.rank, o.former]),
      [['ODILE BRACKEN', 'Police Sergeant', null]],
    );
  });
});
