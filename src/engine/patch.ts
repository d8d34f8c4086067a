// Merging re-read rows (a live edit) into the last snapshot of a sheet.
import { formatCell, parseCell } from './address';
import type { CellValue, RowPatch, SheetSnapshot } from './types';

/**
 * A new snapshot with the patch's rows written over the old ones; rows or columns
 * beyond the snapshot (above, below, left or right) extend it with blanks.
 */
export function applyRowPatch(snapshot: SheetSnapshot, patch: RowPatch): SheetSnapshot {
  const width = patch.values.reduce((w, row) => Math.max(w, row.length), 0);
  if (patch.values.length === 0 || width === 0) return snapshot;
  const empty = snapshot.values.length === 0;
  const origin = parseCell(snapshot.origin || 'A1') ?? { row: 1, col: 1 };
  const startCol = patch.startCol ?? origin.col;
  const top = empty ? patch.startRow : Math.min(origin.row, patch.startRow);
  const left = empty ? startCol : Math.min(origin.col, startCol);
  const shiftRows = empty ? 0 : origin.row - top;
  const shiftCols = empty ? 0 : origin.col - left;
  const withFormulas = snapshot.formulas !== undefined || patch.formulas !== undefined;

  const values: CellValue[][] = [];
  const formulas: (string | null)[][] = [];
  const place = <T>(rows: T[][], index: number, line: T[] | undefined, fill: T): void => {
    while (rows.length <= index) rows.push([]);
    rows[index] = shiftCols && line ? [...new Array<T>(shiftCols).fill(fill), ...line] : (line ?? []);
  };
  snapshot.values.forEach((line, i) => place(values, i + shiftRows, line, '' as CellValue));
  if (withFormulas) snapshot.values.forEach((_, i) => place(formulas, i + shiftRows, snapshot.formulas?.[i] ?? [], null));

  patch.values.forEach((line, i) => {
    const r = patch.startRow + i - top;
    const c0 = startCol - left;
    while (values.length <= r) values.push([]);
    const row = [...values[r]];
    const frow = withFormulas ? [...(formulas[r] ?? [])] : [];
    for (let c = 0; c < width; c++) {
      while (row.length < c0 + c) row.push('');
      row[c0 + c] = line[c] ?? '';
      if (withFormulas) {
        while (frow.length < c0 + c) frow.push(null);
        frow[c0 + c] = patch.formulas?.[i]?.[c] ?? null;
      }
    }
    values[r] = row;
    if (withFormulas) {
      while (formulas.length <= r) formulas.push([]);
      formulas[r] = frow;
    }
  });
  for (let i = 0; i < values.length; i++) values[i] ??= [];
  const out: SheetSnapshot = { ...snapshot, origin: formatCell(top, left), values };
  if (withFormulas) out.formulas = values.map((_, i) => formulas[i] ?? []);
  return out;
}
