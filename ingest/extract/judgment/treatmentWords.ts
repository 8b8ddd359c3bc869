/**
 * The words by which a judgment says how it uses an authority, as data. Each phrase has a side:
 * `before` phrases precede the authority ("applying X", "I decline to follow X"), `after` phrases
 * follow it ("X was distinguished", "X is plainly distinguishable"). A phrase is matched as whole
 * words, case-insensitively, with any run of spaces or line breaks between its words and at most one
 * adverb in -ly ("was subsequently endorsed", "is plainly distinguishable").
 *
 * Which treatment wins when a clause holds two is TREATMENTS' order (src/domain/vocabulary.ts).
 */
import type { Treatment } from '../../../src/domain/vocabulary.js';

export interface TreatmentPhrase {
  treatment: Exclude<Treatment, 'mentioned'>;
  side: 'before' | 'after';
  phrase: string;
}

const rows = (treatment: TreatmentPhrase['treatment'], side: TreatmentPhrase['side'], phrases: string[]): TreatmentPhrase[] =>
  phrases.map((phrase) => ({ treatment, side, phrase }));

export const TREATMENT_PHRASES: readonly TreatmentPhrase[] = [
  // A decision reversed on appeal or disapproved by a higher court no longer stands, as one overruled.
  ...rows('overruled', 'before', ['overruled', 'overruling', 'overrule', 'overrules', 'disapproved', 'disapproving', 'reversed', 'reversing']),
  ...rows('overruled', 'after', [
    'was overruled',
    'were overruled',
    'has been overruled',
    'have been overruled',
    'is overruled',
    'should be overruled',
    'no longer good law',
    'not good law',
    'was reversed',
    'has been reversed',
    'had been reversed',
    'was disapproved',
    'has been disapproved',
    'cannot stand with',
    'can no longer stand',
  ]),
  ...rows('not_followed', 'before', [
    'decline to follow',
    'declined to follow',
    'not follow',
    'not to follow',
    'depart from',
    'departed from',
    'departing from',
    'refused to follow',
    'cannot accept the reasoning in',
    'do not accept the reasoning in',
    'decline to adopt',
  ]),
  ...rows('not_followed', 'after', [
    'was not followed',
    'should not be followed',
    'cannot be followed',
    'not be followed',
    'wrongly decided',
    'per incuriam',
    'no longer be relied on',
    'no longer be relied upon',
    'decline to adopt',
    'will not apply',
    'will not follow',
  ]),
  ...rows('doubted', 'before', [
    'doubted',
    'cast doubt on',
    'casting doubt on',
    'doubt about',
    'doubts about',
    'reservations about',
    'doubt the correctness of',
    'doubt whether',
    'not persuaded that',
    'not satisfied that',
  ]),
  ...rows('doubted', 'after', [
    'was doubted',
    'has been doubted',
    'has been questioned',
    'was questioned',
    'is doubtful',
    'may be doubted',
    'of doubtful authority',
    'open to question',
    'open to doubt',
    'which I doubt',
    'I doubt',
  ]),
  ...rows('distinguished', 'before', [
    'distinguishing',
    'distinguish',
    'distinguished',
    'distinguishable from',
    'different from',
    'unlike',
    'does not assist',
    'no assistance from',
    'a long way from',
    'far removed from',
  ]),
  ...rows('distinguished', 'after', [
    'is distinguishable',
    'was distinguishable',
    'distinguishable',
    'was distinguished',
    'is distinguished',
    'can be distinguished',
    'does not apply',
    'did not apply',
    'has no application',
    'of no assistance',
    'does not assist',
    'turned on its own facts',
    'on very different facts',
    'on different facts',
    'different from the present',
    'different from this case',
    'does not help',
    'did not help',
    'of no help',
    'of no real help',
    'of little help',
    'of no real assistance',
    'of little assistance',
    'not comparable',
    'not in point',
    'not on point',
  ]),
  ...rows('applied', 'before', [
    'applying',
    'I apply',
    'we apply',
    'applied',
    'apply the test in',
    'apply the principles in',
    'apply the approach in',
    'must apply',
    'bound by',
  ]),
  ...rows('applied', 'after', [
    'was applied',
    'were applied',
    'applies here',
    'applies in this case',
    'applies to this case',
    'applies with equal force',
    'is directly applicable',
    'governs this case',
    'is binding on me',
    'binds me',
    'binds this court',
    'applies squarely',
    'applies directly',
    'applies equally',
    'which I apply',
    'applied it',
    'as the governing authority',
    'as binding',
  ]),
  ...rows('followed', 'before', [
    'following',
    'I follow',
    'we follow',
    'followed',
    'in line with',
    'consistently with',
    'adopt',
    'adopting',
    'agree with',
    'no reason to depart from',
  ]),
  ...rows('followed', 'after', ['was followed', 'has been followed', 'should be followed', 'I follow', 'I would follow', 'which I adopt', 'I adopt']),
  ...rows('approved', 'before', ['approved', 'approving', 'endorsed', 'endorsing', 'affirmed', 'affirming', 'upheld']),
  ...rows('approved', 'after', ['was approved', 'has been approved', 'was endorsed', 'was affirmed', 'was upheld', 'correctly decided', 'rightly decided']),
  ...rows('considered', 'before', [
    'considered',
    'considering',
    'discussed',
    'discussing',
    'analysed',
    'analysis in',
    'examined',
    'reviewed',
    'having regard to',
    'had regard to',
  ]),
  ...rows('considered', 'after', ['was considered', 'was discussed', 'was analysed', 'was examined']),
];

/**
 * Words in front of a `before` phrase that turn it into something else: "the following", "in the
 * following" introduce a list, not an authority followed; "a hearing following" is time.
 */
export const NOT_TREATMENT_LEAD = ['the', 'hearing', 'immediately', 'shortly', 'days', 'weeks', 'months', 'years'];
