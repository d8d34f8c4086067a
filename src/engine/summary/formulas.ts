// The live figures of a unit: Excel formulas over its criteria table's score cells
// that count as the scoring engine does (src/engine/scoring/): base points at face
// value (as the sheet's own SUM), bonus and penalty points at most their ceilings, a
// group's ceiling first, then its section's; a deduction of 2 written -2 deducts 2.
// The terms are ../score-formulas.ts's, which the totals sheet writes too.
import { ceiling, chunkedCall, plus, pointsOf, refs } from '../score-formulas';
import type { CriteriaSheet, Group, ScoreKind } from '../types';

export type Side = 'self' | 'appraised';

/** Formula bodies (no "="), one per kind of points; "0" where the table has none. */
export type KindFormulas = Record<ScoreKind, string>;

function cellsOf(sheet: string, groups: Group[], side: Side): string[] {
  const cells = groups.flatMap((g) => g.criteria.map((c) => (side === 'self' ? c.selfCell : c.appraisedCell)));
  return refs(sheet, cells.filter(Boolean));
}

/** Points of one group: a SUM, or for deductions the sum of their sizes (2 and -2 alike). */
function groupPoints(sheet: string, group: Group, side: Side): string | null {
  const args = cellsOf(sheet, [group], side);
  if (args.length === 0) return null;
  const points = pointsOf(group.kind, args);
  return ceiling(group.kind === 'penalty' ? `(${points})` : points, group.kind, group.cap);
}

export function kindFormulas(table: CriteriaSheet, side: Side): KindFormulas {
  const terms: Record<ScoreKind, string[]> = { base: [], bonus: [], penalty: [] };
  for (const section of table.sections) {
    const own: string[] = [];
    for (const group of section.groups) {
      const points = groupPoints(table.sheet, group, side);
      if (points === null) continue;
      // A group of another kind than its section's counts on its own.
      if (group.kind === section.kind) own.push(points);
      else terms[group.kind].push(points);
    }
    if (own.length) terms[section.kind].push(ceiling(plus(own), section.kind, section.cap));
  }
  return { base: plus(terms.base), bonus: plus(terms.bonus), penalty: plus(terms.penalty) };
}

/** The most points of the table: the caps of its base criteria. */
export function maxFormula(table: CriteriaSheet): string {
  const groups = table.sections.flatMap((s) => s.groups).filter((g) => g.kind === 'base');
  const args = refs(table.sheet, groups.flatMap((g) => g.criteria.map((c) => c.capCell)).filter(Boolean));
  return args.length ? chunkedCall('SUM', args) : '0';
}

/** COUNT of the appraised cells: 0 while no appraised score is entered. */
export function appraisedCount(table: CriteriaSheet): string | null {
  const args = cellsOf(
    table.sheet,
    table.sections.flatMap((s) => s.groups),
    'appraised',
  );
  return args.length ? chunkedCall('COUNT', args) : null;
}
