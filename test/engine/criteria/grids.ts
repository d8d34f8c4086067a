// Small sheet snapshots for the criteria reader's tests, written as rows of values.
import { Grid } from '../../../src/engine/grid';
import type { CellValue, SheetSnapshot } from '../../../src/engine/types';
import { readCriteria } from '../../../src/engine/criteria';

export interface SheetOptions {
  name?: string;
  /** The sheet row of the first given row (rows above are left out of the snapshot). */
  origin?: string;
  merges?: string[];
  formulas?: (string | null)[][];
}

export function snapshot(rows: CellValue[][], options: SheetOptions = {}): SheetSnapshot {
  return {
    name: options.name ?? 'Tiêu chí',
    origin: options.origin ?? 'A1',
    values: rows,
    merges: options.merges,
    formulas: options.formulas,
  };
}

export function grid(rows: CellValue[][], options: SheetOptions = {}): Grid {
  return new Grid(snapshot(rows, options));
}

/** `count` blank rows, to push a table down the sheet. */
export function blankRows(count: number): CellValue[][] {
  return Array.from({ length: count }, () => []);
}

export function read(rows: CellValue[][], options: SheetOptions = {}) {
  return readCriteria(grid(rows, options));
}

/** The findings as `CODE@CELL`, sorted: easy to compare whole. */
export function codes(result: ReturnType<typeof readCriteria>): string[] {
  return result.findings.map((f) => `${f.code}@${f.cell}`).sort();
}

export const HEADER = [
  'Nhóm lĩnh vực cơ bản',
  'Thứ tự',
  'Nội dung tiêu chí thi đua',
  'Căn cứ chấm điểm',
  'Điểm chuẩn',
  'Điểm tự chấm',
  'Điểm thẩm định',
];
export const PLAIN_HEADER = ['TT', 'Nội dung tiêu chí', 'Điểm chuẩn', 'Điểm tự chấm', 'Điểm thẩm định'];
