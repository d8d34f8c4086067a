// Column widths: .xlsx files count characters of the default font, Office.js counts
// points. Excel shows a width of w characters as 7w + 5 pixels (Calibri 11), 3/4 pt each.

export function pointsFromCharacters(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}

export function charactersFromPoints(points: number): number {
  return Math.max(0, Math.round(((points / 0.75 - 5) / 7) * 100) / 100);
}

/** Points to CSS pixels (96 dpi). */
export function pixelsFromPoints(points: number): number {
  return Math.round((points * 4) / 3);
}
