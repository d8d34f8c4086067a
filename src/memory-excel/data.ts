// Plain-data form of a workbook: to build a host from fixtures or SheetSnapshots,
// and to compare workbooks cell for cell (snapshotModel()).
import { columnLetters, columnNumber, formatCell, formatRange, parseCell, parseRange, type RangeRef } from '../engine/address';
import type { CellValue, SheetSnapshot } from '../engine/types';
import { shiftFormula } from './formulas';
import {
  defaultPageLayout,
  emptyWorkbook,
  newSheet,
  sheetById,
  sheetByName,
  updateCell,
  usedRect,
  type CellFormat,
  type PageLayoutModel,
  type ScalarValue,
  type SheetModel,
  type ValidationAlert,
  type ValidationPrompt,
  type ValidationRule,
  type Visibility,
  type WorkbookModel,
} from './model';
import { newValidation, setValidation, validationAt } from './validation';

export interface CellData {
  value?: ScalarValue;
  formula?: string;
  numberFormat?: string;
  format?: CellFormat;
}

export interface ValidationData {
  /** A1 cell or range; relative references in the rule are relative to its top-left cell. */
  address: string;
  rule: ValidationRule;
  errorAlert?: Partial<ValidationAlert>;
  prompt?: Partial<ValidationPrompt>;
  ignoreBlanks?: boolean;
}

export interface ConditionalFormatData {
  id?: string;
  address: string;
  formula: string;
  fill?: string;
  fontColor?: string;
  bold?: boolean;
}

export interface SheetData {
  name: string;
  id?: string;
  visibility?: Visibility;
  /** A1 address -> cell. */
  cells?: Record<string, CellData>;
  merges?: string[];
  /** Column letters -> width in points. */
  columnWidths?: Record<string, number>;
  /** Row number -> height in points. */
  rowHeights?: Record<string, number>;
  validations?: ValidationData[];
  conditionalFormats?: ConditionalFormatData[];
  pageLayout?: Partial<PageLayoutModel>;
  freezeRows?: number;
  freezeColumns?: number;
  protected?: boolean;
}

export interface WorkbookData {
  sheets: SheetData[];
  settings?: Record<string, unknown>;
  /** Name of the active sheet. */
  activeSheet?: string;
  selection?: { sheet: string; address: string };
}

function rect(address: string): RangeRef {
  const r = parseRange(address);
  if (!r) throw new Error(`Not an A1 range: ${address}`);
  return r;
}

export function importWorkbook(data: WorkbookData): WorkbookModel {
  const model = emptyWorkbook();
  for (const sd of data.sheets) {
    const sheet = newSheet(model, sd.name);
    if (sd.id) sheet.id = sd.id;
    sheet.visibility = sd.visibility ?? 'Visible';
    for (const [address, c] of Object.entries(sd.cells ?? {})) {
      const at = parseCell(address);
      if (!at) throw new Error(`Not an A1 cell: ${address}`);
      updateCell(sheet, at.row, at.col, (cell) => {
        cell.value = c.value ?? null;
        if (c.formula) cell.formula = c.formula;
        if (c.numberFormat) cell.numberFormat = c.numberFormat;
        if (c.format) cell.format = Object.freeze({ ...c.format });
      });
    }
    sheet.merges = (sd.merges ?? []).map(rect);
    for (const [col, w] of Object.entries(sd.columnWidths ?? {})) sheet.columnWidths.set(columnNumber(col), w);
    for (const [row, h] of Object.entries(sd.rowHeights ?? {})) sheet.rowHeights.set(Number(row), h);
    for (const v of sd.validations ?? []) {
      const r = rect(v.address);
      const validation = newValidation({ ...v.rule }, r);
      validation.errorAlert = { ...validation.errorAlert, ...v.errorAlert };
      validation.prompt = { ...validation.prompt, ...v.prompt };
      if (v.ignoreBlanks !== undefined) validation.ignoreBlanks = v.ignoreBlanks;
      setValidation(sheet, r, validation);
    }
    sheet.conditionalFormats = (sd.conditionalFormats ?? []).map((cf) => ({
      id: cf.id ?? `{CF-${String(model.nextId++).padStart(6, '0')}}`,
      range: rect(cf.address),
      type: 'Custom' as const,
      formula: cf.formula,
      ...(cf.fill ? { fill: cf.fill } : {}),
      ...(cf.fontColor ? { fontColor: cf.fontColor } : {}),
      ...(cf.bold !== undefined ? { bold: cf.bold } : {}),
    }));
    sheet.pageLayout = { ...defaultPageLayout(), ...sd.pageLayout };
    sheet.freezeRows = sd.freezeRows ?? 0;
    sheet.freezeColumns = sd.freezeColumns ?? 0;
    sheet.protected = sd.protected ?? false;
  }
  const active = data.activeSheet ? sheetByName(model, data.activeSheet) : undefined;
  if (active) model.activeSheetId = active.id;
  const selected = data.selection && sheetByName(model, data.selection.sheet);
  if (selected) model.selection = { sheetId: selected.id, address: data.selection!.address };
  for (const [k, v] of Object.entries(data.settings ?? {})) model.settings.set(k, JSON.parse(JSON.stringify(v)));
  return model;
}

function sortedEntries<V>(m: Map<number, V>): [number, V][] {
  return [...m.entries()].sort((a, b) => a[0] - b[0]);
}

function shiftRuleValue(v: string | number | undefined, dRow: number, dCol: number): string | number | undefined {
  return typeof v === 'string' && v.startsWith('=') ? shiftFormula(v, dRow, dCol) : v;
}

