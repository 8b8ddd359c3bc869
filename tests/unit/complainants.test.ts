import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractComplainants, findComplainantNames, pseudonymForComplainant } from '../../ingest/extract/complainants.js';
import { DocText } from '../../ingest/text.js';

const doc = (text: string) => new DocText([{ num: 1, text }]);
const fake = (name: string) => `Complainant <${name.length}>`;

describe('extractComplainants: labels', () => {
  const cases: { text: string; expected: string[] }[] = [
    // A public person's label needs no introduction: only a private person is labelled so.
    { text: 'PC Yusuf Brandt stopped and searched Youth C near the library without recording grounds.', expected: ['Youth C'] },
    { text: 'The notice says DS Kemi Ross shared details of Child F with her brother.', expected: ['Child F'] },
    // "whom we refer to as", "who we are calling": a label introduced for the person the text described.
    { text: 'CCTV shows the woman, whom we refer to as Ms Q, being pushed against a wall by PC Ray Tonks.', expected: ['Ms Q'] },
    // A cipher given to the detained person the case is about.
    { text: 'The detained person is referred to as DP4 throughout. DP4 asked for a doctor twice.', expected: ['DP4'] },
    // A description in apposition after a label is that labelled person, not another.
    { text: 'The sergeant befriended Person C, a woman who had reported a burglary, and messaged her at night.', expected: ['Person C'] },
    { text: 'The female complainant is referred to below as "Ms A". Ms A stated...', expected: ['Ms A'] },
    { text: 'a motorist referred to in this hearing as Member of the public 1 ("MOP1")', expected: ['Member of the public 1'] },
    { text: 'A shopper, referred to in this judgment as Mr D, was detained.', expected: ['Mr D'] },
    // A colleague introduced by a label and then found in breach is a subject, not a complainant.
    {
      text: 'The second officer, a constable who was referred to throughout as Officer D, was found to have breached the standard of Duties and Responsibilities.',
      expected: [],
    },
    // The complainant is a colleague given an officer's label: the label is the complainant's, however it looks.
    { text: 'Item 1. The complainant is referred to throughout as Officer Q. She is a student constable on the team.', expected: ['Officer Q'] },
    { text: 'two ex-girlfriends, referred to as Woman A and Woman B; and Officer J, a trainee', expected: ['Woman A', 'Woman B'] },
    { text: 'she mocked a probationer officer, referred to as Officer F, in front of the team', expected: ['Officer F'] },
    { text: 'In this hearing the constable is referred to as "PC A".', expected: [] },
    { text: 'The following officers are subject to an anonymity direction and are referred to as Officer A and Officer B.', expected: [] },
    { text: 'He sent a message to a friend, Mr G, whose brother worked there.', expected: [] },
    { text: 'Mr C made a complaint on 21 October 2022.', expected: ['Mr C'] },
    { text: 'The tenant, referred to as Member of the Public 2, was filmed on a private phone.', expected: ['Member of the Public 2'] },
    { text: 'He groped a new trainee, referred to as Witness F, at a leaving party.', expected: ['Witness F'] },
    { text: "The inquiry into an assault on a toddler, Child D, stalled until Child D's grandmother made a complaint.", expected: ['Child D', "Child D's grandmother"] },
    { text: 'The tutor constable ("W2") gave a statement.', expected: [] },
    { text: 'The rider, a 19-year-old who cannot be identified, lost control. The rider was hurt.', expected: ['the rider'] },
    { text: 'The man, who was later named in court as the driver, fled.', expected: [] },
    { text: 'Names already replaced: Complainant K7QX2M said that Complainant K7QX2M was afraid.', expected: ['Complainant K7QX2M'] },
    // Other roles notices label people by; a detainee is always the person the conduct concerned.
    { text: 'a young man referred to here as Passenger C, who had no ticket', expected: ['Passenger C'] },
    { text: 'towards a probationer constable, referred to in these proceedings as Colleague 1, between', expected: ['Colleague 1'] },
    { text: 'stopped a man, referred to as Male 1, because of his ethnicity', expected: ['Male 1'] },
    { text: 'A detained person, Detainee D, told staff he had taken tablets.', expected: ['Detainee D'] },
    // A heading without a full stop runs the officers' anonymity direction into the next sentence.
    {
      text: 'Public, subject to the anonymity direction\nSummary\nOn 5 April 2024, Officers C1 and C2 arrested a woman, referred to as Female A, in town',
      expected: ['Female A'],
    },
    { text: 'He kept visiting a tenant, a man we shall refer to as Witness R, after the case closed.', expected: ['Witness R'] },
    // A cipher of letters and a number, introduced for a colleague or a member of the public.
    { text: 'He mocked a trainee officer, referred to in these reasons as TO3, during roll call.', expected: ['TO3'] },
    { text: 'A cyclist known to the inquiry as CY2 was knocked down at the lights.', expected: ['CY2'] },
    { text: 'The firearms officer, known as Z12, gave evidence for two days.', expected: [] },
    // A relationship pursued with a labelled person, and the reader of a letter about their own complaint.
    { text: 'The court heard that he began an affair and a sexual relationship with Mrs T, a juror at a trial he ran.', expected: ['Mrs T'] },
    { text: 'Ruling on appeal\nDear Ms K,\nI have now looked again at how the constabulary handled your complaint about the raid.', expected: ['Ms K'] },
    { text: 'Dear Mr V,\nThank you for attending the seminar on traffic enforcement.', expected: [] },
  ];
  for (const c of cases)
    it(c.text.slice(0, 60), () =>
      assert.deepEqual(
        extractComplainants(doc(c.text), fake).map((x) => x.reference),
        c.expected,
      ),
    );
});

