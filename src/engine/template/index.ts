// Sheets the add-in inserts, described as data (SheetSpec) for both writers.
export {
  DEFAULT_PLAN_SETTINGS,
  PLAN_COLUMN_WIDTHS,
  PLAN_HEADER_ROW,
  buildMonthlyPlanSheet,
  buildYearPlanSheets,
  planSheetName,
  type MonthlyPlanOptions,
  type YearPlanOptions,
} from './monthly-plan';
