// `thidua check`: reads each file, runs the engine, prints a human or JSON report.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { formatNumber, rulesReason } from '../engine/messages';
import { checkWorkbook, type CallerRules } from '../engine/report';
import { parseRules } from '../engine/scoring/rules';
import type { Lang, PlanSheet, Ranking, Report, Section, Severity, SideResult, TableResult, Totals } from '../engine/types';
import { loadWorkbook, UnreadableFileError, workbookSnapshots } from './read-workbook';

export interface CheckArgs {
  files: string[];
  json: boolean;
  lang: Lang;
  /** A classification rules file (JSON): before any rules table of the workbooks. */
  rulesFile?: string;
}

export interface Output {
  out: (line: string) => void;
  err: (line: string) => void;
}

/** A report-shaped entry for a file that could not be read, so --json keeps one object per file. */
type FileResult = Report & { error?: string };

async function checkFile(file: string, lang: Lang, rules: CallerRules | undefined): Promise<FileResult> {
  const workbook = await loadWorkbook(file, lang);
  return checkWorkbook(workbookSnapshots(workbook), { file: path.basename(file), lang, rules });
}

/** The rules file's rules, or the one line that says why it cannot be used. */
async function readRulesFile(file: string, lang: Lang): Promise<CallerRules | string> {
  let data: unknown;
  try {
    data = JSON.parse(await fs.readFile(file, 'utf8'));
  } catch (e) {
    const why = e instanceof SyntaxError ? (lang === 'vi' ? 'không phải JSON' : 'not JSON') : (e as NodeJS.ErrnoException).code;
    return `${file}: ${lang === 'vi' ? 'không đọc được tệp xếp loại' : 'cannot read the rules file'} (${why ?? e})`;
  }
  const reading = parseRules(data);
  if (reading.problem) return `${file}: ${rulesReason({ ...reading.problem }, lang)}`;
  return { rules: reading.rules, source: 'file', where: file };
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
    result: 'Kết quả',
    max: 'tối đa',
    unclassified: 'chưa xếp loại',
    ranking: 'Xếp hạng',
    rankedBy: { self: 'theo điểm tự chấm', appraised: 'theo điểm thẩm định' },
    rules: 'Xếp loại theo',
    rulesFrom: { file: 'tệp', workbook: 'bảng trong tệp, ô', settings: 'cài đặt của tệp' },
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
    result: 'Result',
    max: 'max',
    unclassified: 'not classified',
    ranking: 'Ranking',
    rankedBy: { self: 'by self score', appraised: 'by appraised score' },
    rules: 'Classified by',
    rulesFrom: { file: 'file', workbook: 'the workbook table at', settings: "the workbook's settings" },
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

/** One side's final score: `62 (= 58 + 10 − 6; 103,33%; Xuất sắc)`. */
function sideText(side: SideResult, band: string | null | undefined, lang: Lang): string {
  const w = WORDS[lang];
  const n = (v: number) => formatNumber(v, lang);
  const percent = side.percent === null ? '' : `; ${n(side.percent)}%`;
  const label = band === undefined ? '' : `; ${band ?? w.unclassified}`;
  return `${n(side.final)} (= ${n(side.base)} + ${n(side.bonus)} − ${n(side.penalty)}${percent}${label})`;
}

function resultLine(r: TableResult, lang: Lang): string {
  const w = WORDS[lang];
  const bands = r.classification;
  const appraised = r.appraised === null ? w.none : sideText(r.appraised, bands?.appraised, lang);
  return `    ${w.result}: ${w.self} ${sideText(r.self, bands?.self, lang)}, ${w.appraised} ${appraised}; ${w.max} ${formatNumber(r.max, lang)}`;
}

function rankingLines(ranking: Ranking, lang: Lang): string[] {
  const w = WORDS[lang];
  return [
    `  ${w.ranking} (${w.rankedBy[ranking.by]}):`,
    ...ranking.units.map((u) => `    ${u.rank}. ${u.sheet}: ${formatNumber(u.final, lang)}`),
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
    lines.push(resultLine(c.result, lang));
  }
  if (r.rules) lines.push(`  ${w.rules}: ${w.rulesFrom[r.rules.source]} ${r.rules.where}`.trimEnd());
  if (r.ranking) for (const line of rankingLines(r.ranking, lang)) lines.push(line);
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
    rules: null,
  };
}

/** Runs the check over every file; returns the exit status (0 clean, 1 errors found, 2 unreadable). */
export async function runCheck(args: CheckArgs, io: Output): Promise<number> {
  const rules = args.rulesFile === undefined ? undefined : await readRulesFile(args.rulesFile, args.lang);
  if (typeof rules === 'string') {
    io.err(rules);
    return 2;
  }
  const results: FileResult[] = [];
  let unreadable = false;
  for (const file of args.files) {
    try {
      results.push(await checkFile(file, args.lang, rules));
    } catch (e) {
      const message =
        e instanceof UnreadableFileError ? e.message : `${file}: ${String((e as Error)?.message ?? e).split('\n')[0]}`;
      io.err(message);
      unreadable = true;
      results.push(emptyReport(file, message));
    }
  }
  if (args.json) {
    io.out(JSON.stringify(results.length === 1 ? results[0] : results, null, 2));
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
