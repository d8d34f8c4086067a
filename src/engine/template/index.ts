// Sheets the add-in inserts, described as data (SheetSpec) for both writers.
export {
  PLAN_HEADER_ROW,
  buildMonthlyPlanSheet,
  buildYearPlanSheets,
  planSheetName,
  type MonthlyPlanOptions,
  type YearPlanOptions,
} from './monthly-plan';
export { PLAN_LAYOUTS, PLAN_MARGINS } from './layout';
export { DEFAULT_PLAN_SETTINGS, resolvePlanSettings } from './settings';
export { documentDate, type DocumentDate } from './labels';
