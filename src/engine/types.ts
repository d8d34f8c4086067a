// The engine's input and output types. Plain data only: hosts (Office.js, ExcelJS,
// the in-memory workbench) build SheetSnapshots and render Reports and SheetSpecs.
// Fields marked optional with `(#14)` become required when that issue lands.

/** An error value as Excel shows it, e.g. `{ error: '#DIV/0!' }`. */
export interface CellError {
  error: string;
}

/** A cell's value: the formula's computed result where there is a formula. */
export type CellValue = string | number | boolean | null | CellError;

/** One worksheet (or part of one) as plain data: the only input of the engine. */
export interface SheetSnapshot {
  name: string;
  /** A1 address of values[0][0] within the sheet, e.g. "A1" or "B3". */
  origin: string;
  /** Rows of cell values; rows may be ragged (missing cells are blank). */
  values: CellValue[][];
  /** Formula text (`=SUM(E9:E17)`) per cell, aligned with values; null/"" where none. */
  formulas?: (string | null)[][];
  /** Merged areas as sheet A1 ranges ("A9:A17"), not relative to origin. */
  merges?: string[];
  /** Excel could not give this sheet's merged areas: it is read without them (the pane says so). */
  mergesUnread?: boolean;
}

export type Lang = 'vi' | 'en';
export type Severity = 'error' | 'warning' | 'info';

export type IssueCode =
  | 'SCORE_NOT_NUMBER'
  | 'NUMBER_AS_TEXT'
  | 'SCORE_OVER_CAP'
  | 'SCORE_NEGATIVE'
  | 'NUMBER_TOO_LARGE'
  | 'SCORE_MISSING'
  | 'CAP_MISSING'
  | 'GROUP_CAP_MISMATCH'
  | 'SECTION_CAP_MISMATCH'
  | 'DECLARED_TOTAL_MISMATCH'
  | 'TOTAL_ROW_MISMATCH'
  | 'APPRAISED_DIFFERS'
  | 'MONTH_MISSING'
  | 'MONTH_DUPLICATE'
  | 'REPEATED_HEADER'
  | 'NO_TABLE_FOUND'
  | 'SHEET_TOO_LARGE'
  | 'CELL_TOO_LONG'
  | 'BONUS_OVER_CAP'
  | 'PENALTY_OVER_CAP'
  | 'EVIDENCE_MISSING'
  | 'RULES_INVALID';

/** Values filled into an issue's message template, e.g. { score: 7, cap: 5 }. */
export type IssueParams = Record<string, string | number | null>;

/** An issue as the engine finds it, before its message is put into words. */
export interface Finding {
  code: IssueCode;
  sheet: string;
  /** A1 address (or range) within the sheet, origin already applied; "" for the workbook. */
  cell: string;
  params: IssueParams;
}

export interface Issue {
  severity: Severity;
  code: IssueCode;
  sheet: string;
  cell: string;
  message: string;
  params?: IssueParams;
}

export interface Criterion {
  /** 1-based sheet row. */
  row: number;
  order: string;
  title: string;
  cap: number | null;
  self: number | null;
  appraised: number | null;
  capCell: string;
  selfCell: string;
  /** "" when the table has no appraised column. */
  appraisedCell: string;
  /**
   * A lettered part ("3a" of `3 | Công tác tuyên truyền` over `a) …`, `b) …`): the title
   * of the criterion it is part of. Absent on other criteria.
   */
  parentTitle?: string;
  /** The evidence text (Căn cứ chấm điểm / Minh chứng) as plain lines; "" when the table has no such column. */
  basis: string;
  /** Where the evidence text is; "" when the table has no evidence column. */
  basisCell: string;
}

/** How a section or group counts: capped criteria, bonus points under a ceiling, or deductions. */
export type ScoreKind = 'base' | 'bonus' | 'penalty';

export interface Totals {
  capTotal: number;
  selfTotal: number;
  /** null when no appraised score is entered. */
  appraisedTotal: number | null;
}

export interface Group extends Totals {
  /** Its section's kind unless its own title names another. */
  kind: ScoreKind;
  title: string;
  cell: string;
  /** Declared points of the group; null if none. */
  cap: number | null;
  criteria: Criterion[];
}

export interface Section extends Totals {
  /** Totals count the section's groups of its own kind; a group of another kind counts in `result` only. */
  kind: ScoreKind;
  label: string;
  title: string;
  cell: string;
  cap: number | null;
  declaredSelf: number | null;
  groups: Group[];
}

export interface CriteriaSheet {
  sheet: string;
  /** 1-based sheet row of the (first) header row. */
  headerRow: number;
  sections: Section[];
  /** The table's final score: base + bonus − penalty, classified by the rules in force. */
  result: TableResult;
}

/** One side's (self or appraised) final score of a criteria table. */
export interface SideResult {
  /** Sum over base sections. */
  base: number;
  /** Counted bonus, after ceilings. */
  bonus: number;
  /** Counted deduction (a positive number), after ceilings. */
  penalty: number;
  /** base + bonus − penalty. */
  final: number;
  /** final / max × 100, rounded to 2 decimals; null when max is 0. */
  percent: number | null;
}

export interface TableResult {
  /** Sum of the caps of base criteria. */
  max: number;
  self: SideResult;
  /** null when no appraised score is entered anywhere in the table. */
  appraised: SideResult | null;
  /** false when the table has any error-severity issue. */
  complete: boolean;
  /** The band of each side's final score; null when no rules apply. */
  classification: { self: string | null; appraised: string | null } | null;
}

