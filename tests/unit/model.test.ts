import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DocModel } from '../../ingest/model/index.js';
import { DocText } from '../../ingest/text.js';

const model = (...pages: string[]) => new DocModel(new DocText(pages.map((text, i) => ({ num: i + 1, text }))));
const slice = (m: DocModel, s: { start: number; end: number }) => m.text.slice(s.start, s.end);

describe('document model: fields', () => {
  const cases: { text: string; expected: [string, string][] }[] = [
    {
      text: 'Outcome of a misconduct meeting\nRank: Sergeant\nDecision: misconduct found\n',
      expected: [
        ['rank', 'Sergeant'],
        ['decision', 'misconduct found'],
      ],
    },
    // A form's labels run to their values along dot leaders.
    {
      text: 'Subject ............ Former PS 1203 Ida Kerr\nHearing ............ 5 - 6 May 2031\n',
      expected: [
        ['subject', 'Former PS 1203 Ida Kerr'],
        ['hearing', '5 - 6 May 2031'],
      ],
    },
    // A label on its own line takes the next line as its value.
    {
      text: 'Type of proceedings:\nAccelerated hearing\nVenue: Force HQ\n',
      expected: [
        ['type of proceedings', 'Accelerated hearing'],
        ['venue', 'Force HQ'],
      ],
    },
    // A prose value the page wrapped at its width runs on until its sentence ends; a short value does not.
    {
      text: 'Subject: DC Imre Voss\nConduct: Between March and May 2030 DC Voss accessed the crime system repeatedly to\nread reports about his neighbour, which was contrary to the standard on\nConfidentiality.\nFinding: Proven\nThe panel sat in Taunton\n',
      expected: [
        ['subject', 'DC Imre Voss'],
        [
          'conduct',
          'Between March and May 2030 DC Voss accessed the crime system repeatedly to read reports about his neighbour, which was contrary to the standard on Confidentiality.',
        ],
        ['finding', 'Proven'],
      ],
    },
    // A known label written without a colon.
    {
      text: 'Allegation 1\nFindings Not proven\nSanction Management advice\n',
      expected: [
        ['findings', 'Not proven'],
        ['sanction', 'Management advice'],
      ],
    },
    // A two-column table without a header is a list of fields.
    {
      text: 'Subject | Detective Constable R. Amberley\nFinding | Misconduct proven\n',
      expected: [
        ['subject', 'Detective Constable R. Amberley'],
        ['finding', 'Misconduct proven'],
      ],
    },
    // A list label above one Standard a line; the list ends at the next label.
    {
      text: 'Standards found to have been breached\nConfidentiality\nOrders and Instructions\nFinding\nGross misconduct\n',
      expected: [
        ['standards found to have been breached', 'Confidentiality; Orders and Instructions'],
        ['finding', 'Gross misconduct'],
      ],
    },
    // A date label written with "(s)", and the conduct's date as a label.
    {
      text: 'Date(s) of hearing\n8 and 9 May 2025\nDate of misconduct\n2 January 2024\n',
      expected: [
        ['date(s) of hearing', '8 and 9 May 2025'],
        ['date of misconduct', '2 January 2024'],
      ],
    },
    // A sentence leading into a list is no field, however it ends.
    { text: 'The panel considered that the officer had breached the following standards:\nUse of Force\n', expected: [] },
  ];
  for (const c of cases) {
    it(c.text.split('\n')[0]!, () =>
      assert.deepEqual(
        model(c.text).fields.map((f) => [f.label, f.value]),
        c.expected,
      ),
    );
  }
  it("keeps the value's offsets in the document text", () => {
    const m = model('Heading line\nResult: reflective practice\n');
    const f = m.fields[0]!;
    assert.equal(m.text.slice(f.valueStart, f.end), 'reflective practice');
  });
});

