// Sanction precedents start from the allegations under the lawyer's Standards with the finding: a
// seek on both at once instead of on one and a filter over a fifth of every allegation.
CREATE INDEX allegation_standard_finding IF NOT EXISTS FOR (n:Allegation) ON (n.standard, n.finding);
// Precedents of one force, with no Standard or words given, start from that force's proceedings.
CREATE INDEX proceeding_force IF NOT EXISTS FOR (n:Proceeding) ON (n.force);