/** Classification bands of a bloc's rules (Quy chế thi đua). */
export interface ClassificationRules {
  basis: 'points' | 'percent';
  /** A score gets the band with the greatest min not above it. */
  bands: { label: string; min: number }[];
}

/** Where the rules in force came from. */
export interface RulesSource {
  source: 'file' | 'workbook' | 'settings';
  /** The file's path, or the rules table's sheet and cell. */
  where: string;
}

/** The rules in force, with where they came from: what the report, the pane and the totals sheet classify by. */
export interface RulesInForce extends RulesSource, ClassificationRules {}

export interface Ranking {
  by: 'appraised' | 'self';
  units: { sheet: string; rank: number; final: number }[];
}

export interface PlanTask {
  row: number;
  order: string;
  text: string;
  note: string;
  /** Thời gian / Thời hạn column, as plain text; "" when the table has none or the cell is empty. */
  time: string;
  /** Đơn vị chủ trì / Đơn vị thực hiện column. */
  lead: string;
  /** Phối hợp / Đơn vị phối hợp column. */
  partners: string;
}

export interface PlanMonth {
  month: number;
  /** The year its marker names ("Tháng 12/2023"); absent when it names none. */
  year?: number;
  row: number;
  tasks: PlanTask[];
}

export interface PlanSheet {
  sheet: string;
  /** 1-based sheet row of the (first) header row. */
  headerRow: number;
  /** The year the plan's title or month rows name, when one does. */
  year: number | null;
  /** Tasks above the first month (the year's key tasks). */
  keyTasks: PlanTask[];
  months: PlanMonth[];
}

/** What the engine reads from one sheet. */
export interface SheetAnalysis {
  criteria: CriteriaSheet[];
  plans: PlanSheet[];
  findings: Finding[];
}

export interface Summary {
  errors: number;
  warnings: number;
  infos: number;
}

/** The check report, described in docs/report.md. */
export interface Report {
  file: string;
  criteriaSheets: CriteriaSheet[];
  planSheets: PlanSheet[];
  issues: Issue[];
  summary: Summary;
  /** The classification rules in force and where they came from; null when none. */
  rules: RulesInForce | null;
  /** Present when the report holds two or more criteria tables. */
  ranking?: Ranking;
}

// ---- Sheet descriptions: what the add-in writes, as data ----

export interface CellStyle {
  fontName?: string;
  fontSize?: number;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  horizontal?: 'left' | 'center' | 'right';
  vertical?: 'top' | 'middle' | 'bottom';
  wrap?: boolean;
  /** Thin border on all four sides. */
  border?: boolean;
  /** Thin border under the cell only (the short rule under a document's header lines). */
  borderBottom?: boolean;
  /** Fill colour as "#RRGGBB". */
  fill?: string;
  /** Excel number format; "@" keeps text as text. */
  numberFormat?: string;
}

export interface SpecCell {
  /** A1 address within the new sheet. */
  address: string;
  /** Text is always written as text, never as a formula, unless `formula` is set. */
  value: string | number | null;
  /** A formula the add-in itself wrote (e.g. `=SUM('Tiêu chí'!F9:F17)`). */
  formula?: string;
  /** Key into SheetSpec.styles. */
  style?: string;
}

export interface PrintSettings {
  orientation: 'portrait' | 'landscape';
  paperSize: 'A4';
  fitToWidth: boolean;
  /** Rows repeated at the top of every printed page, e.g. "7:7". */
  titleRows?: string;
  /** Margins in inches. */
  margins?: { top: number; bottom: number; left: number; right: number };
}

/** A whole new worksheet as data; both writers (Office.js and ExcelJS) render it. */
export interface SheetSpec {
  /** The wanted name; the writer makes it unique with uniqueSheetName(). */
  name: string;
  /** Column widths in Excel character units, from column A. */
  columnWidths: number[];
  /** Row heights in points, by 1-based row; rows not listed keep the default. */
  rowHeights?: Record<number, number>;
  cells: SpecCell[];
  merges: string[];
  styles: Record<string, CellStyle>;
  print: PrintSettings;
  /** Rows frozen at the top in the sheet view. */
  freezeRows?: number;
}

/** Who issues a monthly plan and how it is printed: kept in the workbook's settings by the add-in. */
export interface PlanSettings {
  /** The superior body, e.g. "TỔNG LĐLĐ VIỆT NAM"; "" takes it from the workbook's title block. */
  superior: string;
  /** The issuing unit, e.g. "CÔNG ĐOÀN DẦU KHÍ VIỆT NAM"; "" takes it from the workbook's title block. */
  unit: string;
  /** The unit's abbreviation in the document number (`Số: …/KH-CĐDK`); "" makes it from the unit's name. */
  abbreviation: string;
  /** Place for the date line, e.g. "Hà Nội". */
  place: string;
  /** Who signs, one line each: "TM. BAN THƯỜNG VỤ\nCHỦ TỊCH", or "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH". */
  signerTitle: string;
  signerName: string;
  /** Nơi nhận, one entry a line, the archive line (`- Lưu: VT, …`) last. */
  recipients: string;
  orientation: 'portrait' | 'landscape';
}

/** Rows re-read after an edit, to merge into the last snapshot of that sheet. */
export interface RowPatch {
  sheet: string;
  /** Sheet row of values[0]; values[r][0] is the snapshot's first column unless startCol says otherwise. */
  startRow: number;
  /** 1-based sheet column of values[r][0] (the live re-read covers the used columns, which may have grown). */
  startCol?: number;
  values: CellValue[][];
  formulas?: (string | null)[][];
}