describe('document model: tables', () => {
  it('reads a header and its rows, with cells under their columns', () => {
    const m = model('Name | Rank | Breach | Result\nOkafor | PS | Confidentiality | Not proven\nLindqvist | DC | Use of Force | Misconduct\n');
    const t = m.tables[0]!;
    assert.deepEqual(t.header, ['Name', 'Rank', 'Breach', 'Result']);
    assert.deepEqual(
      t.rows.map((r) => r.cells.map((c) => c.text)),
      [
        ['Okafor', 'PS', 'Confidentiality', 'Not proven'],
        ['Lindqvist', 'DC', 'Use of Force', 'Misconduct'],
      ],
    );
  });
  it('joins a header and rows wrapped over two lines back into one', () => {
    const m = model(
      'Rank | Year | Standard breached |\nFinding | Sanction |\nSergeant | 2016 | Orders and\ninstructions | Misconduct | Written warning |\nConstable | 2016 | Confidentiality |\nNot proven | None |\n',
    );
    const t = m.tables[0]!;
    assert.deepEqual(t.header, ['Rank', 'Year', 'Standard breached', 'Finding', 'Sanction']);
    assert.deepEqual(
      t.rows.map((r) => r.cells.map((c) => c.text)),
      [
        ['Sergeant', '2016', 'Orders and instructions', 'Misconduct', 'Written warning'],
        ['Constable', '2016', 'Confidentiality', 'Not proven', 'None'],
      ],
    );
  });
});

describe('document model: tables wrapped by the page', () => {
  it('joins a two-column value wrapped onto lines that open with a bar, and a stray word between them', () => {
    const m = model(
      'Item | Detail\nConduct | In March 2025 the constable shouted at a shop\nworker\n| and pushed him out of the doorway of the\n| shop on the high street.\nFinding | Gross misconduct\n',
    );
    assert.deepEqual(
      m.tables[0]!.rows.map((r) => r.cells.map((c) => c.text)),
      [
        ['Item', 'Detail'],
        ['Conduct', 'In March 2025 the constable shouted at a shop worker and pushed him out of the doorway of the shop on the high street.'],
        ['Finding', 'Gross misconduct'],
      ],
    );
  });
  const cases: { name: string; text: string; header: string[]; rows: string[][] }[] = [
    {
      name: 'a cell broken off mid-phrase continues on the next line',
      text: 'Sanction | Date heard | Standard | Officer\nFinal written warning | 3/3/2024 | Equality and\nDiversity | PS 41 Mei Varga\nReflective practice | 9/4/2024 | Confidentiality | DC 7 Ivo Rusk\n',
      header: ['Sanction', 'Date heard', 'Standard', 'Officer'],
      rows: [
        ['Final written warning', '3/3/2024', 'Equality and Diversity', 'PS 41 Mei Varga'],
        ['Reflective practice', '9/4/2024', 'Confidentiality', 'DC 7 Ivo Rusk'],
      ],
    },
    {
      name: 'a last cell alone on its line between two rows, after a row that ends in a bar by chance',
      text: 'Outcome | Officer | Proceedings\nWritten warning | PC 88 Ola Brandt |\nMisconduct meeting\nNo further action | PS 90 Kit Marr | Misconduct hearing\n',
      header: ['Outcome', 'Officer', 'Proceedings'],
      rows: [
        ['Written warning', 'PC 88 Ola Brandt', 'Misconduct meeting'],
        ['No further action', 'PS 90 Kit Marr', 'Misconduct hearing'],
      ],
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const t = model(c.text).tables[0]!;
      assert.deepEqual(t.header, c.header);
      assert.deepEqual(
        t.rows.map((r) => r.cells.map((x) => x.text)),
        c.rows,
      );
    });
  }
});

describe('document model: blocks, numbered paragraphs and headings', () => {
  it('splits numbered paragraphs and lettered items, and knows a heading', () => {
    const m = model(
      'Particulars\n1. On a date in spring the constable drove a marked car home.\n2. He then used it for a private trip\nacross the county.\n(a) first limb;\n(b) second limb.\n',
    );
    assert.deepEqual(
      m.blocks.map((b) => [b.number, b.heading]),
      [
        [null, true],
        ['1', false],
        ['2', false],
        ['a', false],
        ['b', false],
      ],
    );
    assert.equal(slice(m, m.blocks[2]!), '2. He then used it for a private trip\nacross the county.');
  });
  it('reads page furniture between two paragraphs as no heading', () => {
    const m = model(
      'Charge two\nThe constable kept a seized phone in his locker for a month.\n\nOFFICIAL - SENSITIVE\nPage 3 of 7\n\nThe chair found the charge proven.\n',
    );
    assert.deepEqual(
      m.blocks.filter((b) => b.heading).map((b) => slice(m, b)),
      ['Charge two'],
    );
  });
  it('keeps a field whose prose wraps at full width in one block, and ends a short field at its line', () => {
    const m = model(
      'Officer: Sergeant Wynn Tallis\nDecision: Having read the statements, the chair concluded that the sergeant\nhad acted in breach of the Standard and that it was misconduct.\nThe hearing closed at noon and everyone left the building together.\n',
    );
    assert.deepEqual(
      m.blocks.map((b) => slice(m, b)),
      [
        'Officer: Sergeant Wynn Tallis',
        'Decision: Having read the statements, the chair concluded that the sergeant\nhad acted in breach of the Standard and that it was misconduct.',
        'The hearing closed at noon and everyone left the building together.',
      ],
    );
  });
});