describe('findComplainantNames and pseudonyms', () => {
  const cases: { text: string; expected: string[] }[] = [
    { text: 'The proceedings follow a complaint made by Danielle Fairley, 41, from Walton.', expected: ['Danielle Fairley'] },
    { text: 'Jenny Walsh, who later complained to the force, was not told.', expected: ['Jenny Walsh'] },
    {
      text: 'THE KING (on the application of MELISSA GARRITY) Claimant ... The Claimant, Ms Melissa Garrity, challenges it. The Claimant was the complainant in the misconduct proceedings.',
      expected: ['Melissa Garrity'],
    },
    { text: 'THE KING (on the application of MELISSA GARRITY) Claimant. The Claimant is the officer.', expected: [] },
    { text: 'Kristina O’Neill was harassed. Mason sexually harassed O’Neill in messages.', expected: ['Kristina O’Neill'] },
    { text: 'Ms A complained. Person B made a complaint.', expected: [] },
    { text: 'The complainant, Mrs Rosa Fennimore, reported that PC Orme had sent her messages.', expected: ['Rosa Fennimore'] },
    { text: 'Ms Espe Thorwood, who also complained, supports the claim.', expected: ['Espe Thorwood'] },
    { text: 'The complainant was not named. The victim, who was 19, was injured.', expected: [] },
    // A person whose death the proceedings concern is a victim; an officer who died is not.
    { text: 'The claimant is the mother of Connor Deacon, who died in Hull after he was restrained by police officers.', expected: ['Connor Deacon'] },
    { text: 'The inquest into PC Martin Gale, who died on duty, was adjourned.', expected: [] },
  ];
  for (const c of cases) it(c.text.slice(0, 60), () => assert.deepEqual(findComplainantNames(doc(c.text)), c.expected));

  it('never outputs a real name, only its pseudonym', () => {
    const facts = extractComplainants(doc('A complaint made by Danielle Fairley was upheld.'), fake);
    assert.deepEqual(
      facts.map((f) => [f.reference, f.pseudonym]),
      [['Complainant <16>', true]],
    );
    assert.ok(!JSON.stringify(facts).includes('Fairley'));
  });
  it('pseudonyms are stable and keyed by the callback', () => {
    assert.equal(pseudonymForComplainant('Jane  Smith'), pseudonymForComplainant('Jane Smith'));
    assert.notEqual(pseudonymForComplainant('Jane Smith'), pseudonymForComplainant('Joan Smith'));
    assert.equal(
      pseudonymForComplainant('Jane Smith', (n) => `P(${n})`),
      'P(Jane Smith)',
    );
  });
});

