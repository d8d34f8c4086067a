// Grouping cells into as few rectangles as possible (one Excel call per rectangle).
import type { RangeRef } from './address';

export interface KeyedCell {
  row: number;
  col: number;
  /** Cells are grouped only with cells of the same key. */
  key: string;
}

/** Row runs of adjacent cells with equal keys, stacked into rectangles over consecutive rows with the same run. */
export function rectanglesByKey(cells: KeyedCell[]): { key: string; rect: RangeRef }[] {
  const seen = new Set<string>();
  const unique = cells.filter((c) => {
    const id = `${c.row}:${c.col}:${c.key}`;
    return seen.has(id) ? false : (seen.add(id), true);
  });
  const sorted = unique.sort((a, b) => a.row - b.row || a.col - b.col);
  const runs: { key: string; rect: RangeRef }[] = [];
  for (const c of sorted) {
    const last = runs[runs.length - 1];
    if (last && last.key === c.key && last.rect.top === c.row && last.rect.right === c.col - 1) last.rect.right = c.col;
    else runs.push({ key: c.key, rect: { top: c.row, bottom: c.row, left: c.col, right: c.col } });
  }
  const open = new Map<string, { key: string; rect: RangeRef }>();
  const out: { key: string; rect: RangeRef }[] = [];
  for (const run of runs) {
    const id = `${run.rect.left}:${run.rect.right}:${run.key}`;
    const prev = open.get(id);
    if (prev && prev.rect.bottom === run.rect.top - 1) prev.rect.bottom = run.rect.top;
    else {
      open.set(id, run);
      out.push(run);
    }
  }
  return out;
}
