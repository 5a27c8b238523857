/**
 * Check a built site: every internal link and asset resolves under the base path, and the
 * HTML is valid. Prints every problem and exits non-zero when there is one.
 *
 *   npm run check:site -- [THƯ_MỤC] [--base /luu-tru/] [--origin https://example.gov.vn]
 */
import { existsSync } from 'node:fs';
import { checkBuiltSite } from '../src/checks/built-site.ts';
import { parseCommandLine, runCommand, UsageError } from './cli.ts';

export const USAGE = `Cách dùng: npm run check:site -- [THƯ_MỤC] [--base ĐƯỜNG_DẪN] [--origin ĐỊA_CHỈ]

Kiểm tra một trang đã dựng: mọi liên kết và tệp nội bộ đều tồn tại dưới đường dẫn gốc, và
HTML hợp lệ. In ra từng lỗi; thoát với mã 1 khi có lỗi.

  THƯ_MỤC            thư mục trang đã dựng (mặc định: dist)
  --base ĐƯỜNG_DẪN   đường dẫn gốc khi dựng, vd. /luu-tru/ (mặc định: BASE_PATH hoặc /)
  --origin ĐỊA_CHỈ   địa chỉ trang, vd. https://example.gov.vn
                     (mặc định: SITE_URL hoặc http://localhost:4321)
  -h, --help         in hướng dẫn này`;

/** What the command line asks for. */
export interface CheckSiteOptions {
  help: boolean;
  dist: string;
  base: string;
  origin: string;
}

/**
 * Read the command line (strict: an unknown option or a second folder is a UsageError;
 * `--` ends options). Defaults come from BASE_PATH and SITE_URL, as for the build.
 * @example readCheckSiteOptions(['out', '--base', '/luu-tru/'], {})
 *   // { help: false, dist: 'out', base: '/luu-tru/', origin: 'http://localhost:4321' }
 */
export function readCheckSiteOptions(argv: string[], env: NodeJS.ProcessEnv = process.env): CheckSiteOptions {
  const { values, positionals } = parseCommandLine({
    args: argv,
    allowPositionals: true,
    options: {
      base: { type: 'string' },
      origin: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (positionals.length > 1) {
    throw new UsageError(`Chỉ nhận một thư mục, nhưng có ${positionals.length}: ${positionals.join(', ')}.`);
  }
  return {
    help: values.help,
    dist: positionals[0] ?? 'dist',
    base: values.base ?? (env.BASE_PATH || '/'),
    origin: values.origin ?? (env.SITE_URL || 'http://localhost:4321'),
  };
}

async function main(argv: string[]): Promise<number> {
  const options = readCheckSiteOptions(argv);
  if (options.help) {
    console.log(USAGE);
    return 0;
  }
  if (!existsSync(options.dist)) {
    throw new UsageError(`Không thấy thư mục ${options.dist}: hãy dựng trang trước (npm run build).`);
  }
  const result = await checkBuiltSite(options.dist, options.base, options.origin);
  for (const b of result.broken) console.log(`liên kết hỏng: ${b.page}: ${b.href} — ${b.problem}`);
  for (const v of result.invalid) console.log(`HTML không hợp lệ: ${v.page}:${v.line}: ${v.message} [${v.rule}]`);
  console.log(`${result.pages} trang; ${result.broken.length} liên kết hỏng; ${result.invalid.length} lỗi HTML.`);
  return result.broken.length + result.invalid.length > 0 ? 1 : 0;
}

if (import.meta.main) await runCommand(USAGE, () => main(process.argv.slice(2)));
