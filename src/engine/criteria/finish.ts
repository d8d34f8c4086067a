// A built table turned into the report's sections and groups, with their totals and the
// table's score, and the checks that need them: declared points against sums of caps
// (base scopes only: a bonus or penalty scope declares a ceiling, see scoring/result.ts),
// a section's declared self total, and the values of total rows.
import { scoreTable, type TableScore } from '../scoring/result';
import { declaredPoints, tidyLines } from '../text/normalize';
import type { Finding, Group, IssueCode, IssueParams, ScoreKind, Section, Totals } from '../types';
import type { GroupDraft, PartsDraft, SectionDraft, StatedTotal, TableBuilder, TotalRowDraft } from './build';
import { sameScore, sumCriteria, sumTotals } from './totals';

export interface FinishedTable {
  sections: Section[];
  score: TableScore;
  findings: Finding[];
}

export function finishSections(builder: TableBuilder, sheet: string): FinishedTable {
  const findings: Finding[] = [];
  const add = (code: IssueCode, cell: string, params: IssueParams) => findings.push({ code, sheet, cell, params });
  const totalsOf = new Map<Scope, Totals[]>();

  const sections = builder.finishedSections().map((draft): Section => {
    const groups = draft.groups.map((g): Group => {
      const title = tidyLines(g.title);
      const points = declaredPoints(title);
      const totals = sumCriteria(g.criteria, g.kind);
      totalsOf.set(g, [totals]);
      const cap = points?.cap ?? g.capInColumn;
      if (g.kind === 'base' && cap !== null && !sameScore(cap, totals.capTotal))
        add('GROUP_CAP_MISMATCH', g.cell, { declared: cap, sum: totals.capTotal });
      return { kind: g.kind, title: points ? points.title : title, cell: g.cell, cap, ...totals, criteria: g.criteria };
    });
    const title = tidyLines(draft.title);
    const points = declaredPoints(title);
    const totals = sumTotals(groups.filter((g) => g.kind === draft.kind));
    totalsOf.set(draft, [totals]);
    const cap = points?.cap ?? draft.capInColumn;
    const declaredSelf = points?.declared ?? null;
    if (draft.kind === 'base' && cap !== null && !sameScore(cap, totals.capTotal))
      add('SECTION_CAP_MISMATCH', draft.cell, { declared: cap, sum: totals.capTotal });
    if (declaredSelf !== null && !sameScore(declaredSelf, totals.selfTotal)) {
      add('DECLARED_TOTAL_MISMATCH', draft.cell, { declared: declaredSelf, computed: totals.selfTotal });
    }
    return { kind: draft.kind, label: draft.label, title, cell: draft.cell, cap, declaredSelf, ...totals, groups };
  });
  const score = scoreTable(sections, sheet, findings);
  // A grand total may state the final score, the base points, or the plain sum of every section.
  const side = (s: TableScore, figure: 'base' | 'final'): Totals => ({
    capTotal: s.max,
    selfTotal: s.self[figure],
    appraisedTotal: s.appraised?.[figure] ?? null,
  });
  totalsOf.set('table', [side(score, 'final'), side(score, 'base'), sumTotals(sections)]);

  for (const totalRow of builder.totalRows) for (const f of checkTotalRow(totalRow, totalsOf, sheet)) findings.push(f);
  return { sections, score, findings };
}

function computed(totals: Totals, stated: StatedTotal): number {
  if (stated.kind === 'cap') return totals.capTotal;
  if (stated.kind === 'self') return totals.selfTotal;
  return totals.appraisedTotal ?? 0;
}

type Scope = TotalRowDraft['scopes'][number];

const isParts = (scope: Scope): scope is PartsDraft => scope !== 'table' && scope.kind === 'parts';

function countsAs(scope: Scope): ScoreKind {
  if (scope === 'table') return 'base';
  return isParts(scope) ? scope.counts : (scope as GroupDraft | SectionDraft).kind;
}

/**
 * A total row is right when its values match one of the scopes it may mean (a plain
 * "Cộng" after a section's last group may total the group or the section); otherwise
 * each differing cell is reported against the scope it most likely means. The scores of
 * a penalty scope may be summed as negative numbers: its deductions total either way.
 */
function checkTotalRow(totalRow: TotalRowDraft, totalsOf: Map<Scope, Totals[]>, sheet: string): Finding[] {
  // A parent criterion's parts are totalled here; groups, sections and the table were totalled above.
  const totalsFor = (scope: Scope) =>
    (totalsOf.get(scope) ?? (isParts(scope) ? [sumCriteria(scope.criteria, scope.counts)] : [])).map((totals) => ({
      totals,
      deducts: countsAs(scope) === 'penalty',
    }));
  // A parent criterion's message speaks of its parts, not of a total row.
  const of: IssueParams = totalRow.scopes.some(isParts) ? { of: 'parts' } : {};
  const candidates = totalRow.scopes.flatMap(totalsFor);
  if (candidates.length === 0) return [];
  const agrees = (v: StatedTotal, c: (typeof candidates)[number]) =>
    sameScore(v.value, computed(c.totals, v)) || (c.deducts && v.kind !== 'cap' && sameScore(-v.value, computed(c.totals, v)));
  if (candidates.some((c) => totalRow.values.every((v) => agrees(v, c)))) return [];
  const [likely] = candidates;
  return totalRow.values
    .filter((v) => !agrees(v, likely))
    .map((v) => ({
      code: 'TOTAL_ROW_MISMATCH' as const,
      sheet,
      cell: v.cell,
      params: { kind: v.kind, value: v.value, computed: computed(likely.totals, v), ...of },
    }));
}
