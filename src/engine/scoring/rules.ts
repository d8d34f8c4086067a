// Classification rules (Quy chế thi đua: Xếp loại): bands of a label and the lowest score
// of the band. No threshold is built in: rules come from the caller (a rules file, the
// pane's saved settings) or from a `Xếp loại | Từ` table in the workbook. Both are read
// here, into the same checked shape.
import type { Grid } from '../grid';
import { canonical, cellText, fold, numericValue, readNumber } from '../text/normalize';
import type { ClassificationRules, Finding, SideResult, TableResult } from '../types';

/** Why rules cannot be read; `value` is the band's label (or the cell's text) the reason is about. */
export interface RulesProblem {
  reason: 'notObject' | 'basis' | 'noBands' | 'label' | 'minNotNumber' | 'sameMin';
  value?: string;
}

export type RulesReading = { rules: ClassificationRules; problem?: undefined } | { rules?: undefined; problem: RulesProblem };

/** Checks bands read from anywhere: at least one, each with a label and a number, no two with the same min. */
function checkedBands(basis: ClassificationRules['basis'], bands: { label: string; min: number }[]): RulesReading {
  if (bands.length === 0) return { problem: { reason: 'noBands' } };
  const seen = new Set<number>();
  for (const band of bands) {
    if (seen.has(band.min)) return { problem: { reason: 'sameMin', value: band.label } };
    seen.add(band.min);
  }
  // Highest band first: the order a reader scans them.
  return { rules: { basis, bands: [...bands].sort((a, b) => b.min - a.min) } };
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Reads rules given as data (a rules file's JSON, the pane's settings): `{ basis, bands: [{ label, min }] }`. */
export function parseRules(data: unknown): RulesReading {
  if (!isRecord(data)) return { problem: { reason: 'notObject' } };
  const basis = data.basis ?? 'points';
  if (basis !== 'points' && basis !== 'percent') return { problem: { reason: 'basis', value: String(basis) } };
  if (!Array.isArray(data.bands)) return { problem: { reason: 'noBands' } };
  const bands: { label: string; min: number }[] = [];
  for (const band of data.bands as unknown[]) {
    const label = isRecord(band) && typeof band.label === 'string' ? band.label.trim() : '';
    if (label === '') return { problem: { reason: 'label' } };
    const min = (band as Record<string, unknown>).min;
    if (typeof min !== 'number' || !Number.isFinite(min)) return { problem: { reason: 'minNotNumber', value: label } };
    bands.push({ label, min });
  }
  return checkedBands(basis, bands);
}

/** The band of a score: the one with the greatest min not above it; null below every band. */
export function bandOf(score: number | null, rules: ClassificationRules): string | null {
  if (score === null) return null;
  let best: { label: string; min: number } | null = null;
  for (const band of rules.bands) if (band.min <= score && (best === null || band.min > best.min)) best = band;
  return best?.label ?? null;
}

/** The result with each side's band. */
export function classifyResult(result: TableResult, rules: ClassificationRules): TableResult {
  const band = (side: SideResult | null) =>
    side === null ? null : bandOf(rules.basis === 'percent' ? side.percent : side.final, rules);
  return { ...result, classification: { self: band(result.self), appraised: band(result.appraised) } };
}

// ---- A rules table in the workbook ----

/** Header cells are short labels. */
const MAX_LABEL_LENGTH = 40;
/** Header cells are looked for in the first columns only. */
const MAX_COLS = 64;

/**
 * `Xếp loại`, `Mức xếp loại` (the label) / `Từ`, `Điểm từ`, `Từ (điểm)`, `Tối thiểu`,
 * `Từ (%)`, `Tỷ lệ từ` (the lowest score). A `Đến` column says nothing more: a band ends where the next begins.
 */
function rulesRole(text: string): 'label' | 'min' | null {
  if (text.length > MAX_LABEL_LENGTH) return null;
  const key = fold(text);
  if (/^(muc )?xep loai( thi dua)?$/.test(key)) return 'label';
  const core = key
    .replace(/\b(diem|ty le|muc)\b/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return core === 'tu' || core === 'toi thieu' || core === 'tu tren' ? 'min' : null;
}

interface RulesHeader {
  row: number;
  labelCol: number;
  minCol: number;
  percent: boolean;
}

/** The rules header on this row: a `Xếp loại` cell with a `Từ` cell right of it. */
export function rulesHeaderAt(grid: Grid, row: number): RulesHeader | null {
  let labelCol: number | null = null;
  const last = Math.min(grid.right, grid.left + MAX_COLS - 1);
  for (let col = grid.left; col <= last; col++) {
    const v = grid.raw(row, col);
    // Every header cell starts with X, M, T or Đ (D): most cells are let go at once.
    if (typeof v !== 'string' || !/^\s*[xmtdđ]/i.test(v)) continue;
    const role = rulesRole(v);
    if (role === 'label' && labelCol === null) labelCol = col;
    else if (role === 'min' && labelCol !== null) {
      const text = canonical(v);
      return { row, labelCol, minCol: col, percent: text.includes('%') || /\bty le\b/.test(fold(text)) };
    }
  }
  return null;
}

/** A rules table found in a sheet: where it is, and its rules or why they cannot be read. */
export interface RulesTable {
  sheet: string;
  cell: string;
  reading: RulesReading;
  /** The cell a problem is reported at. */
  problemCell: string;
}

function readRulesTable(grid: Grid, header: RulesHeader): RulesTable {
  const cell = grid.address(header.row, header.labelCol);
  const bands: { label: string; min: number }[] = [];
  const table = (reading: RulesReading, problemCell = cell): RulesTable => ({ sheet: grid.name, cell, reading, problemCell });
  for (let row = header.row + 1; row <= grid.bottom; row++) {
    const label = cellText(grid.value(row, header.labelCol));
    const min = readNumber(grid.value(row, header.minCol));
    // The table ends at a row without a label or without a lowest score (a note, a blank row).
    if (label === '' || min.kind === 'blank') break;
    const value = numericValue(min);
    if (value === null) return table({ problem: { reason: 'minNotNumber', value: label } }, grid.address(row, header.minCol));
    bands.push({ label, min: value });
    const checked = checkedBands('points', bands);
    if (checked.problem) return table(checked, grid.address(row, header.minCol));
  }
  return table(checkedBands(header.percent ? 'percent' : 'points', bands));
}

/** Every rules table of the sheet, top to bottom. */
export function findRulesTables(grid: Grid): RulesTable[] {
  const tables: RulesTable[] = [];
  for (let row = grid.top; row <= grid.bottom; row++) {
    const header = rulesHeaderAt(grid, row);
    if (header) tables.push(readRulesTable(grid, header));
  }
  return tables;
}

/** RULES_INVALID for rules that cannot be read, at the rules table's cell (or "" for rules given by the caller). */
export function rulesInvalid(problem: RulesProblem, sheet: string, cell: string): Finding {
  return { code: 'RULES_INVALID', sheet, cell, params: { reason: problem.reason, value: problem.value ?? null } };
}