describe('extractComplainants: labels in notices and outcomes', () => {
  const cases: { text: string; expected: string[] }[] = [
    { text: 'He sent late-night texts to a probationer constable he mentored, referred to as Officer P, for months.', expected: ['Officer P'] },
    { text: 'Officers restrained a man, whom I shall call Mr V, on the floor of the cell.', expected: ['Mr V'] },
    { text: 'It is alleged that the sergeant sent unwanted messages to Mrs K over several weeks.', expected: ['Mrs K'] },
    { text: 'The constable pushed a shopper - Mr T - to the ground without cause.', expected: ['Mr T'] },
    { text: 'Complainant 2 told the investigator that the officer laughed.', expected: ['Complainant 2'] },
    { text: 'a person referred to as member of the public C reported the incident', expected: ['member of the public C'] },
    // Friends, witnesses and relatives so labelled are not the person wronged.
    { text: 'He was accompanied by his colleague, Ms R, and his brother, Mr S.', expected: [] },
    // An initial before a surname is a name, however it is spaced.
    { text: 'Panel: Mrs P. Okonjo (chair) and Mr L.Brandt (lay member) heard the case.', expected: [] },
  ];
  for (const c of cases)
    it(c.text.slice(0, 60), () =>
      assert.deepEqual(
        extractComplainants(doc(c.text), fake, 'hearing_notice').map((x) => x.reference),
        c.expected,
      ),
    );
  it('leaves an honorific label alone in a judgment unless it is introduced', () => {
    assert.deepEqual(
      extractComplainants(doc('The appellant, Mr B, gave evidence about his shifts.'), fake, 'judgment').map((x) => x.reference),
      [],
    );
  });
});

