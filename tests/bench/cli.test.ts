import { describe, it, expect } from 'vitest';
import path from 'node:path';
import { describeArgumentError, parseCommandLine, readWholeNumber, UsageError } from '../../scripts/bench/cli.ts';
import { readBenchOptions } from '../../scripts/bench/bench.ts';
import { readGenOptions } from '../../scripts/bench/gen.ts';
import { ROOT } from '../helpers/build.ts';

/** The message of the error `run` throws, or '' when it throws none. */
function errorOf(run: () => unknown): string {
  try {
    run();
    return '';
  } catch (error) {
    return error instanceof UsageError ? error.message : `not a UsageError: ${String(error)}`;
  }
}

describe('describeArgumentError', () => {
  it("says parseArgs' unknown option and missing value in Vietnamese, naming the option", () => {
    const unknown = Object.assign(new Error("Unknown option '--nhanh'. To specify a positional…"), {
      code: 'ERR_PARSE_ARGS_UNKNOWN_OPTION',
    });
    const missing = Object.assign(new Error("Option '--docs <value>' argument missing"), {
      code: 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE',
    });
    expect(describeArgumentError(unknown)).toBe(
      'Không hiểu tùy chọn --nhanh (đối số bắt đầu bằng "-" thì đặt sau "--").',
    );
    expect(describeArgumentError(missing)).toBe(
      'Thiếu giá trị sau --docs (nếu giá trị bắt đầu bằng "-", hãy viết --docs=GIÁ_TRỊ).',
    );
  });

  it('keeps the original message of an error it does not know', () => {
    expect(describeArgumentError(new Error('lạ'))).toBe('Đối số không hợp lệ: lạ');
  });
});

describe('parseCommandLine', () => {
  const options = { docs: { type: 'string' }, rebuild: { type: 'boolean' } } as const;

  it('reads options and stops reading them at "--"', () => {
    const { values, positionals } = parseCommandLine({
      args: ['--docs', '5', '--', '--rebuild'],
      options,
      allowPositionals: true,
    });
    expect({ values, positionals }).toEqual({ values: { docs: '5' }, positionals: ['--rebuild'] });
  });

  it('refuses an unknown option, a missing value and a stray argument with UsageErrors', () => {
    expect(errorOf(() => parseCommandLine({ args: ['--nhanh'], options }))).toMatch(/^Không hiểu tùy chọn --nhanh/);
    expect(errorOf(() => parseCommandLine({ args: ['--docs'], options }))).toMatch(/^Thiếu giá trị sau --docs/);
    expect(errorOf(() => parseCommandLine({ args: ['thừa'], options }))).toBe(
      'Không nhận đối số ngoài tùy chọn: thừa.',
    );
  });
});

describe('readWholeNumber', () => {
  it('reads whole numbers at or above the minimum', () => {
    expect([readWholeNumber('0', '--seed'), readWholeNumber('150', '--docs', 1)]).toEqual([0, 150]);
  });

  it('refuses fractions, signs, words, empty values and numbers under the minimum, naming the option', () => {
    for (const bad of ['1.5', '-3', '1e3', 'mười', '', '0']) {
      expect(
        errorOf(() => readWholeNumber(bad, '--docs', 1)),
        bad,
      ).toBe(`--docs cần một số nguyên từ 1 trở lên, không phải "${bad}".`);
    }
  });
});

describe('readBenchOptions', () => {
  it('reads every flag the benchmark documents', () => {
    const argv = [
      ...['--docs', '1000', '--seed', '2', '--work', 'tmp/b', '--jobs', '2'],
      ...['--rebuild', '--add', '--change-title', '--skip-plain', '--skip-browser'],
    ];
    expect(readBenchOptions(argv)).toEqual({
      help: false,
      docs: 1000,
      seed: 2,
      work: path.resolve('tmp/b'),
      jobs: 2,
      rebuild: true,
      add: true,
      changeTitle: true,
      skipPlain: true,
      skipBrowser: true,
    });
  });

  it("defaults to seed 1, the tmp/bench folder, the build's own number of processes and every stage", () => {
    expect(readBenchOptions(['--docs', '10'])).toEqual({
      help: false,
      docs: 10,
      seed: 1,
      work: path.join(ROOT, 'tmp/bench'),
      jobs: null,
      rebuild: false,
      add: false,
      changeTitle: false,
      skipPlain: false,
      skipBrowser: false,
    });
  });

  it('reads how many times each browser query runs', () => {
    expect(readBenchOptions(['--docs', '10', '--browser-runs', '5']).browserRuns).toBe(5);
    expect(errorOf(() => readBenchOptions(['--docs', '10', '--browser-runs', '0']))).toMatch(/--browser-runs/);
  });

  it('asks for --help without needing --docs', () => {
    expect(readBenchOptions(['--help']).help).toBe(true);
  });

  it('refuses a missing --docs and an unknown flag', () => {
    expect(errorOf(() => readBenchOptions([]))).toBe('Thiếu --docs N: số văn bản của kho thử.');
    expect(errorOf(() => readBenchOptions(['--docs', '5', '--skip-all']))).toMatch(/^Không hiểu tùy chọn --skip-all/);
  });
});

describe('readGenOptions', () => {
  it('reads the count, the output folder and the seed', () => {
    expect(readGenOptions(['--docs', '10', '--out', 'tmp/kho', '--seed', '4'])).toEqual({
      help: false,
      docs: 10,
      out: 'tmp/kho',
      seed: 4,
    });
  });

  it('refuses a missing --out', () => {
    expect(errorOf(() => readGenOptions(['--docs', '10']))).toBe('Thiếu --out THƯ_MỤC: nơi ghi các văn bản.');
  });
});
