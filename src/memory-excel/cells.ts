// Cell-level operations on the model shared by the range proxies and the host's
// test API: input parsing like Excel's, formats, merges, protection.
import { formatRange, quoteSheet, type RangeRef } from '../engine/address';
import { MESSAGES, officeError } from './errors';
import {
  forEachStoredCell,
  getCell,
  intersect,
  updateCell,
  type CellFormat,
  type CellModel,
  type ScalarValue,
  type SheetModel,
} from './model';

export function assertWritable(sheet: SheetModel): void {
  if (sheet.protected) throw officeError('AccessDenied', MESSAGES.protected);
}

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/**
 * Puts what was written (range.values / range.formulas / a user typing) into a cell as
 * Excel does: null leaves the cell alone; in a text-formatted ("@") cell a string stays
 * text; elsewhere "=…" (and "+…"/"-…" that are no numbers) become formulas and
 * numeric strings become numbers.
 */
export function inputToCell(cell: CellModel, raw: unknown): void {
  if (raw === null || raw === undefined) return;
  delete cell.formula;
  if (typeof raw === 'number' || typeof raw === 'boolean') {
    cell.value = raw;
    return;
  }
  const s = String(raw);
  if (cell.numberFormat === '@' || s === '') {
    cell.value = s;
  } else if (s.length > 1 && s.startsWith('=')) {
    cell.formula = s;
    cell.value = null;
  } else if (NUMBER.test(s.trim())) {
    cell.value = Number(s.trim());
  } else if (s.length > 1 && (s.startsWith('+') || s.startsWith('-'))) {
    cell.formula = `=${s}`;
    cell.value = '#NAME?';
  } else {
    cell.value = s;
  }
}

/** A matrix for every cell of the rectangle (blank cells as ""). */
export function readMatrix(sheet: SheetModel, r: RangeRef, read: (cell: CellModel | undefined) => unknown): unknown[][] {
  const out: unknown[][] = [];
  for (let row = r.top; row <= r.bottom; row++) {
    const cols = sheet.cells.get(row);
    const line: unknown[] = new Array(r.right - r.left + 1);
    for (let col = r.left; col <= r.right; col++) line[col - r.left] = read(cols?.get(col));
    out.push(line);
  }
  return out;
}

export const readValue = (c: CellModel | undefined): ScalarValue => c?.value ?? '';
export const readFormula = (c: CellModel | undefined): ScalarValue => c?.formula ?? c?.value ?? '';
export const readNumberFormat = (c: CellModel | undefined): string => c?.numberFormat ?? 'General';

/** Writes a matrix (or one value for every cell) into the rectangle through `put`. */
export function writeMatrix(
  sheet: SheetModel,
  r: RangeRef,
  input: unknown,
  put: (cell: CellModel, value: unknown) => void,
): void {
  const rows = r.bottom - r.top + 1;
  const cols = r.right - r.left + 1;
  const matrix = Array.isArray(input) ? (input as unknown[][]) : null;
  if (matrix && (matrix.length !== rows || matrix.some((line) => !Array.isArray(line) || line.length !== cols))) {
    throw officeError(
      'InvalidArgument',
      `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${rows}x${cols}).`,
    );
  }
  assertWritable(sheet);
  for (let row = r.top; row <= r.bottom; row++) {
    for (let col = r.left; col <= r.right; col++) {
      const v = matrix ? matrix[row - r.top][col - r.left] : input;
      if (v === null || v === undefined) continue;
      updateCell(sheet, row, col, (cell) => put(cell, v));
    }
  }
}

/** Applies a format change to every cell of the rectangle, sharing the resulting format objects. */
export function patchFormat(
  sheet: SheetModel,
  r: RangeRef,
  change: (f: CellFormat) => CellFormat,
  only?: (row: number, col: number) => boolean,
): void {
  assertWritable(sheet);
  const memo = new Map<CellFormat | undefined, CellFormat>();
  for (let row = r.top; row <= r.bottom; row++) {
    for (let col = r.left; col <= r.right; col++) {
      if (only && !only(row, col)) continue;
      updateCell(sheet, row, col, (cell) => {
        let next = memo.get(cell.format);
        if (!next) {
          next = Object.freeze(change({ ...(cell.format ?? {}) }));
          memo.set(cell.format, next);
        }
        cell.format = next;
      });
    }
  }
}

/** The value every cell of the rectangle shares, or null when they differ (as Office reports). */
export function consistent<V>(
  sheet: SheetModel,
  r: RangeRef,
  read: (cell: CellModel | undefined, row: number, col: number) => V,
): V | null {
  let first: V | undefined;
  for (let row = r.top; row <= r.bottom; row++) {
    for (let col = r.left; col <= r.right; col++) {
      const v = read(getCell(sheet, row, col), row, col);
      if (first === undefined) first = v;
      else if (v !== first) return null;
    }
  }
  return first ?? null;
}

export function mergeCells(sheet: SheetModel, r: RangeRef, across: boolean): void {
  assertWritable(sheet);
  const areas = across
    ? Array.from({ length: r.bottom - r.top + 1 }, (_, i) => ({ ...r, top: r.top + i, bottom: r.top + i }))
    : [r];
  for (const area of areas) {
    if (area.top === area.bottom && area.left === area.right) continue;
    sheet.merges = sheet.merges.filter((m) => !intersect(m, area));
    sheet.merges.push(area);
    forEachStoredCell(sheet, area, (row, col) => {
      if (row !== area.top || col !== area.left)
        updateCell(sheet, row, col, (cell) => {
          cell.value = null;
          delete cell.formula;
        });
    });
  }
}

export function unmergeCells(sheet: SheetModel, r: RangeRef): void {
  assertWritable(sheet);
  sheet.merges = sheet.merges.filter((m) => !intersect(m, r));
}

/** "'Tiêu chí 2023'!E9:E17" or "Sheet1!A1", as Range.address reads. */
export function sheetAddress(sheetName: string, r: RangeRef): string {
  const name = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheetName) ? sheetName : quoteSheet(sheetName);
  return `${name}!${formatRange(r)}`;
}
