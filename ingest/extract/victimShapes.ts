/**
 * Sentence shapes that make a described person the one the conduct wronged, beyond the object of a
 * conduct verb: the subject of a passive ("A 15-year-old boy was detained"), a participle after the
 * description ("a man arrested in the town centre"), the driver of a vehicle the officer stopped
 * ("stopped a van driven by a man"), the person a case is about ("the woman at the centre of the
 * case") and the person sent messages ("sent a student ... messages"). Built from the description
 * patterns of victimDescriptions.ts, which passes them in.
 */

/**
 * Police acts done to a person that make them the passive's subject. Not "assaulted": "a report that a
 * boy had been assaulted" is a crime the officer investigated, not conduct of the officer's.
 */
export const DONE_TO_PERSON = ['detained', 'arrested', 'stopped', 'searched', 'restrained', 'handcuffed', 'tasered'] as const;

/** Vehicles whose driver the conduct reaches through the vehicle. */
export const VEHICLES = ['car', 'van', 'vehicle', 'lorry', 'motorcycle', 'motorbike', 'moped', 'scooter', 'taxi'] as const;

/** What a case, complaint or inquiry is called when a person is "at the centre of" it. */
export const CASE_WORDS = ['case', 'allegations?', 'complaint', 'investigation', 'proceedings', 'inquiry'] as const;

export interface DescriptionParts {
  /** An introduced person in lower case ("a detained man"). */
  description: string;
  /** The same with a capital article allowed, for a sentence's subject. */
  opening: string;
  /** A group counted as one description ("two women"). */
  group: string;
  /** A relative by possessive ("Mr P's mother"). */
  relative: string;
  /** Person nouns, joined with "|". */
  nouns: string;
}

export function victimShapes(p: DescriptionParts): RegExp[] {
  const done = DONE_TO_PERSON.join('|');
  return [
    // The passive names the person the act was done to as its subject.
    new RegExp(`\\b(${p.opening})(?=\\s+was\\s+(?:${done})\\b)`, 'g'),
    // A participle with a place or reason after it is the same passive, reduced ("a man arrested in Leeds").
    new RegExp(`\\b(${p.description})(?=\\s+(?:${done})\\s+(?:in|at|on|near|outside|for)\\b)`, 'g'),
    new RegExp(
      `\\b(?:stopped|struck|hit|rammed|pursued|followed|chased)\\s+(?:a|an|the)\\s+(?:[\\w-]+\\s+)?(?:${VEHICLES.join('|')})\\s+(?:driven|ridden)\\s+by\\s+(${p.description})`,
      'gi',
    ),
    // A notice that keeps a person unnamed calls them "the woman at the centre of the case".
    new RegExp(`\\b(the\\s+(?:${p.nouns}))(?=\\s+at\\s+the\\s+(?:centre|center|heart)\\s+of\\s+(?:the|this)\\s+(?:${CASE_WORDS.join('|')})\\b)`, 'gi'),
    // Messages sent to a person are conduct towards them, even with a clause between ("sent Mr P's sister, whose number he kept, messages").
    new RegExp(`\\bsent\\s+(${p.description}|${p.relative})\\b[^.;]{0,80}?\\bmessages?\\b`, 'g'),
  ];
}

/**
 * A sexual or improper relationship pursued with a person is abuse of position towards them
 * ("an improper relationship with a vulnerable victim of fraud"). Not with a suspect: a relationship
 * with "a man who was then a suspect" is the officer's misconduct, not a wrong to him, nor is an
 * "intimate relationship with a colleague", a word used of equals. The person is
 * often labelled elsewhere, so this counts only when the document counts no one else.
 */
export function relationshipShape(p: DescriptionParts): RegExp {
  return new RegExp(
    `\\b(?:sexual|improper|inappropriate|emotional)\\s+relationships?\\s+with\\s+(?:the\\s+)?(${p.description}|${p.group})(?![^.;]{0,80}\\bsuspect\\b)`,
    'gi',
  );
}
