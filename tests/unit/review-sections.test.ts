import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findParagraphs } from '../../ingest/extract/judgment/paragraphs.js';
import { documentLines } from '../../ingest/extract/review/lines.js';
import { findHeadings, sectionFacts } from '../../ingest/extract/review/sections.js';
import { DocText } from '../../ingest/text.js';

const doc = (...texts: string[]) => new DocText(texts.map((text, i) => ({ num: i + 1, text })));

function sections(d: DocText) {
  const paras = findParagraphs(d.text);
  return sectionFacts(d, findHeadings(documentLines(d), paras), paras).map((s) => [s.label, s.kind, s.title, s.paragraphs.join(' ')]);
}

describe('review sections', () => {
  const cases: { name: string; pages: string[]; want: (string | null)[][] }[] = [
    {
      name: 'chapter with a wrapped title, plain headings and a case study',
      pages: [
        'Chapter 4: Vetting, supervision and\nthe handling of complaints\nVetting\n4.1 Forces renewed vetting late.\n4.2 Checks were thin.\n' +
          'Case study 4A: a probationer\n4.3 The probationer was vetted once.\nSupervision\n4.4 Sergeants changed often.',
      ],
      want: [
        ['4', 'chapter', 'Vetting, supervision and the handling of complaints', '4.1 4.2 4.3 4.4'],
        [null, 'heading', 'Vetting', '4.1 4.2 4.3'],
        ['4A', 'case_study', 'a probationer', '4.3'],
        [null, 'heading', 'Supervision', '4.4'],
      ],
    },
    {
      name: 'part in capitals and a numbered section before its decimal paragraphs',
      pages: ['PART 2 – Findings\n3 Misconduct outcomes\n3.1 Most cases ended in advice.\n3.2 Few reached a hearing.'],
      want: [
        ['2', 'part', 'Findings', '3.1 3.2'],
        ['3', 'section', 'Misconduct outcomes', '3.1 3.2'],
      ],
    },
    {
      name: 'an annex whose title is on the next line',
      pages: ['Annex B\nMethodology\n1. We read 300 case files.\n2. We interviewed 40 officers.'],
      want: [['B', 'annex', 'Methodology', '1 2']],
    },
    {
      name: 'prose that opens a line with "Section 31" is not a heading',
      pages: ['1. The claim was brought under the Act.\nSection 31 of the Act allows the court to substitute a decision.\n2. The court did so.'],
      want: [],
    },
    {
      name: 'a running footer naming the chapter is page furniture, not a heading',
      pages: ['Report header\n5.1 First point.\n5.2 Second point.\nChapter 5 – page 1', 'Report header\n5.3 Third point.\nChapter 5 – page 2'],
      want: [],
    },
    {
      name: 'a table caption before a paragraph is not a heading',
      pages: ['2.1 The figures follow.\nTable 2.1: Complaints by year\n2.2 The trend is upward.'],
      want: [],
    },
  ];
  for (const c of cases) it(c.name, () => assert.deepEqual(sections(doc(...c.pages)), c.want));

  it('keeps the heading source: page, offsets and quote', () => {
    const d = doc('Intro line.\n1.1 One.', 'Chapter 2: Outcomes\n2.1 Two.\n2.2 Three.');
    const paras = findParagraphs(d.text);
    const [s] = sectionFacts(d, findHeadings(documentLines(d), paras), paras);
    assert.deepEqual(s?.source, { page: 2, start: 0, end: 19, quote: 'Chapter 2: Outcomes' });
  });
});
