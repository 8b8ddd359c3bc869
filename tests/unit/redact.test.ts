import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formsOf } from '../../ingest/redact/forms.js';
import { redactDocument } from '../../ingest/redact/index.js';
import { isCommonWord, isGivenName } from '../../ingest/redact/lexicon.js';
import { findNameMentions } from '../../ingest/redact/names.js';
import { publicRoleOf } from '../../ingest/redact/roles.js';
import { ANY_PSEUDONYM, formHash, pseudonymCode } from '../../ingest/redact/pseudonyms.js';
import { viewText } from '../../src/server/privateView.js';

/** The redacted text of one page, and whether each word is gone or kept. */
function redact(text: string, title: string | null = null, known = new Map<string, string>()) {
  const r = redactDocument([{ num: 1, text }], title, 'unit-key', known);
  return { text: r.pages[0]!.text, title: r.title, redacted: r.redacted };
}
const hasWord = (text: string, w: string) => new RegExp(`(?<![\\p{L}])${w}(?![\\p{L}])`, 'u').test(text);

describe('lexicon', () => {
  const cases: [string, { given: boolean; common: boolean }][] = [
    ['Grace', { given: true, common: true }],
    ['Wojciech', { given: true, common: false }],
    ['Siobhan', { given: true, common: false }],
    ['Health', { given: false, common: true }],
    ['Standards', { given: false, common: true }],
    ['Okonkwo', { given: false, common: false }],
    ['Police', { given: false, common: true }],
  ];
  for (const [word, want] of cases) {
    it(`${word}: given name ${want.given}, English word ${want.common}`, () => {
      assert.equal(isGivenName(word), want.given);
      assert.equal(isCommonWord(word), want.common);
    });
  }
});

describe('names found', () => {
  const cases: { text: string; names: string[] }[] = [
    { text: 'a statement from Mrs Amara Okonkwo, a victim', names: ['Amara Okonkwo'] },
    { text: 'MR TADEUSZ WIŚNIEWSKI gave evidence', names: ['TADEUSZ WIŚNIEWSKI'] },
    { text: 'Grace Pemberley-Hunt said', names: ['Grace Pemberley-Hunt'] },
    { text: 'Kwabena Mensah and Nuala Ní Dhomhnaill were present', names: ['Kwabena Mensah', 'Nuala Ní Dhomhnaill'] },
    { text: 'the hearing at Chester Crown Court on Hope Street', names: [] },
    // A district named like a person, before a policing place noun, is the place.
    { text: 'booked into the Carlton Vale custody suite by a sergeant', names: [] },
    { text: 'posted to the Ashby Marsh Local Policing Area in 2023', names: [] },
    { text: 'the officers from Louis Grange station attended', names: [] },
    // A unit's name the page wrapped before its institution word is a place too.
    { text: 'she joined the Harwich Community Safety\nUnit, working nights', names: [] },
    { text: 'the call came from Tamsin Orrell\nwho lived nearby', names: ['Tamsin Orrell'] },
    // A lower-case word that is not a place noun leaves the name a name.
    { text: 'she told Grace Wendover police were on their way', names: ['Grace Wendover'] },
    { text: 'The Occupational Health adviser and the Professional Standards Department', names: [] },
    { text: 'a member of the Southampton CID team', names: [] },
    { text: 'Ms Funmilayo\nAdekunle-Price (independent member)', names: ['Funmilayo Adekunle-Price'] },
    { text: 'a letter from Mrs A. Okonkwo and Mr J R Kowalski', names: ['Okonkwo', 'Kowalski'] },
    { text: 'Ms A complained and Mr B. The panel', names: [] },
    { text: 'Witness: Okonkwo\nVictim: Mrs Hope Wood\nName: PC Ewan Strachan', names: ['Okonkwo', 'Hope Wood', 'Ewan Strachan'] },
    { text: 'Name: Special Constable Ewan Strachan\nName: Detective Inspector Mair Pugh', names: ['Ewan Strachan', 'Mair Pugh'] },
    { text: 'Heddlu Gogledd Cymru\nHeddlu De Cymru - South Wales Police', names: [] },
    { text: 'He said Aled Pryce-Morgan spoke', names: ['Aled Pryce-Morgan'] },
  ];
  for (const c of cases) {
    it(c.text.replace(/\n/g, ' '), () => {
      assert.deepEqual(
        findNameMentions(c.text).map((m) => m.words.join(' ')),
        c.names,
      );
    });
  }
});