/** Validations cell by cell, each rule's references as seen from that cell: one canonical form however they were applied. */
function exportValidations(sheet: SheetModel): ValidationData[] {
  const out: ValidationData[] = [];
  for (const [row, cols] of sortedEntries(sheet.validations)) {
    for (const [col] of sortedEntries(cols)) {
      const v = validationAt(sheet, row, col)!;
      const dRow = row - v.anchorRow;
      const dCol = col - v.anchorCol;
      const rule: ValidationRule = {
        ...v.rule,
        formula1: shiftRuleValue(v.rule.formula1, dRow, dCol),
        formula2: shiftRuleValue(v.rule.formula2, dRow, dCol),
      };
      for (const k of Object.keys(rule) as (keyof ValidationRule)[]) if (rule[k] === undefined) delete rule[k];
      out.push({
        address: formatCell(row, col),
        rule,
        errorAlert: { ...v.errorAlert },
        prompt: { ...v.prompt },
        ignoreBlanks: v.ignoreBlanks,
      });
    }
  }
  return out;
}

export function exportSheet(sheet: SheetModel): SheetData {
  const cells: Record<string, CellData> = {};
  for (const [row, cols] of sortedEntries(sheet.cells)) {
    for (const [col, c] of sortedEntries(cols)) {
      const cell: CellData = { value: c.value };
      if (c.formula) cell.formula = c.formula;
      if (c.numberFormat) cell.numberFormat = c.numberFormat;
      if (c.format) cell.format = { ...c.format };
      cells[formatCell(row, col)] = cell;
    }
  }
  return {
    name: sheet.name,
    id: sheet.id,
    visibility: sheet.visibility,
    cells,
    merges: sheet.merges.map(formatRange),
    columnWidths: Object.fromEntries(sortedEntries(sheet.columnWidths).map(([c, w]) => [columnLetters(c), w])),
    rowHeights: Object.fromEntries(sortedEntries(sheet.rowHeights).map(([r, h]) => [String(r), h])),
    validations: exportValidations(sheet),
    conditionalFormats: sheet.conditionalFormats.map((cf) => ({
      id: cf.id,
      address: formatRange(cf.range),
      formula: cf.formula,
      ...(cf.fill ? { fill: cf.fill } : {}),
      ...(cf.fontColor ? { fontColor: cf.fontColor } : {}),
      ...(cf.bold !== undefined ? { bold: cf.bold } : {}),
    })),
    pageLayout: { ...sheet.pageLayout, margins: { ...sheet.pageLayout.margins } },
    freezeRows: sheet.freezeRows,
    freezeColumns: sheet.freezeColumns,
    protected: sheet.protected,
  };
}

/** A deep, plain copy of the whole workbook (for "nothing changed outside X" assertions). */
export function exportWorkbook(model: WorkbookModel): WorkbookData {
  const active = model.activeSheetId ? sheetById(model, model.activeSheetId) : undefined;
  const selected = model.selection ? sheetById(model, model.selection.sheetId) : undefined;
  return {
    sheets: model.sheets.map(exportSheet),
    settings: Object.fromEntries([...model.settings.entries()].map(([k, v]) => [k, JSON.parse(JSON.stringify(v ?? null))])),
    ...(active ? { activeSheet: active.name } : {}),
    ...(selected ? { selection: { sheet: selected.name, address: model.selection!.address } } : {}),
  };
}

function cellValueToScalar(v: CellValue | undefined): ScalarValue {
  if (v === undefined) return null;
  if (v !== null && typeof v === 'object') return v.error;
  return v;
}

/** Sheets from engine snapshots (values, formulas, merges): the quickest way to build a test workbook. */
export function sheetFromSnapshot(snap: SheetSnapshot): SheetData {
  const origin = parseCell(snap.origin || 'A1') ?? { row: 1, col: 1 };
  const cells: Record<string, CellData> = {};
  snap.values.forEach((line, r) =>
    line.forEach((v, c) => {
      const value = cellValueToScalar(v);
      const formula = snap.formulas?.[r]?.[c];
      if ((value === null || value === '') && !formula) return;
      cells[formatCell(origin.row + r, origin.col + c)] = formula && formula.startsWith('=') ? { value, formula } : { value };
    }),
  );
  return { name: snap.name, cells, merges: snap.merges ?? [] };
}

export function fromSnapshots(snaps: SheetSnapshot[]): WorkbookData {
  return { sheets: snaps.map(sheetFromSnapshot) };
}

/** What a gateway's read should give for a sheet: its used range (values only) as a snapshot. */
export function toSnapshot(sheet: SheetModel): SheetSnapshot {
  const r = usedRect(sheet, true);
  if (!r) return { name: sheet.name, origin: 'A1', values: [], formulas: [], merges: sheet.merges.map(formatRange) };
  const values: CellValue[][] = [];
  const formulas: (string | null)[][] = [];
  for (let row = r.top; row <= r.bottom; row++) {
    const cols = sheet.cells.get(row);
    const vs: CellValue[] = [];
    const fs: (string | null)[] = [];
    for (let col = r.left; col <= r.right; col++) {
      const c = cols?.get(col);
      vs.push(c?.value ?? '');
      fs.push(c?.formula ?? null);
    }
    values.push(vs);
    formulas.push(fs);
  }
  return { name: sheet.name, origin: formatCell(r.top, r.left), values, formulas, merges: sheet.merges.map(formatRange) };
}
