/**
 * Police forces as texts name them: the canonical full name, the place word(s) every other form is
 * built from ("<place> Police", "<place> Constabulary", "<place> Police Service", "Chief Constable of
 * <place>"), short forms and legal titles, Welsh names, and former names with the year they ended.
 * A document is given the force under the name it uses: "Hampshire Constabulary" in a 2019 outcome
 * is that force as it was then; `currentForceName` joins the names of one force for resolution.
 */
export interface ForceEntry {
  name: string;
  place: string;
  /** Other names and short forms, matched as written (abbreviations only in capitals). */
  aliases?: readonly string[];
  /** Names the force went by before, with the last year each was in use and the place word(s) then. */
  formerNames?: readonly { name: string; place?: string; until: number }[];
}

export const FORCES: readonly ForceEntry[] = [
  {
    name: 'Metropolitan Police Service',
    place: 'Metropolitan',
    aliases: ['the Met', "Met's", 'Met Police', 'Commissioner of Police of the Metropolis', 'Police of the Metropolis', 'Police for the Metropolis', 'MPS'],
  },
  {
    name: 'City of London Police',
    place: 'City of London',
    // Its chief officer is a Commissioner, not a Chief Constable, and captions word the title several ways.
    aliases: [
      'Commissioner of Police for the City of London',
      'Commissioner of Police of the City of London',
      'Commissioner for the City of London',
      'Commissioner of the City of London',
    ],
  },
  { name: 'Avon and Somerset Constabulary', place: 'Avon and Somerset' },
  { name: 'Bedfordshire Police', place: 'Bedfordshire' },
  { name: 'Cambridgeshire Constabulary', place: 'Cambridgeshire' },
  { name: 'Cheshire Constabulary', place: 'Cheshire' },
  { name: 'Cleveland Police', place: 'Cleveland' },
  { name: 'Cumbria Constabulary', place: 'Cumbria' },
  { name: 'Derbyshire Constabulary', place: 'Derbyshire' },
  { name: 'Devon and Cornwall Police', place: 'Devon and Cornwall' },
  { name: 'Dorset Police', place: 'Dorset' },
  { name: 'Durham Constabulary', place: 'Durham' },
  { name: 'Dyfed-Powys Police', place: 'Dyfed-Powys', aliases: ['Heddlu Dyfed-Powys', 'Heddlu Dyfed Powys'] },
  { name: 'Essex Police', place: 'Essex' },
  { name: 'Gloucestershire Constabulary', place: 'Gloucestershire' },
  { name: 'Greater Manchester Police', place: 'Greater Manchester', aliases: ['GMP'] },
  { name: 'Gwent Police', place: 'Gwent', aliases: ['Heddlu Gwent'] },
  {
    name: 'Hampshire and Isle of Wight Constabulary',
    place: 'Hampshire and Isle of Wight',
    formerNames: [{ name: 'Hampshire Constabulary', place: 'Hampshire', until: 2022 }],
  },
  { name: 'Hertfordshire Constabulary', place: 'Hertfordshire' },
  { name: 'Humberside Police', place: 'Humberside' },
  { name: 'Kent Police', place: 'Kent' },
  { name: 'Lancashire Constabulary', place: 'Lancashire' },
  { name: 'Leicestershire Police', place: 'Leicestershire' },
  { name: 'Lincolnshire Police', place: 'Lincolnshire' },
  { name: 'Merseyside Police', place: 'Merseyside' },
  { name: 'Norfolk Constabulary', place: 'Norfolk' },
  { name: 'North Wales Police', place: 'North Wales', aliases: ['Heddlu Gogledd Cymru'] },
  { name: 'North Yorkshire Police', place: 'North Yorkshire' },
  { name: 'Northamptonshire Police', place: 'Northamptonshire' },
  { name: 'Northumbria Police', place: 'Northumbria' },
  { name: 'Nottinghamshire Police', place: 'Nottinghamshire' },
  { name: 'South Wales Police', place: 'South Wales', aliases: ['Heddlu De Cymru'] },
  { name: 'South Yorkshire Police', place: 'South Yorkshire' },
  { name: 'Staffordshire Police', place: 'Staffordshire' },
  { name: 'Suffolk Constabulary', place: 'Suffolk' },
  { name: 'Surrey Police', place: 'Surrey' },
  { name: 'Sussex Police', place: 'Sussex' },
  { name: 'Thames Valley Police', place: 'Thames Valley' },
  { name: 'Warwickshire Police', place: 'Warwickshire' },
  { name: 'West Mercia Police', place: 'West Mercia' },
  { name: 'West Midlands Police', place: 'West Midlands' },
  { name: 'West Yorkshire Police', place: 'West Yorkshire' },
  { name: 'Wiltshire Police', place: 'Wiltshire' },
  { name: 'British Transport Police', place: 'British Transport', aliases: ['BTP'] },
  { name: 'Civil Nuclear Constabulary', place: 'Civil Nuclear' },
  { name: 'Ministry of Defence Police', place: 'Ministry of Defence' },
];

/**
 * Offices that answer for a force, named with the force's place after them: the chief officer is
 * the appropriate authority (and a party in judgments), and a police and crime commissioner is a
 * party for the force of the same area ("Police and Crime Commissioner for Wiltshire").
 */
export const PLACE_TITLES: readonly string[] = [
  'Chief Constable of',
  'Police and Crime Commissioner for',
  'Police and Crime Commissioner of',
  'Police, Fire and Crime Commissioner for',
];

/**
 * Bodies whose names look like a force's but whose officers are outside the England and Wales
 * misconduct regime this graph covers (or which are no force at all): named so that a mention of
 * one is never read as a force, and never given to a subject officer.
 */
export const OUT_OF_SCOPE_BODIES: readonly { name: string; why: string }[] = [
  { name: 'Police Scotland', why: 'Scottish force: its own conduct regulations and PIRC, not the IOPC' },
  { name: 'Police Service of Northern Ireland', why: 'Northern Irish force: the Police Ombudsman, not the IOPC' },
  { name: 'PSNI', why: 'Police Service of Northern Ireland' },
  { name: 'Police Federation', why: 'staff association, not a force' },
  { name: 'Police Appeals Tribunal', why: 'a tribunal that hears officers’ appeals' },
  { name: 'College of Policing', why: 'professional body that keeps the barred list' },
  { name: 'National Police Chiefs’ Council', why: 'coordinating body, not a force' },
  { name: 'Independent Office for Police Conduct', why: 'the watchdog, not a force' },
  { name: 'National Crime Agency', why: 'a law enforcement agency outside the Police Act forces' },
  { name: 'States of Jersey Police', why: 'Crown dependency force, outside England and Wales' },
  { name: 'Isle of Man Constabulary', why: 'Crown dependency force, outside England and Wales' },
];

/** Every name the force has gone by, current first. */
export function namesOf(force: ForceEntry): string[] {
  return [force.name, ...(force.formerNames ?? []).map((f) => f.name)];
}

/** The current name of the force a (possibly former) name belongs to; unknown names unchanged. */
export function currentForceName(name: string): string {
  const key = name.toLowerCase();
  for (const f of FORCES) if (namesOf(f).some((n) => n.toLowerCase() === key)) return f.name;
  return name;
}
