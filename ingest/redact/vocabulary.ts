/**
 * Words that decide whether a capitalised run of words is a person and whether that person holds a
 * public role. Data, not patterns: the patterns in names.ts and roles.ts are built from these lists,
 * and tests/unit/redact.test.ts checks them table by table.
 */

/** Honorifics before a private or public person's name ("Mrs Amara Okafor", "Dr Lee"). */
export const HONORIFICS = ['Mr', 'Mrs', 'Ms', 'Miss', 'Mx', 'Dr', 'Master', 'Mister', 'Madam', 'Prof', 'Professor', 'Sir', 'Dame', 'Rev', 'Reverend'] as const;

/** Judicial titles before a name: the holder is a judge, a public role ("Lord Justice Bean", "HHJ Reddihough"). */
export const JUDGE_TITLES = [
  'Lord Justice',
  'Lady Justice',
  'Mr Justice',
  'Mrs Justice',
  'Ms Justice',
  'His Honour Judge',
  'Her Honour Judge',
  'HHJ',
  'District Judge',
  'Deputy District Judge',
  'Judge',
  'Lord',
  'Lady',
  'Baroness',
  'Baron',
] as const;

/** Post-nominal judicial marks after a surname ("Fordham J", "Bean LJ", "Lord Reed PSC"). */
export const JUDGE_SUFFIXES = ['J', 'LJ', 'LCJ', 'MR', 'JSC', 'PSC', 'DJ'] as const;
/** The Queen's or King's Police Medal: only officers hold it. */
export const OFFICER_SUFFIXES = ['QPM', 'KPM'] as const;
/** Counsel's post-nominals ("Jane Doe KC"). */
export const COUNSEL_SUFFIXES = ['KC', 'QC', 'SC'] as const;

/**
 * Roles that, said right after a name (", Legally Qualified Chair", "(Chair)", ", counsel for the
 * officer"), make the person public. Lower case; matched case-insensitively.
 */
export const PUBLIC_ROLES_AFTER = [
  'legally qualified chair',
  'legally qualified person',
  'chair',
  'chairperson',
  'chairman',
  'panel chair',
  'panel member',
  'independent panel member',
  'independent member',
  'lay member',
  'police member',
  'counsel',
  'barrister',
  'solicitor',
  'presenting officer',
  'appropriate authority',
  'chief constable',
  'deputy chief constable',
  'assistant chief constable',
  'commissioner',
  'deputy commissioner',
  'assistant commissioner',
  'director',
  'director general',
  'regional director',
  'deputy director',
  'head of professional standards',
  'spokesperson',
  'spokesman',
  'spokeswoman',
  'police and crime commissioner',
  'investigating officer',
  'lead investigator',
  'investigator',
  'police officer',
  'officer',
  'federation representative',
  'police federation representative',
  'police friend',
  'judge',
  'chancellor of the high court',
  'president of the queen\'s bench division',
  'president of the king\'s bench division',
  'master of the rolls',
  'lord chief justice',
  'head of legal services',
  'head of',
] as const;

/**
 * Roles written before a name ("chaired by Ms X", "Chair: X", "Counsel for the officer: X",
 * "Chief Constable X"). Ranks are read from ingest/extract/ranks.ts, not repeated here.
 */
export const PUBLIC_ROLES_BEFORE = [
  'chaired by',
  'chair',
  'chairperson',
  'chairman',
  'chairwoman',
  'led by',
  'review led by',
  'panel chair',
  'legally qualified chair',
  'lqc',
  'panel member',
  'panel members',
  'independent panel member',
  'independent member',
  'lay member',
  'police member',
  'counsel',
  'counsel for the officer',
  'counsel for the appropriate authority',
  'represented by',
  'presenting officer',
  'solicitor',
  'chief constable',
  'commissioner',
  'director',
  'director general',
  'regional director',
  'officer',
  'police officer',
  'former officer',
  'investigator',
  'judge',
  'instructed by',
  'messrs',
  'officer concerned',
  'subject officer',
  'officer subject to the proceedings',
  'name of officer',
  'officer name',
  "officer's name",
] as const;

/**
 * Words that end a place or an institution, not a person: "Chester Crown Court", "Hope Street",
 * "Rose Garden". A candidate name followed by one of these is not a person. Words that are also
 * common surnames (Wood, Green, Hill, Hall, Park, Heath) are left out: "Grace Wood" is a person.
 */
export const NOT_PERSON_AFTER = [
  'street', 'road', 'lane', 'avenue', 'close', 'drive', 'crescent', 'terrace', 'row', 'place', 'square', 'gardens', 'garden',
  'parade', 'mews', 'quay', 'wharf', 'court', 'courts', 'crown', 'magistrates', 'tribunal', 'police', 'constabulary', 'station',
  'hospital', 'council', 'university', 'college', 'school', 'academy', 'centre', 'center', 'house', 'tower', 'church', 'cathedral',
  'prison', 'airport', 'unit', 'team', 'division', 'command', 'department', 'directorate', 'service', 'services', 'borough',
  'county', 'city', 'town', 'village', 'estate', 'district', 'ward', 'office', 'trust', 'ltd', 'limited', 'plc', 'llp', 'group',
  'federation', 'association', 'society', 'agency', 'authority', 'commission', 'ministry', 'act', 'regulations', 'rules', 'hotel',
  'inn', 'club', 'market', 'shopping', 'institute', 'foundation', 'partnership', 'chambers', 'solicitors', 'railway', 'river',
  'forest', 'industrial', 'retail', 'primary', 'nhs', 'motorway', 'valley', 'constabulary', 'force', 'panel', 'hearing',
  'company', 'lawyers', 'co', 'legal', 'chambers',
  'review', 'report', 'inquiry', 'investigation', 'principles', 'test', 'case', 'rule', 'order', 'ruling', 'guidance', 'code',
] as const;

