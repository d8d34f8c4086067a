// The scoring engine's counting (src/engine/scoring/) as Excel formulas, for every sheet
// that writes live figures (the totals sheet, the bloc's summary): base points at face
// value (SUM), deductions whatever their sign (2 and -2 both deduct 2), a ceiling as MIN,
// final = base + bonus − penalty, the classification as a LOOKUP over the bands.
import { formatRange, parseCell, quoteSheet } from './address';
import type { RulesInForce, ScoreKind } from './types';

/** Excel: at most 255 arguments a function, 8,192 characters a formula. */
const MAX_ARGS = 255;
const MAX_FORMULA = 8000;

/** Cells of one column grouped into vertical runs: ["E9", "E10", "E12"] -> ["E9:E10", "E12"]. */
export function cellRuns(cells: string[]): string[] {
  const byCol = new Map<number, number[]>();
  for (const a of cells) {
    const at = parseCell(a);
    if (!at) continue;
    const rows = byCol.get(at.col) ?? [];
    rows.push(at.row);
    byCol.set(at.col, rows);
  }
  const out: string[] = [];
  for (const [col, rows] of byCol) {
    const sorted = [...new Set(rows)].sort((a, b) => a - b);
    let start = sorted[0];
    for (let i = 1; i <= sorted.length; i++) {
      if (i < sorted.length && sorted[i] === sorted[i - 1] + 1) continue;
      out.push(formatRange({ top: start, bottom: sorted[i - 1], left: col, right: col }));
      start = sorted[i];
    }
  }
  return out;
}

/** A1 references to the cells of another sheet, one per vertical run: 'Tiêu chí'!F9:F17. */
export function refs(sheet: string, cells: string[]): string[] {
  return cellRuns(cells).map((r) => `${quoteSheet(sheet)}!${r}`);
}

/** "FN(a,b,…)" split into FN(…)+FN(…) past Excel's 255 arguments. */
export function chunkedCall(fn: string, args: string[]): string {
  const parts: string[] = [];
  for (let i = 0; i < args.length; i += MAX_ARGS) parts.push(`${fn}(${args.slice(i, i + MAX_ARGS).join(',')})`);
  return parts.join('+');
}

/** "=body", or null when Excel would refuse it as too long. */
export function formula(body: string): string | null {
  return body.length < MAX_FORMULA ? `=${body}` : null;
}

/** The points deducted by deductions written as 2 or -2: the positives minus the negatives. */
export function deducted(args: string[]): string {
  return args.map((r) => `SUMIF(${r},">0")-SUMIF(${r},"<0")`).join('+');
}

/** The points of score cells (or caps) of one kind: their SUM, or for deductions the points deducted. */
export function pointsOf(kind: ScoreKind, args: string[]): string {
  return kind === 'penalty' ? deducted(args) : chunkedCall('SUM', args);
}

/**
 * "=points" of the cells, or with `blankWhenNone` "" while none holds a number (no appraised
 * score entered yet); null when there are no cells or it is too long for Excel.
 */
export function pointsFormula(kind: ScoreKind, args: string[], blankWhenNone = false): string | null {
  if (args.length === 0) return null;
  const points = pointsOf(kind, args);
  return formula(blankWhenNone ? `IF(${chunkedCall('COUNT', args)}=0,"",${points})` : points);
}

/** "=SUM(a,b,…)"; null when there is nothing to sum or it is too long for Excel. */
export function sumFormula(args: string[]): string | null {
  return pointsFormula('base', args);
}

/** Bonus and penalty points count at most their ceiling (2 or -2 alike); base points have none. */
export function ceiling(points: string, kind: ScoreKind, cap: number | null): string {
  return kind === 'base' || cap === null ? points : `MIN(${Math.abs(cap)},${points})`;
}

/** Terms added up; "0" when there are none. */
export function plus(terms: string[]): string {
  return terms.length === 0 ? '0' : terms.join('+');
}

/** The final score: base + bonus − penalty. */
export function finalScore(base: string, bonus: string, penalty: string): string {
  return `${base}+${bonus}-${penalty}`;
}

/** A score as the percent of the maximum the bands of a percent basis compare, to 2 decimals. */
export function percentScore(score: string, max: string): string {
  return `ROUND(${score}/${max}*100,2)`;
}

/** `{"Khá","Tốt"}`: labels are text in a formula, quotes doubled. */
function textArray(labels: string[]): string {
  return `{${labels.map((l) => `"${l.replace(/"/g, '""')}"`).join(',')}}`;
}

/** `=IF(x="","",IFERROR(LOOKUP(x,{mins},{labels}),""))`: the band of a score, "" below every band. */
export function classificationFormula(score: string, rules: Pick<RulesInForce, 'bands'>): string {
  const bands = [...rules.bands].sort((a, b) => a.min - b.min);
  const mins = `{${bands.map((b) => b.min).join(',')}}`;
  return `=IF(${score}="","",IFERROR(LOOKUP(${score},${mins},${textArray(bands.map((b) => b.label))}),""))`;
}
