// Officers' name keys as src/domain/names.ts folds them (surnameKey, firstNamesKey): accents and
// case gone, apostrophes and hyphens joining a name's parts (O'Brien, O’Brien and OBrien are one
// name), other punctuation separating words, titles dropped. Keys written before kept apostrophes
// and hyphens and turned curly apostrophes and letters without a decomposition into spaces, so a
// later mention would not find its officer. Recomputed from the officer's name, only for officers
// the writer keyed (one without a key was never written by it); idempotent.
MATCH (o:Officer) WHERE o.name IS NOT NULL AND o.label IS NULL
WITH o, reduce(s = '', c IN split(normalize(toLower(o.name), NFKD), '') |
  s + CASE
    WHEN c IN ["'", '’', '‘', '`', '-', '‐', '‑', '–'] OR (c >= '\u0300' AND c <= '\u036f') THEN ''
    WHEN c =~ '[\\p{L}\\p{N}]' THEN c
    ELSE ' ' END) AS folded
WITH o, [w IN split(folded, ' ') WHERE w <> '' AND NOT w IN ['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'sir', 'dame']] AS words
WHERE size(words) > 0
WITH o, last(words) AS surname, CASE WHEN size(words) > 1 THEN reduce(s = head(words), w IN tail(words)[..-1] | s + ' ' + w) END AS firstNames
WHERE o.surnameKey IS NOT NULL AND (o.surnameKey <> surname OR coalesce(o.firstNames, '') <> coalesce(firstNames, ''))
SET o.surnameKey = surname, o.firstNames = firstNames;

// Judgment parties' keys as names.partyNameKey folds them (write.ts's partyKey), same fold, "the"
// in front dropped, titles kept. A label party's key is scoped to its document ("docId#...").
// A party whose new key another party already holds keeps its old key rather than failing the
// unique constraint; the two stay apart as they were.
MATCH (p:Party) WHERE p.name IS NOT NULL
WITH p, split(p.key, '#') AS scoped,
  reduce(s = '', c IN split(normalize(toLower(p.name), NFKD), '') |
    s + CASE
      WHEN c IN ["'", '’', '‘', '`', '-', '‐', '‑', '–'] OR (c >= '\u0300' AND c <= '\u036f') THEN ''
      WHEN c =~ '[\\p{L}\\p{N}]' THEN c
      ELSE ' ' END) AS folded
WITH p, scoped, [w IN split(folded, ' ') WHERE w <> ''] AS words
WHERE size(words) > 0
WITH p, scoped, CASE WHEN words[0] = 'the' AND size(words) > 1 THEN tail(words) ELSE words END AS words
WITH p, reduce(s = head(words), w IN tail(words) | s + ' ' + w) AS nameKey, scoped
WITH p, CASE WHEN size(scoped) > 1 THEN scoped[0] + '#' + nameKey ELSE nameKey END AS newKey
WHERE p.key <> newKey
// One row a transaction: two old keys may fold to one new key, and the second must see the first.
CALL {
  WITH p, newKey
  WITH p, newKey WHERE NOT EXISTS { MATCH (:Party {key: newKey}) }
  SET p.key = newKey
} IN TRANSACTIONS OF 1 ROW;
