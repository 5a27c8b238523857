/**
 * Turn HTML (mammoth's output for .docx, or a Word "Save as Web Page" export) into the
 * Markdown-ish plain text the reader expects: one paragraph per line with blank lines between,
 * headings as `#`, bold and italic kept, lists as `-`/`1.`, tables as pipe tables, and a
 * layout table (the two-column header, the signature block) read column by column — left
 * column lines, then right column lines — since that is how the header reader reads a header.
 */
import { fromHtml } from 'hast-util-from-html';
import type { Element, ElementContent, Root, RootContent } from 'hast';

type Node = Root | RootContent | ElementContent;

const SKIPPED = new Set(['head', 'style', 'script', 'title', 'meta', 'link', 'xml', 'template', 'noscript']);
const BLOCKS = new Set([
  'p',
  'div',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'ul',
  'ol',
  'li',
  'table',
  'blockquote',
  'section',
  'article',
  'body',
  'html',
  'center',
  'pre',
  'hr',
  'dl',
  'dt',
  'dd',
]);
const BOLD = new Set(['strong', 'b']);
const ITALIC = new Set(['em', 'i']);

interface Inline {
  text: string;
}

function isElement(node: Node): node is Element {
  return node.type === 'element';
}

/** Word marks hidden text with `display:none` (and mso-hide); it is not part of the document. */
function isHidden(el: Element): boolean {
  const style = String(el.properties?.style ?? '')
    .toLowerCase()
    .replace(/\s/g, '');
  return style.includes('display:none') || style.includes('mso-hide:all');
}

/** Collapse HTML whitespace; non-breaking spaces become plain spaces. */
function collapse(text: string): string {
  return text.replace(/[\s\u00a0]+/g, ' ');
}

/** Wrap a run in a Markdown marker, keeping its outer spaces outside the marker. */
function wrap(text: string, marker: string): string {
  const [, before = '', core = '', after = ''] = /^(\s*)([\s\S]*?)(\s*)$/.exec(text) ?? [];
  if (core === '' || /^[-–—_.…*]+$/.test(core)) return text;
  return `${before}${marker}${core}${marker}${after}`;
}

