/**
 * Where an imported document goes in the content folder, decided by its identity
 * (src/archive/identity.ts) and nothing else: a document never replaces a different one
 * (issue 12, defect 3), and the same document — same identity, or the same original bytes —
 * always finds its own file again.
 */
import path from 'node:path';
import { documentIdentity } from '../archive/identity.ts';
import { DocumentSchema } from '../content/schema.ts';
import { readFrontmatter } from '../content/frontmatter.ts';
import type { ImportedDocument } from './import-document.ts';

/** A document already placed in this run. */
export interface Claim {
  identity: string;
  sha256: string;
  file: string;
}

/** Where the document goes, or why it goes nowhere. */
export type Placement =
  /** A free file name. */
  | { kind: 'new'; base: string; target: string }
  /** The file that holds this same document; `sourceFile` is its recorded original name when the bytes are the same. */
  | { kind: 'same'; base: string; target: string; existing: string; sourceFile?: string }
  /** Already imported in this run: the same bytes (`exact`) or the same identity from other bytes. */
  | { kind: 'duplicate'; other: string; target: string; exact: boolean }
  /** A file in the way that cannot be read: never overwritten. */
  | { kind: 'unreadable'; target: string; error: string }
  /** Every candidate name is held by another document. */
  | { kind: 'no-room'; target: string };

/** What is known of the document in an existing file. */
interface ExistingFacts {
  identity: string | null;
  sha256: string | null;
  sourceFile: string | null;
}

/**
 * Read an existing archive file's identity with the build's own frontmatter reader
 * (src/content/frontmatter.ts): YAML only — a `---js` block is refused, never evaluated (issue
 * 12, defect 1) — and aliases bounded. Throws a FrontmatterError naming the file.
 */
function readExisting(markdown: string, file: string): ExistingFacts {
  const data = readFrontmatter(markdown, file);
  const source = data.source as { sha256?: unknown; file?: unknown } | null | undefined;
  const sha256 = typeof source?.sha256 === 'string' ? source.sha256 : null;
  const sourceFile = typeof source?.file === 'string' ? source.file : null;
  const parsed = DocumentSchema.safeParse(data);
  return { identity: parsed.success ? documentIdentity(parsed.data) : null, sha256, sourceFile };
}

/**
 * Choose the file for an imported document: the first candidate name that is free or already
 * holds the same document. `read` returns a file's text, or null when there is none.
 * @example placeDocument(result, 'content', new Map(), readOrNull) // { kind: 'new', base: '2024/27-kh-ldld', … }
 */
export function placeDocument(
  result: ImportedDocument,
  out: string,
  claimed: Map<string, Claim>,
  read: (file: string) => string | null,
): Placement {
  const sha256 = result.data.source!.sha256;
  for (const base of result.candidates) {
    const target = path.join(out, `${base}.md`);
    const claim = claimed.get(target);
    if (claim) {
      if (claim.sha256 === sha256 || claim.identity === result.identity) {
        return { kind: 'duplicate', other: claim.file, target, exact: claim.sha256 === sha256 };
      }
      continue;
    }
    const existing = read(target);
    if (existing === null) return { kind: 'new', base, target };
    let facts: ExistingFacts;
    try {
      facts = readExisting(existing, target);
    } catch (error) {
      return { kind: 'unreadable', target, error: (error as Error).message.split('\n')[0]!.replace(`${target}: `, '') };
    }
    const sameBytes = facts.sha256 === sha256;
    if (sameBytes || facts.identity === result.identity) {
      return {
        kind: 'same',
        base,
        target,
        existing,
        ...(sameBytes && facts.sourceFile ? { sourceFile: facts.sourceFile } : {}),
      };
    }
  }
  return { kind: 'no-room', target: path.join(out, `${result.candidates[0]}.md`) };
}
