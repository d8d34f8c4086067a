// Rough widths of Times New Roman text, a little wide so nothing is cut, for what a
// file cannot do by itself: Excel does not grow rows written from a file, and a short
// rule is sized to its line.
/** Average advance widths in ems: capitals, spaces, everything else (lower case, digits, marks). */
const EM = { upper: 0.7, space: 0.25, other: 0.5 };

/** Width of one line of text at `points` size, in pixels (96 dpi). */
export function textPixels(text: string, points: number): number {
  let ems = 0;
  for (const ch of text) ems += ch === ' ' ? EM.space : ch !== ch.toLowerCase() ? EM.upper : EM.other;
  return (ems * points * 4) / 3;
}

/** Lines the text wraps to in a cell `pixels` wide (with Excel's few pixels of padding). */
export function linesNeeded(text: string, points: number, pixels: number): number {
  const room = Math.max(1, pixels - 6);
  return text.split('\n').reduce((n, line) => n + Math.max(1, Math.ceil(textPixels(line, points) / room)), 0);
}

/** Excel's tallest row, in points. */
const MAX_ROW_POINTS = 409;

/** The height of a row of `lines` lines at `points` size, in points (Excel: 17.25 for one line of 13 pt). */
export const lineHeight = (lines: number, points: number): number =>
  Math.min(MAX_ROW_POINTS, Math.ceil(lines * points * 1.3) + 3);

/** The height a row needs for each of its cells' wrapped text to show. */
export function rowHeight(cells: { text: string; pixels: number }[], points: number): number {
  return lineHeight(Math.max(1, ...cells.map((c) => linesNeeded(c.text, points, c.pixels))), points);
}

/** Width of an underscore in Times New Roman, in ems: a run of them draws a continuous line. */
export const UNDERSCORE_EM = 0.5;
