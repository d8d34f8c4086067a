// Which formula cells of a sheet depend on an edited range. Excel's onChanged names
// only the edited cells, but a "Cộng" row's SUM over them changes too: without
// re-reading it the snapshot would keep a stale total (and the engine would flag a
// false TOTAL_ROW_MISMATCH). The index is built from the formulas the last read
// returned and kept up to date from live patches.
import { parseCell, type RangeRef } from '../engine/address';
import { formulaTokens } from '../engine/formula/tokens';
import type { RowPatch, SheetSnapshot } from '../engine/types';

interface FormulaCell {
  row: number;
  col: number;
  refs: RangeRef[];
}

/** A1 references of a formula that point into its own sheet (unqualified or naming `sheet`). */
export function sameSheetRefs(formula: string, sheet: string): RangeRef[] {
  return formulaTokens(formula).flatMap((t) => (t.kind === 'ref' && (t.sheet === null || t.sheet === sheet) ? [t.rect] : []));
}

function overlaps(a: RangeRef, b: RangeRef): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

/** The smallest rectangle holding both. */
export function union(a: RangeRef | null, b: RangeRef | null): RangeRef | null {
  if (!a || !b) return a ?? b;
  return {
    top: Math.min(a.top, b.top),
    left: Math.min(a.left, b.left),
    bottom: Math.max(a.bottom, b.bottom),
    right: Math.max(a.right, b.right),
  };
}

export class FormulaIndex {
  private readonly sheets = new Map<string, Map<string, FormulaCell>>();
  /** The cells each sheet's snapshot covers (read, then patched): a re-read after an edit need not go past them and the used range. */
  private readonly extents = new Map<string, RangeRef | null>();

  extent(sheet: string): RangeRef | null {
    return this.extents.get(sheet) ?? null;
  }

  /** Replaces what is known of the sheets read. */
  setSnapshots(snapshots: SheetSnapshot[]): void {
    for (const s of snapshots) {
      const cells = new Map<string, FormulaCell>();
      this.sheets.set(s.name, cells);
      const origin = parseCell(s.origin || 'A1') ?? { row: 1, col: 1 };
      const width = s.values.reduce((w, r) => Math.max(w, r.length), 0);
      this.extents.set(
        s.name,
        s.values.length && width
          ? { top: origin.row, left: origin.col, bottom: origin.row + s.values.length - 1, right: origin.col + width - 1 }
          : null,
      );
      s.formulas?.forEach((line, r) => line?.forEach((f, c) => this.put(cells, s.name, origin.row + r, origin.col + c, f)));
    }
  }

  applyPatch(patch: RowPatch): void {
    const cells = this.sheets.get(patch.sheet);
    if (!cells || patch.startCol === undefined) return;
    const width = patch.values.reduce((w, r) => Math.max(w, r.length), 0);
    if (patch.values.length && width) {
      const r = { top: patch.startRow, left: patch.startCol, bottom: patch.startRow + patch.values.length - 1 };
      this.extents.set(patch.sheet, union(this.extent(patch.sheet), { ...r, right: patch.startCol + width - 1 }));
    }
    patch.values.forEach((line, r) => {
      for (let c = 0; c < line.length; c++)
        this.put(cells, patch.sheet, patch.startRow + r, patch.startCol! + c, patch.formulas?.[r]?.[c] ?? null);
    });
  }

  private put(cells: Map<string, FormulaCell>, sheet: string, row: number, col: number, f: string | null | undefined): void {
    const key = `${row}:${col}`;
    if (typeof f === 'string' && f.startsWith('=')) cells.set(key, { row, col, refs: sameSheetRefs(f, sheet) });
    else cells.delete(key);
  }

  /** Rows (outside `edited`) holding formulas that depend, directly or not, on the edited range. */
  dependentRows(sheet: string, edited: RangeRef): number[] {
    const cells = [...(this.sheets.get(sheet)?.values() ?? [])];
    const changed: RangeRef[] = [edited];
    const found = new Set<FormulaCell>();
    for (let i = 0; i < changed.length; i++) {
      for (const cell of cells) {
        if (found.has(cell) || !cell.refs.some((r) => overlaps(r, changed[i]))) continue;
        found.add(cell);
        changed.push({ top: cell.row, bottom: cell.row, left: cell.col, right: cell.col });
      }
    }
    const rows = new Set([...found].map((c) => c.row).filter((r) => r < edited.top || r > edited.bottom));
    return [...rows].sort((a, b) => a - b);
  }
}
