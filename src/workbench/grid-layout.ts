// Geometry of the workbook view: how many rows and columns to show, their sizes in
// pixels, which rows are in view (simple windowing), and merged areas by cell.
import type { RangeRef } from '../engine/address';
import type { SheetModel } from '../memory-excel';
import { pixelsFromPoints } from './sheet-units';

export const DEFAULT_ROW_PX = 20;
export const DEFAULT_COLUMN_PX = 64;
/** Wrapped text taller than this is cut (the formula bar shows it all). */
export const MAX_AUTO_ROW_PX = 180;
/** Wider sheets are cut at this column, with a notice. */
export const MAX_COLUMNS_SHOWN = 200;

/** Sizes along one axis with their running offsets. */
export class Axis {
  private readonly offsets: Float64Array;

  constructor(readonly sizes: readonly number[]) {
    this.offsets = new Float64Array(sizes.length + 1);
    sizes.forEach((s, i) => (this.offsets[i + 1] = this.offsets[i] + s));
  }

  get count(): number {
    return this.sizes.length;
  }

  get total(): number {
    return this.offsets[this.sizes.length];
  }

  /** Pixel offset of item i (0-based) from the start. */
  offset(i: number): number {
    return this.offsets[Math.max(0, Math.min(i, this.sizes.length))];
  }

  /** Sum of the sizes of items [from, to). */
  span(from: number, to: number): number {
    return this.offset(to) - this.offset(from);
  }

  /** The item at pixel offset px (0-based, clamped). */
  indexAt(px: number): number {
    let lo = 0;
    let hi = this.sizes.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.offsets[mid] <= px) lo = mid;
      else hi = mid - 1;
    }
    return Math.max(0, lo);
  }
}

export interface SheetExtent {
  rows: number;
  cols: number;
  /** The sheet has columns past MAX_COLUMNS_SHOWN. */
  colsCut: boolean;
}

/** Used area plus some blank room to type in, as Excel shows beyond the data. */
export function sheetExtent(sheet: SheetModel): SheetExtent {
  let rows = 0;
  let cols = 0;
  for (const [row, line] of sheet.cells) {
    rows = Math.max(rows, row);
    for (const col of line.keys()) cols = Math.max(cols, col);
  }
  for (const m of sheet.merges) {
    rows = Math.max(rows, m.bottom);
    cols = Math.max(cols, m.right);
  }
  const wanted = Math.max(cols + 3, 12);
  return { rows: Math.max(rows + 30, 60), cols: Math.min(wanted, MAX_COLUMNS_SHOWN), colsCut: cols > MAX_COLUMNS_SHOWN };
}

export function columnAxis(sheet: SheetModel, cols: number): Axis {
  return new Axis(
    Array.from({ length: cols }, (_, i) => {
      const points = sheet.columnWidths.get(i + 1);
      return points === undefined ? DEFAULT_COLUMN_PX : Math.max(pixelsFromPoints(points), 4);
    }),
  );
}

/**
 * Lines a wrapped text needs in a box `widthPx` wide, with characters about
 * `charPx` wide on average: words that do not fit go to the next line, as in Excel.
 */
export function wrappedLines(text: string, widthPx: number, charPx: number): number {
  const perLine = Math.max(1, Math.floor((widthPx - 8) / charPx));
  let lines = 0;
  for (const paragraph of text.split('\n')) {
    let used = 0;
    let n = 1;
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      if (used > 0 && used + 1 + word.length <= perLine) {
        used += 1 + word.length;
        continue;
      }
      n += Math.ceil(word.length / perLine) - (used === 0 ? 1 : 0);
      used = word.length % perLine || perLine;
    }
    lines += n;
  }
  return lines;
}

/**
 * Row heights: the sheet's own where set; otherwise tall enough for wrapped text
 * (Excel fits such rows when it opens a file), up to MAX_AUTO_ROW_PX.
 */
export function rowAxis(sheet: SheetModel, rows: number, columns: Axis, merged: MergeMap): Axis {
  const sizes = new Array<number>(rows).fill(DEFAULT_ROW_PX);
  for (let row = 1; row <= rows; row++) {
    const points = sheet.rowHeights.get(row);
    if (points !== undefined) sizes[row - 1] = pixelsFromPoints(points);
  }
  for (const [row, line] of sheet.cells) {
    if (row > rows || sheet.rowHeights.has(row)) continue;
    for (const [col, cell] of line) {
      if (col > columns.count || typeof cell.value !== 'string' || merged.has(row, col)) continue;
      if (!cell.format?.wrap && !cell.value.includes('\n')) continue;
      const fontPx = pixelsFromPoints(cell.format?.fontSize ?? 11);
      const lines = wrappedLines(cell.value, columns.sizes[col - 1], fontPx * (cell.format?.bold ? 0.56 : 0.5));
      const px = Math.min(MAX_AUTO_ROW_PX, Math.ceil(lines * fontPx * 1.25 + 6));
      sizes[row - 1] = Math.max(sizes[row - 1], px);
    }
  }
  return new Axis(sizes);
}

/** Merged areas by the cells they cover. */
export class MergeMap {
  private readonly byCell = new Map<string, RangeRef>();

  constructor(merges: readonly RangeRef[]) {
    for (const m of merges) {
      for (let row = m.top; row <= m.bottom; row++)
        for (let col = m.left; col <= m.right; col++) this.byCell.set(`${row}:${col}`, m);
    }
  }

  at(row: number, col: number): RangeRef | undefined {
    return this.byCell.get(`${row}:${col}`);
  }

  has(row: number, col: number): boolean {
    return this.byCell.has(`${row}:${col}`);
  }
}

export interface RowWindow {
  /** First and last row shown (1-based, inclusive). */
  first: number;
  last: number;
}

/** The rows visible in a viewport scrolled to `scrollTop`, plus `overscan` rows on each side. */
export function visibleRows(rows: Axis, scrollTop: number, viewportPx: number, overscan = 8): RowWindow {
  if (rows.count === 0) return { first: 1, last: 0 };
  const first = Math.max(0, rows.indexAt(scrollTop) - overscan);
  const last = Math.min(rows.count - 1, rows.indexAt(scrollTop + viewportPx) + overscan);
  return { first: first + 1, last: last + 1 };
}
