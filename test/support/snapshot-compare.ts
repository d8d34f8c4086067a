// Snapshots in one canonical shape, so two readers can be compared: a blank cell is null
// whether a reader left a hole or wrote null; formulas as "A1 =…" entries.
import { formatCell, parseCell } from '../../src/engine/address';
import type { CellValue, SheetSnapshot } from '../../src/engine/types';

export interface CanonicalSnapshot {
  name: string;
  origin: string;
  values: CellValue[][];
  formulas: string[];
  merges: string[];
}

export function canonical(snap: SheetSnapshot): CanonicalSnapshot {
  const formulas: string[] = [];
  (snap.formulas ?? []).forEach((row, r) =>
    row?.forEach((f, c) => {
      if (f) formulas.push(`${formatCell(r + 1, c + 1)} ${f}`);
    }),
  );
  return {
    name: snap.name,
    origin: snap.origin,
    values: Array.from(snap.values, (row) => Array.from(row ?? [], (v) => v ?? null)),
    formulas,
    merges: snap.merges ?? [],
  };
}

/**
 * ExcelJS's loader drops a formula's cached result when it is 0 (`<f>…</f><v>0</v>` reads as
 * `{ formula }`): the same loss applied to the package reader's snapshot, to compare the rest.
 */
export function asExcelJsReadsZeroResults(snap: CanonicalSnapshot): CanonicalSnapshot {
  const values = snap.values.map((row) => row.slice());
  for (const entry of snap.formulas) {
    const [address] = entry.split(' ');
    const cell = parseCell(address)!;
    if (values[cell.row - 1][cell.col - 1] === 0) values[cell.row - 1][cell.col - 1] = null;
  }
  return { ...snap, values };
}
