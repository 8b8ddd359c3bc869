/**
 * One name per unit, whatever the document calls it: forces and the press use abbreviations
 * ("PaDP", "TSG", "SCO19") and older names ("Diplomatic Protection Group") for the same command.
 * The graph keys a Unit by its force and this canonical name; the words a document used stay on
 * the source quote and in the unit's `aliases`.
 */
const UNIT_ALIASES: readonly { name: string; aliases: readonly string[] }[] = [
  { name: 'Parliamentary and Diplomatic Protection Command', aliases: ['PaDP', 'Parliamentary and Diplomatic Protection', 'Diplomatic Protection Group', 'DPG'] },
  { name: 'Territorial Support Group', aliases: ['TSG'] },
  { name: 'Royal and Specialist Protection', aliases: ['RaSP', 'Royalty and Specialist Protection', 'Royal and Specialist Protection Command'] },
  { name: 'Specialist Firearms Command', aliases: ['SCO19', 'SC&O19', 'MO19', 'CO19'] },
  { name: 'Counter Terrorism Command', aliases: ['SO15', 'CTC'] },
  { name: 'Criminal Investigation Department', aliases: ['CID'] },
  { name: 'Roads Policing Unit', aliases: ['RPU'] },
  { name: 'Public Protection Unit', aliases: ['PPU'] },
  { name: 'Child Abuse Investigation Team', aliases: ['CAIT'] },
  { name: 'Directorate of Professional Standards', aliases: ['DPS'] },
];

/** Every name and multi-word alias of the known units, as texts spell them out. */
export const KNOWN_UNIT_NAMES: readonly string[] = UNIT_ALIASES.flatMap((u) => [u.name, ...u.aliases.filter((a) => a.includes(' '))]);
/** The known units' abbreviations ("PaDP", "SCO19"), matched by extractors exactly as written. */
export const KNOWN_UNIT_ABBREVIATIONS: readonly string[] = UNIT_ALIASES.flatMap((u) => u.aliases.filter((a) => !a.includes(' ')));

/** Case, spacing and "the" do not make a different unit. */
function key(s: string): string {
  return s
    .replace(/^the\s+/i, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

const CANONICAL = new Map<string, string>();
for (const u of UNIT_ALIASES) {
  CANONICAL.set(key(u.name), u.name);
  for (const a of u.aliases) CANONICAL.set(key(a), u.name);
}

/**
 * The canonical name of a unit. A place before a known abbreviation stays ("Southampton CID" is
 * Southampton's department, not the force's); unknown names come back tidied but unchanged.
 */
export function canonicalUnit(name: string): string {
  const tidy = name
    .replace(/^the\s+/i, '')
    .replace(/\s+/g, ' ')
    .trim();
  return CANONICAL.get(key(tidy)) ?? tidy;
}
