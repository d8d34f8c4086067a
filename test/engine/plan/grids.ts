// Small plan grids for the plan reader's tests.
import { Grid } from '../../../src/engine/grid';
import type { CellValue } from '../../../src/engine/types';

export const HEADER: CellValue[] = ['TT', 'Nhiệm vụ công tác trọng tâm', 'Ghi chú'];

export function grid(values: CellValue[][], merges: string[] = [], origin = 'A1', name = 'KH'): Grid {
  return new Grid({ name, origin, values, merges });
}

/** Month rows `Tháng N` (Roman numeral in TT) each with `count` numbered tasks. */
export function monthsRows(months: number[], count = 1): CellValue[][] {
  const roman = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];
  return months.flatMap((m) => [
    [roman[m - 1], `Tháng ${m}`, ''],
    ...Array.from({ length: count }, (_, i): CellValue[] => [String(i + 1), `Việc ${i + 1} tháng ${m}`, '']),
  ]);
}

export const ALL_MONTHS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
