/**
 * Complainants and victims a document describes without a name or label: "a detained man", "a
 * woman who had reported domestic abuse", "the appellant's partner", "a former partner". Each
 * description is an introduction (an indefinite article, or a possessive for a partner) tied by the
 * sentence's structure to the conduct: the object of the officer's act, a person held in custody,
 * or a person the relative clause says reported, was stopped or arrested. A person mentioned in
 * passing ("a woman who lived nearby gave evidence") matches none of these.
 */

import { relationshipShape, victimShapes } from './victimShapes.js';

/** People words a description ends in. */
export const PERSON_NOUNS = [
  'man',
  'woman',
  'girl',
  'boy',
  'teenager',
  'person',
  'motorist',
  'driver',
  'rider',
  'pedestrian',
  'cyclist',
  'passenger',
  'detainee',
  'prisoner',
  'child',
  'student',
  'resident',
  'adult',
  'neighbour',
  // "A vulnerable victim of domestic abuse": the word itself says the person was wronged.
  'victim',
  // A colleague is wronged by harassment or remarks as a member of the public is, and so is a junior
  // officer or a member of staff the officer supervised ("belittling remarks to a junior officer").
  'colleague',
  '(?:junior|probationary|student|trainee|female|male)\\s+officer',
  'member\\s+of\\s+staff',
] as const;

/** Words a description may put before its noun ("a 19-year-old woman", "a lone female pedestrian"). */
export const PERSON_ADJECTIVES = [
  // A page may wrap the word at either hyphen ("a 14-year-\nold boy").
  '\\d{1,2}-\\s*year-\\s*old',
  'young',
  'vulnerable',
  'lone',
  'elderly',
  'female',
  'male',
  'disabled',
  'teenage',
  'local',
  'detained',
  'arrested',
  'junior',
  // A trade or setting before the noun ("a taxi driver", "a fellow passenger") still describes one person.
  'taxi',
  'bus',
  'delivery',
  'fellow',
  // Where the person was held ("a custody detainee").
  'custody',
  'probationary',
  'trainee',
] as const;

/** What an officer does to a person that makes the person its victim: the description is the verb's object. */
export const CONDUCT_VERBS = [
  'assaulted',
  'pushed',
  'struck',
  'hit',
  'punched',
  'kicked',
  'restrained',
  'stopped',
  'messaged',
  'harassed',
  'harassing',
  'taunted',
  'taunting',
  // A vehicle driven into a person ("his car clipped a cyclist").
  'clipped',
  'pursued',
  'mocked',
  'insulted',
  'threatened',
  'grabbed',
  'touched',
  'arrested',
  'searched',
  'tasered',
  // Judgments tell the facts in the present tense ("the officer approaches a lone woman").
  'approached',
  'approaches',
  'assaults',
  'pushes',
  'strikes',
  'follows',
  'followed',
  // The act in progress ("used force when restraining a man") wrongs the same person.
  'assaulting',
  'pushing',
  'striking',
  'hitting',
  'punching',
  'kicking',
  'restraining',
  'arresting',
  'searching',
  'grabbing',
  'touching',
  'messages\\s+to',
  // Bullying and ridicule wrong the person aimed at ("bullied a junior colleague", "mocking a disabled man").
  'bullied',
  'bullying',
  'belittled',
  'mocking',
  // Remarks aimed at people wrong them ("made demeaning comments to three colleagues").
  'comments\\s+to',
  'remarks\\s+to',
  // The same with words between ("comments of a sexual nature made to a victim", "remarks he made to a driver").
  '(?:comments|remarks)\\s+(?:[\\w-]+\\s+){0,4}?made',
  // A records check on a person with no policing purpose wrongs that person ("looked up a neighbour").
  'looked\\s+up',
  // What the allegations are about: "The allegations concern two female colleagues on the team".
  'concern',
  'concerns',
  'concerned',
  // How the officer treated or dealt with the person ("his treatment of a colleague").
  'treatment\\s+of',
  // The crime against the person whose case the officer mishandled ("the rape of a 19-year-old woman").
  'rape\\s+of',
  'arrest\\s+of',
  'detention\\s+of',
  'restraint\\s+of',
  'search\\s+of',
] as const;

/**
 * A relative clause that says what the described person did or had done to them: they reported, were
 * stopped or arrested. "A man she had met" is not one: a relationship is the conduct, not a wrong to
 * that person, unless the sentence makes them the object of the conduct.
 */
