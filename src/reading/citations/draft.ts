/** A citation being read: the number found, the span of its reference, what the tail said. */
import type { FoundDocumentNumber } from '../document-number.ts';
import type { KindName } from '../kinds.ts';

export interface Draft {
  number: FoundDocumentNumber;
  start: number;
  /** End of number, date and issuer: where the next reference's "gap" begins. */
  end: number;
  kind?: KindName;
  date?: string;
  issuer?: string;
  subject?: string;
  implements: boolean;
}
