/**
 * Data to take away (issue 17): the rows of the CSV lists and each document as JSON. Field
 * names of the JSON follow schema.org Legislation (https://schema.org/Legislation) where they
 * exist: legislationIdentifier, legislationType, legislationDate, legislationPassedBy,
 * legislationApplies (what it implements), citation (what it mentions); the rest are ours.
 */
import type { GraphNode } from '../archive/graph.ts';
import type { Implementer } from '../archive/overview/overview.ts';
import { levelKeyOf, type IssuerLookup } from '../archive/overview/issuer-info.ts';
import { parseDocumentNumber } from '../reading/document-number.ts';
import { formatVietnameseDate } from '../text/dates.ts';
import type { CsvValue } from './csv.ts';
import { t } from './i18n.ts';
import { documentLabel } from './labels.ts';
import { levelLabel } from './levels.ts';

/** The columns of a list of documents. */
export const DOCUMENT_COLUMNS = (): string[] => [
  t('doc.number'),
  t('doc.kind'),
  t('doc.date'),
  t('doc.issuer'),
  t('csv.level'),
  t('csv.province'),
  t('csv.title'),
  t('csv.inArchive'),
  t('csv.url'),
];

/**
 * One document as a row of DOCUMENT_COLUMNS: canonical issuer, level and province from the
 * authority, the printed issuer when the authority does not know the body.
 * @example documentRow(node, issuerOf, urlOf)[0] === '27 /KH-LĐLD'
 */
export function documentRow(node: GraphNode, issuerOf: IssuerLookup, urlOf: (n: GraphNode) => string): CsvValue[] {
  const issuer = issuerOf(node);
  return [
    node.number,
    node.kind,
    node.date ? formatVietnameseDate(node.date) : '',
    issuer?.name ?? '',
    issuer ? levelLabel(levelKeyOf(issuer)) : '',
    issuer?.province ?? '',
    node.doc?.data.title ?? node.subjects[0] ?? '',
    node.doc ? t('csv.yes') : t('doc.citedOnlyShort'),
    urlOf(node),
  ];
}

/** The columns of a directive's implementers: the tree level and what each implements first. */
export const IMPLEMENTER_COLUMNS = (): string[] => [t('csv.depth'), ...DOCUMENT_COLUMNS(), t('csv.implements')];

/**
 * One implementer as a row of IMPLEMENTER_COLUMNS.
 * @example implementerRow(implementer, urlOf)[0] === 1
 */
export function implementerRow(implementer: Implementer, urlOf: (n: GraphNode) => string): CsvValue[] {
  const implemented = [...new Set(implementer.node.cites.filter((e) => e.type === 'implements').map((e) => e.to))];
  return [
    implementer.depth,
    ...documentRow(implementer.node, () => implementer.issuer, urlOf),
    implemented.map((n) => documentLabel(n)).join('; '),
  ];
}

const distinct = (nodes: GraphNode[]) => [...new Set(nodes)];

/**
 * A document as JSON: number as printed and canonical, kind, date, issuer with level and
 * province, title, and the documents it implements, is implemented by, mentions and is
 * mentioned by, as URLs.
 * @example documentJson(node, { urlOf, issuerOf }).legislationIdentifier === '27/KH-LĐLD'
 */
export function documentJson(
  node: GraphNode,
  { urlOf, issuerOf }: { urlOf: (n: GraphNode) => string; issuerOf: IssuerLookup },
) {
  const issuer = issuerOf(node);
  const out = (type: string) => distinct(node.cites.filter((e) => e.type === type).map((e) => e.to)).map(urlOf);
  const into = (type: string) => distinct(node.citedBy.filter((e) => e.type === type).map((e) => e.from)).map(urlOf);
  return {
    '@context': 'https://schema.org',
    '@type': 'Legislation',
    '@id': urlOf(node),
    url: urlOf(node),
    legislationIdentifier: node.number ? (parseDocumentNumber(node.number)?.canonical ?? node.number) : null,
    printedIdentifier: node.number,
    legislationType: node.kind ?? null,
    legislationDate: node.date ?? null,
    name: node.doc?.data.title ?? null,
    about: node.doc ? [] : node.subjects,
    inLanguage: 'vi',
    legislationPassedBy: issuer
      ? {
          '@type': 'GovernmentOrganization',
          name: issuer.name,
          level: issuer.level ?? null,
          areaServed: issuer.province ?? null,
        }
      : null,
    archived: Boolean(node.doc),
    legislationApplies: out('implements'),
    implementedBy: into('implements'),
    citation: out('mentions'),
    citedBy: into('mentions'),
  };
}
