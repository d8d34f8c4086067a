// `thidua check | plan | summary | help`: argument parsing, help and dispatch. Every
// usage error is one line on stderr saying what is wrong, then the command's synopsis; exit 2.
import { version } from '../../package.json';
import type { Lang } from '../engine/types';
import { runCheck, type Output } from './check-command';
import { expandFolders } from './input-files';
import { runPlan } from './plan-command';
import { runSummary } from './summary-command';
import { commandHelp, generalHelp, isCommand, text, usageHint, type Command } from './text';

/** A mistake in the command line: the message says what, `command` whose synopsis to show. */
class UsageError extends Error {
  constructor(
    message: string,
    readonly command?: Command,
  ) {
    super(message);
  }
}

type Flags = Map<string, string | true>;

/** The options each command takes; `true` for those that take a value. */
const OPTIONS: Record<Command, Record<string, boolean>> = {
  check: { '--json': false, '--lang': true, '--rules': true },
  plan: { '--lang': true, '--month': true, '--year': true, '--out': true, '--force': false },
  summary: { '--json': false, '--lang': true, '--out': true, '--rules': true },
};

/** The language asked for, read before anything else so even a usage error speaks it. */
function langOf(argv: string[]): Lang {
  for (let i = 0; i < argv.length; i++) {
    const v = argv[i] === '--lang' ? argv[i + 1] : argv[i].startsWith('--lang=') ? argv[i].slice(7) : undefined;
    if (v === 'vi' || v === 'en') return v;
    if (v !== undefined) throw new UsageError(text('vi').langValue(v));
  }
  return 'vi';
}

function parse(command: Command, args: string[], lang: Lang): { positional: string[]; flags: Flags } {
  const t = text(lang);
  const options = OPTIONS[command];
  const positional: string[] = [];
  const flags: Flags = new Map();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--') {
      positional.push(...args.slice(i + 1));
      break;
    }
    if (!arg.startsWith('-') || arg === '-') {
      positional.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const [name, inline] = arg.startsWith('--') && eq > 0 ? [arg.slice(0, eq), arg.slice(eq + 1)] : [arg, undefined];
    if (!(name in options)) throw new UsageError(t.unknownOption(name, command), command);
    if (!options[name]) {
      if (inline !== undefined) throw new UsageError(t.flagValue(name), command);
      flags.set(name, true);
      continue;
    }
    const value = inline ?? args[++i];
    if (value === undefined || (inline === undefined && value.startsWith('--'))) {
      throw new UsageError(t.missingValue(name), command);
    }
    flags.set(name, value);
  }
  return { positional, flags };
}

function wholeNumber(flags: Flags, name: string, min: number, max: number, error: (v: string) => string): number | undefined {
  const v = flags.get(name);
  if (v === undefined) return undefined;
  const n = Number(v);
  if (typeof v !== 'string' || !/^\s*\d+\s*$/.test(v) || n < min || n > max) throw new UsageError(error(String(v)), 'plan');
  return n;
}

function required(flags: Flags, name: string, command: Command, lang: Lang): string {
  const v = flags.get(name);
  if (typeof v !== 'string') throw new UsageError(text(lang).missingOption(name), command);
  return v;
}

async function inputFiles(positional: string[], command: Command, lang: Lang): Promise<string[]> {
  if (positional.length === 0) throw new UsageError(text(lang).noFiles, command);
  const files = await expandFolders(positional);
  if (files.length === 0) throw new UsageError(text(lang).noXlsx, command);
  return files;
}

const consoleOutput: Output = {
  out: (line) => new Promise<void>((resolve) => process.stdout.write(line + '\n', () => resolve())),
  err: (line) => process.stderr.write(line + '\n'),
  // A progress line is for a person watching a terminal, never for a log or a pipe.
  progress: process.stderr.isTTY ? (line) => process.stderr.write(`\r\x1b[K${line}`) : undefined,
};

async function dispatch(command: Command, args: string[], lang: Lang, io: Output): Promise<number> {
  const { positional, flags } = parse(command, args, lang);
  const json = flags.has('--json');
  const rules = flags.get('--rules');
  const rulesFile = typeof rules === 'string' ? rules : undefined;
  if (command === 'check') return runCheck({ files: await inputFiles(positional, command, lang), json, lang, rulesFile }, io);
  if (command === 'plan') {
    const month = wholeNumber(flags, '--month', 1, 12, text(lang).monthRange);
    const year = wholeNumber(flags, '--year', 1900, 9999, text(lang).yearRange);
    if (positional.length === 0) throw new UsageError(text(lang).noFiles, command);
    if (positional.length > 1) throw new UsageError(text(lang).oneFile(positional.length), command);
    if (month === undefined) throw new UsageError(text(lang).missingOption('--month'), command);
    const out = required(flags, '--out', command, lang);
    return runPlan({ file: positional[0], month, year, out, lang, force: flags.has('--force') }, io);
  }
  const out = required(flags, '--out', command, lang);
  return runSummary({ files: await inputFiles(positional, command, lang), out, rulesFile, json, lang }, io);
}

/** Runs the command line; returns the exit status. Never throws. */
export async function main(argv: string[], io: Output = consoleOutput): Promise<number> {
  let lang: Lang = 'vi';
  try {
    lang = langOf(argv);
    const [first = '', ...rest] = argv;
    if (first === '--version' || first === '-V') {
      io.out(version);
      return 0;
    }
    if (first === '--help' || first === '-h' || first === 'help') {
      const topic = first === 'help' ? rest.find((a, i) => !a.startsWith('-') && rest[i - 1] !== '--lang') : undefined;
      if (topic !== undefined && !isCommand(topic)) throw new UsageError(text(lang).unknownCommand(topic));
      io.out(topic ? commandHelp(topic, lang) : generalHelp(lang));
      return 0;
    }
    if (first === '' || first.startsWith('-'))
      throw new UsageError(first ? text(lang).unknownOption(first, 'thidua') : text(lang).noCommand);
    if (!isCommand(first)) throw new UsageError(text(lang).unknownCommand(first));
    if (rest.includes('--help') || rest.includes('-h')) {
      io.out(commandHelp(first, lang));
      return 0;
    }
    return await dispatch(first, rest, lang, io);
  } catch (e) {
    const t = text(lang);
    if (e instanceof UsageError) io.err(`${t.invalid}: ${e.message}\n${usageHint(lang, e.command)}`);
    else io.err(`${t.error}: ${String((e as Error)?.message ?? e).split('\n')[0]}`);
    return 2;
  }
}
