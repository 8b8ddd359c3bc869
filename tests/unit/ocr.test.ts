import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lacksTextLayer } from '../../ingest/ocr/scannedPages.js';
import { ocrPageFromTsv } from '../../ingest/ocr/tsv.js';
import { rejoinCourtTokens } from '../../ingest/ocr/citations.js';
import { correctOcrWords } from '../../ingest/ocr/vocabulary.js';

const HEADER = 'level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext';

/** A word row: block, paragraph, line, height, confidence, text (the box's other fields do not matter here). */
type W = [number, number, number, number, number, string];
function tsv(words: W[]): string {
  const rows = [HEADER, '1\t1\t0\t0\t0\t0\t0\t0\t1654\t2339\t-1\t'];
  words.forEach(([b, p, l, h, conf, text], i) => {
    rows.push(`4\t1\t${b}\t${p}\t${l}\t0\t0\t0\t100\t${h}\t-1\t`);
    rows.push(`5\t1\t${b}\t${p}\t${l}\t${i + 1}\t0\t0\t50\t${h}\t${conf}\t${text}`);
  });
  return rows.join('\n') + '\n';
}

describe('tesseract TSV to page text', () => {
  const cases: { name: string; words: W[]; text: string; confidence: number | null }[] = [
    {
      name: 'words of a line join with spaces, lines with a newline',
      words: [
        [1, 1, 1, 30, 90, 'Officer:'],
        [1, 1, 1, 30, 96, 'PC'],
        [1, 1, 2, 30, 84, 'Hearing'],
      ],
      text: 'Officer: PC\nHearing',
      confidence: 0.9,
    },
    {
      name: 'a new paragraph or block starts a new line, without a blank line, as in a text layer',
      words: [
        [1, 1, 1, 30, 80, 'Findings'],
        [1, 2, 1, 30, 80, 'The'],
        [2, 1, 1, 30, 80, 'Outcome'],
      ],
      text: 'Findings\nThe\nOutcome',
      confidence: 0.8,
    },
    {
      name: 'a small, unsure word is a speck and goes, with its confidence',
      words: [
        [1, 1, 1, 30, 90, 'panel'],
        [1, 1, 1, 6, 12, '.'],
        [1, 1, 1, 30, 90, 'found'],
      ],
      text: 'panel found',
      confidence: 0.9,
    },
    {
      name: 'small punctuation on its own goes even when read with confidence: a speck by a line',
      words: [
        [1, 1, 1, 30, 80, 'Defendant'],
        [1, 1, 1, 30, 80, 'Claimant'],
        [1, 1, 1, 8, 58, '«'],
      ],
      text: 'Defendant Claimant',
      confidence: 0.8,
    },
    {
      name: 'a printed dash read with confidence stays, small as it is: a date range needs it',
      words: [
        [1, 1, 1, 30, 90, 'hearing:'],
        [1, 1, 1, 30, 90, '17'],
        [1, 1, 1, 4, 92, '-'],
        [1, 1, 1, 30, 90, '21'],
      ],
      text: 'hearing: 17 - 21',
      confidence: 0.905,
    },
    {
      name: 'a small but confident word stays (a footnote number)',
      words: [
        [1, 1, 1, 30, 90, 'Discreditable'],
        [1, 1, 1, 30, 90, 'Conduct'],
        [1, 1, 1, 12, 87, '3'],
      ],
      text: 'Discreditable Conduct 3',
      confidence: 0.89,
    },
    {
      name: 'a full-height unsure word stays (a smudged word is still a word)',
      words: [
        [1, 1, 1, 30, 90, 'dismissed'],
        [1, 1, 1, 29, 31, 'witbout'],
      ],
      text: 'dismissed witbout',
      confidence: 0.605,
    },
    { name: 'a blank page has no text and no confidence', words: [], text: '', confidence: null },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const page = ocrPageFromTsv(tsv(c.words));
      assert.equal(page.text, c.text);
      assert.equal(page.confidence, c.confidence);
    });
  }

  it('keeps specks when asked, as the settings benchmark compares', () => {
    const page = ocrPageFromTsv(
      tsv([
        [1, 1, 1, 30, 90, 'panel'],
        [1, 1, 1, 6, 12, '.'],
      ]),
      { dropSpecks: false },
    );
    assert.equal(page.text, 'panel .');
  });

  it('skips rows that are not words, and words that are only white space', () => {
    const page = ocrPageFromTsv(`${HEADER}\n3\t1\t1\t1\t0\t0\t0\t0\t10\t10\t-1\t\n5\t1\t1\t1\t1\t1\t0\t0\t40\t30\t70\t[2026]\n5\t1\t1\t1\t1\t2\t0\t0\t40\t30\t70\t \n`);
    assert.equal(page.text, '[2026]');
    assert.equal(page.words, 1);
  });
});

describe('which pages need OCR', () => {
  const cases: [string, string, boolean][] = [
    ['an empty page', '', true],
    ['a stamped page number', 'Page 3 of 12', true],
    ['a file reference of digits and punctuation', 'AC-2026-000418 / 17.02.2026', true],
    ['a line of text', 'The panel found that the officer breached the Standards', false],
    ['Welsh text counts as letters', 'Ymchwiliad i ymddygiad swyddog yr heddlu', false],
  ];
  for (const [name, text, needs] of cases) {
    it(`${name}: ${needs ? 'OCR' : 'text layer'}`, () => assert.equal(lacksTextLayer({ num: 1, text }), needs));
  }
});

describe('one-letter misreadings of cue words', () => {
  const cases: [string, string][] = [
    ['The camplainant Mrs Smith', 'The complainant Mrs Smith'],
    ['amounting to gross misconduet', 'amounting to gross misconduct'],
    ['DISCREDITABLE CONDUGT', 'DISCREDITABLE CONDUCT'],
    ['Polce Constable', 'Police Constable'],
    ['dismissed withaut notice', 'dismissed without notice'],
    ['Canfidentiality', 'Confidentiality'],
    // Other forms of a word are not misreadings of it.
    ['two hearings and their decisions', 'two hearings and their decisions'],
    ['the officer breaches the Standards', 'the officer breaches the Standards'],
    ['the offices of the force', 'the offices of the force'],
    // Words far from every cue, and names, are left as read.
    ['Pengelly met Mrs Vantongeren', 'Pengelly met Mrs Vantongeren'],
    ['a boundary hedge', 'a boundary hedge'],
  ];
  for (const [read, corrected] of cases) it(`${read} -> ${corrected}`, () => assert.equal(correctOcrWords(read), corrected));
});

describe("a court's letters split by OCR", () => {
  const cases: [string, string][] = [
    ['Neutral Citation Number: [2026] E WHC 3391 (Admin)', 'Neutral Citation Number: [2026] EWHC 3391 (Admin)'],
    ['[2019] UK SC 41', '[2019] UKSC 41'],
    ['[ 2018 ] EW HC 77 (Admin)', '[ 2018 ] EWHC 77 (Admin)'],
    // Already whole, or not a court: left as read.
    ['[2021] EWCA Civ 1299', '[2021] EWCA Civ 1299'],
    ['[2020] A B 12', '[2020] A B 12'],
    ['in 2020 E WHC 3391', 'in 2020 E WHC 3391'],
  ];
  for (const [read, repaired] of cases) it(`${read} -> ${repaired}`, () => assert.equal(rejoinCourtTokens(read), repaired));
});
