// Accumulates a SheetSpec's cells, merges and row heights, one call per cell or span.
import { formatCell, formatRange } from '../address';
import type { SpecCell } from '../types';

export class SpecBuilder {
  readonly cells: SpecCell[] = [];
  readonly merges: string[] = [];
  readonly rowHeights: Record<number, number> = {};

  put(row: number, col: number, value: string | number | null, style: string): void {
    this.cells.push({ address: formatCell(row, col), value, style });
  }

  /** A value over columns from..to of one row, merged; every cell of the merge gets the style (borders). */
  span(row: number, from: number, to: number, value: string | number | null, style: string): void {
    this.put(row, from, value, style);
    for (let col = from + 1; col <= to; col++) this.put(row, col, null, style);
    if (to > from) this.merges.push(formatRange({ top: row, left: from, bottom: row, right: to }));
  }

  height(row: number, points: number): void {
    this.rowHeights[row] = points;
  }

  /** Makes the row at least this tall: several parts may share a row. */
  heightAtLeast(row: number, points: number): void {
    this.rowHeights[row] = Math.max(points, this.rowHeights[row] ?? 0);
  }
}
