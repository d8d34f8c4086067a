// Sums of caps and scores. What counts:
// - cap: every criterion's numeric cap (a number, or a number stored as text);
// - self / appraised: numeric scores (numbers and numbers stored as text) at face value,
//   as the sheet's own SUM shows them: over-cap and negative scores count (and are
//   reported); text, error values and blanks do not count.
// - in a penalty scope a score is a deduction: 2 and -2 both deduct 2, so totals are the
//   points deducted, as positive numbers.
// appraisedTotal is null when no appraised score counts in that scope.
import type { ScoreKind, Totals } from '../types';

/** Rounds away floating noise (0.1 + 0.2) so sums compare as people read them. */
export function roundScore(x: number): number {
  if (!Number.isFinite(x) || Number.isInteger(x)) return x + 0;
  return Math.abs(x) < 1e6 ? Math.round(x * 1e9) / 1e9 + 0 : Number(x.toPrecision(15)) + 0;
}

export function sameScore(a: number, b: number): boolean {
  return roundScore(a) === roundScore(b);
}

/** What a score counts for in a total of its kind: its face value, or the points a deduction deducts. */
export function countedScore(score: number | null, kind: ScoreKind): number | null {
  return score !== null && kind === 'penalty' ? Math.abs(score) : score;
}

export interface ScoredItem {
  cap: number | null;
  self: number | null;
  appraised: number | null;
}

export function sumCriteria(items: readonly ScoredItem[], kind: ScoreKind): Totals {
  return sumTotals(
    items.map((item) => ({
      capTotal: item.cap ?? 0,
      selfTotal: countedScore(item.self, kind) ?? 0,
      appraisedTotal: countedScore(item.appraised, kind),
    })),
  );
}

export function sumTotals(parts: readonly Totals[]): Totals {
  let capTotal = 0;
  let selfTotal = 0;
  let appraisedTotal: number | null = null;
  for (const part of parts) {
    capTotal += part.capTotal;
    selfTotal += part.selfTotal;
    if (part.appraisedTotal !== null) appraisedTotal = (appraisedTotal ?? 0) + part.appraisedTotal;
  }
  return {
    capTotal: roundScore(capTotal),
    selfTotal: roundScore(selfTotal),
    appraisedTotal: appraisedTotal === null ? null : roundScore(appraisedTotal),
  };
}
