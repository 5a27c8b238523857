/**
 * The command line of our tools: `node:util` parseArgs (strict, so an unknown option is
 * refused; `--` ends options), with its errors said in Vietnamese, and one way to run a
 * command: a usage error prints the message and the usage, and exits with code 2.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';

/** A command line that cannot be run; the message is Vietnamese and meant for the user. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/**
 * parseArgs' error, said in Vietnamese.
 * @example describeArgumentError(Object.assign(new Error("Unknown option '--x'"), { code: 'ERR_PARSE_ARGS_UNKNOWN_OPTION' }))
 *   // 'Không hiểu tùy chọn --x (đối số bắt đầu bằng "-" thì đặt sau "--").'
 */
export function describeArgumentError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const code = (error as { code?: unknown } | null)?.code;
  const option = /'(-[^' ]+)/.exec(message)?.[1] ?? '';
  switch (code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `Không hiểu tùy chọn ${option} (đối số bắt đầu bằng "-" thì đặt sau "--").`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return `Thiếu giá trị sau ${option} (nếu giá trị bắt đầu bằng "-", hãy viết ${option}=GIÁ_TRỊ).`;
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return `Không nhận đối số ngoài tùy chọn: ${/'([^']*)'/.exec(message)?.[1] ?? message}.`;
    default:
      return `Đối số không hợp lệ: ${message}`;
  }
}

/**
 * `parseArgs` with its errors as Vietnamese `UsageError`s. Strict unless the config says
 * otherwise (parseArgs' own default).
 * @example parseCommandLine({ args: ['--docs', '5'], options: { docs: { type: 'string' } } }).values.docs // '5'
 */
export function parseCommandLine<T extends ParseArgsConfig>(config: T): ReturnType<typeof parseArgs<T>> {
  try {
    return parseArgs(config);
  } catch (error) {
    throw new UsageError(describeArgumentError(error));
  }
}

/**
 * A whole number of at least `min` given to `option`, or a UsageError naming the option.
 * @example readWholeNumber('150', '--docs', 1) // 150
 */
export function readWholeNumber(value: string, option: string, min = 0): number {
  const n = /^\s*\d+\s*$/.test(value) ? Number(value) : NaN;
  if (!Number.isSafeInteger(n) || n < min) {
    throw new UsageError(`${option} cần một số nguyên từ ${min} trở lên, không phải "${value}".`);
  }
  return n;
}

/**
 * Run a command: its exit code is what `main` returns (0 when nothing); a UsageError prints
 * its message and the usage on stderr and exits with code 2; any other error propagates.
 */
export async function runCommand(usage: string, main: () => Promise<number | void> | number | void): Promise<void> {
  try {
    process.exitCode = (await main()) ?? 0;
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`Lỗi: ${error.message}\n\n${usage}`);
    process.exitCode = 2;
  }
}
