// Ranking units (criteria tables, one per member union) by their final score: by the
// appraised score when every unit has one, else by the self score; highest first, equal
// scores sharing a rank (1, 2, 2, 4). Used for a workbook's tables and for a bloc's files.
import { sameScore } from '../criteria/totals';
import type { TableResult } from '../types';

export interface Ranked<T> {
  by: 'appraised' | 'self';
  /** Highest final first; units with equal finals keep their order. */
  ranked: { item: T; rank: number; final: number }[];
}

export function rankResults<T>(items: readonly T[], result: (t: T) => TableResult): Ranked<T> {
  const by = items.length > 0 && items.every((t) => result(t).appraised !== null) ? 'appraised' : 'self';
  const finals = items.map((item) => {
    const r = result(item);
    return { item, final: (by === 'appraised' ? r.appraised : null)?.final ?? r.self.final };
  });
  // Array.prototype.sort is stable: ties stay in the order given.
  const sorted = [...finals].sort((a, b) => b.final - a.final);
  const ranked = sorted.map((entry, i) => ({ ...entry, rank: i + 1 }));
  for (let i = 1; i < ranked.length; i++)
    if (sameScore(ranked[i].final, ranked[i - 1].final)) ranked[i].rank = ranked[i - 1].rank;
  return { by, ranked };
}