describe('document model: sentences', () => {
  const cases: { text: string; expected: number }[] = [
    { text: 'The panel sat for two days. It found the case proven.\n', expected: 2 },
    // Legal abbreviations never end a sentence.
    { text: 'See R v Barnes at para. 12 and No. 4 of the list. The chair agreed.\n', expected: 2 },
    { text: 'The statement of Det. Supt Harrow was read. Mr. Ives gave evidence.\n', expected: 2 },
    { text: 'The hearing began at 10.30 on the first day. It ended at noon.\n', expected: 2 },
  ];
  for (const c of cases) it(c.text.trim(), () => assert.equal(model(c.text).sentences.length, c.expected));
  it('gives each sentence exact offsets across a line break', () => {
    const m = model('The officer was on duty when the call\ncame in. Nobody answered.\n');
    assert.deepEqual(
      m.sentences.map((s) => slice(m, s)),
      ['The officer was on duty when the call\ncame in.', 'Nobody answered.'],
    );
    assert.equal(m.sentenceAt(m.text.indexOf('Nobody'))?.start, m.text.indexOf('Nobody'));
  });
});

describe('document model: multi-case pages', () => {
  it('splits a listing into one section per case heading', () => {
    const m = model(
      'Recent hearing results\n3 May 2022 - PC Imogen Treadwell\nThe constable misused a police database.\nFinding: misconduct.\n14 April 2022 - Former DS Rafe Corbin\nThe former sergeant failed to disclose a conviction.\n',
    );
    assert.deepEqual(
      m.sections.map((s) => s.heading),
      [null, '3 May 2022 - PC Imogen Treadwell', '14 April 2022 - Former DS Rafe Corbin'],
    );
    const second = m.sectionAt(m.text.indexOf('failed to disclose'));
    assert.equal(second.heading, '14 April 2022 - Former DS Rafe Corbin');
  });
  it('splits cases headed by a full rank title: a PCSO, a superintendent, a special sergeant', () => {
    const m = model(
      'Hearings this month\nThree officers will face misconduct hearings in public at the force headquarters over the coming weeks.\n\nPolice Community Support Officer Ines Marbury\nDate: 3 May 2026\nIt is alleged that she lied.\n\nChief Superintendent Colm Arden\nDate: 9 May 2026\nIt is alleged that he bullied staff.\n\nSpecial Sergeant Ruth Okafor-Bell\nDate: 12 May 2026\nIt is alleged that she drove unsafely.\n',
    );
    assert.deepEqual(
      m.sections.map((s) => s.heading),
      [null, 'Police Community Support Officer Ines Marbury', 'Chief Superintendent Colm Arden', 'Special Sergeant Ruth Okafor-Bell'],
    );
  });
  it('leaves a page about one case whole', () => {
    const m = model('Outcome for PC Nell Varga\nThe constable was given a written warning.\n');
    assert.equal(m.sections.length, 1);
  });
  it('splits an archive whose cases each open with the same field naming an officer', () => {
    const m = model(
      'Results archive\nCase: Police Constable Hana Brill\nDate: 2 March 2026\nSanction: Written warning\nShe missed two court dates.\nCase: Former Special Sergeant Otto Fenn\nDate: 9 March 2026\nSanction: Would have been dismissed\nHe lied about a crash.\n',
    );
    assert.deepEqual(
      m.sections.map((s) => s.heading),
      [null, 'Case: Police Constable Hana Brill', 'Case: Former Special Sergeant Otto Fenn'],
    );
  });
  it('does not split on a single field naming an officer', () => {
    const m = model('Meeting record\nOfficer: Police Sergeant Lina Voss\nPS Voss was given a written warning.\n');
    assert.equal(m.sections.length, 1);
  });
});
