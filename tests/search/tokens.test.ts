import { describe, it, expect } from 'vitest';
import { buildArchive } from '../../src/archive/identity.ts';
import { buildReferenceGraph } from '../../src/archive/graph.ts';
import { citedNumberKeys } from '../../src/search/tokens.ts';
import { DocumentSchema } from '../../src/content/schema.ts';

const graph = buildReferenceGraph(
  buildArchive([
    {
      id: 'plan',
      filePath: 'plan.md',
      data: DocumentSchema.parse({
        kind: 'Kế hoạch',
        title: 'Thực hiện Kế hoạch 79',
        number: '27/KH-LĐLĐ',
        date: '2024-08-08',
        implements: [{ number: '79/KH-LĐLD', date: '2024-08-02', subject: 'Thực hiện Nghị quyết số 43-NQ/TW' }],
        mentions: [{ number: '02-NQ/TW' }, { number: '79/KH-LĐLĐ' }, { number: '027/KH-LĐLĐ' }],
      }),
    },
  ]).documents,
);

describe('citedNumberKeys', () => {
  it('gives an archived document the keys it implements and, apart, those it only mentions', () => {
    const plan = graph.nodes.find((n) => n.doc)!;
    expect(citedNumberKeys(plan)).toEqual({ implementsKeys: ['79/KH-LDLD'], mentionsKeys: ['2-NQ/TW'] });
  });

  it('reads what a cited-only document implements from the subject its citations give', () => {
    const cited = graph.bySlug.get('2024/79-kh-ldld')!;
    expect(cited.doc).toBeUndefined();
    expect(citedNumberKeys(cited)).toEqual({ implementsKeys: ['43-NQ/TW'], mentionsKeys: [] });
  });
});
