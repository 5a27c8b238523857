/** The seed archive (content/), read as the build reads it: for tests of the archive stage. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildArchive } from '../../src/archive/identity.ts';
import { buildReferenceGraph } from '../../src/archive/graph.ts';
import { listDocuments } from '../../src/content/document-files.ts';
import { readDocumentFile } from '../../src/content/frontmatter.ts';
import { DocumentSchema } from '../../src/content/schema.ts';

/** The reference graph of the seed archive. */
export async function seedGraph() {
  const dir = path.resolve(import.meta.dirname, '../../content');
  const { files } = await listDocuments(dir);
  const entries = files.map((rel) => ({
    id: rel.replace(/\.md$/, ''),
    filePath: `content/${rel}`,
    data: DocumentSchema.parse(readDocumentFile(readFileSync(path.join(dir, rel), 'utf8'), rel).data),
  }));
  return buildReferenceGraph(buildArchive(entries).documents);
}
