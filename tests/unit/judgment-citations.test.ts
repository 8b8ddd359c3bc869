import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DocText } from '../../ingest/text.js';
import { findCitations, pinAfter } from '../../ingest/extract/judgment/citations.js';
import { canonicalLawReport, findLawReports } from '../../ingest/extract/judgment/lawReports.js';
import { canonicalNeutral, findNeutralCitations } from '../../ingest/extract/judgment/neutralCitation.js';
import { findParagraphs } from '../../ingest/extract/judgment/paragraphs.js';

describe('neutral citations', () => {
  const cases: { text: string; canonical: string | null; court?: string }[] = [
    { text: '[2023] EWHC 1234 (Admin)', canonical: '[2023] EWHC 1234 (Admin)', court: 'EWHC (Admin)' },
    { text: '[2014]EWHC 179(Admin)', canonical: '[2014] EWHC 179 (Admin)' },
    { text: '[ 2017] EWCA Civ 142', canonical: '[2017] EWCA Civ 142', court: 'EWCA Civ' },
    { text: '[2012]\nEWCA Civ 1047', canonical: '[2012] EWCA Civ 1047' },
    { text: '[2011] EWHC 1585\n(Admin)', canonical: '[2011] EWHC 1585 (Admin)' },
    { text: '2014 EWHC 179 (Admin)', canonical: '[2014] EWHC 179 (Admin)' },
    { text: '[2014] EWHC 179 Admin', canonical: '[2014] EWHC 179 (Admin)' },
    { text: '[2019] EWHC 55 (admin)', canonical: '[2019] EWHC 55 (Admin)' },
    { text: '[2021] EWHC 99 (QB)', canonical: '[2021] EWHC 99 (QB)', court: 'EWHC (QB)' },
    { text: '[2024] EWHC 12 (KB)', canonical: '[2024] EWHC 12 (KB)', court: 'EWHC (KB)' },
    { text: '[2010] EWCA Crim 2514', canonical: '[2010] EWCA Crim 2514', court: 'EWCA Crim' },
    { text: '[2020] EWCA civ 7', canonical: '[2020] EWCA Civ 7' },
    { text: '[2019] UKSC 12', canonical: '[2019] UKSC 12', court: 'UKSC' },
    { text: '[2004] UKHL 33', canonical: '[2004] UKHL 33', court: 'UKHL' },
    { text: '[2022] UKUT 123 (AAC)', canonical: '[2022] UKUT 123 (AAC)', court: 'UKUT (AAC)' },
    { text: '[2023] UKSC 24 (Lord Reed)', canonical: '[2023] UKSC 24' },
    { text: 'the 2012 Regulations', canonical: null },
    { text: 'CO/4760/2020', canonical: null },
  ];
  for (const c of cases) {
    it(`${JSON.stringify(c.text)} -> ${c.canonical}`, () => {
      assert.equal(canonicalNeutral(c.text), c.canonical);
      if (c.court) assert.equal(findNeutralCitations(c.text)[0]?.court, c.court);
    });
  }
  it('a prose word after a court without lists is not part of the citation', () => {
    const [c] = findNeutralCitations('see [2023] UKSC 24 Nothing in it');
    assert.equal(c?.text, '[2023] UKSC 24');
  });
});

