import type { Graph } from '../../src/graph/driver.js';
import { officerId, plan, SURNAMES, type Scale } from '../generate-graph.js';
import { SAMPLES } from './settings.js';

/** The query list: each scenario's GraphQL operation, its inputs, and the same question put to the peer where it can answer. */

export interface Scenario {
  name: string;
  query: string;
  variables: Record<string, unknown>[];
  /** The same question put to @neo4j/graphql, with variables in the same order. */
  peer?: { query: string; variables: Record<string, unknown>[] };
}

export async function scenarios(scale: Scale, graph: Graph): Promise<Scenario[]> {
  const p = plan(scale);
  let seed = 42;
  const rand = () => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648;
  const sample = <T>(xs: readonly T[], n = SAMPLES) => Array.from({ length: n }, () => xs[Math.floor(rand() * xs.length)]!);
  const officers = Array.from({ length: SAMPLES }, () => ({ id: officerId(Math.floor(rand() * p.officers.length)) }));
  // Only cases somebody cited exist; the order makes the sample the same every run.
  const [{ cited } = { cited: [] }] = await graph.read<{ cited: string[] }>('MATCH (c:Case) WITH c.citation AS c ORDER BY c RETURN collect(c) AS cited');
  const cases = sample(cited).map((citation) => ({ citation }));
  const searches = [
    'gross misconduct',
    '"body worn video"',
    'Wednesbury AND irrationality',
    'dishonest*',
    '"legitimate expectation"',
    'taser AND restraint',
    '"Territorial Support Group"',
    'vetting',
    ...sample(SURNAMES, 8),
  ].map((query) => ({ query }));
  const years = [null, 2018, 2020, 2022].map((from) => ({ from }));
  const [{ rulings } = { rulings: [] }] = await graph.read<{ rulings: string[] }>(
    "MATCH (d:Document {kind: 'judgment'}) WITH d.id AS id ORDER BY id LIMIT 1000 RETURN collect(id) AS rulings",
  );
  const rulingIds = rulings.length ? sample(rulings).map((id) => ({ id })) : [];
  const precedents = [
    { s: ['Honesty and Integrity'], f: 'gross_misconduct', text: null, from: null },
    { s: ['Use of Force'], f: 'gross_misconduct', text: null, from: 2020 },
    { s: ['Discreditable Conduct'], f: 'misconduct', text: null, from: null },
    { s: ['Honesty and Integrity'], f: 'gross_misconduct', text: '"false statement"', from: 2018 },
  ];
  // Drawn after the rest, so the other scenarios' samples stay those of earlier runs.
  const units = sample(p.units).map((u) => ({ id: u.id }));
  const forces = sample([...new Set(p.officers.map((o) => o.force))]).map((force) => ({ force }));
  const SHARE = 'standard force year officers dismissed notDismissed share';
  const DAYS = 'force count inconsistent median p25 p75 p90 min max';
  return [
    {
      name: 'officer profile',
      query: `query($id: ID!) { officer(id: $id) { id name label rank warrantNumber former force { name }
        mentions { name rank rankText source { document { id title kind decisionDate } page quote } resolution { score reasons method } }
        units { unit { id name } asOf source { page quote } }
        proceedings { id force incidentDate hearingDate decisionDate daysToDecision }
        allegations { standard finding source { document { id title } page start end quote } }
        outcomes { outcome source { page quote } }
        rulings { ruling { id title neutralCitation } confidence reasons } } }`,
      variables: officers,
      peer: {
        query: `query($id: ID!) { officers(where: { id: { eq: $id } }) { id name label rank warrantNumber former force
          mentionsConnection { edges { properties { score reasons method } node { name rank rankText page quote documents { id title kind decisionDate } } } }
          unitsConnection { edges { properties { asOf page quote } node { id name } } }
          proceedings { id force incidentDate hearingDate decisionDate rulings { id title neutralCitation } }
          allegations { standard finding docId page start end quote }
          outcomes { outcome page quote } } }`,
        variables: officers,
      },
    },
    {
      name: 'unit profile',
      query: `query($id: ID!) { unit(id: $id) { id name force { name officerCount }
        members { officer { id name label rank } asOf source { document { id title } page quote } } } }`,
      variables: units,
      peer: {
        query: `query($id: ID!) { units(where: { id: { eq: $id } }) { id name forces { name officersConnection { totalCount } }
          membersConnection { edges { properties { asOf docId page quote } node { id name label rank } } } } }`,
        variables: units,
      },
    },
    {
      name: 'officer list by force',
      query: `query($force: String!) { officers(filter: { force: $force }, first: 20) { edges { node { id name label rank } } } }`,
      variables: forces,
      peer: {
        query: `query($force: String!) { officers(where: { force: { eq: $force } }, limit: 20, sort: [{ name: ASC }]) { id name label rank } }`,
        variables: forces,
      },
    },
    {
      name: 'officer count by force',
      query: `query($force: String!) { force(name: $force) { name officerCount } }`,
      variables: forces,
      peer: {
        query: `query($force: String!) { officersConnection(where: { force: { eq: $force } }) { aggregate { count { nodes } } } }`,
        variables: forces,
      },
    },
    {
      name: 'search',
      query: `query($query: String!) { search(query: $query, first: 10) { totalCount
        edges { cursor node { pageNumber score snippet highlighted document { id title kind } } } pageInfo { hasNextPage endCursor } } }`,
      variables: searches,
    },
    {
      name: 'documents page',
      query: `query($filter: DocumentFilter) { documents(filter: $filter, first: 20) { totalCount
        edges { cursor node { id title kind status force decisionDate ingestedAt } } pageInfo { hasNextPage endCursor } } }`,
      variables: [{}, { filter: { kind: 'hearing_outcome' } }, { filter: { kind: 'judgment' } }, { filter: { status: 'ingested' } }],
    },
    {
      name: 'case cited by',
      query: `query($citation: String!) { case(citation: $citation) { citation court stub reportedBy { id title }
        citedBy { pin paragraph citing { id title neutralCitation decisionDate } source { page quote } } } }`,
      variables: cases,
    },
    {
      name: 'case treatment',
      query: `query($citation: String!) { case(citation: $citation) { citation treatment { negative counts { treatment documents }
        warning { treatment treatmentWords citing { id neutralCitation } treatmentSource { page quote } } }
        citedBy { treatment treatmentWords caseWarning { treatment } } } }`,
      variables: cases,
    },
    {
      name: 'sanction precedents',
      query: `query($s: [String!], $f: Finding, $text: String, $from: Int) { sanctionPrecedents(standards: $s, finding: $f, text: $text, fromYear: $from, first: 3) {
        proceedings buckets { outcome count share examples { proceeding { id decisionDate } finding { standard finding source { quote } }
          sanction { outcome source { quote } } reviewedBy { ruling { id neutralCitation jrResult } } } } } }`,
      variables: precedents,
    },
    ...(rulingIds.length
      ? [
          {
            name: 'decision chain',
            query: `query($id: ID!) { decisionChain(rulingId: $id) { daysFirstToLast
              steps { level decisionMaker date result known daysFromPrevious document { id title } source { page quote } } } }`,
            variables: rulingIds,
          },
          {
            name: 'related rulings',
            query: `query($id: ID!) { relatedRulings(rulingId: $id, first: 5) { score textSimilarity why sharedTerms
              ruling { id neutralCitation } sharedAuthorities { citation } coCitedBy { id } } }`,
            variables: rulingIds,
          },
        ]
      : []),
    {
      name: 'stats gross misconduct',
      query: `query($from: Int) { statistics { grossMisconductOutcomes(fromYear: $from) { officersWithGrossMisconductProven dismissed notDismissed dismissedShare }
        grossMisconductNotDismissed(fromYear: $from) { byStandard { ${SHARE} } byForce { ${SHARE} } byYear { ${SHARE} } } } }`,
      variables: years,
    },
    {
      name: 'stats incident->outcome',
      query: `query($from: Int) { statistics { incidentToOutcome(fromYear: $from) { overall { ${DAYS} } byForce { ${DAYS} } } } }`,
      variables: years,
    },
    {
      name: 'stats most cited',
      query: `query($from: Int) { statistics { mostCitedCases(fromYear: $from, first: 20) { citingDocuments citations case { citation court stub } } } }`,
      variables: years,
    },
  ];
}