describe('extractComplainants: people described in prose', () => {
  const cases: { name: string; text: string; expected: string[] }[] = [
    { name: 'a person held in custody', text: 'The sergeant did not check on a detained woman for six hours.', expected: ['a detained woman'] },
    { name: 'held at a named place', text: 'On 3 May a man held at Ashford police station asked for water.', expected: ['a man'] },
    { name: 'the object of the conduct', text: 'PC Roe kicked a 17-year-old boy during the arrest.', expected: ['a 17-year-old boy'] },
    {
      name: 'remarks to a junior officer',
      text: 'An inspector who made belittling remarks to a junior officer on his team was given a written warning.',
      expected: ['a junior officer'],
    },
    {
      name: 'a probationary member of staff harassed',
      text: 'The sergeant admitted harassing a probationary member of staff over six weeks.',
      expected: ['a probationary member of staff'],
    },
    { name: 'taunted', text: 'A former constable who taunted a teenage boy during a stop would have been dismissed.', expected: ['a teenage boy'] },
    { name: 'clipped by his car', text: 'On the way home his car clipped a cyclist at a junction and he drove on.', expected: ['a cyclist'] },
    { name: 'an officer elsewhere sent information is no victim', text: 'PC Hale messaged confidential intelligence to an officer in another force.', expected: [] },
    // The role as the person's only name counts once, and only when nobody else is counted.
    { name: 'the role struck', text: 'Facts: in Kendal PC Ould punched the member of the public twice.', expected: ['the member of the public'] },
    {
      name: 'a complaint received from the role',
      text: 'Summary: a complaint was received from the member of the public about his manner.',
      expected: ['the member of the public'],
    },
    { name: 'the role as a given name', text: 'He followed a woman home (referred to as the victim) and waited outside.', expected: ['the victim'] },
    { name: 'the role pointing back to a described person', text: 'PC Ould pushed a young man and then insulted the victim again.', expected: ['a young man'] },
    {
      name: 'a group of separate colleagues is one entry',
      text: 'Three separate female colleagues complained about his remarks.',
      expected: ['three separate female colleagues'],
    },
    { name: 'the arrest of a person', text: 'The hearing concerned the arrest of a young driver on the ring road.', expected: ['a young driver'] },
    { name: 'a relative clause says the person reported', text: 'A resident who had reported a burglary was told to stop calling.', expected: ['a resident'] },
    { name: 'a partner as the object of the conduct', text: "He pushed the claimant's wife and then left the house.", expected: ["the claimant's wife"] },
    { name: 'a former partner looked up', text: 'She searched police systems for the address of a former partner.', expected: ['a former partner'] },
    {
      name: 'a description then its label counts once',
      text: 'He insulted a lone female pedestrian, referred to as Woman B, on the high street.',
      expected: ['Woman B'],
    },
    { name: 'a description in apposition to its label', text: 'A detained person, Detainee 4, was not seen by a nurse.', expected: ['Detainee 4'] },
    {
      name: 'the same person named again as "the <noun>"',
      text: 'The cyclist, who cannot be identified, was hurt. The officer had struck a cyclist earlier.',
      expected: ['the cyclist'],
    },
    { name: 'facts told in the present tense', text: 'The constable follows a lone cyclist for a mile and shouts at him.', expected: ['a lone cyclist'] },
    { name: 'a word broken at a hyphen by the page', text: 'He sent messages to a 13-year-\nold girl he met online.', expected: ['a 13-year-old girl'] },
    { name: 'records looked up about a person', text: 'She searched the intelligence systems for details about a neighbour she disliked.', expected: ['a neighbour'] },
    { name: 'a call taken from a person', text: 'The call handler took a 999 call from a man reporting a break-in and mocked him.', expected: ['a man'] },
    { name: 'the act in progress', text: 'He was said to have used force when restraining an elderly man at the front counter.', expected: ['an elderly man'] },
    { name: 'in the custody suite', text: 'A woman in the custody suite asked three times for a doctor.', expected: ['a woman'] },
    { name: 'messages exchanged with a child', text: 'Over a month he exchanged messages on a gaming app with a 14-year-old boy.', expected: ['a 14-year-old boy'] },
    {
      name: 'a person met because they reported a crime',
      text: 'The sergeant met a man sleeping rough by the canal when he reported that his tent had been slashed, and later sent him money.',
      expected: ['a man'],
    },
    { name: 'a trade before the noun', text: 'Off duty, he pushed a delivery driver who asked him to move his van.', expected: ['a delivery driver'] },
    {
      name: 'how the officer treated a person',
      text: "The allegations concerned the inspector's treatment of a colleague on the night shift.",
      expected: ['a colleague'],
    },
    {
      name: 'the crime against the person whose case was mishandled',
      text: 'She was in charge of the inquiry into the rape of a 22-year-old student and did nothing for a month.',
      expected: ['a 22-year-old student'],
    },
    {
      name: 'records about someone the officer knows',
      text: "The constable checked police records about his girlfriend's ex-husband on six days.",
      expected: ["his girlfriend's ex-husband"],
    },
    { name: 'a person taken to the ground', text: 'PC Mott took a 16-year-old girl to the ground outside the chip shop.', expected: ['a 16-year-old girl'] },
    {
      name: "a vehicle's driver is the only description of the person hurt",
      text: 'He drove home after drinking and collided with a parked van; the driver of the van was asleep inside and was bruised.',
      expected: ['the driver of the van'],
    },
    {
      name: "a vehicle's driver already described otherwise counts once",
      text: 'She kicked a man at a checkpoint after she stopped his car. The driver of the car needed stitches.',
      expected: ['a man'],
    },
    {
      name: 'a description labelled where the text takes the person up again by the noun',
      text: 'The sergeant visited a woman who had reported a break-in. The woman, referred to in the notice as Ms W, later complained.',
      expected: ['Ms W'],
    },
    { name: 'a relationship is not a wrong to the person met', text: 'She began a relationship with a man she had met while on patrol.', expected: [] },
    { name: 'a witness in passing', text: 'A woman who lived nearby gave evidence for the officer.', expected: [] },
    { name: 'a witness label introduced as a colleague', text: 'He shouted at a student officer, referred to as Witness 3, in the yard.', expected: ['Witness 3'] },
    { name: 'a witness label alone', text: 'Witness 3 said she saw nothing.', expected: [] },
    { name: 'an initial before a redacted surname is a person, not a label', text: 'Panel: Mr D. Person ZBF6ZW, Ms Lee (chair)', expected: [] },
    {
      name: 'a group of complainants counts once',
      text: 'The inquiry began once complaints had been lodged by three members of staff in the finance office.',
      expected: ['three members of staff'],
    },
    {
      name: "a pronoun's relative takes the label before it",
      text: 'Officers found Ms R asleep in a car park. Her father complained that nobody told him where she was taken.',
      expected: ['Ms R', "Ms R's father"],
    },
    { name: 'a relative of a described party', text: "The claimant's mother made a complaint to the force the next morning.", expected: ["the claimant's mother"] },
    { name: 'a described person who complained', text: 'A motorist later complained about the way the stop was carried out.', expected: ['a motorist'] },
    { name: "a labelled person's relative keeps the label's capital", text: "Mr T's sister complained in writing.", expected: ['Mr T', "Mr T's sister"] },
    { name: 'a relative who did not complain', text: 'Her brother drove her home after the interview.', expected: [] },
    {
      name: 'a relative who complained, in a relative clause',
      text: 'Ms V was not at the hearing. Her husband, who complained to the force in May, gave evidence.',
      expected: ['Ms V', "Ms V's husband"],
    },
    { name: 'a group the officers acted on', text: 'At the station gates the sergeant searched three young men without grounds.', expected: ['three young men'] },
    {
      name: 'colleagues the remarks were aimed at',
      text: 'It is said that he made crude remarks to two junior colleagues at a leaving party.',
      expected: ['two junior colleagues'],
    },
    {
      name: 'a person whose records were looked up',
      text: 'The PCSO looked up a local resident on the intelligence system out of curiosity.',
      expected: ['a local resident'],
    },
    {
      name: 'a description labelled in the next sentence is the label',
      text: 'The case concerned his handling of a woman who had reported a stalker. She is referred to as Ms G. He ignored Ms G.',
      expected: ['Ms G'],
    },
    {
      name: 'a group labelled at a later use is the labels everywhere',
      text: 'Officer sacked for pursuing two women\nThe panel heard he messaged two women, referred to as Woman C and Woman D, for months.',
      expected: ['Woman C', 'Woman D'],
    },
    { name: 'the people the allegations concern', text: 'The allegations concern three young men stopped outside a nightclub.', expected: ['three young men'] },
    { name: 'a colleague who reported the officer', text: 'The inspector was reported by a junior colleague for shouting at her.', expected: ['a junior colleague'] },
    { name: 'a described person who alleged', text: 'A resident alleged that the constable had taken cash from her kitchen.', expected: ['a resident'] },
    {
      name: 'a description the document adopts in quotes',
      text: 'He has a brain injury. We refer to him in these reasons as "the injured motorist" throughout.',
      expected: ['the injured motorist'],
    },
    {
      name: 'a label in apposition to the author of the complaint',
      text: 'The sergeant was suspended after a complaint by a probationer on his shift, Officer P, that he had bullied her.',
      expected: ['Officer P'],
    },
    { name: 'a colleague bullied', text: 'The inspector bullied a junior colleague throughout the spring.', expected: ['a junior colleague'] },
    { name: 'a person mocked', text: 'He posted a clip mocking a disabled man outside a bakery.', expected: ['a disabled man'] },
    {
      name: 'the subject of a passive police act',
      text: 'A 16-year-old girl was stopped near the skate park. The constable shouted at her.',
      expected: ['a 16-year-old girl'],
    },
    { name: 'a reduced passive with a place', text: 'The panel considered force used on a man arrested outside a casino.', expected: ['a man'] },
    { name: 'the driver of a vehicle stopped', text: 'She stopped a lorry driven by a man she had argued with months before.', expected: ['a man'] },
    { name: 'the person at the centre of the case', text: 'The chair is protecting the girl at the centre of the inquiry.', expected: ['the girl'] },
    {
      name: "a labelled person's relative sent messages",
      text: "He later sent Passenger B's daughter, whose address he had noted, several messages.",
      expected: ["Passenger B's daughter"],
    },
    { name: "a described person's relative", text: "He made crude remarks to a custody detainee's father at the desk.", expected: ["a custody detainee's father"] },
    { name: 'a victim described as one', text: 'He made remarks to a vulnerable victim of fraud.', expected: ['a vulnerable victim'] },
    {
      name: 'a description then adopted is one person',
      text: 'The guard restrained a man near the gate. We refer to him as "the visitor" in these reasons.',
      expected: ['the visitor'],
    },
    {
      name: 'a crime the officer investigated is not his conduct',
      text: 'He was reviewing a report that a 12-year-old girl was assaulted by a cousin.',
      expected: [],
    },
    { name: "a described party's relative with an adjective", text: "The elderly woman's son complained about the raid.", expected: ["the elderly woman's son"] },
    {
      name: 'the owner of a vehicle the officer damaged',
      text: 'He reversed into a parked van and damaged it. Later the owner of the damaged van asked for his details.',
      expected: ['the owner of the damaged van'],
    },
    {
      name: 'a person the officer pursued an improper relationship with',
      text: 'The sergeant pursued an improper relationship with a vulnerable student he tutored.',
      expected: ['a vulnerable student'],
    },
    { name: 'a group the officer pursued sexual relationships with', text: 'He sought sexual relationships with the three women he advised.', expected: ['three women'] },
    {
      name: 'a labelled person is not counted again by the relationship',
      text: 'A nurse, referred to as Ms J, reported a theft. He then pursued a sexual relationship with a woman he knew to be vulnerable.',
      expected: ['Ms J'],
    },
    {
      name: 'a suspect in a relationship is not wronged',
      text: 'She began an improper relationship with a man who was at that time a suspect in her case.',
      expected: [],
    },
    { name: 'an intimate relationship is between equals', text: 'He was in an intimate relationship with a colleague on his shift.', expected: [] },
    {
      name: 'a text that calls the person only the complainant',
      text: 'The constable never called the complainant back about the stolen bike.',
      expected: ['the complainant'],
    },
    {
      name: "the complainant's relative is not a bare complainant",
      text: "The constable never called the complainant's aunt back.",
      expected: [],
    },
    {
      name: 'remarks made to a person with words between',
      text: 'He was disciplined for remarks of a crude kind made to a lone motorist at the checkpoint.',
      expected: ['a lone motorist'],
    },
    {
      name: 'a group one of whom is labelled is that person',
      text: 'He is alleged to have insulted two women at a bus stop and to have followed one of them, referred to as Woman E, home.',
      expected: ['Woman E'],
    },
  ];
  for (const c of cases)
    it(c.name, () =>
      assert.deepEqual(
        extractComplainants(doc(c.text), fake, 'hearing_outcome').map((x) => x.reference),
        c.expected,
      ),
    );
});
