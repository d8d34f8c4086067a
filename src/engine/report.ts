// The engine's entry point: sheet snapshots in, the check report out.
import { parseRange } from './address';
import { fillFormulaValues } from './formula/values';
import { Grid } from './grid';
import { issueMessage, SEVERITY } from './messages';
import { readTables } from './tables';
import { fold } from './text/normalize';
import { TOTALS_TITLE } from './totals-sheet';
import type { Finding, Issue, Lang, Report, SheetAnalysis, SheetSnapshot } from './types';

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

function findLongCells(grid: Grid, findings: Finding[]): void {
  for (let row = grid.top; row <= grid.bottom; row++) {
    for (let col = grid.left; col <= grid.right; col++) {
      const v = grid.raw(row, col);
      if (typeof v === 'string' && v.length > MAX_CELL_CHARS) {
        findings.push({
          code: 'CELL_TOO_LONG',
          sheet: grid.name,
          cell: grid.address(row, col),
          params: { length: v.length, limit: MAX_CELL_CHARS },
        });
      }
    }
  }
}

/** The totals sheet the add-in writes sums criteria tables: it is not one itself. */
function isTotalsSheet(grid: Grid): boolean {
  return grid.rowCount > 0 && fold(grid.text(grid.top, grid.left)) === fold(TOTALS_TITLE);
}

/** Reads one sheet's criteria and plan tables. Never throws. */
export function analyzeSheet(snapshot: SheetSnapshot): SheetAnalysis {
  const findings: Finding[] = [];
  const grid = new Grid(fillFormulaValues(limitRows(snapshot, findings)));
  findLongCells(grid, findings);
  if (isTotalsSheet(grid)) return { criteria: [], plans: [], findings };
  const { criteria, plans } = readTables(grid);
  return {
    criteria: criteria.tables,
    plans: plans.tables,
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

export interface CheckOptions {
  file: string;
  lang: Lang;
}

/** Checks a whole workbook: every sheet's tables, totals and issues. */
export function checkWorkbook(snapshots: SheetSnapshot[], opts: CheckOptions): Report {
  const analyses = snapshots.map(analyzeSheet);
  const findings = analyses.flatMap((a) => [...a.findings].sort(byPlace));
  const criteriaSheets = analyses.flatMap((a) => a.criteria);
  const planSheets = analyses.flatMap((a) => a.plans);
  if (criteriaSheets.length === 0 && planSheets.length === 0) {
    findings.push({ code: 'NO_TABLE_FOUND', sheet: '', cell: '', params: {} });
  }
  const issues = findings.map((f) => toIssue(f, opts.lang));
  const count = (s: string) => issues.filter((i) => i.severity === s).length;
  return {
    file: opts.file,
    criteriaSheets,
    planSheets,
    issues,
    summary: { errors: count('error'), warnings: count('warning'), infos: count('info') },
  };
}
