// `thidua summary FILE.xlsx|FOLDER ... --out OUT.xlsx [--rules R.json] [--json]`: the
// bloc's summary workbook (contracts/scoring.md). Every readable file is summarized; an
// unreadable one is named on stderr and the summary is still written (exit 2).
import { formatNumber } from '../engine/messages';
import { checkWorkbook, type CallerRules } from '../engine/report';
import {
  buildSummaryWorkbook,
  matchCriteria,
  rankUnits,
  unitsOfReports,
  type BlocSummary,
  type SummaryInput,
} from '../engine/summary';
import { documentDate } from '../engine/template';
import type { Lang } from '../engine/types';
import type { Output } from './check-command';
import { readWorkbookFile, UnreadableFileError } from './read-workbook';
import { readRulesFile } from './rules-file';
import { checkOutput, SafeWriteError, writeFileSafely } from './safe-write';
import { newWorkbookPackage } from './xlsx/add-sheets';
import { escapeForTerminal, outputProblem, text } from './text';

export interface SummaryArgs {
  files: string[];
  out: string;
  /** A classification rules file (JSON): before any rules table of the workbooks. */
  rulesFile?: string;
  json: boolean;
  lang: Lang;
}

interface FileStatus {
  file: string;
  status: 'ok' | 'unreadable';
  message?: string;
}

/** A failure that stops the command, already in words. */
class SummaryError extends Error {}

const firstLine = (e: unknown) => String((e as Error)?.message ?? e).split('\n')[0];

async function readInputs(
  args: SummaryArgs,
  rules: CallerRules | undefined,
  io: Output,
): Promise<{ inputs: SummaryInput[]; files: FileStatus[] }> {
  const inputs: SummaryInput[] = [];
  const files: FileStatus[] = [];
  for (const [n, file] of args.files.entries()) {
    if (args.files.length > 1) io.progress?.(text(args.lang).progress(n + 1, args.files.length, escapeForTerminal(file)));
    try {
      const { snapshots } = await readWorkbookFile(file, args.lang);
      inputs.push({ file, report: checkWorkbook(snapshots, { file, lang: args.lang, rules }) });
      files.push({ file, status: 'ok' });
    } catch (e) {
      const message = e instanceof UnreadableFileError ? e.message : `${file}: ${firstLine(e)}`;
      io.progress?.('');
      io.err(escapeForTerminal(message));
      files.push({ file, status: 'unreadable', message });
    }
  }
  if (args.files.length > 1) io.progress?.('');
  return { inputs, files };
}

/** Writes OUT through the one writer of new files (atomic; never over an input or an existing file). */
async function writeSummary(args: SummaryArgs, summary: BlocSummary): Promise<void> {
  const bytes = newWorkbookPackage(buildSummaryWorkbook(summary, { lang: args.lang, date: documentDate(new Date()) }));
  await writeFileSafely(args.out, bytes, { inputs: args.files });
}

function safeWriteMessage(e: unknown, args: SummaryArgs): string {
  if (e instanceof SafeWriteError) return outputProblem(e.problem, e.file, args.lang);
  return text(args.lang).cannotWrite(args.out, firstLine(e));
}

function json(summary: BlocSummary, files: FileStatus[]): string {
  return JSON.stringify(
    {
      rankedBy: summary.rankedBy,
      units: summary.units.map((u) => ({
        unit: u.unit,
        file: u.file,
        sheet: u.sheet,
        rank: u.rank,
        result: u.result,
        errors: u.errors,
        warnings: u.warnings,
      })),
      files,
    },
    null,
    2,
  );
}

/** The ranked table, its columns padded to their widest cell. */
function humanLines(summary: BlocSummary, lang: Lang): string[] {
  const t = text(lang).summary;
  const none = text(lang).report.none;
  if (summary.units.length === 0) return [t.noUnits];
  const n = (v: number | null | undefined) => (v === null || v === undefined ? none : formatNumber(v, lang));
  const header = [t.rank, t.unit, t.self, t.appraised, t.percent, t.classification, t.errors, t.warnings];
  const rows = summary.units.map((u) => {
    const side = u.result[summary.rankedBy];
    return [
      String(u.rank),
      escapeForTerminal(u.unit),
      n(u.result.self.final),
      n(u.result.appraised?.final),
      n(side?.percent),
      escapeForTerminal(u.result.classification?.[summary.rankedBy] ?? none),
      String(u.errors),
      String(u.warnings),
    ];
  });
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c].length)));
  const numeric = new Set([0, 2, 3, 4, 6, 7]);
  const line = (cells: string[]) =>
    cells
      .map((cell, c) => (numeric.has(c) ? cell.padStart(widths[c]) : cell.padEnd(widths[c])))
      .join('  ')
      .trimEnd();
  return [t.rankedBy[summary.rankedBy], line(header), ...rows.map(line)];
}

/** Runs `summary`; returns the exit status (0; 1 a unit has errors; 2 a file unreadable or OUT not written). */
export async function runSummary(args: SummaryArgs, io: Output): Promise<number> {
  const t = text(args.lang).summary;
  try {
    await checkOutput(args.out, { inputs: args.files }).catch((e: unknown) => {
      throw new SummaryError(safeWriteMessage(e, args));
    });
    const rules = args.rulesFile === undefined ? undefined : await readRulesFile(args.rulesFile, args.lang);
    if (typeof rules === 'string') throw new SummaryError(rules);
    const { inputs, files } = await readInputs(args, rules, io);
    const summary = rankUnits(unitsOfReports(inputs));
    await writeSummary(args, summary).catch((e: unknown) => {
      throw new SummaryError(safeWriteMessage(e, args));
    });
    if (args.json) {
      io.out(json(summary, files));
    } else {
      humanLines(summary, args.lang).forEach((l) => io.out(l));
      const partial = matchCriteria(summary.units).partial;
      if (partial) io.out(t.differing(partial));
      io.out(escapeForTerminal(t.written(args.out, summary.units.length)));
    }
    if (files.some((f) => f.status === 'unreadable')) return 2;
    return summary.units.some((u) => u.errors > 0) ? 1 : 0;
  } catch (e) {
    io.err(escapeForTerminal(e instanceof SummaryError ? e.message : `${text(args.lang).error}: ${firstLine(e)}`));
    return 2;
  }
}
