// Live validation: rows re-read after an edit are merged into the last snapshot
// of their sheet, so the engine re-checks from plain data instead of Excel.
import { formatCell, parseCell } from './address';
import type { CellValue, RowPatch, SheetSnapshot } from './types';

/** Pads `rows` with empty rows at the front (`before`) and back so index `last` exists. */
function grow<T>(rows: T[][], before: number, last: number): T[][] {
  const out = [...Array.from({ length: before }, () => [] as T[]), ...rows];
  while (out.length <= last) out.push([]);
  return out;
}

/**
 * Returns a new snapshot with the patch's rows in place of the old ones. Rows
 * outside the snapshot extend it (moving its origin up when the edit is above
 * it); the input snapshot is left unchanged.
 */
export function applyRowPatch(snapshot: SheetSnapshot, patch: RowPatch): SheetSnapshot {
  if (patch.sheet !== snapshot.name || patch.values.length === 0) return snapshot;
  const origin = parseCell(snapshot.origin || 'A1') ?? { row: 1, col: 1 };
  const before = Math.max(0, origin.row - patch.startRow);
  const top = origin.row - before;
  const first = patch.startRow - top;
  const last = first + patch.values.length - 1;

  const values = grow<CellValue>(snapshot.values, before, last);
  // A patch without formulas says nothing about them: the old ones stay (shifted if the origin moved).
  const formulas = snapshot.formulas || patch.formulas ? grow<string | null>(snapshot.formulas ?? [], before, last) : undefined;
  patch.values.forEach((row, i) => {
    values[first + i] = [...row];
    if (formulas && patch.formulas) formulas[first + i] = [...(patch.formulas[i] ?? [])];
  });

  const result: SheetSnapshot = { ...snapshot, origin: formatCell(top, origin.col), values };
  if (formulas) result.formulas = formulas;
  return result;
}
