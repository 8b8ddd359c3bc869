/**
 * The peer bench:api measures us against: @neo4j/graphql's generated API over the labels and
 * relationship types our graph already has, as a user would write it to serve the same graph
 * without our resolvers. Properties are declared with the types the generated graph stores (dates
 * are ISO strings; ingestedAt is a DateTime).
 */
export const PEER_TYPE_DEFS = /* GraphQL */ `
  type Officer @node {
    id: ID!
    name: String
    label: String
    rank: String
    warrantNumber: String
    former: Boolean
    force: String
    serves: [Force!]! @relationship(type: "SERVES_IN", direction: OUT)
    mentions: [OfficerMention!]! @relationship(type: "RESOLVED_TO", direction: IN, properties: "Resolution")
    units: [Unit!]! @relationship(type: "MEMBER_OF", direction: OUT, properties: "Membership")
    proceedings: [Proceeding!]! @relationship(type: "CONCERNS", direction: IN)
    allegations: [Allegation!]! @relationship(type: "AGAINST", direction: IN)
    outcomes: [Outcome!]! @relationship(type: "RECEIVED", direction: OUT)
  }

  type Resolution @relationshipProperties {
    score: Float
    reasons: [String!]
    method: String
  }

  type Membership @relationshipProperties {
    asOf: String
    docId: String
    page: Int
    quote: String
  }

  type OfficerMention @node {
    id: ID!
    name: String
    label: String
    rank: String
    rankText: String
    page: Int
    start: Int
    end: Int
    quote: String
    documents: [Document!]! @relationship(type: "MENTIONS", direction: IN)
  }

  type Document @node {
    id: ID!
    title: String
    kind: String
    force: String
    neutralCitation: String
    decisionDate: String
  }

  type Unit @node {
    id: ID!
    name: String
    forces: [Force!]! @relationship(type: "PART_OF", direction: OUT)
    members: [Officer!]! @relationship(type: "MEMBER_OF", direction: IN, properties: "Membership")
  }

  type Force @node {
    name: String!
    officers: [Officer!]! @relationship(type: "SERVES_IN", direction: IN)
  }

  type Proceeding @node {
    id: ID!
    force: String
    incidentDate: String
    hearingDate: String
    decisionDate: String
    rulings: [Document!]! @relationship(type: "REVIEWS", direction: IN)
  }

  type Allegation @node {
    id: ID!
    standard: String
    finding: String
    docId: String
    page: Int
    start: Int
    end: Int
    quote: String
  }

  type Outcome @node {
    id: ID!
    outcome: String
    docId: String
    page: Int
    quote: String
  }
`;
