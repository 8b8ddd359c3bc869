import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractOfficers } from '../../ingest/extract/officers.js';
import { extractOutcomes } from '../../ingest/extract/outcomes.js';
import { DocText } from '../../ingest/text.js';
import type { DocumentKind } from '../../src/domain/vocabulary.js';

describe('extractOutcomes', () => {
  const cases: { text: string; kind: DocumentKind; expected: string[] }[] = [
    // A chair's quotation closes after its full stop; the listing after it is a sentence of its own.
    {
      text: 'Sgt Iona Peverell was dismissed without notice. The chair said: "Nothing short of dismissal would do."\nThe College of Policing will be told so that Sgt Peverell is included on the barred list.',
      kind: 'hearing_outcome',
      expected: ['dismissed_without_notice', 'barred_list'],
    },
    // A name that "will appear on" the list is listed.
    {
      text: 'DC Rollo Fenn was dismissed without notice. The force will write to the College of Policing, and his name will appear on the barred list.',
      kind: 'hearing_outcome',
      expected: ['dismissed_without_notice', 'barred_list'],
    },
    // Square bullets are no tick boxes: a list of the outcomes available states none of them.
    {
      text: 'PC Ross Elwin was given a final written warning. The outcomes the panel had to choose from were:\n■ Management advice\n■ Written warning',
      kind: 'hearing_outcome',
      expected: ['final_written_warning'],
    },
    // The outcomes a panel could choose from are not the one it gave.
    {
      text: 'PC Ross Elwin attended.\nOutcome\n19. Having found misconduct, the outcomes open to us were management advice, a written\n    warning or a final written warning. The representative invited us to impose a written\n    warning.\n20. The decision is that PC Elwin is given a final written warning.',
      kind: 'hearing_outcome',
      expected: ['final_written_warning'],
    },
    // A former officer found to have committed misconduct only: the one outcome available for a former officer was not open.
    {
      text: 'Former PS Hal Corrin attended. The panel found misconduct, not gross misconduct. For a former officer the only outcome available was a finding that he would have been dismissed, which the panel could not make.',
      kind: 'hearing_outcome',
      expected: [],
    },
    // An unnamed officer opens the sentence; the named one is only in its relative clause.
    {
      text: 'PC Oren Tilsley was dismissed without notice. A sergeant who supervised PC Tilsley that night was dealt with separately and was given management advice.',
      kind: 'hearing_outcome',
      expected: ['dismissed_without_notice'],
    },
    // ... but a name in apposition to the phrase is that officer's name.
    {
      text: 'PC Oren Tilsley was dismissed without notice. A second officer, Sergeant Mae Ruddle, was given management advice.',
      kind: 'hearing_outcome',
      expected: ['dismissed_without_notice', 'management_advice'],
    },
    // A name passed on for inclusion on the list is listed.
    {
      text: 'PC Odo Brae was dismissed without notice. His details will be passed to the College for inclusion on the barred list.',
      kind: 'hearing_outcome',
      expected: ['dismissed_without_notice', 'barred_list'],
    },
    { text: 'Sergeant Loft has been demoted after the panel heard he falsified a duty log.', kind: 'hearing_outcome', expected: ['reduction_in_rank'] },
    // Lines under an outcomes heading, each an officer and a sanction, with no verb.
    {
      text: 'Findings\nPC Roe and PS Lin breached Duties and Responsibilities.\nOutcomes\nPC Roe - final written warning (two years)\nPS Lin - written warning (12 months)',
      kind: 'hearing_outcome',
      expected: ['final_written_warning', 'written_warning'],
    },
    {
      text: 'Background\nPC Roe - a written warning had been given in 2019 for lateness.\nPC Roe was dismissed without notice.',
      kind: 'hearing_outcome',
      expected: ['dismissed_without_notice'],
    },
    { text: 'Officers who were demoted in 2023 numbered four. PS Loft was given a written warning.', kind: 'hearing_outcome', expected: ['written_warning'] },
    // A sanction for an officer the page does not name belongs to no named officer.
    {
      text: 'PC Ivo Strand was dismissed without notice.\nAnother officer, a constable on the same shift, was found to have ignored the matter and was given a written warning.',
      kind: 'hearing_outcome',
      expected: ['dismissed_without_notice'],
    },
    // An outcome field imposes what it names, with no verb; a table above it with "Not proven" does not hedge it.
    { text: 'Officer: PS Theo Rask\nCharge | Finding\nA | Not proven\nB | Proven\n\nOutcome: Written warning', kind: 'hearing_outcome', expected: ['written_warning'] },
    // A hedge in an outcome field's value holds within its sentence only: the next sentence's listing stands.
    {
      text: 'Subject: former DS Oona Vell\nSanction: Were she still serving she would have been dismissed. Barred List (College of Policing).',
      kind: 'hearing_outcome',
      expected: ['would_have_been_dismissed', 'barred_list'],
    },
    { text: 'The chair, having heard from PC Lyle Gant, dismissed him without notice.', kind: 'hearing_outcome', expected: ['dismissed_without_notice'] },
    { text: "A panel found gross misconduct in PC Ada Rooke's case and gave her a final written warning.", kind: 'judgment', expected: ['final_written_warning'] },
    {
      text: 'Outcome: dismissal without notice. PC Hale will be added to the barred list kept by the College of Policing.',
      kind: 'hearing_outcome',
      expected: ['dismissed_without_notice', 'barred_list'],
    },
    {
      text: 'Were former PC Dale still in post, the panel found, he would have been dismissed without notice. His name will be added to the barred list.',
      kind: 'hearing_outcome',
      expected: ['would_have_been_dismissed', 'barred_list'],
    },
    {
      text: 'Outcome\nFinal written warning, to remain in force for five years. DS Quinn remains a serving officer.',
      kind: 'hearing_outcome',
      expected: ['final_written_warning'],
    },
    {
      text: 'PS Ivo Renn was given a final written warning extended by a further two years.',
      kind: 'hearing_outcome',
      expected: ['final_written_warning_extended'],
    },
    {
      text: 'Outcome: final written warning (extended for 18 months). PC Jo Marr remains serving.',
      kind: 'hearing_outcome',
      expected: ['final_written_warning_extended'],
    },
    {
      text: 'Inspector Cole attended. Outcome: reduction in rank to the rank of Sergeant. No separate written warning was given for allegation 2.',
      kind: 'hearing_outcome',
      expected: ['reduction_in_rank'],
    },
    {
      text: 'Proven – practice requiring improvement (to be dealt with through the reflective practice review process). Inspector Cole agreed.',
      kind: 'hearing_outcome',
      expected: ['reflective_practice'],
    },
    {
      text: 'The available outcomes are:\n• Dismissal without notice\n• Final written warning\n• Management advice\nPS Garr attended.',
      kind: 'hearing_outcome',
      expected: [],
    },
    {
      text: 'Outcomes open to the panel run from a final written warning to dismissal without notice. Dismissed officers are included in the barred list. PC Nye denies it.',
      kind: 'hearing_notice',
      expected: [],
    },
    {
      text: 'For PC Whit, Ms Lind argued a final written warning would suffice. The outcome is therefore dismissal without notice.',
      kind: 'hearing_outcome',
      expected: ['dismissed_without_notice'],
    },
    {
      text: 'Mr Acton asked me, first, to put dismissal without notice in its place. I will not. PS Bram received a final written warning.',
      kind: 'judgment',
      expected: ['final_written_warning'],
    },
    {
      text: 'His appeal to the Police Appeals Tribunal was dismissed. The claim was dismissed by the judge. DS Marsh was dismissed without notice.',
      kind: 'judgment',
      expected: ['dismissed_without_notice'],
    },
    {
      text: "O'Connor argued that the Met failed to investigate, after DS Mace was given a final warning but not dismissed. DS Mace kept his job.",
      kind: 'other',
      expected: ['final_written_warning'],
    },
    {
      text: 'A Bristol officer who lied, PC Hemm, has been sacked. PC Hemm will now be placed on the police barred list.',
      kind: 'other',
      expected: ['dismissed_without_notice', 'barred_list'],
    },
    { text: 'In 2019 a misconduct meeting found misconduct. PS Strand was given management advice.', kind: 'review', expected: ['management_advice'] },
    { text: 'PC B: the allegation was not proven. No further action was taken against PC B.', kind: 'hearing_outcome', expected: ['no_further_action'] },
    { text: 'PC Vance resigned and will be placed on the advisory list maintained by the College of Policing.', kind: 'hearing_outcome', expected: ['advisory_list'] },
    { text: 'The panel imposed an extension of a final written warning on PC Ray.', kind: 'hearing_outcome', expected: ['final_written_warning_extended'] },
    // A sanction phrase wrapped across lines by the pdf text.
    {
      text: 'The panel determined that, had Ms Pike still been a serving officer, she would have been\ndismissed without notice. Former PC Pike did not attend.',
      kind: 'hearing_outcome',
      expected: ['would_have_been_dismissed'],
    },
    // An extension stated as a passive verb; the earlier warning it extends is not a new outcome.
    {
      text: 'Outcome\nPC Rudd was already subject to a final written warning. The existing final written warning was extended by 18 months.',
      kind: 'hearing_outcome',
      expected: ['final_written_warning_extended'],
    },
    { text: 'DCI Oller was demoted to the rank of Detective Inspector with immediate effect.', kind: 'hearing_outcome', expected: ['reduction_in_rank'] },
    // The list's keeper is asked to list him: a listing, though "asked" and "include" usually hedge.
    {
      text: 'PS Amir Dale was dismissed without notice. The College of Policing has been asked to add him to the barred list.',
      kind: 'hearing_outcome',
      expected: ['dismissed_without_notice', 'barred_list'],
    },
    {
      text: 'Former DC Ilse Maro would have been dismissed. Her name will be sent to the College of Policing for entry on the barred list.',
      kind: 'hearing_outcome',
      expected: ['would_have_been_dismissed', 'barred_list'],
    },
    // A hedge in an earlier clause of the sentence does not reach the listing or sanction in a later one.
    {
      text: 'A hearing went ahead in her absence; the panel decided that former PS Kit Orr would have been dismissed, and she was added to the barred list.',
      kind: 'hearing_outcome',
      expected: ['would_have_been_dismissed', 'barred_list'],
    },
    {
      text: 'Given his record, the chair concluded that dismissal was not necessary and gave PC Lom Reddy a final written warning.',
      kind: 'hearing_outcome',
      expected: ['final_written_warning'],
    },
    // An unnamed colleague's sanction is not the named officer's.
    {
      text: 'PC Ned Varga was dismissed without notice. An inspector who supervised him received management advice last year.',
      kind: 'hearing_outcome',
      expected: ['dismissed_without_notice'],
    },
    // A panel asked to list an officer has not listed him.
    {
      text: 'PC Tam Hoy was given a final written warning. The appropriate authority asked that he be placed on the barred list.',
      kind: 'hearing_outcome',
      expected: ['final_written_warning'],
    },
    // An officer who is to go through a process has been given it.
    {
      text: 'The breach amounted to practice requiring improvement. PC Lys Orme must complete the reflective practice review process.',
      kind: 'hearing_outcome',
      expected: ['reflective_practice'],
    },
    // A judgment reviewing why a lesser sanction would not do does not impose it.
    {
      text: 'The judge held that the panel had given insufficient weight to her health and had failed to explain why a final written warning would not suffice. PS Thorn was dismissed without notice.',
      kind: 'judgment',
      expected: ['dismissed_without_notice'],
    },
    // A sanction the panel weighed and gave reasons for rejecting was not imposed.
    {
      text: 'PS Dara Quill was dismissed without notice. At the hearing the chair gave full reasons for rejecting a written warning.',
      kind: 'judgment',
      expected: ['dismissed_without_notice'],
    },
    // The barred list described by who keeps it rather than named.
    {
      text: 'PS Wendell Fray was dismissed without notice. His name has been sent to the College of Policing, which holds the list of individuals barred from serving.',
      kind: 'hearing_outcome',
      expected: ['dismissed_without_notice', 'barred_list'],
    },
    // A former officer's dismissal in the active voice, and a list described by whom it excludes.
    {
      text: 'The panel said it would have sacked the former officer had he not resigned. Former DC Oren Vail will be put on the list held by the College of Policing of those who must not be employed by any force.',
      kind: 'hearing_outcome',
      expected: ['would_have_been_dismissed', 'barred_list'],
    },
    // The same as a noun: "dismissal would have been the ... sanction".
    {
      text: 'Former Sergeant Pia Lund resigned before the hearing. Had she stayed, dismissal would have been the proportionate sanction, the panel said.',
      kind: 'hearing_outcome',
      expected: ['would_have_been_dismissed'],
    },
    // No sanction stated as the outcome; advice given in other words.
    {
      text: 'PCSO Bram Ostler breached Confidentiality; the panel noted his apology, and no sanction was imposed.',
      kind: 'hearing_outcome',
      expected: ['no_further_action'],
    },
    { text: 'PC Tilda Moor was given words of advice on record keeping.', kind: 'hearing_outcome', expected: ['management_advice'] },
    { text: 'The panel ordered that Chief Inspector Ravi Sorensen be reduced by one rank.', kind: 'hearing_outcome', expected: ['reduction_in_rank'] },
    // A decision reported in the future of the past: "would" is no hedge there.
    {
      text: 'Closing the hearing, the chair announced that PC Gil Harrow would be dismissed without notice.',
      kind: 'hearing_outcome',
      expected: ['dismissed_without_notice'],
    },
    // A page's general rules about sanctions give no one a sanction.
    {
      text: 'Where an officer is dismissed, the force tells the College of Policing so that the name goes on the barred list.\nPC Una Pryce was given a written warning.',
      kind: 'hearing_outcome',
      expected: ['written_warning'],
    },
    {
      text: 'Records stay online for a month, except where the officer was dismissed.\nPC Una Pryce was given a written warning.',
      kind: 'hearing_outcome',
      expected: ['written_warning'],
    },
    // An officer named only in another story's headline is given none of this page's sanctions.
    {
      text: 'The constable was dismissed without notice for hitting a prisoner. He did not attend.\nMost read\n1. Bus lane plans approved\n2. Former PC Rhea Tolland barred from policing',
      kind: 'hearing_outcome',
      expected: [],
    },
    {
      text: 'The panel said it would have dismissed the former officer had she still served.\nRelated pages\nPC Kit Dorran given written warning after meeting',
      kind: 'hearing_outcome',
      expected: [],
    },
    // A name forwarded to the list's keeper for the list is listed.
    {
      text: 'PC Ike Varn was dismissed without notice. On the same day his name was forwarded to the College of Policing for the barred list.',
      kind: 'hearing_outcome',
      expected: ['dismissed_without_notice', 'barred_list'],
    },
  ];
  for (const c of cases) {
    it(c.text.slice(0, 60), () => {
      const doc = new DocText([{ num: 1, text: c.text }]);
      const { officers, mentions } = extractOfficers(doc, c.kind);
      // A name only in a list of links to other stories is no officer at all (officers.ts); the page's sanction then goes to nobody.
      if (c.expected.length) assert.ok(officers.length > 0, 'officer found');
      assert.deepEqual(
        extractOutcomes(
          doc,
          c.kind,
          officers.map((o) => o.key),
          mentions,
        ).map((o) => o.outcome),
        c.expected,
      );
    });
  }

  // Sanctions read from a table's outcome column, by row: flattened with bars, or one cell a line; a list
  // of possible sanctions one a line under a sentence is no row.
  const tableCases: { name: string; text: string; expected: string[] }[] = [
    {
      name: 'a table flattened to text',
      text: 'Officer | Rank | Allegation | Finding | Outcome\nBlake | PS | Use of Force | Proven - gross misconduct | Dismissed without notice\nTrent | PC | Honesty and Integrity | Not proven | -\nTrent | PC | Duties and Responsibilities | Proven - misconduct | Written warning\nPS Owen Blake and PC Gia Trent attended.',
      expected: ['Owen Blake|dismissed_without_notice', 'Gia Trent|written_warning'],
    },
    {
      name: 'a table read one cell a line',
      text: 'Case summary\nName\nStandard\nFinding\nSanction\nPS Ivy Calder\nUse of Force\nProven - misconduct (the push was not needed)\nWritten warning (18 months)\nPC Bo Lindqvist\nDuties and Responsibilities\nProven - gross misconduct (not a first lapse)\nFinal written warning\nRemarks\nBoth officers may appeal.',
      expected: ['Ivy Calder|written_warning', 'Bo Lindqvist|final_written_warning'],
    },
    {
      name: 'a list of possible sanctions one a line',
      text: 'Name\nFinding\nOutcome\nPC Ida Holm\nProven - misconduct.\nThe guidance sets out these steps:\nWritten warning\nFinal written warning\nDismissal without notice',
      expected: [],
    },
  ];
  for (const c of tableCases) {
    it(`reads sanctions by row: ${c.name}`, () => {
      const doc = new DocText([{ num: 1, text: c.text }]);
      const { officers, mentions } = extractOfficers(doc, 'hearing_outcome');
      const name = new Map(officers.map((o) => [o.key, o.name]));
      const got = extractOutcomes(
        doc,
        'hearing_outcome',
        officers.map((o) => o.key),
        mentions,
      ).map((o) => `${name.get(o.officerKey)}|${o.outcome}`);
      assert.deepEqual(got, c.expected);
    });
  }

  it('gives each case of an archive its own officer, and none to a case whose officer is unknown', () => {
    const text =
      'Archive\nCase: Police Constable Ada Quill\nSanction: Written warning\nPC Quill lost a seized phone.\nCase: Former Detective Constable Rob Tenby\nSanction: Would have been dismissed; added to the barred list\nMr Tenby lied to a court.';
    const doc = new DocText([{ num: 1, text }]);
    const { officers, mentions } = extractOfficers(doc, 'hearing_outcome');
    const name = new Map(officers.map((o) => [o.key, o.name]));
    const got = extractOutcomes(
      doc,
      'hearing_outcome',
      officers.map((o) => o.key),
      mentions,
    ).map((o) => `${name.get(o.officerKey)}|${o.outcome}`);
    assert.deepEqual(got, ['Ada Quill|written_warning', 'Rob Tenby|would_have_been_dismissed', 'Rob Tenby|barred_list']);
    // Without the second officer, the second case's sanctions are nobody's.
    const quill = mentions.filter((m) => name.get(m.key) === 'Ada Quill');
    assert.deepEqual(
      extractOutcomes(doc, 'hearing_outcome', [quill[0]!.key], quill).map((o) => o.outcome),
      ['written_warning'],
    );
  });

  it('does not give a sanction to an officer named in passing', () => {
    const text =
      "Inspector Tom Pybus\nInspector Pybus would have been dismissed.\nPC Ann Wass\nPC Wass counted the cash at Inspector Pybus's direction. She was given a written warning.";
    const doc = new DocText([{ num: 1, text }]);
    const { officers, mentions } = extractOfficers(doc, 'hearing_outcome');
    const name = new Map(officers.map((o) => [o.key, o.name]));
    const got = extractOutcomes(
      doc,
      'hearing_outcome',
      officers.map((o) => o.key),
      mentions,
    ).map((o) => `${name.get(o.officerKey)}|${o.outcome}`);
    assert.deepEqual(got, ['Tom Pybus|would_have_been_dismissed', 'Ann Wass|written_warning']);
  });

  it('gives each officer their own outcomes', () => {
    const doc = new DocText([{ num: 1, text: 'PS A and PC B attended. PS A was dismissed without notice. PC B was given a written warning.' }]);
    const { officers, mentions } = extractOfficers(doc, 'hearing_outcome');
    const label = new Map(officers.map((o) => [o.key, o.label]));
    const got = extractOutcomes(
      doc,
      'hearing_outcome',
      officers.map((o) => o.key),
      mentions,
    ).map((o) => `${label.get(o.officerKey)}|${o.outcome}`);
    assert.deepEqual(got, ['PS A|dismissed_without_notice', 'PC B|written_warning']);
  });
});