describe('law reports', () => {
  const cases: { text: string; canonical: string | null }[] = [
    { text: '[2020] 1 WLR 123', canonical: '[2020] 1 WLR 123' },
    { text: '[2020] 1 W.L.R. 123', canonical: '[2020] 1 WLR 123' },
    { text: '[1994] 1\nWLR 512', canonical: '[1994] 1 WLR 512' },
    { text: '[2021] QB 45', canonical: '[2021] QB 45' },
    { text: '[2021] Q.B. 45', canonical: '[2021] QB 45' },
    { text: '[2024] KB 101', canonical: '[2024] KB 101' },
    { text: '[1948] 1 KB 223', canonical: '[1948] 1 KB 223' },
    { text: '[2019] 2 All ER 456', canonical: '[2019] 2 All ER 456' },
    { text: '[2019] 2 All E.R. 456', canonical: '[2019] 2 All ER 456' },
    { text: '(2020) 71 EHRR 2', canonical: '(2020) 71 EHRR 2' },
    { text: '(2016) 63\nEHHR 12', canonical: '(2016) 63 EHRR 12' },
    { text: '[2016) 63 E.H.R.R. 12', canonical: '(2016) 63 EHRR 12' },
    { text: '2016 63 EHRR 12', canonical: '(2016) 63 EHRR 12' },
    { text: '[2019] 1 Cr App R 12', canonical: '[2019] 1 Cr App R 12' },
    { text: '[2021] ACD 12', canonical: '[2021] ACD 12' },
    { text: '[2018] ICR 99', canonical: '[2018] ICR 99' },
    // A series named after its publisher and subject: the subject is part of the series.
    { text: "[2011] Lloyd's Rep Med 210", canonical: "[2011] Lloyd's Rep Med 210" },
    { text: '[2007] Lloyd’s Rep IR 455', canonical: "[2007] Lloyd's Rep IR 455" },
    { text: '[1988] A.C. 130', canonical: '[1988] AC 130' },
    { text: '[2008] 1 AC 962', canonical: '[2008] 1 AC 962' },
    { text: '(1984) 78 Cr. App. R 276', canonical: '(1984) 78 Cr App R 276' },
    { text: '(2005) 1 Cr App R (S) 5', canonical: '(2005) 1 Cr App R (S) 5' },
    { text: '[2005] Crim LR 123', canonical: '[2005] Crim LR 123' },
    { text: '2017 1 WLR 2199', canonical: '[2017] 1 WLR 2199' },
    { text: 'In 2019 Ch 5 was read', canonical: null },
    { text: '[2019] ACT 5', canonical: null },
  ];
  for (const c of cases) {
    it(`${JSON.stringify(c.text)} -> ${c.canonical}`, () => assert.equal(canonicalLawReport(c.text), c.canonical));
  }
  it('keeps the text as found', () => {
    assert.equal(findLawReports('see [1988] A.C. 130 per Lord Griffiths')[0]?.text, '[1988] A.C. 130');
  });
});

describe('pin cites', () => {
  const cases: { after: string; pin: string | null }[] = [
    { after: ' at [45]', pin: 'at [45]' },
    { after: ', at [28]: it', pin: 'at [28]' },
    { after: ' at [45] to [52]', pin: 'at [45] to [52]' },
    { after: ' at [17]-[18]', pin: 'at [17]-[18]' },
    { after: ', paras 12-15', pin: 'paras 12-15' },
    { after: ' at para 45', pin: 'at para 45' },
    { after: ', at 518-519, Sir', pin: 'at 518-519' },
    { after: ', [2007] 1 WLR 1460', pin: null },
    { after: ' per Lord Griffiths at 145', pin: null },
  ];
  for (const c of cases) {
    it(`${JSON.stringify(c.after)} -> ${c.pin}`, () => {
      const text = '[2020] EWCA Civ 1' + c.after;
      assert.equal(pinAfter(text, '[2020] EWCA Civ 1'.length), c.pin);
    });
  }
});

describe('findCitations', () => {
  const doc = new DocText([
    { num: 1, text: 'Neutral Citation Number: [2023] EWHC 9 (Admin)\n1. Introduction. See Raschid v GMC [2007]\nEWCA Civ 46, [2007] 1 WLR 1460 at [17].' },
    { num: 2, text: 'Smith v Jones [2023] EWHC 9 (Admin)\n2. Fuglers [2014]EWHC 179(Admin) at [28].' },
  ]);
  const paras = findParagraphs(doc.text);
  const cites = findCitations(doc, paras, '[2023] EWHC 9 (Admin)');
  it('lists parallel citations and leaves out the running header with the own citation', () => {
    assert.deepEqual(
      cites.map((c) => c.canonical),
      ['[2007] EWCA Civ 46', '[2007] 1 WLR 1460', '[2014] EWHC 179 (Admin)'],
    );
  });
  it('records pin cites, paragraph and page', () => {
    assert.deepEqual(
      cites.map((c) => [c.pin, c.paragraph, c.source.page, c.type]),
      [
        [null, 1, 1, 'neutral'],
        ['at [17]', 1, 1, 'law_report'],
        ['at [28]', 2, 2, 'neutral'],
      ],
    );
  });
  it('keeps the found text of a malformed citation', () => {
    assert.equal(cites[2]?.text, '[2014]EWHC 179(Admin)');
  });
});
