import type { Read } from './read.js';

export interface ServerInfo {
  name: string;
  version: string;
  edition: string;
}

/** The server's product, version and edition; null when it lists none. */
export async function serverInfo(read: Read): Promise<ServerInfo | null> {
  const [row] = await read<{ name: string; versions: string[]; edition: string }>('CALL dbms.components() YIELD name, versions, edition RETURN name, versions, edition');
  return row ? { name: row.name, version: row.versions[0] ?? '?', edition: row.edition } : null;
}
