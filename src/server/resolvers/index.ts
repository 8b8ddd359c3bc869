import { documentResolvers } from './document.js';
import { officerResolvers } from './officer.js';
import { proceedingResolvers } from './proceeding.js';
import { queryResolvers } from './query.js';
import { searchResolvers } from './search.js';
import { statisticsResolvers } from './statistics.js';

export const resolvers = {
  ...documentResolvers,
  ...officerResolvers,
  ...proceedingResolvers,
  ...statisticsResolvers,
  ...queryResolvers,
  ...searchResolvers,
  Query: { ...queryResolvers.Query, ...searchResolvers.Query },
};
