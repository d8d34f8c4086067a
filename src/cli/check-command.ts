// `thidua check`: reads each file, runs the engine, prints a human or JSON report.
import path from 'node:path';
import { formatNumber } from '../engine/messages';
import { checkWorkbook } from '../engine/report';
import type { Lang, PlanSheet, Report, Section, Severity, Totals } from '../engine/types';
import { printJson } from './json-lines';
import { readWorkbookFile, UnreadableFileError } from './read-workbook';

export interface CheckArgs {
  files: string[];
  json: boolean;
  lang: Lang;
}

export interface Output {
  /** May return a promise that settles once the text is written out: a large report then waits for a slow pipe. */
  out: (line: string) => unknown;
  err: (line: string) => void;
}

/** A report-shaped entry for a file that could not be read, so --json keeps one object per file. */
type FileResult = Report & { error?: string };

async function checkFile(file: string, lang: Lang): Promise<FileResult> {
  const { snapshots } = await readWorkbookFile(file, lang);
  return checkWorkbook(snapshots, { file: path.basename(file), lang });
}

const WORDS = {
  vi: {
    criteria: 'Bảng tiêu chí',
    plan: 'Bảng nhiệm vụ',
    headerRow: 'tiêu đề ở dòng',
    section: 'Mục',
    noSection: '(không chia mục)',
    cap: 'điểm chuẩn',
    declared: 'ghi',
    self: 'tự chấm',
    appraised: 'thẩm định',
    none: '—',
    months: 'tháng',
    tasks: 'nhiệm vụ',
    keyTasks: 'nhiệm vụ trọng tâm năm',
    issues: 'Vấn đề',
    noIssues: 'Không có vấn đề nào.',
    severity: { error: 'lỗi', warning: 'cảnh báo', info: 'thông tin' } as Record<Severity, string>,
    noTables: 'không có bảng nào',
    workbook: 'tệp',
  },
  en: {
    criteria: 'Criteria table',
    plan: 'Plan table',
    headerRow: 'header at row',
    section: 'Section',
    noSection: '(no sections)',
    cap: 'cap',
    declared: 'declared',
    self: 'self',
    appraised: 'appraised',
    none: '—',
    months: 'months',
    tasks: 'tasks',
    keyTasks: 'key tasks of the year',
    issues: 'Issues',
    noIssues: 'No issues.',
    severity: { error: 'error', warning: 'warning', info: 'info' } as Record<Severity, string>,
    noTables: 'no tables',
    workbook: 'workbook',
  },
};

function totalsLine(t: Totals & { cap: number | null }, lang: Lang, declaredSelf: number | null = null): string {
  const w = WORDS[lang];
  const n = (v: number | null) => (v === null ? w.none : formatNumber(v, lang));
  const cap = t.cap === null ? n(t.capTotal) : `${n(t.capTotal)}/${n(t.cap)}`;
  const self = declaredSelf === null ? n(t.selfTotal) : `${n(t.selfTotal)} (${w.declared} ${n(declaredSelf)})`;
  return `${w.cap} ${cap}, ${w.self} ${self}, ${w.appraised} ${n(t.appraisedTotal)}`;
}

function sectionLines(s: Section, lang: Lang): string[] {
  const w = WORDS[lang];
  const head = s.label || s.title ? `${w.section} ${s.label}${s.title ? ` — ${s.title}` : ''}` : w.noSection;
  return [
    `    ${head}: ${totalsLine(s, lang, s.declaredSelf)}`,
    ...s.groups.map((g) => `      ${g.title || w.none} (${g.criteria.length}): ${totalsLine(g, lang)}`),
  ];
}

function planLine(p: PlanSheet, lang: Lang): string {
  const w = WORDS[lang];
  const tasks = p.months.reduce((n, m) => n + m.tasks.length, 0);
  const perMonth = p.months.map((m) => `T${m.month}: ${m.tasks.length}`).join(', ');
  const key = p.keyTasks.length ? `; ${p.keyTasks.length} ${w.keyTasks}` : '';
  return `  ${w.plan}: ${p.sheet} — ${p.months.length} ${w.months}, ${tasks} ${w.tasks} (${perMonth})${key}`;
}

/** The human report of one file. */
export function humanReport(r: Report, lang: Lang): string[] {
  const w = WORDS[lang];
  const lines = [r.file];
  for (const c of r.criteriaSheets) {
    lines.push(`  ${w.criteria}: ${c.sheet} (${w.headerRow} ${c.headerRow})`);
    for (const s of c.sections) for (const line of sectionLines(s, lang)) lines.push(line);
  }
  for (const p of r.planSheets) lines.push(planLine(p, lang));
  const { errors, warnings, infos } = r.summary;
  const counts = `${errors} ${w.severity.error}, ${warnings} ${w.severity.warning}, ${infos} ${w.severity.info}`;
  lines.push(`  ${w.issues} (${counts}):`);
  if (r.issues.length === 0) lines.push(`    ${w.noIssues}`);
  for (const i of r.issues) {
    const where = i.sheet ? `${i.sheet}${i.cell ? `!${i.cell}` : ''}` : w.workbook;
    lines.push(`    [${w.severity[i.severity]}] ${where} ${i.code}: ${i.message}`);
  }
  return lines;
}

function emptyReport(file: string, error: string): FileResult {
  return {
    file: path.basename(file),
    error,
    criteriaSheets: [],
    planSheets: [],
    issues: [],
    summary: { errors: 0, warnings: 0, infos: 0 },
  };
}

/** Runs the check over every file; returns the exit status (0 clean, 1 errors found, 2 unreadable). */
export async function runCheck(args: CheckArgs, io: Output): Promise<number> {
  const results: FileResult[] = [];
  let unreadable = false;
  for (const file of args.files) {
    try {
      results.push(await checkFile(file, args.lang));
    } catch (e) {
      const message =
        e instanceof UnreadableFileError ? e.message : `${file}: ${String((e as Error)?.message ?? e).split('\n')[0]}`;
      io.err(message);
      unreadable = true;
      results.push(emptyReport(file, message));
    }
  }
  if (args.json) {
    await printJson(results.length === 1 ? results[0] : results, io.out);
  } else {
    results
      .filter((r) => !r.error)
      .forEach((r, i) => {
        if (i > 0) io.out('');
        humanReport(r, args.lang).forEach((line) => io.out(line));
      });
  }
  if (unreadable) return 2;
  return results.some((r) => r.summary.errors > 0) ? 1 : 0;
}
