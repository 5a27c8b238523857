/** Frontmatter sources of the hostile review (issue 12), shared by unit and build tests. */

/** A YAML "billion laughs": each alias level multiplies the one below by ten. */
export function aliasBomb(levels: number): string {
  let yaml = `a0: &a0 "${'x'.repeat(1000)}"\n`;
  for (let i = 1; i < levels; i++) yaml += `a${i}: &a${i} [${Array(10).fill(`*a${i - 1}`).join(', ')}]\n`;
  return `---\n${yaml}kind: Kế hoạch\ntitle: Bom\n---\n`;
}

/** JavaScript frontmatter that writes a file when evaluated (gray-matter's `---js`). */
export function codeFrontmatter(marker: string): string {
  return `---js\n{ number: (require("fs").writeFileSync(${JSON.stringify(marker)}, "x"), "1/KH-A"), kind: "Kế hoạch", title: "Mã" }\n---\n\nNội dung.\n`;
}

/** A valid document with the given frontmatter lines replacing or adding to the defaults. */
export function documentWith(lines: Record<string, string>, body = 'Nội dung.'): string {
  const fields: Record<string, string> = {
    number: '27/KH-LĐLĐ',
    kind: 'Kế hoạch',
    title: 'Thực hiện Nghị quyết số 43-NQ/TW',
    issuer: 'LIÊN ĐOÀN LAO ĐỘNG HUYỆN PHÚ RIỀNG',
    date: "'2024-08-08'",
    ...lines,
  };
  const yaml = Object.entries(fields)
    .filter(([, value]) => value !== '')
    .map(([key, value]) => `${key}: ${value}`)
    .join('\n');
  return `---\n${yaml}\n---\n\n${body}\n`;
}
