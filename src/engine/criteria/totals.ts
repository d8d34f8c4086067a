// Sums of caps and scores. What counts:
// - cap: every criterion's numeric cap (a number, or a number stored as text);
// - self / appraised: numeric scores (numbers and numbers stored as text) that are >= 0.
//   A score over its cap counts at face value (it is reported, and it is what the sheet's
//   own SUM shows); negative scores, text, error values and blanks do not count.
// appraisedTotal is null when no appraised score counts in that scope.
import type { Totals } from '../types';

/** Rounds away floating noise (0.1 + 0.2) so sums compare as people read them. */
export function roundScore(x: number): number {
  if (!Number.isFinite(x) || Number.isInteger(x)) return x + 0;
  return Math.abs(x) < 1e6 ? Math.round(x * 1e9) / 1e9 + 0 : Number(x.toPrecision(15)) + 0;
}

export function sameScore(a: number, b: number): boolean {
  return roundScore(a) === roundScore(b);
}

/** A score that counts in a total: a number (or number as text) that is not negative. */
export function countedScore(score: number | null): number | null {
  return score !== null && score >= 0 ? score : null;
}

export interface ScoredItem {
  cap: number | null;
  self: number | null;
  appraised: number | null;
}

export function sumCriteria(items: readonly ScoredItem[]): Totals {
  return sumTotals(
    items.map((item) => ({
      capTotal: item.cap ?? 0,
      selfTotal: countedScore(item.self) ?? 0,
      appraisedTotal: countedScore(item.appraised),
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
