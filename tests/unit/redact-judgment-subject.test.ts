import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { redactDocument } from '../../ingest/redact/index.js';

/**
 * A judgment's officer under review is public even when only the caption places them; a member of
 * the public who brings the claim stays private. Texts written for this test.
 */
const redacted = (text: string) => redactDocument([{ num: 1, text }], null, 'unit-key').pages[0]!.text;

describe('judgment subjects keep their names through redaction', () => {
  const cases: { name: string; text: string; kept: string[]; gone: string[] }[] = [
    {
      name: 'the interested party beside an appeals tribunal',
      text: [
        'Neutral Citation Number: [2031] EWHC 4410 (Admin)',
        'IN THE HIGH COURT OF JUSTICE',
        'SITTING AT LEEDS',
        "KING'S BENCH DIVISION",
        'ADMINISTRATIVE COURT',
        'Date: 02/03/2031',
        'Between:',
        'THE CHIEF CONSTABLE OF WESSEX POLICE',
        'Claimant',
        '- and -',
        'POLICE APPEALS TRIBUNAL',
        'Defendant',
        '- and -',
        'TOBIAS QUARRENDON',
        'Interested Party',
        'JUDGMENT',
        "1. The Chief Constable challenges the tribunal's decision to reinstate Mr Quarrendon after a panel dismissed him.",
        '2. The allegation arose from a call to the home of Mrs Hesper Vantongeren on a night in 2028.',
      ].join('\n'),
      kept: ['Quarrendon'],
      gone: ['Vantongeren', 'Hesper'],
    },
    {
      name: 'a complainant bringing the claim',
      text: [
        'Neutral Citation Number: [2031] EWHC 5120 (Admin)',
        'IN THE HIGH COURT OF JUSTICE',
        'ADMINISTRATIVE COURT',
        'Date: 09/05/2031',
        'Between:',
        'THE KING',
        'on the application of',
        'ODALYS FENWICK-ARDEN',
        'Claimant',
        '- and -',
        'INDEPENDENT OFFICE FOR POLICE CONDUCT',
        'Defendant',
        'JUDGMENT',
        '1. The claimant complained that PC Lomax used force when he arrested her son.',
      ].join('\n'),
      kept: ['Lomax'],
      gone: ['Fenwick', 'Arden', 'ODALYS', 'FENWICK'],
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const out = redacted(c.text);
      for (const w of c.kept) assert.match(out, new RegExp(w, 'i'), `${w} should stay`);
      for (const w of c.gone) assert.doesNotMatch(out, new RegExp(`\\b${w}\\b`), `${w} should be redacted`);
    });
  }
});
