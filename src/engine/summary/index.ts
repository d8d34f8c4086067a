// The bloc's summary (contracts/scoring.md, "thidua summary"): units from reports,
// ranked, criteria matched across units, and the summary workbook as SheetSpecs.
export { DETAIL_SHEET_NAME, DETAIL_TITLE, SUMMARY_LABELS, SUMMARY_SHEET_NAME, SUMMARY_TITLE } from './labels';
export { matchCriteria, type MatchedCriteria, type MatchedCriterion } from './match';
export {
  buildDetailSheet,
  buildLiveSummarySheet,
  buildSummarySheet,
  buildSummaryWorkbook,
  summaryChart,
  type LiveSummaryOptions,
  type SummaryChart,
  type SummaryOptions,
} from './sheets';
export {
  fileStem,
  rankUnits,
  unitsOfReports,
  unitsOfWorkbook,
  type BlocSummary,
  type RankedUnit,
  type SummaryInput,
  type SummaryUnit,
} from './units';
