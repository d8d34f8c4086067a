// Where the monthly plan's parts go on the page, portrait or landscape: column widths
// that fill the printable width of A4 at 100 % with the decree's margins, and the
// columns of the left (unit, Nơi nhận) and right (national motto, signer) blocks.
import type { PlanSettings, PrintSettings } from '../types';

export type Orientation = PlanSettings['orientation'];

export interface PlanLayout {
  /** TT | Nội dung công việc | Đơn vị chủ trì | Phối hợp | Thời gian hoàn thành | Kết quả thực hiện | Ghi chú, in characters. */
  widths: number[];
  left: ColumnSpan;
  right: ColumnSpan;
}

/** First and last column (1-based) of a block. */
export type ColumnSpan = readonly [number, number];

/**
 * Printable width: A4 (210 × 297 mm) less 30 mm left and 15 mm right, i.e. 252 mm
 * (~931 px) landscape and 165 mm (~623 px) portrait, at 7 px a character plus 5 px a column.
 * Landscape: C is centred under the title, and E:F under the motto, for their rules.
 */
export const PLAN_LAYOUTS: Record<Orientation, PlanLayout> = {
  landscape: { widths: [6, 50, 16, 12, 16, 16, 12], left: [1, 3], right: [4, 7] },
  portrait: { widths: [5, 27, 11, 10, 10, 10, 11], left: [1, 2], right: [3, 7] },
};

const MM_PER_INCH = 25.4;

/** Nghị định 30/2020, Phụ lục I: top and bottom 20–25 mm, left 30–35 mm, right 15–20 mm. */
export const PLAN_MARGINS: NonNullable<PrintSettings['margins']> = {
  top: 20 / MM_PER_INCH,
  bottom: 20 / MM_PER_INCH,
  left: 30 / MM_PER_INCH,
  right: 15 / MM_PER_INCH,
};

/** A column's width on screen and paper, in pixels at 96 dpi (Calibri 11: 7 px a character, 5 px padding). */
export const columnPixels = (chars: number): number => chars * 7 + 5;

/** Pixels from the sheet's left edge to the left edge of each column, and past the last one. */
export function columnEdges(widths: number[]): number[] {
  const edges = [0];
  for (const w of widths) edges.push(edges[edges.length - 1] + columnPixels(w));
  return edges;
}

/** A short rule under a centred line: a bottom border over columns, or a run of underscores where no columns fit. */
export type Rule = { from: number; to: number } | { underscores: number };

/** How far (px) a rule's centre may sit from its line's centre. */
const CENTRE_SLACK = 8;

/**
 * The rule under a line centred over `block`: the columns inside the block centred
 * under it whose width is nearest `share.target` of the line's, within share.min..max;
 * else underscores of the target width (`underscorePx` each), centred like the line.
 */
export function ruleUnder(
  widths: number[],
  block: ColumnSpan,
  linePx: number,
  share: { min: number; target: number; max: number },
  underscorePx: number,
): Rule {
  const edges = columnEdges(widths);
  const centre = (edges[block[0] - 1] + edges[block[1]]) / 2;
  let best: { from: number; to: number; miss: number } | null = null;
  for (let from = block[0]; from <= block[1]; from++) {
    for (let to = from; to <= block[1]; to++) {
      const width = edges[to] - edges[from - 1];
      const offCentre = Math.abs((edges[from - 1] + edges[to]) / 2 - centre);
      if (offCentre > CENTRE_SLACK || width < share.min * linePx || width > share.max * linePx) continue;
      const miss = Math.abs(width - share.target * linePx);
      if (!best || miss < best.miss) best = { from, to, miss };
    }
  }
  return best
    ? { from: best.from, to: best.to }
    : { underscores: Math.max(3, Math.round((share.target * linePx) / underscorePx)) };
}
