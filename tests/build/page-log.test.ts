/** Astro's log with per-file lines counted (src/build/page-log.mjs). */
import { describe, expect, it } from 'vitest';
import { countFileLines } from '../../src/build/page-log.mjs';

interface LogEvent {
  label: string | null;
  level: string;
  message: string;
  newLine: boolean;
}

const fileLines = (path: string, time = ' (+12ms) '): LogEvent[] => [
  { label: null, level: 'info', message: `  \u001b[34m├─\u001b[39m \u001b[2m${path}\u001b[22m`, newLine: false },
  { label: 'SKIP_FORMAT', level: 'info', message: time, newLine: true },
];

function run(events: LogEvent[], every = 2) {
  const written: LogEvent[] = [];
  const log = countFileLines({ write: (e: LogEvent) => written.push(e) }, every);
  for (const e of events) log.write(e);
  // eslint-disable-next-line no-control-regex -- colour codes removed for reading
  const plain = (text: string) => text.replace(/\u001b\[[0-9;]*m/g, '').trim();
  return { written: written.map((e) => `${e.label ?? '-'}: ${plain(e.message)}`), files: log.files() };
}

describe('countFileLines', () => {
  it('counts the two lines of each written file and prints a progress line every N files', () => {
    const { written, files } = run([
      ...fileLines('/a/index.html'),
      ...fileLines('/b/feed.xml', ' (cached)'),
      ...fileLines('/c/index.html', ' (+1.2s) '),
    ]);
    expect(files).toBe(3);
    expect(written).toEqual(['build: 2 tệp đã ghi']);
  });

  it('writes every other line as it came', () => {
    const other = [
      { label: 'build', level: 'info', message: 'Building static entrypoints...', newLine: true },
      { label: 'SKIP_FORMAT', level: 'info', message: '\n generating static routes ', newLine: true },
      { label: 'content', level: 'warn', message: 'Bỏ qua a.md', newLine: true },
    ];
    expect(run(other).written).toEqual([
      'build: Building static entrypoints...',
      'SKIP_FORMAT: generating static routes',
      'content: Bỏ qua a.md',
    ]);
  });

  it("keeps a file's path when something else follows it (its error)", () => {
    const [path] = fileLines('/a/index.html');
    const error = { label: 'build', level: 'error', message: 'Lỗi dựng trang', newLine: true };
    expect(run([path!, error]).written).toEqual(['-: ├─ /a/index.html', 'build: Lỗi dựng trang']);
  });

  it('formats the count the Vietnamese way', () => {
    const events = Array.from({ length: 5000 }, (_, i) => fileLines(`/p${i}/index.html`)).flat();
    expect(run(events, 5000).written).toEqual(['build: 5.000 tệp đã ghi']);
  });
});