describe('roles', () => {
  const cases: { text: string; role: string | null }[] = [
    { text: 'PC 4410 Darren Pilkington attended', role: 'officer' },
    { text: 'former Detective Sergeant Ama Boateng resigned', role: 'officer' },
    { text: 'Mr Dermot Kealy, who was then a serving police officer, resigned', role: 'officer' },
    { text: 'Appellant: Nils Ashcombe (formerly Detective Constable 2209, Kent Police)', role: 'officer' },
    { text: 'Respondent: Maud Trevine (Police Sergeant)', role: 'officer' },
    { text: 'Ms Philippa Strand, Legally Qualified Chair', role: 'official' },
    { text: 'chaired by Mr Aurelio Fenwick.', role: 'official' },
    { text: 'Mr Tariq Sadiq (independent member)', role: 'official' },
    { text: 'Mr Aled Pryce KC (instructed by Kemp Legal) for the Appellant', role: 'official' },
    { text: 'Mrs Justice Hallworth dismissed the claim', role: 'judge' },
    { text: 'Sir Anthony Pembridge MR agreed', role: 'judge' },
    { text: 'Ms Harriet Gale appeared for the Respondent', role: 'official' },
    { text: 'Lord Justice Pemberton agreed', role: 'judge' },
    { text: 'Samira Bukhari, IOPC Regional Director, said', role: 'official' },
    { text: 'on the application of\nDERMOT KEALY\nClaimant\n- and -\nCHIEF CONSTABLE\n1. The claimant, a former police constable, appeals.', role: 'officer' },
    { text: 'on the application of\nAMARA OKONKWO\nClaimant\n1. The claimant was the complainant.', role: null },
    { text: 'DERMOT KEALY\nClaimant\n1. In 2019 the Claimant, who was then a police constable, was dismissed.', role: 'officer' },
    { text: 'a statement from Mrs Amara Okonkwo, a victim of a burglary', role: null },
    { text: 'the home of Kwabena Mensah was searched', role: null },
    { text: 'Name: Ewan Strachan\nRank: Police Constable', role: 'officer' },
    { text: 'Officer concerned: Ewan Strachan', role: 'official' },
    { text: 'Chairperson: Mr. Karim Hussain QURESHI, Legally Qualified Chairperson', role: 'official' },
    { text: 'Review led by Professor Dame Alison Wetherburn DBE', role: 'official' },
    { text: 'Martin Copleston, Head of the Professional Standards Department, said', role: 'official' },
    { text: 'Witness: Ewan Strachan\nAddress: withheld', role: null },
    { text: 'Mr Ewan Strachan, police staff (call handler), was present', role: 'officer' },
    { text: 'Mrs Nerys Pugh, member of police staff, attended', role: 'officer' },
    { text: 'Ewan Strachan, who retired in 2024, was a detective sergeant', role: 'officer' },
    { text: 'Ewan Strachan, who lives nearby, was a witness', role: null },
    { text: 'Ewan Strachan, who left the force in 2023, was driving', role: 'officer' },
    { text: 'A custody sergeant has been demoted after a hearing. Corin Maddox, 41, admitted misconduct in June.', role: 'officer' },
    { text: 'A traffic officer has been sacked over a crash. Corin Maddox, 52, whose van was hit, said the hearing was fair.', role: null },
    {
      text: 'A former constable who resigned last year would have been dismissed, a panel found. Corin Maddox, who worked on the Swindon Child Protection Team, was the officer in the case.',
      role: 'officer',
    },
    // ... but a person who worked elsewhere and met the officer is not the lead's officer.
    {
      text: 'A former constable would have been dismissed after a relationship with a vulnerable woman. Corin Maddox, who worked in a care home, met him in 2029.',
      role: null,
    },
    // A witness listed above a former officer's own line keeps no rank of his.
    { text: 'Witnesses:\nMrs Corin Maddox\nFormer DC 2093 Ben Hall', role: null },
    { text: 'A traffic officer has been arrested in the town. Corin Maddox, 41, appeared at a misconduct hearing.', role: null },
  ];
  for (const c of cases) {
    it(c.text, () => {
      const m = findNameMentions(c.text)[0];
      assert.ok(m, 'a name is found');
      assert.equal(publicRoleOf(c.text, m), c.role);
    });
  }
});

