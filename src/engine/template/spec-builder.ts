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
}

/** Points per line of 13 pt Times New Roman, with Excel's padding. */
const LINE_POINTS = 17;
const MAX_ROW_POINTS = 409;

/**
 * The height a row needs to show wrapped text: Excel does not grow rows written
 * from a file, so the template sets them. A column of width w (in characters of
 * the default font, Calibri 11) holds about w characters of Vietnamese text in
 * 13 pt Times New Roman (0.42 em a character); 0.9·w leaves room for word wrapping.
 */
export function wrappedRowHeight(texts: { text: string; width: number }[]): number {
  let lines = 1;
  for (const { text, width } of texts) {
    const perLine = Math.max(1, Math.floor(width * 0.9));
    const needed = text.split('\n').reduce((n, line) => n + Math.max(1, Math.ceil(line.length / perLine)), 0);
    lines = Math.max(lines, needed);
  }
  return Math.min(MAX_ROW_POINTS, lines * LINE_POINTS + 4);
}