describe('outcome wordings: every row of the vocabulary is found, in older and newer wording', () => {
  const outcomesIn = (text: string) => {
    const d = new DocText([{ num: 1, text }]);
    const { officers, mentions } = extractOfficers(d, 'hearing_outcome');
    return extractOutcomes(
      d,
      'hearing_outcome',
      officers.map((o) => o.key),
      mentions,
    ).map((o) => o.outcome);
  };
  const cases: { text: string; expected: string[] }[] = [
    { text: 'In 2009 PC Anya Kell was required to resign. PC Kell left that week.', expected: ['required_to_resign'] },
    { text: 'The sanction imposed on PC Anya Kell was a requirement to resign.', expected: ['required_to_resign'] },
    { text: 'PS Lio Barr was given management advice by the chair. PS Barr accepted it.', expected: ['management_advice'] },
    { text: 'Sergeant Ros Dane was demoted to constable. Ros Dane will appeal.', expected: ['reduction_in_rank'] },
    { text: 'PC Cy Moss, who had admitted the breach, was dismissed with notice. PC Moss left.', expected: ['dismissed_with_notice'] },
    { text: 'PC Cy Moss received a written warning. PC Moss apologised.', expected: ['written_warning'] },
    { text: 'PC Cy Moss was sacked and his name is going on the barred list. PC Moss may appeal.', expected: ['dismissed_without_notice', 'barred_list'] },
    { text: 'The chair determined that a final written warning was the proportionate outcome for PC Cy Moss. PC Moss accepted it.', expected: ['final_written_warning'] },
    {
      text: 'PC Cy Moss already had a final written warning. Rather than dismiss him, the panel extended his current final written warning by a year. PC Moss thanked them.',
      expected: ['final_written_warning_extended'],
    },
    {
      text: 'PC Cy Moss was dismissed without notice. PC Moss may appeal.\nRelated stories\nSergeant cleared of assault | Constable given written warning after meeting\nContact us | Cookies',
      expected: ['dismissed_without_notice'],
    },
  ];
  for (const c of cases) it(c.text.slice(0, 60), () => assert.deepEqual(outcomesIn(c.text), c.expected));
});