describe('forms', () => {
  it('full name, each word, first-and-last and hyphenated parts', () => {
    assert.deepEqual(
      formsOf(['Chidinma', 'Ada', 'Eze-Okafor']).sort(),
      ['Ada', 'Chidinma', 'Chidinma Ada Eze-Okafor', 'Chidinma Eze-Okafor', 'Eze', 'Eze-Okafor', 'Okafor'].sort(),
    );
  });
});

describe('redactDocument', () => {
  const cases: { name: string; text: string; title?: string; gone: string[]; kept: string[] }[] = [
    {
      name: 'every form of a victim: full, title + surname, first name alone, possessive',
      text: "PC Ewan Strachan took a statement from Mrs Amara Okonkwo, a victim of a burglary. Mrs Okonkwo reported the contact. Amara said so. Okonkwo's car was damaged.",
      gone: ['Amara', 'Okonkwo'],
      kept: ['PC Ewan Strachan'],
    },
    {
      name: 'names in a heading, a table and a running header',
      text: 'STATEMENT OF AMARA OKONKWO\nWitness            Relationship\nTadeusz Wiśniewski        neighbour\nHearing 4 - Amara Okonkwo - page 1',
      gone: ['AMARA', 'OKONKWO', 'Amara', 'Okonkwo', 'Tadeusz', 'Wiśniewski'],
      kept: ['Relationship', 'neighbour'],
    },
    {
      name: 'a relative or partner named by first name only, then written alone',
      text: "Sgt Corinne Abernethy detained her neighbour's daughter, Tegan, at the station. Tegan later wrote to the force. The complainant's partner Marcus was not spoken to; Marcus said so too.",
      gone: ['Tegan', 'Marcus'],
      kept: ['Sgt Corinne Abernethy', 'wrote to the force'],
    },
    {
      name: 'a person introduced as "called" or "named" by first name only',
      text: 'A teenager called Declan ran from the van. PC Ola Baptiste chased Declan for a mile. His aunt called Humberside Police, and the force called Grimsby CID.',
      gone: ['Declan'],
      kept: ['PC Ola Baptiste', 'Humberside Police', 'Grimsby CID'],
    },
    {
      name: 'hyphenated surname part used alone',
      text: 'Ms Chidinma Eze-Okafor complained. Later Ms Okafor and Eze spoke.',
      gone: ['Chidinma', 'Eze', 'Okafor'],
      kept: ['complained'],
    },
    {
      name: 'names that are words or places: context decides',
      text: 'Mrs Ivy Rose of Bath met Mr Chester Wood at Chester Crown Court. A rose grew in the wood. Rose said so.',
      gone: ['Ivy', 'Rose', 'Wood'],
      kept: ['A rose grew in the wood', 'Crown Court'],
    },
    {
      name: 'a district named like a person, before a railway station or a town centre, is a place',
      text: 'Mr Ivo Dane was stopped at Stanley Grange railway station and later seen in Ashley Barton town centre. Officers of the Stanley Grange Response Team attended.',
      gone: ['Ivo', 'Dane'],
      kept: ['Stanley Grange railway station', 'Ashley Barton town centre', 'Stanley Grange Response Team'],
    },
    {
      name: 'a Welsh-first page: the officer after a Welsh rank and the page words stay, a private person goes',
      text: 'Canlyniad Gwrandawiad Camymddwyn: Ditectif Gwnstabl 2231 Elis Wyn Parry\nRoedd y Ditectif Gwnstabl Parry yn aelod o Dîm Plismona Canol Abertawe. Cwynodd Mrs Nia Hafod.',
      gone: ['Nia', 'Hafod'],
      kept: ['Canlyniad Gwrandawiad Camymddwyn', 'Elis Wyn Parry', 'Ditectif Gwnstabl Parry', 'Canol Abertawe'],
    },
    {
      name: 'a private double-barrelled surname the page wrapped after its hyphen goes whole, in capitals or not',
      text: 'COMPLAINANT: MS ODILE FENWICK-\nASHAOLU\nPC Hale pushed Mrs Tove Harcourt-\nBeaumont into a wall and she complained.',
      gone: ['ODILE', 'FENWICK', 'ASHAOLU', 'Tove', 'Harcourt', 'Beaumont'],
      kept: ['PC Hale'],
    },
    {
      name: "a notice's addressee with a former rank on the next line stays; the person the notice says he failed goes",
      text: 'TO: Mr Rufus Abernathy-Lowe\nformerly Detective Sergeant 2093, Gwent Police\nYou failed to support Mrs Orla Kinsella when she reported the theft.',
      gone: ['Orla', 'Kinsella'],
      kept: ['Rufus Abernathy-Lowe'],
    },
    {
      name: 'a surname in capitals after Mc: the complainant goes whole, the officer who is a party stays whole',
      text: 'COMPLAINANT: MRS ELSA McGRATH\nPC 5512 DARYL McKEOWN\nInterested Party\nPC McKeown arrested the complainant, Mrs McGrath.',
      gone: ['ELSA', 'McGRATH', 'McGrath'],
      kept: ['DARYL McKEOWN', 'PC McKeown'],
    },
    {
      name: 'a run opening with a town is a place; one opening with a given name stays a possible person',
      text: 'Venue: Force Headquarters, Wootton Hall, Northampton\nPC Ada Lunt met Mr Okoro Baines at Wellingborough Road. Later Beverley Grange was searched.',
      gone: ['Okoro', 'Baines', 'Beverley', 'Grange'],
      kept: ['Wootton Hall', 'Wellingborough Road', 'PC Ada Lunt'],
    },
    {
      name: "a field line's proceeding word is not the end of a name on the line above",
      text: 'Misconduct Meeting - Summary\nBase: Riverside Hub, Okoro Baines\nMeeting held: Monday the 3rd of May 2027\nMr Okoro Baines complained that PC Ada Lunt ignored him.',
      gone: ['Okoro', 'Baines'],
      kept: ['Misconduct Meeting', 'Meeting held', 'PC Ada Lunt'],
    },
    {
      name: 'public people named by their place on the page: a byline, counsel, a legally qualified person, staff in a form, a party holding a rank',
      text:
        'By Wilf Ashcombe-Daly, Courts Correspondent\n' +
        'Name: Rosalind Epworth\nRole: Custody Detention Officer (police staff)\n' +
        'Mr K. Thornbury of counsel for the Appellant. The hearing was chaired by a legally qualified person, Ms Gwenllian Ashby-Rhodes.\n' +
        'The interested party, Idris Vantongeren, holds the rank of police sergeant. Ms Maude Fairweather-Quine complained about him.\n' +
        'Tîm Ymateb Bae Colwyn.',
      gone: ['Maude', 'Fairweather-Quine'],
      kept: ['Wilf Ashcombe-Daly', 'Rosalind Epworth', 'Thornbury', 'Gwenllian Ashby-Rhodes', 'Idris Vantongeren', 'Tîm Ymateb Bae Colwyn'],
    },
    {
      name: 'a team named after its district and function is no person',
      text: 'PC Ada Lunt was attached to the Tarnwick Response team (Solihull). Mr Okoro Baines complained.',
      gone: ['Okoro', 'Baines'],
      kept: ['Tarnwick Response team', 'PC Ada Lunt'],
    },
    {
      name: 'staff and an officer in a two-column table keep their names; a complainant row does not',
      text: 'Item | Detail\nName | Mrs Philippa Grange-Oduya\nRole | Police Staff - Call Handler\nOfficer | Tobias Wren-Hallam\nRank | Police Constable\nComplainant | Mr Osric Pellow\n',
      gone: ['Osric', 'Pellow'],
      kept: ['Philippa Grange-Oduya', 'Tobias Wren-Hallam'],
    },
    {
      name: "a name under a table's officer column beside a rank cell is an officer's; a complainant's cell beside an officer's rank is not",
      text:
        'Ref | Name | Rank | Result\n7 | Corwin Abelard-Nye | Former DS | Dismissed\nRank | Officer | Type\nSgt | Hester Quillon | Meeting\n' +
        'Officer | Rank | Complainant | Date\nRollo Vantry | PC | Tamsin Brede | May\nComplainant | Officer rank | Outcome\nOsgar Penlow | Sergeant | Upheld\n',
      gone: ['Tamsin', 'Brede', 'Osgar', 'Penlow'],
      kept: ['Corwin Abelard-Nye', 'Hester Quillon', 'Rollo Vantry'],
    },
    {
      name: 'a special constable written "SC" or "SPC" keeps the name; the Supreme Court\'s "UKSC" is no rank',
      text: 'Former SC Ruaridh Penwarden and SPC Idony Flack were named. See [2031] UKSC Wilmot Harcastle, who complained.',
      gone: ['Wilmot', 'Harcastle'],
      kept: ['Ruaridh Penwarden', 'Idony Flack'],
    },
    {
      name: 'an officer sharing a surname with the victim keeps it',
      text: 'Mrs Amara Pilkington complained about PC 4410 Darren Pilkington. PC Pilkington denied it.',
      gone: ['Amara'],
      kept: ['PC 4410 Darren Pilkington', 'PC Pilkington'],
    },
    {
      name: 'an officer named by honorific in apposition to "a <rank>", or after a possessive rank, stays; private people beside them go',
      text: "The claim is brought by a probationary police constable, Mr Ivo Thrale, whose witness, Mrs Edda Kinsale, gave evidence. Lancashire Police's Chief Superintendent, Orla Penhaligon, spoke for the force.",
      gone: ['Edda', 'Kinsale'],
      kept: ['Mr Ivo Thrale', 'Orla Penhaligon'],
    },
    {
      name: 'the metadata title',
      text: 'The complainant, Mrs Amara Okonkwo, reported PC Ewan Strachan.',
      title: 'Outcome - complaint by Amara Okonkwo',
      gone: ['Amara', 'Okonkwo'],
      kept: ['PC Ewan Strachan'],
    },
    {
      name: 'judges, chairs and counsel stay',
      text: 'Before: Lord Justice Pemberton. Mr Aled Pryce KC for the Appellant. Panel: Ms Philippa Strand, Legally Qualified Chair. Fordham J agreed.',
      gone: [],
      kept: ['Pemberton', 'Aled Pryce', 'Philippa Strand', 'Fordham J'],
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const r = redact(c.text, c.title ?? null);
      const all = `${r.text}\n${r.title ?? ''}`;
      for (const g of c.gone) assert.ok(!hasWord(all, g), `"${g}" still in: ${all}`);
      for (const k of c.kept) assert.ok(r.text.includes(k), `"${k}" lost from: ${r.text}`);
      if (c.gone.length) assert.match(all, ANY_PSEUDONYM);
    });
  }

  it('a complainant by trigger phrase gets the complainant prefix, anyone else "Person"', () => {
    const r = redact('The complainant, Mrs Amara Okonkwo, saw Tadeusz Wiśniewski.');
    assert.match(r.text, /Complainant [A-Z2-7]{6}, saw Person [A-Z2-7]{6}/);
  });

  it('one code per person, whatever the role, stable across documents', () => {
    const a = redact('The complainant, Mrs Amara Okonkwo, complained.').text;
    const b = redact('Amara Okonkwo was a witness.').text;
    const code = pseudonymCode('unit-key', 'Amara Okonkwo');
    assert.ok(a.includes(code) && b.includes(code), `${a} / ${b}`);
  });

  const introduced: [string, string][] = [
    ['Her 15-year-old son, Rowan, was held for six hours.', 'Rowan'],
    ['His ex-partner Saoirse reported the messages.', 'Saoirse'],
    ['My son Caspian was the one arrested.', 'Caspian'],
    ['Lachlan, her son, was handcuffed on the drive.', 'Lachlan'],
    ['The complaint came from her daughter,\nPerdita, who filmed the arrest.', 'Perdita'],
    ['A friend, Oisin, drove her home afterwards.', 'Oisin'],
  ];
  for (const [text, name] of introduced) {
    it(`a first name introduced as a relation goes: ${text.slice(0, 40)}`, () => {
      const r = redact(`${text} After that, ${name} spoke to the inspector.`);
      assert.ok(!hasWord(r.text, name), r.text);
    });
  }

  it("a first name that is also an officer's surname goes where it is the relative's, and the officer stays", () => {
    const r = redact('Her son, Lewis, was stopped by DC Mark Lewis. Lewis was then searched.');
    assert.ok(r.text.includes('DC Mark Lewis'), r.text);
    assert.ok(!/son, Lewis|Lewis was then/.test(r.text), r.text);
  });

  it("a first name's pseudonym belongs to its document: two documents' Kyle are two people", () => {
    const a = redact('Her son, Kyle, complained about PC Ann Roe.').text;
    const b = redact('His brother, Kyle, gave evidence about PC Ann Roe at the hearing.').text;
    const code = (t: string) => ANY_PSEUDONYM.exec(t)?.[2];
    assert.ok(code(a) && code(b) && code(a) !== code(b), `${a} / ${b}`);
  });

  it('a first name given alone is redacted here but not looked for in other documents', () => {
    const r = redact('Her brother, Joel, was searched in the street by PC Ines Albarran.');
    assert.ok(!hasWord(r.text, 'Joel'), r.text);
    assert.ok(!r.redacted.some((f) => f.hash === formHash('unit-key', 'Joel')), 'no cross-document hash for a first name');
  });

  it('a name redacted earlier is redacted later from its keyed hash alone, with the same pseudonym', () => {
    const first = redact('The complainant, Mrs Amara Okonkwo, complained.');
    const known = new Map(first.redacted.map((f) => [f.hash, f.pseudonym]));
    assert.ok(!first.redacted.some((f) => f.hash.includes('Okonkwo')), 'hashes, not names');
    const later = redact("OKONKWO called again; Okonkwo's neighbour agreed.", null, known);
    assert.ok(!hasWord(later.text, 'OKONKWO') && !hasWord(later.text, 'Okonkwo'), later.text);
    assert.ok(later.text.includes(first.redacted[0]!.pseudonym), later.text);
    assert.equal(formHash('unit-key', 'okonkwo'), formHash('unit-key', 'OKONKWO'));
  });
});

describe('privateView', () => {
  const cases: { text: string; reader: string }[] = [
    { text: 'Complainant K7QX2M reported it.', reader: '[complainant] reported it.' },
    { text: 'a statement from Person ABCDEF.', reader: 'a statement from [member of the public].' },
    { text: 'by <mark>Complainant</mark> K7QX2M', reader: 'by [complainant]' },
    { text: 'Person <mark>ABC234</mark> said', reader: '[member of the public] said' },
    { text: 'Complainant 1 and Person A', reader: 'Complainant 1 and Person A' },
  ];
  for (const c of cases) {
    it(c.text, () => {
      assert.equal(viewText(c.text, 'reader'), c.reader);
      assert.equal(viewText(c.text, 'investigator'), c.text);
      assert.equal(viewText(c.text, 'operator'), c.text);
    });
  }
});