export const RELATIVE_CLAUSES = [
  'who\\s+(?:had\\s+)?(?:reported|called|complained)',
  'who\\s+was\\s+(?:driving|walking|cycling|riding)',
  'who\\s+(?:had\\s+been|was)\\s+(?:arrested|detained|stopped)',
  '(?:who|whom)?\\s*(?:he|she)\\s+(?:had\\s+)?(?:stopped|arrested)\\b',
  // A description the officer met because the person reported a crime ("met a woman travelling alone
  // ... after she reported that she had been followed"): the person came to police for help.
  '[^.;]{0,80}?\\b(?:after|when)\\s+(?:she|he|they)\\s+(?:had\\s+)?(?:reported|called|complained)\\b',
] as const;

/** Relatives who complain for the person wronged ("his mother complained"). */
export const RELATIVES = [
  'mother',
  'father',
  'parents',
  'sister',
  'brother',
  'son',
  'daughter',
  'wife',
  'husband',
  'widow',
  'family',
  'grandmother',
  'grandfather',
  'granddaughter',
  'grandson',
] as const;

const nouns = PERSON_NOUNS.join('|');
/** Plural people words a group ends in ("three female colleagues", "two members of the public"). */
const GROUP_NOUNS =
  'members\\s+of\\s+(?:staff|the\\s+public)|colleagues|women|men|girls|boys|children|teenagers|students|people|residents|motorists|drivers|passengers|detainees|prisoners';
/**
 * How many people a group of complainants counts ("two members of staff"): one description, as a
 * careful reader lists it. "A member of staff" is one person, written the same way.
 */
const GROUP = `(?:(?:[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]everal|[Aa]\\s+number\\s+of)\\s+(?:(?:young|female|male|vulnerable|junior|other|local|separate|different)\\s+){0,2}(?:${GROUP_NOUNS})|(?:[Oo]ne|[Aa])\\s+members?\\s+of\\s+(?:staff|the\\s+public))`;
const adjectives = `(?:(?:${PERSON_ADJECTIVES.join('|')})\\s+){0,2}`;
/**
 * "a detained man", "a 19-year-old woman": an introduced person (indefinite article, or "its" for a
 * vehicle's rider). A relative of that person ("a custody detainee's mother") is the person meant.
 */
const DESCRIPTION = `(?:a|an|its)\\s+${adjectives}(?:${nouns})\\b(?:['’]s\\s+(?:${RELATIVES.join('|')})\\b)?`;
/** The description as the object of a conduct verb ("pushed a detained woman", "the arrest of a young man"). */
const OBJECT_OF_CONDUCT = new RegExp(`\\b(?:${CONDUCT_VERBS.join('|')})\\s+(?:(?:\\w+\\s+){0,3}to\\s+)?(${DESCRIPTION}|${GROUP})`, 'gi');
/** A person held in custody: "a detained man", "a man held at the custody block", "a woman in custody", "a man in the custody suite". */
const IN_CUSTODY = new RegExp(
  `\\b((?:a|an)\\s+detained\\s+(?:${nouns})|(?:a|an)\\s+${adjectives}(?:${nouns})(?=\\s+(?:held|detained)\\s+(?:at|in)\\b|\\s+in\\s+(?:police\\s+|the\\s+)?custody\\b))`,
  'gi',
);
/**
 * Someone the officer knows, by possessive: records looked up about "her neighbour" or "his
 * boyfriend's former partner" wrong that person as much as a stranger.
 */
const ACQUAINTANCE = `(?:his|her|their)\\s+(?:(?:boyfriend|girlfriend|partner|husband|wife)['’]s\\s+)?(?:(?:former|ex-)\\s*)?(?:neighbour|partner|girlfriend|boyfriend|wife|husband|ex)\\b`;
/**
 * The driver or rider of a vehicle the officer struck or stopped ("the driver of the car he struck",
 * "stopped a car ... the driver of the car had got out"): the person the conduct wronged, described
 * by the vehicle. Counted when the text says the officer hit, stopped or injured.
 */
// The owner of a vehicle the officer damaged is wronged as its driver is ("the owner of the damaged car").
const VEHICLE_PERSON =
  /\b(the\s+(?:driver|rider|passenger|occupant|owner)\s+of\s+the\s+(?:other\s+|damaged\s+|parked\s+)?(?:car|vehicle|van|lorry|motorcycle|motorbike|moped|scooter))\b/gi;
