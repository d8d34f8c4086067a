// `thidua check`: reads each file, runs the engine, prints a human or JSON report.
import path from 'node:path';
import { formatNumber } from '../engine/messages';
import { checkWorkbook, type CallerRules } from '../engine/report';
import type {
  Issue,
  Lang,
  PlanSheet,
  Ranking,
  Report,
  Section,
  Severity,
  SideResult,
  TableResult,
  Totals,
} from '../engine/types';
import { printJson } from './json-lines';
import { readWorkbookFile, UnreadableFileError } from './read-workbook';
import { readRulesFile } from './rules-file';
import { escapeForTerminal, text } from './text';

export interface CheckArgs {
  files: string[];
  json: boolean;
  lang: Lang;
  /** A classification rules file (JSON): before any rules table of the workbooks. */
  rulesFile?: string;
}

export interface Output {
  /** May return a promise that settles once the text is written out: a large report then waits for a slow pipe. */
  out: (line: string) => unknown;
  err: (line: string) => void;
  /** Overwrites the progress line (only where stderr is a terminal); "" clears it. */
  progress?: (line: string) => void;
}

/** A report-shaped entry for a file that could not be read, so --json keeps one object per file. */
type FileResult = Report & { error?: string };

async function checkFile(file: string, lang: Lang, rules: CallerRules | undefined): Promise<FileResult> {
  const { snapshots } = await readWorkbookFile(file, lang);
  return checkWorkbook(snapshots, { file: path.basename(file), lang, rules });
}

function totalsLine(t: Totals & { cap: number | null }, lang: Lang, declaredSelf: number | null = null): string {
  const w = text(lang).report;
  const n = (v: number | null) => (v === null ? w.none : formatNumber(v, lang));
  const cap = t.cap === null ? n(t.capTotal) : `${n(t.capTotal)}/${n(t.cap)}`;
  const self = declaredSelf === null ? n(t.selfTotal) : `${n(t.selfTotal)} (${w.declared} ${n(declaredSelf)})`;
  return `${w.cap} ${cap}, ${w.self} ${self}, ${w.appraised} ${n(t.appraisedTotal)}`;
}

function sectionLines(s: Section, lang: Lang): string[] {
  const w = text(lang).report;
  const head = s.label || s.title ? `${w.section} ${s.label}${s.title ? ` — ${s.title}` : ''}` : w.noSection;
  return [
    `    ${head}: ${totalsLine(s, lang, s.declaredSelf)}`,
    ...s.groups.map((g) => `      ${g.title || w.none} (${g.criteria.length}): ${totalsLine(g, lang)}`),
  ];
}

/** One side's final score: `62 (= 58 + 10 − 6; 103,33%; Xuất sắc)`. */
function sideText(side: SideResult, band: string | null | undefined, lang: Lang): string {
  const w = text(lang).report;
  const n = (v: number) => formatNumber(v, lang);
  const percent = side.percent === null ? '' : `; ${n(side.percent)}%`;
  const label = band === undefined ? '' : `; ${band ?? w.unclassified}`;
  return `${n(side.final)} (= ${n(side.base)} + ${n(side.bonus)} − ${n(side.penalty)}${percent}${label})`;
}

function resultLine(r: TableResult, lang: Lang): string {
  const w = text(lang).report;
  const bands = r.classification;
  const appraised = r.appraised === null ? w.none : sideText(r.appraised, bands?.appraised, lang);
  return `    ${w.result}: ${w.self} ${sideText(r.self, bands?.self, lang)}, ${w.appraised} ${appraised}; ${w.max} ${formatNumber(r.max, lang)}`;
}

function rankingLines(ranking: Ranking, lang: Lang): string[] {
  const w = text(lang).report;
  return [
    `  ${w.ranking} (${w.rankedBy[ranking.by]}):`,
    ...ranking.units.map((u) => `    ${u.rank}. ${u.sheet}: ${formatNumber(u.final, lang)}`),
  ];
}

function planLine(p: PlanSheet, lang: Lang): string {
  const w = text(lang).report;
  const tasks = p.months.reduce((n, m) => n + m.tasks.length, 0);
  const perMonth = p.months.map((m) => `T${m.month}: ${m.tasks.length}`).join(', ');
  const key = p.keyTasks.length ? `; ${w.keyTasks(p.keyTasks.length)}` : '';
  return `  ${w.plan}: ${p.sheet} — ${w.months(p.months.length)}, ${w.tasks(tasks)} (${perMonth})${key}`;
}

const SEVERITY_ORDER: Severity[] = ['error', 'warning', 'info'];
/** Cells listed in a folded line before "…". */
const FOLDED_CELLS = 10;

