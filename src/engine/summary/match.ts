// Criteria matched across units: the same criterion is the one with the same section
// label, order and folded title (units type their sheets by hand, so "Kết nạp đoàn viên"
// and "KẾT NẠP ĐOÀN VIÊN" are one criterion). Tables that differ still line up: a
// criterion only some units have gets its own row, blank for the others, placed after
// the criterion before it in the first unit that has it (after the rows of that section
// the unit lacks: criteria already there come first).
import { fold } from '../text/normalize';
import type { Criterion, Section } from '../types';
import type { SummaryUnit } from './units';

export interface MatchedCriterion {
  /** The section it is in, as the first unit having it names it. */
  section: Section;
  criterion: Criterion;
  /** Per unit (in the order given), its criterion; null where the unit has none. */
  byUnit: (Criterion | null)[];
}

export interface MatchedCriteria {
  rows: MatchedCriterion[];
  /** Rows that some unit lacks. */
  partial: number;
}

/** Sections are the same when their labels are (or, unlabelled, their titles). */
export const sectionKey = (s: Section): string => fold(s.label) || fold(s.title);

export function matchCriteria(units: SummaryUnit[]): MatchedCriteria {
  const rows: (MatchedCriterion & { key: string; section: Section; sectionKey: string })[] = [];
  const at = (key: string) => rows.findIndex((r) => r.key === key);
  units.forEach((unit, u) => {
    const seen = new Map<string, number>();
    let previous = -1;
    for (const section of unit.table.sections) {
      const sk = sectionKey(section);
      for (const criterion of section.groups.flatMap((g) => g.criteria)) {
        const base = `${sk}|${fold(criterion.order)}|${fold(criterion.title)}`;
        // The same criterion twice in one table stays two rows.
        const n = (seen.get(base) ?? 0) + 1;
        seen.set(base, n);
        const key = `${base}#${n}`;
        let index = at(key);
        if (index < 0) {
          index = previous + 1;
          while (index < rows.length && rows[index].byUnit[u] === null && rows[index].sectionKey === sk) index++;
          rows.splice(index, 0, { key, section, sectionKey: sk, criterion, byUnit: units.map(() => null) });
        }
        rows[index].byUnit[u] = criterion;
        previous = index;
      }
    }
  });
  return {
    rows: rows.map(({ section, criterion, byUnit }) => ({ section, criterion, byUnit })),
    partial: rows.filter((r) => r.byUnit.some((c) => c === null)).length,
  };
}
