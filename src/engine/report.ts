// The engine's entry point: sheet snapshots in, the check report out.
import { parseRange } from './address';
import { fillFormulaValues } from './formula/values';
import { rankResults } from './scoring/ranking';
import { classifyResult, findRulesTables, rulesInvalid, type RulesTable } from './scoring/rules';
import { Grid } from './grid';
import { issueMessage, SEVERITY } from './messages';
import { readTables } from './tables';
import { fold } from './text/normalize';
import { DETAIL_TITLE, SUMMARY_TITLE } from './summary/labels';
import { TOTALS_TITLE } from './totals-sheet';
import type {
  CellValue,
  ClassificationRules,
  CriteriaSheet,
  Finding,
  Issue,
  Lang,
  Ranking,
  Report,
  RulesInForce,
  SheetAnalysis,
  SheetSnapshot,
} from './types';

/** Rows read per sheet; more is reported (SHEET_TOO_LARGE) and skipped, so a check stays quick. */
export const MAX_ROWS = 300_000;
/** Excel's own limit on a cell's text. */
export const MAX_CELL_CHARS = 32_767;

function limitRows(snap: SheetSnapshot, findings: Finding[]): SheetSnapshot {
  const rows = Array.isArray(snap.values) ? snap.values.length : 0;
  if (rows <= MAX_ROWS) return snap;
  findings.push({ code: 'SHEET_TOO_LARGE', sheet: snap.name, cell: '', params: { rows, limit: MAX_ROWS } });
  return { ...snap, values: snap.values.slice(0, MAX_ROWS), formulas: snap.formulas?.slice(0, MAX_ROWS) };
}

/** Past this width a row is walked by the cells it holds: a sparse row reaching column XFD costs its cells only. */
const WIDE_ROW = 1024;

function findLongCells(snap: SheetSnapshot, grid: Grid, findings: Finding[]): void {
  const check = (v: CellValue | undefined, r: number, c: number) => {
    if (typeof v === 'string' && v.length > MAX_CELL_CHARS) {
      findings.push({
        code: 'CELL_TOO_LONG',
        sheet: grid.name,
        cell: grid.address(grid.top + r, grid.left + c),
        params: { length: v.length, limit: MAX_CELL_CHARS },
      });
    }
  };
  if (!Array.isArray(snap.values)) return;
  snap.values.forEach((cells, r) => {
    if (!Array.isArray(cells)) return;
    if (cells.length <= WIDE_ROW) for (let c = 0; c < cells.length; c++) check(cells[c], r, c);
    else for (const key in cells) check(cells[Number(key)], r, Number(key));
  });
}

/** The sheets the add-in and the command line write (totals, the bloc summary) sum criteria tables: they are none themselves. */
const OWN_TITLES = new Set([TOTALS_TITLE, SUMMARY_TITLE, DETAIL_TITLE].map(fold));

function isTotalsSheet(grid: Grid): boolean {
  return grid.rowCount > 0 && OWN_TITLES.has(fold(grid.text(grid.top, grid.left)));
}

/** One sheet's tables, with its classification rules tables. */
export interface SheetReading extends SheetAnalysis {
  rules: RulesTable[];
}

/** Reads one sheet's criteria, plan and rules tables. Never throws. */
export function analyzeSheet(snapshot: SheetSnapshot): SheetReading {
  const findings: Finding[] = [];
  const snap = fillFormulaValues(limitRows(snapshot, findings));
  const grid = new Grid(snap);
  findLongCells(snap, grid, findings);
  if (isTotalsSheet(grid)) return { criteria: [], plans: [], rules: [], findings };
  const { criteria, plans } = readTables(grid);
  return {
    criteria: criteria.tables,
    plans: plans.tables,
    rules: findRulesTables(grid),
    findings: [...findings, ...criteria.findings, ...plans.findings],
  };
}

function position(cell: string): [number, number] {
  const r = parseRange(cell);
  return r ? [r.top, r.left] : [0, 0];
}

/** Sorts one sheet's findings by row, then column: the order a reader scans the sheet. */
function byPlace(a: Finding, b: Finding): number {
  const [ra, ca] = position(a.cell);
  const [rb, cb] = position(b.cell);
  return ra - rb || ca - cb;
}

export function toIssue(f: Finding, lang: Lang): Issue {
  return {
    severity: SEVERITY[f.code],
    code: f.code,
    sheet: f.sheet,
    cell: f.cell,
    message: issueMessage(f, lang),
    params: f.params,
  };
}

/** Classification rules the caller brings: a rules file (before the workbook's own table) or the pane's settings (after it). */
export interface CallerRules {
  rules: ClassificationRules;
  source: 'file' | 'settings';
  /** The file's path, or what the settings are called. */
  where: string;
}

export interface CheckOptions {
  file: string;
  lang: Lang;
  rules?: CallerRules;
}

/**
 * The rules that classify the tables, first found wins: the caller's file, the workbook's
 * first rules table, the caller's settings. A rules table that cannot be read is found
 * all the same: it is reported and nothing is classified.
 */
function rulesInForce(tables: RulesTable[], caller: CallerRules | undefined, findings: Finding[]): RulesInForce | null {
  const given = (c: CallerRules): RulesInForce => ({ source: c.source, where: c.where, ...c.rules });
  if (caller?.source === 'file') return given(caller);
  const [table] = tables;
  if (table?.reading.problem) {
    findings.push(rulesInvalid(table.reading.problem, table.sheet, table.problemCell));
    return null;
  }
  if (table?.reading.rules) return { source: 'workbook', where: `${table.sheet}!${table.cell}`, ...table.reading.rules };
  return caller ? given(caller) : null;
}

/** The ranking of two or more criteria tables. */
function rankTables(tables: CriteriaSheet[]): Ranking | undefined {
  if (tables.length < 2) return undefined;
  const { by, ranked } = rankResults(tables, (t) => t.result);
  return { by, units: ranked.map(({ item, rank, final }) => ({ sheet: item.sheet, rank, final })) };
}

/** Checks a whole workbook: every sheet's tables, totals, scores and issues. */
export function checkWorkbook(snapshots: SheetSnapshot[], opts: CheckOptions): Report {
  const analyses = snapshots.map(analyzeSheet);
  const findings = analyses.flatMap((a) => [...a.findings].sort(byPlace));
  const rules = rulesInForce(
    analyses.flatMap((a) => a.rules),
    opts.rules,
    findings,
  );
  const criteriaSheets = analyses
    .flatMap((a) => a.criteria)
    .map((t) => (rules ? { ...t, result: classifyResult(t.result, rules) } : t));
  const planSheets = analyses.flatMap((a) => a.plans);
  if (criteriaSheets.length === 0 && planSheets.length === 0) {
    findings.push({ code: 'NO_TABLE_FOUND', sheet: '', cell: '', params: {} });
  }
  const issues = findings.map((f) => toIssue(f, opts.lang));
  const count = (s: string) => issues.filter((i) => i.severity === s).length;
  const ranking = rankTables(criteriaSheets);
  return {
    file: opts.file,
    criteriaSheets,
    planSheets,
    issues,
    summary: { errors: count('error'), warnings: count('warning'), infos: count('info') },
    rules,
    ...(ranking ? { ranking } : {}),
  };
}
