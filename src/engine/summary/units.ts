// The units of a bloc's summary: one criteria table each (a member union's score
// sheet), named after its file, ranked by the scoring engine's ranking.
import { parseRange } from '../address';
import { rankResults } from '../scoring/ranking';
import type { CriteriaSheet, Issue, Report, TableResult } from '../types';

export interface SummaryUnit {
  /** The file's name without .xlsx when it holds one criteria table, else `FILE › SHEET`. */
  unit: string;
  /** The file as the host names it (the command line: as given). */
  file: string;
  sheet: string;
  table: CriteriaSheet;
  result: TableResult;
  errors: number;
  warnings: number;
}

export interface RankedUnit extends SummaryUnit {
  rank: number;
}

export interface BlocSummary {
  rankedBy: 'appraised' | 'self';
  /** Highest final score first; equal scores share a rank. */
  units: RankedUnit[];
}

/** One workbook's report and the name of its file. */
export interface SummaryInput {
  file: string;
  report: Report;
}

/** "ho-so/CĐ Điện lực.xlsx" -> "CĐ Điện lực". */
export function fileStem(file: string): string {
  const base = file.split(/[\\/]/).pop() ?? file;
  return base.replace(/\.xlsx$/i, '');
}

const rowOf = (cell: string): number => parseRange(cell)?.top ?? 0;

/** The issues of one table: those on its sheet from its header row to the next table's, and the workbook's own. */
function issuesOf(report: Report, table: CriteriaSheet): Issue[] {
  const below = report.criteriaSheets
    .filter((t) => t.sheet === table.sheet && t.headerRow > table.headerRow)
    .map((t) => t.headerRow);
  const end = below.length ? Math.min(...below) : Infinity;
  const first = report.criteriaSheets.some((t) => t.sheet === table.sheet && t.headerRow < table.headerRow)
    ? table.headerRow
    : -Infinity;
  return report.issues.filter((i) => {
    if (i.sheet === '') return true;
    if (i.sheet !== table.sheet) return false;
    const row = rowOf(i.cell);
    return i.cell === '' || (row >= first && row < end);
  });
}

function unitOf(input: SummaryInput, table: CriteriaSheet, name: string): SummaryUnit {
  const issues = issuesOf(input.report, table);
  return {
    unit: name,
    file: input.file,
    sheet: table.sheet,
    table,
    result: table.result,
    errors: issues.filter((i) => i.severity === 'error').length,
    warnings: issues.filter((i) => i.severity === 'warning').length,
  };
}

/** Names made unique: a second table on the same sheet becomes "… (2)". */
function distinct(names: string[]): string[] {
  const seen = new Map<string, number>();
  return names.map((n) => {
    const k = (seen.get(n) ?? 0) + 1;
    seen.set(n, k);
    return k === 1 ? n : `${n} (${k})`;
  });
}

/** The units of several workbooks (the command line: one file per member union). */
export function unitsOfReports(inputs: SummaryInput[]): SummaryUnit[] {
  const named = inputs.flatMap((input) => {
    const tables = input.report.criteriaSheets;
    const stem = fileStem(input.file);
    return tables.map((t) => ({ input, table: t, name: tables.length === 1 ? stem : `${stem} › ${t.sheet}` }));
  });
  const names = distinct(named.map((n) => n.name));
  return named.map((n, i) => unitOf(n.input, n.table, names[i]));
}

/** The units of the open workbook (the pane): one per criteria table, named by its sheet. */
export function unitsOfWorkbook(report: Report): SummaryUnit[] {
  const input = { file: report.file, report };
  const names = distinct(report.criteriaSheets.map((t) => t.sheet));
  return report.criteriaSheets.map((t, i) => unitOf(input, t, names[i]));
}

/** The units in rank order, by appraised final scores when every unit has them, else by self. */
export function rankUnits(units: SummaryUnit[]): BlocSummary {
  const { by, ranked } = rankResults(units, (u) => u.result);
  return { rankedBy: by, units: ranked.map(({ item, rank }) => ({ ...item, rank })) };
}
