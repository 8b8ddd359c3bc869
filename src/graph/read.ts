/**
 * Any function running one read query and returning its rows as plain objects: the API passes
 * its reader limited by the request's database budget, ingest, benchmarks and tests a Graph's.
 * Every query function in src/graph takes one, so the same Cypher runs under either.
 */
export type Read = <T>(cypher: string, params?: Record<string, unknown>) => Promise<T[]>;