/** Text of inline content; `plain` drops emphasis (header cells). */
function inlineText(nodes: ElementContent[], plain: boolean, out: Inline = { text: '' }): string {
  for (const node of nodes) {
    if (node.type === 'text') out.text += collapse(node.value);
    else if (isElement(node) && !SKIPPED.has(node.tagName) && !isHidden(node)) {
      if (node.tagName === 'br') {
        out.text += '\n';
        continue;
      }
      // mammoth's footnote back-link "↑" is navigation, not text.
      const href = String(node.properties?.href ?? '');
      if (node.tagName === 'a' && /^#footnote-ref|^#endnote-ref/.test(href)) continue;
      const inner = inlineText(node.children, plain);
      if (!plain && BOLD.has(node.tagName)) out.text += wrap(inner, '**');
      else if (!plain && ITALIC.has(node.tagName)) out.text += wrap(inner, '*');
      else out.text += inner;
    }
  }
  return out.text;
}

/** Clean one output line: trim, and merge `**a** **b**` runs that Word split. */
function tidy(line: string): string {
  return line
    .replace(/\*\*(\s*)\*\*/g, '$1')
    .replace(/(?<!\*)\*(\s+)\*(?!\*)/g, '$1')
    .replace(/[ \t]+/g, ' ')
    .trim();
}

function hasBlockChild(el: Element): boolean {
  return el.children.some((c) => isElement(c) && BLOCKS.has(c.tagName));
}

function rowsOf(table: Element): Element[][] {
  const rows: Element[][] = [];
  const visit = (el: Element): void => {
    for (const c of el.children) {
      if (!isElement(c)) continue;
      if (c.tagName === 'tr')
        rows.push(c.children.filter((d): d is Element => isElement(d) && (d.tagName === 'td' || d.tagName === 'th')));
      else if (c.tagName !== 'table') visit(c);
    }
  };
  visit(table);
  return rows;
}

const cellCache = { plain: new WeakMap<Element, string[]>(), marked: new WeakMap<Element, string[]>() };

/** Lines of a cell: each paragraph or line break its own line (memoised: tables ask twice). */
function cellLines(cell: Element, plain: boolean): string[] {
  const cache = plain ? cellCache.plain : cellCache.marked;
  const cached = cache.get(cell);
  if (cached) return cached;
  const lines = readCellLines(cell, plain);
  cache.set(cell, lines);
  return lines;
}

function readCellLines(cell: Element, plain: boolean): string[] {
  const lines: string[] = [];
  walkBlocks(cell.children, lines, plain);
  return lines
    .flatMap((l) => l.split('\n'))
    .map(tidy)
    .filter((l) => l !== '');
}

/**
 * A layout table places blocks side by side (header, signature): at most two cells per row and
 * some cell holding several lines. A data table gets a pipe table instead.
 */
function isLayoutTable(rows: Element[][]): boolean {
  if (rows.length === 0 || rows.some((r) => r.length > 2)) return false;
  return rows.some((r) => r.some((c) => cellLines(c, true).length > 1)) || rows.length <= 3;
}

function tableLines(table: Element, out: string[]): void {
  const rows = rowsOf(table);
  if (isLayoutTable(rows)) {
    for (const column of [0, 1]) {
      const lines = rows.flatMap((r) => (r[column] ? cellLines(r[column], true) : []));
      if (lines.length > 0) out.push(...lines, '');
    }
    return;
  }
  const cells = rows.map((r) => r.map((c) => cellLines(c, false).join(' ').replace(/\|/g, '\\|')));
  const width = Math.max(...cells.map((r) => r.length));
  const line = (r: string[]): string => `| ${Array.from({ length: width }, (_, i) => r[i] ?? '').join(' | ')} |`;
  if (cells.length === 0) return;
  out.push(line(cells[0]!), `|${' --- |'.repeat(width)}`, ...cells.slice(1).map(line), '');
}

function pushParagraph(out: string[], text: string, prefix = ''): void {
  const lines = text
    .split('\n')
    .map(tidy)
    .filter((l) => l !== '');
  if (lines.length === 0) return;
  out.push(...lines.map((l, i) => (i === 0 ? prefix + l : l)), '');
}

function listLines(list: Element, out: string[], plain: boolean, depth: number): void {
  let n = Number(list.properties?.start ?? 1) || 1;
  for (const item of list.children) {
    if (!isElement(item) || item.tagName !== 'li') continue;
    const marker = `${'  '.repeat(depth)}${list.tagName === 'ol' ? `${n++}. ` : '- '}`;
    const inline = item.children.filter((c) => !(isElement(c) && (c.tagName === 'ul' || c.tagName === 'ol')));
    const nested = item.children.filter(
      (c): c is Element => isElement(c) && (c.tagName === 'ul' || c.tagName === 'ol'),
    );
    const inner: string[] = [];
    walkBlocks(inline, inner, plain);
    const text = inner.filter((l) => l !== '').join(' ');
    if (text !== '') out.push(marker + text);
    for (const sub of nested) listLines(sub, out, plain, depth + 1);
  }
  out.push('');
}

/** Walk block content, pushing lines (paragraphs followed by a blank line). */
function walkBlocks(nodes: Array<Node>, out: string[], plain: boolean): void {
  let run: ElementContent[] = [];
  const flush = (): void => {
    if (run.length > 0) pushParagraph(out, inlineText(run, plain));
    run = [];
  };
  for (const node of nodes) {
    if (node.type === 'comment' || node.type === 'doctype') continue;
    if (!isElement(node)) {
      if (node.type === 'text') run.push(node);
      continue;
    }
    if (SKIPPED.has(node.tagName) || isHidden(node)) continue;
    if (!BLOCKS.has(node.tagName) && !hasBlockChild(node)) {
      run.push(node);
      continue;
    }
    flush();
    const level = /^h([1-6])$/.exec(node.tagName);
    if (node.tagName === 'table') tableLines(node, out);
    else if (node.tagName === 'ul' || node.tagName === 'ol') listLines(node, out, plain, 0);
    else if (node.tagName === 'hr') out.push('---', '');
    else if (level && !hasBlockChild(node))
      pushParagraph(out, inlineText(node.children, true), plain ? '' : `${'#'.repeat(Number(level[1]))} `);
    else if (node.tagName === 'p' || node.tagName === 'dt' || node.tagName === 'dd' || node.tagName === 'li') {
      if (hasBlockChild(node)) walkBlocks(node.children, out, plain);
      else pushParagraph(out, inlineText(node.children, plain));
    } else walkBlocks(node.children, out, plain);
  }
  flush();
}

/**
 * Convert an HTML document or fragment to Markdown-ish text.
 * @example htmlToMarkdown('<p><strong>KẾ HOẠCH</strong></p><p>Thực hiện…</p>') // '**KẾ HOẠCH**\n\nThực hiện…\n'
 */
export function htmlToMarkdown(html: string): string {
  const tree = fromHtml(html);
  const out: string[] = [];
  walkBlocks(tree.children, out, false);
  return `${out
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()}\n`;
}
