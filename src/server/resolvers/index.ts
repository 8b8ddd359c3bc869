import { connectionsResolvers } from './connections.js';
import { documentResolvers } from './document.js';
import { officerResolvers } from './officer.js';
import { operationsResolvers } from './operations.js';
import { proceedingResolvers } from './proceeding.js';
import { queryResolvers } from './query.js';
import { precedentResolvers } from './precedent.js';
import { withReviewResolvers } from './review.js';
import { withRoleRules } from '../roles.js';
import { searchResolvers } from './search.js';
import { statisticsResolvers } from './statistics.js';

export const resolvers = withRoleRules(
  withReviewResolvers({
    ...documentResolvers,
    ...officerResolvers,
    ...proceedingResolvers,
    ...statisticsResolvers,
    ...queryResolvers,
    ...searchResolvers,
    ...operationsResolvers,
    ...connectionsResolvers,
    Citation: { ...documentResolvers.Citation, ...precedentResolvers.Citation },
    Case: { ...documentResolvers.Case, ...precedentResolvers.Case },
    CaseTreatment: precedentResolvers.CaseTreatment,
    ChainStep: precedentResolvers.ChainStep,
    SanctionExample: precedentResolvers.SanctionExample,
    RelatedRuling: precedentResolvers.RelatedRuling,
    Query: { ...queryResolvers.Query, ...searchResolvers.Query, ...operationsResolvers.Query, ...connectionsResolvers.Query, ...precedentResolvers.Query },
    Mutation: { ...operationsResolvers.Mutation },
  }),
);
