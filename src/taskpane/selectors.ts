// Derived views of a report for the pane: pure functions over engine data.
import type { CriteriaSheet, Issue, Report, Severity, Totals } from '../engine/types';

export const SEVERITIES: Severity[] = ['error', 'warning', 'info'];

export interface SheetTotals extends Totals {
  sheet: string;
  table: CriteriaSheet;
}

/** A criteria sheet's totals over all its sections. */
export function sheetTotals(cs: CriteriaSheet): SheetTotals {
  let capTotal = 0;
  let selfTotal = 0;
  let appraisedTotal: number | null = null;
  for (const s of cs.sections) {
    capTotal += s.capTotal;
    selfTotal += s.selfTotal;
    if (s.appraisedTotal !== null) appraisedTotal = (appraisedTotal ?? 0) + s.appraisedTotal;
  }
  return { sheet: cs.sheet, table: cs, capTotal, selfTotal, appraisedTotal };
}

/** Criteria sheets with their totals, highest self total first (ties keep workbook order). */
export function rankedSheets(report: Report | null): SheetTotals[] {
  if (!report) return [];
  return report.criteriaSheets.map(sheetTotals).sort((a, b) => b.selfTotal - a.selfTotal);
}

/** Share of the cap in percent, or null when the cap is zero. */
export function shareOfCap(score: number | null, cap: number): number | null {
  if (score === null || !cap) return null;
  return (score / cap) * 100;
}

export function issuesBySeverity(issues: Issue[]): Record<Severity, Issue[]> {
  const groups: Record<Severity, Issue[]> = { error: [], warning: [], info: [] };
  for (const issue of issues) groups[issue.severity].push(issue);
  return groups;
}

/** Sheets whose edits the pane watches: those holding criteria tables. */
export function criteriaSheetNames(report: Report | null): string[] {
  return [...new Set((report?.criteriaSheets ?? []).map((c) => c.sheet))];
}
