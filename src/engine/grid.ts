// A snapshot seen in sheet coordinates (1-based rows and columns), with merged
// areas resolved: the engine's readers never do origin arithmetic themselves.
import { formatCell, parseCell, parseRange, type RangeRef } from './address';
import { cellText } from './text/normalize';
import type { CellValue, SheetSnapshot } from './types';

export class Grid {
  readonly name: string;
  /** Sheet row and column of the snapshot's first cell. */
  readonly top: number;
  readonly left: number;
  /** Last sheet row and column the snapshot covers. */
  readonly bottom: number;
  readonly right: number;
  private readonly snap: SheetSnapshot;
  private readonly mergesByRow = new Map<number, RangeRef[]>();

  constructor(snap: SheetSnapshot) {
    this.snap = snap;
    this.name = snap.name;
    const origin = parseCell(snap.origin || 'A1') ?? { row: 1, col: 1 };
    this.top = origin.row;
    this.left = origin.col;
    const values = Array.isArray(snap.values) ? snap.values : [];
    let width = 0;
    for (const row of values) if (Array.isArray(row) && row.length > width) width = row.length;
    this.bottom = this.top + values.length - 1;
    this.right = this.left + width - 1;
    for (const m of snap.merges ?? []) {
      const r = typeof m === 'string' ? parseRange(m) : null;
      if (!r || (r.top === r.bottom && r.left === r.right)) continue;
      const from = Math.max(r.top, this.top);
      const to = Math.min(r.bottom, this.bottom);
      for (let row = from; row <= to; row++) {
        const list = this.mergesByRow.get(row);
        if (list) list.push(r);
        else this.mergesByRow.set(row, [r]);
      }
    }
  }

  get rowCount(): number {
    return Math.max(0, this.bottom - this.top + 1);
  }

  get colCount(): number {
    return Math.max(0, this.right - this.left + 1);
  }

  /** The cell's own value (null outside the snapshot). */
  raw(row: number, col: number): CellValue {
    const r = this.snap.values[row - this.top];
    if (!Array.isArray(r)) return null;
    const v = r[col - this.left];
    return v === undefined ? null : v;
  }

  formula(row: number, col: number): string | null {
    const f = this.snap.formulas?.[row - this.top]?.[col - this.left];
    return typeof f === 'string' && f.startsWith('=') ? f : null;
  }

  /** The merged area that covers the cell, if any. */
  mergeAt(row: number, col: number): RangeRef | null {
    const list = this.mergesByRow.get(row);
    if (!list) return null;
    for (const r of list) if (col >= r.left && col <= r.right) return r;
    return null;
  }

  /** The value shown in the cell: a merged area shows its top-left cell's value. */
  value(row: number, col: number): CellValue {
    const m = this.mergeAt(row, col);
    return m ? this.raw(m.top, m.left) : this.raw(row, col);
  }

  /** The shown value as canonical text. */
  text(row: number, col: number): string {
    return cellText(this.value(row, col));
  }

  /** Is every cell of the row blank? */
  rowIsBlank(row: number): boolean {
    for (let col = this.left; col <= this.right; col++) if (this.text(row, col) !== '') return false;
    return true;
  }

  address(row: number, col: number): string {
    return formatCell(row, col);
  }
}
