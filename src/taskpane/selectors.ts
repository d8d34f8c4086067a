// Derived views of a report for the pane: pure functions over engine data.
import { rankResults, type Ranked } from '../engine/scoring/ranking';
import type { CriteriaSheet, Issue, Report, Severity } from '../engine/types';

export const SEVERITIES: Severity[] = ['error', 'warning', 'info'];

/**
 * The criteria tables, highest final score first (ties keep workbook order), ranked as
 * the engine ranks a report's tables: by the appraised score when every table has one.
 */
export function rankedTables(report: Report | null): Ranked<CriteriaSheet> {
  return rankResults(report?.criteriaSheets ?? [], (t) => t.result);
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
