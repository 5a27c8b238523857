/**
 * Build the search index of a built site (src/search/build/index-site.ts): a thin command line.
 *
 *   node scripts/index-search.ts [THƯ_MỤC_TRANG] [--shard-pages N] [--jobs N] [--cache THƯ_MỤC]
 */
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildSearchIndex } from '../src/search/build/index-site.ts';
import { DEFAULT_SHARD_PAGES } from '../src/search/build/shards.ts';

const ROOT = path.resolve(import.meta.dirname, '..');

const USAGE = `Cách dùng: node scripts/index-search.ts [THƯ_MỤC_TRANG] [tùy chọn]

Lập chỉ mục tìm kiếm cho trang đã dựng (mặc định: dist): các mảnh chỉ mục Pagefind,
danh sách mảnh và chỉ mục số ký hiệu, trong THƯ_MỤC_TRANG/pagefind/.

Tùy chọn:
  --shard-pages N   số trang tối đa của một mảnh (mặc định ${DEFAULT_SHARD_PAGES}, hoặc biến SEARCH_SHARD_PAGES)
  --jobs N          số lượt Pagefind chạy song song (mặc định: tối đa 2)
  --cache THƯ_MỤC   nơi giữ các mảnh đã lập để dùng lại (mặc định node_modules/.cache/luu-tru-search,
                    hoặc biến SEARCH_CACHE_DIR)
  -h, --help        in hướng dẫn này
  --                kết thúc tùy chọn`;

/** A whole number ≥ 1, or null. */
function positive(text: string): number | null {
  const n = Number(text);
  return Number.isInteger(n) && n >= 1 ? n : null;
}

function fail(message: string, code: number): never {
  console.error(`${message}\n\n${USAGE}`);
  process.exit(code);
}

let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    strict: true,
    options: {
      'shard-pages': { type: 'string' },
      jobs: { type: 'string' },
      cache: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
} catch (error) {
  const { code, message } = error as Error & { code?: string };
  const what =
    code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION'
      ? 'Không có tùy chọn này'
      : code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE'
        ? 'Tùy chọn thiếu giá trị'
        : 'Tham số không hợp lệ';
  fail(`${what} (${message})`, 2);
}
const { values, positionals } = parsed;
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
if (positionals.length > 1) fail(`Chỉ nhận một thư mục trang, có ${positionals.length}: ${positionals.join(', ')}`, 2);
const shardPagesText = values['shard-pages'] ?? process.env['SEARCH_SHARD_PAGES'] ?? String(DEFAULT_SHARD_PAGES);
const shardPages =
  positive(shardPagesText) ?? fail(`--shard-pages phải là số nguyên dương, không phải "${shardPagesText}"`, 2);
const jobsText = values.jobs ?? String(Math.min(2, availableParallelism()));
const jobs = positive(jobsText) ?? fail(`--jobs phải là số nguyên dương, không phải "${jobsText}"`, 2);
const dist = path.resolve(positionals[0] ?? 'dist');
const cache = path.resolve(
  values.cache ?? process.env['SEARCH_CACHE_DIR'] ?? path.join(ROOT, 'node_modules/.cache/luu-tru-search'),
);
try {
  await buildSearchIndex({ dist, shardPages, jobs, cache, log: (line) => console.log(line) });
} catch (error) {
  console.error(`Lỗi lập chỉ mục tìm kiếm: ${(error as Error).message}`);
  process.exit(1);
}