const VEHICLE_WRONGED = /\b(?:struck|hit|collided\s+with|rammed|stopped|injured|injuries|damaged)\b/i;
/** Taking a person to the ground is force used on them ("took a 15-year-old boy to the ground"). */
const TAKEN_DOWN = new RegExp(`\\btook\\s+(${DESCRIPTION})\\s+to\\s+the\\s+ground\\b`, 'gi');
/**
 * Messages the conduct consists of, with the person they were sent to: "exchanged messages on an app
 * with a 15-year-old girl". A relationship "with a woman he had met" is the conduct itself, not a
 * wrong to her (see RELATIVE_CLAUSES), so only messages count.
 */
/**
 * Records looked up about a person, or a call taken from them: "searched police systems for
 * information about a neighbour", "took a 999 call from a woman" (the conduct is towards the caller).
 */
const LOOKED_UP_OR_CALLED = new RegExp(
  `\\b(?:(?:records|information|details|systems)\\s+(?:[\\w-]+\\s+){0,4}?about|calls?\\s+from)\\s+(${DESCRIPTION}|${ACQUAINTANCE})`,
  'gi',
);
const MESSAGES_WITH = new RegExp(`\\b(?:messages|messaged)\\s+(?:[\\w-]+\\s+){0,6}?with\\s+(${DESCRIPTION})`, 'gi');
/** "a woman who had reported domestic abuse", "a 19-year-old woman he met". */
const WITH_CLAUSE = new RegExp(`\\b(${DESCRIPTION})(?=\\s+(?:${RELATIVE_CLAUSES.join('|')}))`, 'gi');
/** A partner as victim: "a former partner", or a party's partner as the object of conduct ("assaulted the appellant's partner"). */
const PARTNER = new RegExp(
  // The verb is matched, not looked behind for: a lookbehind of every verb at every word is slow.
  `\\b((?:a|an)\\s+(?:former|ex-)\\s*partner)\\b|\\b(?:${CONDUCT_VERBS.join('|')})\\s+((?:the\\s+(?:appellant|claimant|respondent|officer)['’]s|his|her)\\s+(?:former\\s+|ex-)?(?:partner|wife|husband|girlfriend|boyfriend))\\b`,
  'gi',
);

/** A relative by possessive: a pronoun, a label ("Mr P's", "Child B's"), or a party or described person ("the claimant's"). */
const RELATIVE = `(?:[Hh]is|[Hh]er|[Tt]heir|(?:Mr|Ms|Mrs|Miss|Mx|Child|Person|Woman|Man|Girl|Boy|Victim|Complainant|Resident|Passenger|Detainee)\\s+(?:[A-Z]\\d?|\\d{1,2})['’]s|[Tt]he\\s+${adjectives}(?:claimant|appellant|deceased|${nouns})['’]s)\\s+(?:${RELATIVES.join('|')})`;
/** An introduced description with its article in either case, since a complainer often opens the sentence ("A woman complained"). */
const OPENING_DESCRIPTION = `[Aa]n?\\s+${adjectives}(?:${nouns})\\b`;
const COMPLAINER = `${GROUP}|${RELATIVE}|${OPENING_DESCRIPTION}`;
/**
 * A person described, not named, who complained: the complaint's author ("complaints were made by two
 * members of staff", "a complaint raised by a motorist", "was reported by a junior colleague") or the
 * subject of "complained" ("His mother complained about ...", "A neighbour alleged that ..."). Case matters here, so "Mr P's" is a label and not any two words.
 */
/** "a complaint was made by", "complaints received from": the words before the complaint's author. */
const COMPLAINT_MADE_BY = '\\bcomplaints?\\s+(?:(?:was|were|had\\s+been)\\s+)?(?:made|raised|lodged|brought|received)\\s+(?:by|from)\\s+';
const COMPLAINT_BY = new RegExp(`${COMPLAINT_MADE_BY}(${COMPLAINER})|\\b(?:was|were|had\\s+been)\\s+reported\\s+by\\s+(${COMPLAINER})`, 'g');
const COMPLAINED = new RegExp(
  `\\b(${COMPLAINER})(?:,?\\s+who)?\\s+(?:(?:had|then|later|subsequently)\\s+)?(?:complained|made\\s+a\\s+complaint|lodged\\s+a\\s+complaint|alleged\\s+that|reported\\s+that)\\b`,
  'g',
);
/**
 * A description the document adopts for the person wronged, in quotes: "We refer to him in this
 * document as "the detained person"", "whom we call 'the rider'".
 */
