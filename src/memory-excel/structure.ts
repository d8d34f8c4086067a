// Inserting and deleting whole rows or columns, as Excel does: cells, merges, row
// heights and column widths, data validation and conditional formats move with the
// sheet (a rule over the change grows or shrinks), and every formula in the workbook
// that refers to the moved cells is rewritten (deleted cells become #REF!).
import { EXCEL_COLUMNS, EXCEL_ROWS, type RangeRef } from '../engine/address';
import { assertWritable } from './cells';
import { MESSAGES, officeError } from './errors';
import { adjustFormula, recalculate } from './formulas';
import type { CellModel, ConditionalFormatModel, SheetModel, Validation, WorkbookModel } from './model';

export type Axis = 'row' | 'col';

/** Where a line at `i` goes: inserted before `at` (count > 0) or deleted from `at` on (count < 0; null: deleted). */
function moveLine(i: number, at: number, count: number): number | null {
  if (count > 0) return i >= at ? i + count : i;
  if (i < at) return i;
  return i < at - count ? null : i + count;
}

/** A rectangle after the change along `axis`; null when all of it was deleted. Inserting inside it (not at its first line) grows it. */
function moveRect(r: RangeRef, axis: Axis, at: number, count: number): RangeRef | null {
  const [lo, hi] = axis === 'row' ? [r.top, r.bottom] : [r.left, r.right];
  let nextLo: number;
  let nextHi: number;
  if (count > 0) {
    nextLo = lo >= at ? lo + count : lo;
    nextHi = hi >= at ? hi + count : hi;
  } else {
    const last = at - count - 1;
    if (lo >= at && hi <= last) return null;
    nextLo = lo > last ? lo + count : lo >= at ? at : lo;
    nextHi = hi > last ? hi + count : hi >= at ? at - 1 : hi;
  }
  return axis === 'row' ? { ...r, top: nextLo, bottom: nextHi } : { ...r, left: nextLo, right: nextHi };
}

/** Re-keys a sparse row -> col -> T map, changing each value through `change`. */
function moveGrid<T>(
  grid: Map<number, Map<number, T>>,
  axis: Axis,
  at: number,
  count: number,
  change: (v: T) => T = (v) => v,
): Map<number, Map<number, T>> {
  const out = new Map<number, Map<number, T>>();
  for (const [row, cols] of grid) {
    for (const [col, v] of cols) {
      const r = axis === 'row' ? moveLine(row, at, count) : row;
      const c = axis === 'col' ? moveLine(col, at, count) : col;
      if (r === null || c === null) continue;
      let line = out.get(r);
      if (!line) out.set(r, (line = new Map()));
      line.set(c, change(v));
    }
  }
  return out;
}

function moveLineMap(m: Map<number, number>, at: number, count: number): Map<number, number> {
  const out = new Map<number, number>();
  for (const [i, v] of m) {
    const j = moveLine(i, at, count);
    if (j !== null) out.set(j, v);
  }
  return out;
}

/** Validations move with their cells; one inside an insertion (same rule on both sides) extends over the new lines. */
function moveValidations(sheet: SheetModel, axis: Axis, at: number, count: number, formula: (f: string) => string): void {
  const memo = new Map<Validation, Validation>();
  const moved = (v: Validation): Validation => {
    let next = memo.get(v);
    if (!next) {
      const f = (x: string | number | undefined) => (typeof x === 'string' && x.startsWith('=') ? formula(x) : x);
      const anchorRow = axis === 'row' ? (moveLine(v.anchorRow, at, count) ?? at) : v.anchorRow;
      const anchorCol = axis === 'col' ? (moveLine(v.anchorCol, at, count) ?? at) : v.anchorCol;
      next = { ...v, rule: { ...v.rule, formula1: f(v.rule.formula1), formula2: f(v.rule.formula2) }, anchorRow, anchorCol };
      memo.set(v, next);
    }
    return next;
  };
  const before = sheet.validations;
  sheet.validations = moveGrid(before, axis, at, count, moved);
  if (count <= 0 || at === 1) return;
  for (const [row, cols] of before) {
    for (const [col, v] of cols) {
      const [line, cross] = axis === 'row' ? [row, col] : [col, row];
      if (line !== at - 1) continue;
      const next = axis === 'row' ? before.get(at)?.get(cross) : before.get(cross)?.get(at);
      if (next !== v) continue;
      for (let i = at; i < at + count; i++) {
        const r = axis === 'row' ? i : row;
        const c = axis === 'col' ? i : col;
        let target = sheet.validations.get(r);
        if (!target) sheet.validations.set(r, (target = new Map()));
        target.set(c, moved(v));
      }
    }
  }
}

function moveConditionalFormats(sheet: SheetModel, axis: Axis, at: number, count: number, formula: (f: string) => string): void {
  const kept: ConditionalFormatModel[] = [];
  for (const cf of sheet.conditionalFormats) {
    const range = moveRect(cf.range, axis, at, count);
    if (range) kept.push({ ...cf, range, formula: formula(cf.formula) });
  }
  sheet.conditionalFormats = kept;
}

/** Inserts `count` lines before `at` (count > 0) or deletes -count lines from `at` on; recalculates the workbook. */
export function changeLines(model: WorkbookModel, sheet: SheetModel, axis: Axis, at: number, count: number): void {
  assertWritable(sheet);
  const limit = axis === 'row' ? EXCEL_ROWS : EXCEL_COLUMNS;
  if (count > 0) {
    // Excel refuses an insertion that would push data off the sheet; the model drops nothing either.
    for (const [row, cols] of sheet.cells)
      for (const col of cols.keys())
        if ((axis === 'row' ? row : col) + count > limit) throw officeError('InvalidOperation', MESSAGES.invalidOperation);
  }
  const own = (f: string) => adjustFormula(f, sheet.name, sheet.name, axis, at, count);
  for (const other of model.sheets) {
    if (other === sheet) continue;
    for (const cols of other.cells.values())
      for (const cell of cols.values())
        if (cell.formula) cell.formula = adjustFormula(cell.formula, other.name, sheet.name, axis, at, count);
  }
  sheet.cells = moveGrid<CellModel>(sheet.cells, axis, at, count, (c) => (c.formula ? { ...c, formula: own(c.formula) } : c));
  sheet.merges = sheet.merges.flatMap((m) => moveRect(m, axis, at, count) ?? []);
  if (axis === 'row') sheet.rowHeights = moveLineMap(sheet.rowHeights, at, count);
  else sheet.columnWidths = moveLineMap(sheet.columnWidths, at, count);
  moveValidations(sheet, axis, at, count, own);
  moveConditionalFormats(sheet, axis, at, count, own);
  recalculate(model);
}
