// The final score of a criteria table: base points, plus bonus points, minus penalty
// points, each side (self, appraised) on its own. A bonus or penalty section or group
// that declares points ("(tối đa 10 điểm)") counts at most that many (its ceiling), and
// says so (BONUS_OVER_CAP / PENALTY_OVER_CAP) when its scores add up to more; a group's
// ceiling applies first, then its section's.
import { roundScore } from '../criteria/totals';
import { SEVERITY } from '../messages';
import type { Finding, Group, ScoreKind, Section, SideResult, TableResult, Totals } from '../types';

/** A table's figures before they are classified. */
export interface TableScore {
  max: number;
  self: SideResult;
  appraised: SideResult | null;
}

type Side = 'self' | 'appraised';
type Points = Record<ScoreKind, number>;

const sideTotal = (t: Totals, side: Side) => (side === 'self' ? t.selfTotal : (t.appraisedTotal ?? 0));

/** final / max × 100, rounded to 2 decimals; null when max is 0. */
export function percentOf(final: number, max: number): number | null {
  return max === 0 ? null : Math.round((final / max) * 100 * 100) / 100 + 0;
}

/** Sums one side of the sections by kind, applying ceilings; over-ceiling findings go into `findings`. */
function sidePoints(sections: readonly Section[], side: Side, sheet: string, findings: Finding[]): Points {
  const points: Points = { base: 0, bonus: 0, penalty: 0 };
  /** A bonus or penalty scope's sum, at most its ceiling. */
  const capped = (kind: ScoreKind, sum: number, ceiling: number | null, cell: string): number => {
    const limit = ceiling === null ? null : Math.abs(ceiling);
    if (limit === null || roundScore(sum) <= roundScore(limit)) return sum;
    const code = kind === 'bonus' ? 'BONUS_OVER_CAP' : 'PENALTY_OVER_CAP';
    findings.push({ code, sheet, cell, params: { kind: side, sum: roundScore(sum), ceiling: limit } });
    return limit;
  };
  const groupPoints = (g: Group) => (g.kind === 'base' ? sideTotal(g, side) : capped(g.kind, sideTotal(g, side), g.cap, g.cell));
  for (const section of sections) {
    let own = 0;
    for (const group of section.groups) {
      // A group of another kind than its section's (bonus points inside Mục I) counts on its own.
      if (group.kind === section.kind) own += groupPoints(group);
      else points[group.kind] += groupPoints(group);
    }
    points[section.kind] += section.kind === 'base' ? own : capped(section.kind, own, section.cap, section.cell);
  }
  return points;
}

function sideResult(points: Points, max: number): SideResult {
  const base = roundScore(points.base);
  const bonus = roundScore(points.bonus);
  const penalty = roundScore(points.penalty);
  const final = roundScore(base + bonus - penalty);
  return { base, bonus, penalty, final, percent: percentOf(final, max) };
}

/** The table's max (the caps of its base criteria) and each side's figures. */
export function scoreTable(sections: readonly Section[], sheet: string, findings: Finding[]): TableScore {
  const groups = sections.flatMap((s) => s.groups);
  const max = roundScore(groups.filter((g) => g.kind === 'base').reduce((sum, g) => sum + g.capTotal, 0));
  const self = sideResult(sidePoints(sections, 'self', sheet, findings), max);
  const appraised = groups.some((g) => g.appraisedTotal !== null)
    ? sideResult(sidePoints(sections, 'appraised', sheet, findings), max)
    : null;
  return { max, self, appraised };
}

/** The table's result, complete when none of its findings is an error; not classified yet. */
export function tableResult(score: TableScore, findings: readonly Finding[]): TableResult {
  const complete = !findings.some((f) => SEVERITY[f.code] === 'error');
  return { ...score, complete, classification: null };
}