/** Errors, then warnings, then notes; notes of one code on one sheet folded into one line. */
function issueLines(issues: Issue[], lang: Lang): string[] {
  const w = text(lang).report;
  const line = (i: Issue, where: string, message: string) => `    [${w.severity[i.severity]}] ${where} ${i.code}: ${message}`;
  const lines: string[] = [];
  for (const severity of SEVERITY_ORDER) {
    // In the order of each group's first issue.
    const groups = new Map<string, Issue[]>();
    issues
      .filter((i) => i.severity === severity)
      .forEach((i, n) => {
        const key = severity === 'info' ? `${i.sheet}\n${i.code}` : String(n);
        groups.set(key, [...(groups.get(key) ?? []), i]);
      });
    for (const [first, ...more] of groups.values()) {
      if (more.length === 0) {
        lines.push(line(first, first.sheet ? `${first.sheet}${first.cell ? `!${first.cell}` : ''}` : w.workbook, first.message));
        continue;
      }
      const n = more.length + 1;
      const cells = [first, ...more].map((i) => i.cell).filter(Boolean);
      const shown = cells.slice(0, FOLDED_CELLS).join(', ') + (cells.length > FOLDED_CELLS ? ', …' : '');
      const phrase = w.folded[first.code]?.(n) ?? w.foldedOther(n, first.code);
      lines.push(line(first, first.sheet || w.workbook, shown ? `${phrase}: ${shown}` : phrase));
    }
  }
  return lines;
}

/** The human report of one file; `label` is the file as the user named it. Text from the file is escaped. */
export function humanReport(r: Report, lang: Lang, label = r.file): string[] {
  const w = text(lang).report;
  const lines = [label];
  for (const c of r.criteriaSheets) {
    lines.push(`  ${w.criteria}: ${c.sheet} (${w.headerRow} ${c.headerRow})`);
    for (const s of c.sections) for (const line of sectionLines(s, lang)) lines.push(line);
    lines.push(resultLine(c.result, lang));
  }
  if (r.rules) lines.push(`  ${w.rules}: ${w.rulesFrom[r.rules.source]} ${r.rules.where}`.trimEnd());
  if (r.ranking) lines.push(...rankingLines(r.ranking, lang));
  for (const p of r.planSheets) lines.push(planLine(p, lang));
  const { errors, warnings, infos } = r.summary;
  lines.push(`  ${w.issues} (${w.counts(errors, warnings, infos)}):`);
  if (r.issues.length === 0) lines.push(`    ${w.noIssues}`);
  lines.push(...issueLines(r.issues, lang));
  return lines.map(escapeForTerminal);
}

function emptyReport(file: string, error: string): FileResult {
  return {
    file: path.basename(file),
    error,
    criteriaSheets: [],
    planSheets: [],
    issues: [],
    summary: { errors: 0, warnings: 0, infos: 0 },
    rules: null,
  };
}

/** Runs the check over every file; returns the exit status (0 clean, 1 errors found, 2 unreadable). */
export async function runCheck(args: CheckArgs, io: Output): Promise<number> {
  const rules = args.rulesFile === undefined ? undefined : await readRulesFile(args.rulesFile, args.lang);
  if (typeof rules === 'string') {
    io.err(escapeForTerminal(rules));
    return 2;
  }
  const results: FileResult[] = [];
  let unreadable = false;
  for (const [n, file] of args.files.entries()) {
    if (args.files.length > 1) io.progress?.(text(args.lang).progress(n + 1, args.files.length, escapeForTerminal(file)));
    try {
      results.push(await checkFile(file, args.lang, rules));
    } catch (e) {
      const message =
        e instanceof UnreadableFileError ? e.message : `${file}: ${String((e as Error)?.message ?? e).split('\n')[0]}`;
      io.progress?.('');
      io.err(escapeForTerminal(message));
      unreadable = true;
      results.push(emptyReport(file, message));
    }
  }
  if (args.files.length > 1) io.progress?.('');
  if (args.json) {
    await printJson(results.length === 1 ? results[0] : results, io.out);
  } else {
    // Each report under the file's path as given on the command line.
    results
      .map((r, i) => ({ r, label: args.files[i] }))
      .filter(({ r }) => !r.error)
      .forEach(({ r, label }, i) => {
        if (i > 0) io.out('');
        humanReport(r, args.lang, label).forEach((line) => io.out(line));
      });
  }
  if (unreadable) return 2;
  return results.some((r) => r.summary.errors > 0) ? 1 : 0;
}