/**
 * Given names that are also ordinary words, so the lexicon calls them nouns: they start a name only
 * when a surname-like word follows ("Hope Mensah" but not "Hope Street", which NOT_PERSON_AFTER stops).
 */
export const WORD_GIVEN_NAMES = [
  'hope', 'rose', 'faith', 'joy', 'summer', 'amber', 'ruby', 'holly', 'ivy', 'dawn', 'pearl', 'daisy', 'iris', 'angel', 'mercy',
  'hazel', 'jade', 'crystal', 'skye', 'sky', 'river', 'grace', 'chester', 'precious', 'blessing', 'patience', 'charity', 'honor',
  'autumn', 'april', 'june', 'may', 'sunny', 'bill', 'mark', 'will', 'frank', 'rob', 'pat', 'sue', 'gene', 'ray', 'rich',
] as const;

/** Field labels whose value is a private person's name ("Witness: Okafor"); officers' fields are read by their rank. */
export const PERSON_FIELDS = [
  'witness', 'witnesses', 'complainant', 'complainants', 'victim', 'person affected', 'affected person', 'member of the public',
  'next of kin', 'relative', 'informant', 'caller', 'reporting person', 'injured party', 'detainee', 'name', 'full name',
  'surname', 'statement of', 'statement taken from',
] as const;

/** Prepositions before a place name: "in Bath", "at Chester", "near Hope" are places, not people. */
export const PLACE_PREPOSITIONS = ['in', 'at', 'near', 'towards', 'outside', 'around', 'across', 'via', 'into'] as const;

/**
 * Capitalised words that never start or end a private person's name although a name lexicon lists
 * them: institutions, document furniture, the law's vocabulary and the parts of a caption.
 */
export const NEVER_NAME_WORDS = [
  'police', 'constable', 'officer', 'misconduct', 'hearing', 'panel', 'chair', 'outcome', 'notice', 'appeal', 'court', 'justice',
  'crown', 'queen', 'king', 'royal', 'high', 'chief', 'standards', 'professional', 'gross', 'final', 'written', 'warning', 'dismissed',
  'dismissal', 'without', 'notice', 'independent', 'office', 'conduct', 'regulations', 'schedule', 'section', 'paragraph', 'page',
  'appendix', 'annex', 'part', 'chapter', 'table', 'figure', 'case', 'claimant', 'defendant', 'appellant', 'respondent', 'interested',
  'party', 'applicant', 'tribunal', 'judgment', 'approved', 'neutral', 'citation', 'honour', 'honesty', 'integrity', 'authority',
  'respect', 'courtesy', 'equality', 'diversity', 'orders', 'instructions', 'duties', 'responsibilities', 'confidentiality',
  'fitness', 'discreditable', 'challenging', 'reporting', 'improper', 'use', 'force', 'legally', 'qualified', 'person', 'member',
  'members', 'lay', 'director', 'general', 'commissioner', 'metropolitan', 'service', 'england', 'wales', 'scotland', 'britain',
  'united', 'kingdom', 'london', 'street', 'road', 'date', 'dates', 'time', 'venue', 'name', 'rank', 'subject', 'complainant',
  'witness', 'victim', 'allegation', 'allegations', 'finding', 'findings', 'sanction', 'sanctions', 'reasons', 'decision', 'summary',
  'background', 'introduction', 'conclusion', 'conclusions', 'evidence', 'facts', 'submissions', 'determination', 'proven', 'not',
  'proved', 'breach', 'breaches', 'level', 'severity', 'culpability', 'harm', 'mitigation', 'aggravating', 'mitigating', 'mr',
  'mrs', 'ms', 'miss', 'dr', 'sir', 'lord', 'lady', 'iopc', 'ipcc', 'pfcc', 'pcc', 'psd', 'dps', 'nca', 'cps', 'kc', 'qc', 'lj', 'uk',
  'ewhc', 'ewca', 'uksc', 'admin', 'civ', 'crim', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august',
  'september', 'october', 'november', 'december', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'christmas', 'easter', 'covid', 'whatsapp', 'facebook', 'instagram', 'snapchat', 'twitter', 'google', 'iphone', 'tiktok', 'pnc',
  'niche', 'athena', 'storm', 'bwv', 'cctv', 'dc', 'pc', 'ps', 'ds', 'di', 'dci', 'sgt', 'insp', 'supt', 'acc', 'dcc', 'pcso',
  // Words that start sentences, so they follow an initial's full stop ("Mr B. The panel").
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'his', 'her', 'their', 'it', 'he', 'she', 'they', 'we', 'in', 'on', 'at',
  'for', 'to', 'by', 'from', 'with', 'following', 'during', 'after', 'however', 'when', 'while', 'although', 'there',
  'accordingly', 'further', 'finally', 'also', 'both', 'each', 'but', 'and', 'or', 'if', 'as', 'all', 'no', 'yes',
] as const;
