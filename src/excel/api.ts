// What the task pane may ask of a workbook. The Office.js gateway implements it;
// tests and the workbench run the same gateway over the in-memory Excel host.
import type { LiveSummaryOptions } from '../engine/summary';
import type {
  ClassificationRules,
  CriteriaSheet,
  Lang,
  PlanSettings,
  Report,
  RowPatch,
  SheetSnapshot,
  SheetSpec,
} from '../engine/types';

/** Which optional Excel features this host supports (from the API requirement sets). */
export interface Capabilities {
  /** ExcelApi 1.13: merged areas of a range; without it merged group cells are read row by row. */
  mergedAreas: boolean;
  /** ExcelApi 1.8: data validation; 1.6: conditional formats; 1.4: settings, where the guards are recorded. Guarding needs all three. */
  guards: boolean;
  /** ExcelApi 1.7: worksheet onChanged events, for live validation. */
  liveEvents: boolean;
  /** ExcelApi 1.4: workbook settings, where the plan header is kept. */
  settings: boolean;
  /** Requirement sets that are missing, e.g. ["ExcelApi 1.13"]. */
  missing: string[];
}

export type GatewayErrorCode =
  | 'EDIT_MODE'
  | 'PROTECTED'
  | 'SHEET_GONE'
  | 'UNSUPPORTED'
  | 'CONFLICT'
  | 'TOO_LARGE'
  /** Excel refused the operation in this state of the workbook (InvalidOperation, InvalidArgument). */
  | 'REFUSED'
  /** Excel failed on its side (GeneralException): trying again may work. */
  | 'EXCEL_FAILED'
  | 'UNKNOWN';

/** An Office failure turned into something the pane can put into words. */
export class GatewayError extends Error {
  readonly code: GatewayErrorCode;
  readonly sheet?: string;
  constructor(code: GatewayErrorCode, detail: string, sheet?: string) {
    super(detail);
    this.name = 'GatewayError';
    this.code = code;
    this.sheet = sheet;
  }
}

export interface GuardResult {
  /** Score cells that got Excel's data validation. */
  guardedCells: number;
  /** Score cells left alone because they already had a validation rule of the user's. */
  skippedCells: string[];
}

/** The bloc summary written: its sheet, and its chart's bars named after the units, numbered (ExcelApi 1.7 missing) or absent (charts missing). */
export interface SummaryWritten {
  sheet: string;
  chart: 'named' | 'numbered' | 'none';
}

export interface WorkbookGateway {
  capabilities(): Capabilities;
  /** Every worksheet as a snapshot (used range, values, formulas, merges). */
  readSnapshots(): Promise<SheetSnapshot[]>;
  /** Installs data validation and conditional formats on the score cells. */
  guardScores(criteria: CriteriaSheet[], lang?: Lang): Promise<GuardResult>;
  /** Removes exactly what guardScores installed. */
  unguardScores(): Promise<void>;
  /** Whether guards installed by the add-in are present. */
  hasGuards(): Promise<boolean>;
  /** Writes the totals sheet (live SUM formulas); returns the new sheet's name. */
  writeTotals(report: Report): Promise<string>;
  /** Writes the bloc's live summary sheet (one unit per criteria table) and a chart of the final scores. */
  writeSummary(report: Report, opts: LiveSummaryOptions): Promise<SummaryWritten>;
  /** Adds a new sheet rendered from a SheetSpec; returns the new sheet's name. */
  insertSheet(spec: SheetSpec): Promise<string>;
  /** Selects a cell (or range) on a sheet and activates the sheet. */
  selectCell(sheet: string, address: string): Promise<void>;
  /** Whether the workbook still holds what `snapshots` show (a cheap comparison, not a full read). */
  isCurrent(snapshots: SheetSnapshot[]): Promise<boolean>;
  /** Calls `handler` when a sheet or the workbook is brought to the front (where Excel tells); returns a stop function. */
  onActivation(handler: () => void): Promise<() => Promise<void>>;
  /** Calls onEdit with the re-read rows whenever one of the sheets changes; returns a stop function. */
  watch(sheets: string[], onEdit: (patch: RowPatch) => void, onError: (e: GatewayError) => void): Promise<() => Promise<void>>;
  loadSettings(): Promise<PlanSettings | null>;
  saveSettings(settings: PlanSettings): Promise<void>;
  /** The classification rules the user saved in the workbook; null when none (or unreadable). */
  loadRules(): Promise<ClassificationRules | null>;
  saveRules(rules: ClassificationRules): Promise<void>;
}
