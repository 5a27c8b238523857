/**
 * Small archives for unit tests: a validated entry from a few frontmatter fields, the rest
 * defaulted the way an editor would write them.
 */
import type { ArchiveEntry } from '../../src/archive/identity.ts';
import { DocumentSchema, type DocumentInput } from '../../src/content/schema.ts';

/** An archive entry: a "Kế hoạch" titled "Văn bản <id>" unless the data says otherwise. */
export function entry(id: string, data: Partial<DocumentInput>): ArchiveEntry {
  return {
    id,
    filePath: `content/${id}.md`,
    data: DocumentSchema.parse({ kind: 'Kế hoạch', title: `Văn bản ${id}`, ...data }),
  };
}
