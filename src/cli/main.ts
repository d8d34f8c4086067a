// `thidua check …` and `thidua plan …`: argument parsing and dispatch.
import type { Lang } from '../engine/types';
import { runCheck, type Output } from './check-command';
import { expandFolders } from './input-files';
import { runPlan } from './plan-command';

const USAGE = {
  vi: `Cách dùng:
  thidua check TỆP.xlsx [TỆP2.xlsx | THƯ_MỤC ...] [--json] [--lang vi|en]
  thidua plan TỆP.xlsx --month N [--year YYYY] --out RA.xlsx [--lang vi|en]`,
  en: `Usage:
  thidua check FILE.xlsx [FILE2.xlsx | FOLDER ...] [--json] [--lang vi|en]
  thidua plan FILE.xlsx --month N [--year YYYY] --out OUT.xlsx [--lang vi|en]`,
};

class UsageError extends Error {}

interface Parsed {
  command: string;
  positional: string[];
  flags: Map<string, string | true>;
}

const VALUE_FLAGS = new Set(['--lang', '--month', '--year', '--out']);
const BOOLEAN_FLAGS = new Set(['--json', '--help', '-h', '--force']);

function parse(argv: string[]): Parsed {
  const [command = '', ...rest] = argv;
  const positional: string[] = [];
  const flags = new Map<string, string | true>();
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    const [name, inline] =
      arg.startsWith('--') && arg.includes('=')
        ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
        : [arg, undefined];
    if (VALUE_FLAGS.has(name)) {
      const value = inline ?? rest[++i];
      if (value === undefined) throw new UsageError(`${name}: ?`);
      flags.set(name, value);
    } else if (BOOLEAN_FLAGS.has(name)) {
      flags.set(name, true);
    } else if (arg.startsWith('-') && arg !== '-') {
      throw new UsageError(arg);
    } else {
      positional.push(arg);
    }
  }
  return { command, positional, flags };
}

function langOf(flags: Map<string, string | true>): Lang {
  const v = flags.get('--lang');
  if (v === undefined) return 'vi';
  if (v === 'vi' || v === 'en') return v;
  throw new UsageError(`--lang ${String(v)}`);
}

function wholeNumber(flags: Map<string, string | true>, name: string, min: number, max: number): number | undefined {
  const v = flags.get(name);
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isInteger(n) || n < min || n > max) throw new UsageError(`${name} ${String(v)}`);
  return n;
}

const consoleOutput: Output = {
  out: (line) => new Promise<void>((resolve) => process.stdout.write(line + '\n', () => resolve())),
  err: (line) => process.stderr.write(line + '\n'),
};

/** Runs the command line; returns the exit status. Never throws. */
export async function main(argv: string[], io: Output = consoleOutput): Promise<number> {
  let lang: Lang = 'vi';
  try {
    const { command, positional, flags } = parse(argv);
    lang = langOf(flags);
    if (flags.has('--help') || flags.has('-h') || command === 'help' || command === '') {
      io.out(USAGE[lang]);
      return command === '' ? 2 : 0;
    }
    if (command === 'check') {
      if (positional.length === 0) throw new UsageError('check');
      const files = await expandFolders(positional);
      if (files.length === 0) throw new UsageError(lang === 'vi' ? 'không có tệp .xlsx nào' : 'no .xlsx files');
      return await runCheck({ files, json: flags.has('--json'), lang }, io);
    }
    if (command === 'plan') {
      const month = wholeNumber(flags, '--month', 1, 12);
      const year = wholeNumber(flags, '--year', 1900, 9999);
      const out = flags.get('--out');
      if (positional.length !== 1 || month === undefined || typeof out !== 'string') throw new UsageError('plan');
      return await runPlan({ file: positional[0], month, year, out, lang, force: flags.has('--force') }, io);
    }
    throw new UsageError(command);
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`${lang === 'vi' ? 'Lệnh không hợp lệ' : 'Invalid command'}: ${e.message}\n${USAGE[lang]}`);
    } else {
      io.err(`${lang === 'vi' ? 'Lỗi' : 'Error'}: ${String((e as Error)?.message ?? e).split('\n')[0]}`);
    }
    return 2;
  }
}
