import type { Standard } from './vocabulary.js';

/**
 * How texts name each Standard of Professional Behaviour, as regex sources (any case; words may be
 * split over lines, so they are joined by \s+). The 2020 Schedule 2 names, the 2008-2012 regime's
 * wording ("Fitness for Duty", "Improper Behaviour"), the older Code of Conduct's headings that
 * became a Standard, and paraphrases seen in press releases. Each row says which it is. Rows marked
 * 'described' restate what a Standard asks in the allegation's own words ("was not honest with his
 * supervisors", "failed to challenge or report it"), as notices and news write allegations without
 * naming the Standard; they count only where the text says it is stating an allegation.
 */
export type WordingSource = 'schedule 2020' | 'regime 2008-2012' | 'code before 2008' | 'paraphrase' | 'described';

export interface StandardWording {
  standard: Standard;
  source: string;
  from: WordingSource;
}

export const STANDARD_WORDINGS: readonly StandardWording[] = [
  { standard: 'Honesty and Integrity', source: 'honesty\\s+(?:and|&)\\s+integrity', from: 'schedule 2020' },
  { standard: 'Honesty and Integrity', source: 'honest\\s+(?:and|&)\\s+integrity', from: 'paraphrase' },
  { standard: 'Authority, Respect and Courtesy', source: 'authority,?\\s+respect,?\\s+(?:and|&)\\s+courtesy', from: 'schedule 2020' },
  { standard: 'Authority, Respect and Courtesy', source: 'courtesy,?\\s+(?:and|&)\\s+respect', from: 'paraphrase' },
  { standard: 'Authority, Respect and Courtesy', source: 'politeness\\s+(?:and|&)\\s+tolerance', from: 'code before 2008' },
  { standard: 'Equality and Diversity', source: 'equality\\s+(?:and|&)\\s+diversity', from: 'schedule 2020' },
  { standard: 'Equality and Diversity', source: 'fairness\\s+(?:and|&)\\s+impartiality', from: 'code before 2008' },
  { standard: 'Use of Force', source: 'use\\s+of\\s+force', from: 'schedule 2020' },
  { standard: 'Orders and Instructions', source: 'orders\\s+(?:and|&)\\s+instructions', from: 'schedule 2020' },
  { standard: 'Orders and Instructions', source: 'lawful\\s+orders', from: 'code before 2008' },
  { standard: 'Duties and Responsibilities', source: 'duties\\s+(?:and|&)\\s+responsibilities', from: 'schedule 2020' },
  { standard: 'Duties and Responsibilities', source: 'performance\\s+of\\s+duties', from: 'code before 2008' },
  { standard: 'Confidentiality', source: 'confidentiality', from: 'schedule 2020' },
  { standard: 'Fitness for Work', source: 'fitness\\s+for\\s+work', from: 'schedule 2020' },
  { standard: 'Fitness for Work', source: 'fitness\\s+for\\s+duty', from: 'regime 2008-2012' },
  { standard: 'Discreditable Conduct', source: 'discreditable\\s+conduct', from: 'schedule 2020' },
  { standard: 'Challenging and Reporting Improper Conduct', source: 'challenging\\s+(?:and|&)\\s+reporting\\s+improper\\s+conduct', from: 'schedule 2020' },
  { standard: 'Challenging and Reporting Improper Conduct', source: 'challenging\\s+(?:and|&)\\s+reporting\\s+improper\\s+behaviour', from: 'regime 2008-2012' },
  // The Standards' own text restated as conduct.
  { standard: 'Honesty and Integrity', source: '(?:not|less\\s+than)\\s+(?:been\\s+)?(?:honest|truthful)|dishonest(?:ly)?|untruthful(?:ly)?', from: 'described' },
  {
    standard: 'Discreditable Conduct',
    source:
      '(?:bring|brings|brought|bringing)\\s+(?:\\w+\\s+){0,2}?discredit\\s+(?:on|upon)\\s+the\\s+police|discredit(?:ed|s|ing)\\s+the\\s+police|(?:bring|brings|brought|bringing)\\s+the\\s+police(?:\\s+service)?\\s+into\\s+disrepute',
    from: 'described',
  },
  { standard: 'Authority, Respect and Courtesy', source: 'respect\\s+(?:and|&)\\s+courtesy', from: 'described' },
  {
    standard: 'Authority, Respect and Courtesy',
    source: "(?:fail(?:ed|s|ing)?\\s+to|did\\s+not|not\\s+to)\\s+treat\\s+(?:[\\w’']+\\s+){1,4}?with\\s+(?:courtesy|respect)",
    from: 'described',
  },
  {
    standard: 'Duties and Responsibilities',
    source: '(?:fail(?:ed|s|ing)?\\s+to|did\\s+not)\\s+(?:carry\\s+out|perform|discharge|fulfil)\\s+(?:his|her|their)\\s+(?:\\w+\\s+)?duties',
    from: 'described',
  },
  {
    standard: 'Challenging and Reporting Improper Conduct',
    source: '(?:fail(?:ed|s|ing)?\\s+to|did\\s+not|not\\s+to)\\s+challenge\\s+(?:\\w+\\s+){0,4}?(?:or|and|nor)\\s+(?:to\\s+)?report',
    from: 'described',
  },
  // Challenging alone, when what went unchallenged is a colleague's conduct ("failing to challenge the
  // use of force", "did not challenge her sergeant's behaviour"); "challenge the decision" is no breach.
  {
    standard: 'Challenging and Reporting Improper Conduct',
    source:
      "(?:fail(?:ed|s|ing)?\\s+to|did\\s+not|not\\s+to)\\s+challenge\\s+(?:(?:a|the|his|her|their)\\s+)?(?:[\\w’']+\\s+){0,2}?(?:use\\s+of\\s+force|conduct|behaviour|actions|treatment)\\b",
    from: 'described',
  },
  { standard: 'Confidentiality', source: 'without\\s+(?:a\\s+|any\\s+)?(?:legitimate\\s+|lawful\\s+|genuine\\s+)?policing\\s+purpose', from: 'described' },
];
