/**
 * The work an officer's rank is written with ("a response constable", "a custody sergeant", "the duty
 * inspector"): the words say what they did, not a different rank, so finders read through them to the
 * rank. Stage words ("probationary", "student") qualify a constable the same way. Data, one list,
 * shared by every finder that reads a described officer.
 */
export const ROLE_WORDS = ['response', 'custody', 'detention', 'neighbourhood', 'patrol', 'traffic', 'roads', 'duty', 'probationary', 'student'] as const;

/** One role word as a regex source, lower case as prose writes it. */
export const ROLE_WORD_SOURCE = `(?:${ROLE_WORDS.join('|')})`;