const ADOPTED_DESCRIPTION = /\b(?:refer(?:red)?\s+to|call(?:ed)?)\s+(?:him|her|them)\s+(?:[a-z]+\s+){0,4}?as\s+["“‘']((?:the|a|an)\s+[a-z][a-z -]{2,40}?)["”’']/g;
/** How far before an adopted description ("We refer to him as ...") the person it adopts is described. */
const ADOPTION_REACH = 300;
/** A pronoun's relative takes the label named last before it ("Mr P ... His mother" is "Mr P's mother"). */
const POSSESSIVE_PRONOUN = /^(?:his|her|their)\s+/i;
const LABEL = /\b(?:Mr|Ms|Mrs|Miss|Mx)\s+[A-Z]\b(?![a-z'’])/g;

/**
 * The role itself as the person's only name: "struck the member of the public", "a complaint was
 * received from the member of the public", "(referred to as the victim)". A definite reference may
 * point back to a person described before, so it counts only when the document counts no one else.
 */
const ROLE = '[Tt]he\\s+(?:member\\s+of\\s+the\\s+public|victim)';
const ROLE_REFERENCE = new RegExp(
  `\\b(?:${CONDUCT_VERBS.join('|')})\\s+(?:(?:\\w+\\s+){0,3}to\\s+)?(${ROLE})\\b|${COMPLAINT_MADE_BY}(${ROLE})\\b|\\breferred\\s+to\\s+(?:here\\s+|below\\s+)?as\\s+(${ROLE})\\b`,
  'g',
);

/** The shapes of victimShapes.ts, built once from the patterns above. */
const PARTS = { description: DESCRIPTION, opening: OPENING_DESCRIPTION, relative: RELATIVE, group: GROUP, nouns };
const SHAPES = victimShapes(PARTS);
const RELATIONSHIP = relationshipShape(PARTS);

export interface Description {
  reference: string;
  start: number;
  end: number;
  /** Counts only when the document counts no one else (a person it may have labelled elsewhere). */
  alone?: boolean;
}

/** Every victim description, once per place (the first pattern to claim a span keeps it), in text order. */
export function describedVictims(text: string): Description[] {
  const out: Description[] = [];
  const adopted = [...text.matchAll(ADOPTED_DESCRIPTION)].map((m) => m.index ?? 0);
  for (const re of [
    ADOPTED_DESCRIPTION,
    IN_CUSTODY,
    WITH_CLAUSE,
    OBJECT_OF_CONDUCT,
    MESSAGES_WITH,
    LOOKED_UP_OR_CALLED,
    TAKEN_DOWN,
    PARTNER,
    COMPLAINT_BY,
    COMPLAINED,
    VEHICLE_PERSON,
    ...SHAPES,
    RELATIONSHIP,
    ROLE_REFERENCE,
  ]) {
    // The vehicle's driver is the text's only description of the person wronged, else the same person
    // described again ("struck a man during a roadside stop ... the driver of the car").
    if (re === VEHICLE_PERSON && (out.length || !VEHICLE_WRONGED.test(text))) continue;
    for (const m of text.matchAll(re)) {
      const phrase = m[1] ?? m[2] ?? m[3] ?? '';
      const start = (m.index ?? 0) + m[0].indexOf(phrase);
      const end = start + phrase.length;
      if (out.some((d) => d.start < end && start < d.end)) continue;
      // A description the text then adopts a name for ("a man was arrested ... We refer to him as
      // "the detained person"") is that same person.
      if (re !== ADOPTED_DESCRIPTION && adopted.some((a) => a >= end && a - end < ADOPTION_REACH)) continue;
      const reference = referenceFor(phrase, text.slice(Math.max(0, start - 600), start));
      out.push(re === RELATIONSHIP || re === ROLE_REFERENCE ? { reference, start, end, alone: true } : { reference, start, end });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** An article, pronoun or number opening a sentence, written in lower case inside a reference ("A motorist" -> "a motorist"); a label ("Mrs A's son") keeps its capital. */
const OPENING_WORD = /^(?:A|An|His|Her|Their|The|One|Two|Three|Four|Five|Several)\b/;

/** The phrase as a reference: one line, a lower-case opening, and a pronoun's relative tied to the label it refers to. */
function referenceFor(phrase: string, before: string): string {
  const flat = phrase.replace(/-\s+/g, '-').replace(/\s+/g, ' ');
  const owner = POSSESSIVE_PRONOUN.test(flat) ? [...before.matchAll(LABEL)].pop()?.[0] : undefined;
  if (owner) return flat.replace(POSSESSIVE_PRONOUN, `${owner}'s `);
  return OPENING_WORD.test(flat) ? flat.charAt(0).toLowerCase() + flat.slice(1) : flat;
}
