// A built table turned into the report's sections and groups, with their totals, and
// the checks that need them: declared points against sums of caps, a section's declared
// self total, and the values of total rows.
import { declaredPoints, tidyLines } from '../text/normalize';
import type { Finding, Group, IssueCode, IssueParams, Section, Totals } from '../types';
import type { GroupDraft, PartsDraft, SectionDraft, StatedTotal, TableBuilder, TotalRowDraft } from './build';
import { sameScore, sumCriteria, sumTotals } from './totals';

export function finishSections(builder: TableBuilder, sheet: string): { sections: Section[]; findings: Finding[] } {
  const findings: Finding[] = [];
  const add = (code: IssueCode, cell: string, params: IssueParams) => findings.push({ code, sheet, cell, params });
  const totalsOf = new Map<GroupDraft | SectionDraft | 'table', Totals>();

  const sections = builder.finishedSections().map((draft): Section => {
    const groups = draft.groups.map((g): Group => {
      const title = tidyLines(g.title);
      const points = declaredPoints(title);
      const totals = sumCriteria(g.criteria);
      totalsOf.set(g, totals);
      const cap = points?.cap ?? g.capInColumn;
      if (cap !== null && !sameScore(cap, totals.capTotal))
        add('GROUP_CAP_MISMATCH', g.cell, { declared: cap, sum: totals.capTotal });
      return { title: points ? points.title : title, cell: g.cell, cap, ...totals, criteria: g.criteria };
    });
    const title = tidyLines(draft.title);
    const points = declaredPoints(title);
    const totals = sumTotals(groups);
    totalsOf.set(draft, totals);
    const cap = points?.cap ?? draft.capInColumn;
    const declaredSelf = points?.declared ?? null;
    if (cap !== null && !sameScore(cap, totals.capTotal))
      add('SECTION_CAP_MISMATCH', draft.cell, { declared: cap, sum: totals.capTotal });
    if (declaredSelf !== null && !sameScore(declaredSelf, totals.selfTotal)) {
      add('DECLARED_TOTAL_MISMATCH', draft.cell, { declared: declaredSelf, computed: totals.selfTotal });
    }
    return { label: draft.label, title, cell: draft.cell, cap, declaredSelf, ...totals, groups };
  });
  totalsOf.set('table', sumTotals(sections));

  for (const totalRow of builder.totalRows) for (const f of checkTotalRow(totalRow, totalsOf, sheet)) findings.push(f);
  return { sections, findings };
}

function computed(totals: Totals, stated: StatedTotal): number {
  if (stated.kind === 'cap') return totals.capTotal;
  if (stated.kind === 'self') return totals.selfTotal;
  return totals.appraisedTotal ?? 0;
}

type Scope = TotalRowDraft['scopes'][number];

const isParts = (scope: Scope): scope is PartsDraft => scope !== 'table' && 'kind' in scope;

/**
 * A total row is right when its values match one of the scopes it may mean (a plain
 * "Cộng" after a section's last group may total the group or the section); otherwise
 * each differing cell is reported against the scope it most likely means.
 */
function checkTotalRow(totalRow: TotalRowDraft, totalsOf: Map<Scope, Totals>, sheet: string): Finding[] {
  // A parent criterion's parts are totalled here; groups, sections and the table were totalled above.
  const totalsFor = (scope: Scope) => totalsOf.get(scope) ?? (isParts(scope) ? sumCriteria(scope.criteria) : undefined);
  // A parent criterion's message speaks of its parts, not of a total row.
  const of: IssueParams = totalRow.scopes.some(isParts) ? { of: 'parts' } : {};
  const candidates = totalRow.scopes.map(totalsFor).filter((t): t is Totals => t !== undefined);
  if (candidates.length === 0) return [];
  const matches = (totals: Totals) => totalRow.values.every((v) => sameScore(v.value, computed(totals, v)));
  if (candidates.some(matches)) return [];
  const [likely] = candidates;
  return totalRow.values
    .filter((v) => !sameScore(v.value, computed(likely, v)))
    .map((v) => ({
      code: 'TOTAL_ROW_MISMATCH' as const,
      sheet,
      cell: v.cell,
      params: { kind: v.kind, value: v.value, computed: computed(likely, v), ...of },
    }));
}
