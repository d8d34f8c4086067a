// The workbook as the host keeps it: sheets of sparse cells (row -> col -> cell),
// with validation and conditional formats beside the cells. Proxies read and
// write this model only while a sync executes.
import type { RangeRef } from '../engine/address';

export type ScalarValue = string | number | boolean | null;

/** Formatting of one cell; objects are shared between cells and never mutated. */
export interface CellFormat {
  fontName?: string;
  fontSize?: number;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  fontColor?: string;
  horizontal?: string;
  vertical?: string;
  wrap?: boolean;
  /** Fill colour "#RRGGBB". */
  fill?: string;
  /** Border styles ("Continuous", …) per edge. */
  borderTop?: string;
  borderBottom?: string;
  borderLeft?: string;
  borderRight?: string;
}

export interface CellModel {
  /** The shown value; errors are strings like "#DIV/0!" as Office returns them. */
  value: ScalarValue;
  formula?: string;
  numberFormat?: string;
  format?: CellFormat;
}

export interface ValidationRule {
  type: 'Decimal' | 'WholeNumber' | 'List' | 'Custom' | 'TextLength' | 'Date' | 'Time';
  operator?: string;
  formula1?: string | number;
  formula2?: string | number;
  /** List source, custom formula… kept as given. */
  source?: string;
}

export interface ValidationAlert {
  showAlert: boolean;
  style: 'Stop' | 'Warning' | 'Information';
  title: string;
  message: string;
}

export interface ValidationPrompt {
  showPrompt: boolean;
  title: string;
  message: string;
}

/** One validation as applied to a range; cells point to it with their offset from its anchor. */
export interface Validation {
  rule: ValidationRule;
  errorAlert: ValidationAlert;
  prompt: ValidationPrompt;
  ignoreBlanks: boolean;
  /** Top-left cell of the range it was set on: relative references are relative to it. */
  anchorRow: number;
  anchorCol: number;
}

export interface ConditionalFormatModel {
  id: string;
  range: RangeRef;
  type: 'Custom';
  /** Custom rule formula, relative to the range's top-left cell. */
  formula: string;
  fill?: string;
  fontColor?: string;
  bold?: boolean;
}

export interface PageLayoutModel {
  orientation: 'Portrait' | 'Landscape';
  paperSize: string;
  /** Fit to this many pages wide (null: scale). */
  fitToPagesWide: number | null;
  fitToPagesTall: number | null;
  printTitleRows: string | null;
  /** Margins in points. */
  margins: { top: number; bottom: number; left: number; right: number };
}

export type Visibility = 'Visible' | 'Hidden' | 'VeryHidden';

export interface SheetModel {
  id: string;
  name: string;
  visibility: Visibility;
  cells: Map<number, Map<number, CellModel>>;
  merges: RangeRef[];
  /** Column widths and row heights in points, where not the default. */
  columnWidths: Map<number, number>;
  rowHeights: Map<number, number>;
  validations: Map<number, Map<number, Validation>>;
  conditionalFormats: ConditionalFormatModel[];
  pageLayout: PageLayoutModel;
  freezeRows: number;
  freezeColumns: number;
  protected: boolean;
}

export interface WorkbookModel {
  sheets: SheetModel[];
  settings: Map<string, unknown>;
  activeSheetId: string | null;
  selection: { sheetId: string; address: string } | null;
  nextId: number;
}

export const DEFAULT_COLUMN_WIDTH = 48;
export const DEFAULT_ROW_HEIGHT = 15;

export function defaultPageLayout(): PageLayoutModel {
  return {
    orientation: 'Portrait',
    paperSize: 'Letter',
    fitToPagesWide: null,
    fitToPagesTall: null,
    printTitleRows: null,
    margins: { top: 54, bottom: 54, left: 50.4, right: 50.4 },
  };
}

export function emptyWorkbook(): WorkbookModel {
  return { sheets: [], settings: new Map(), activeSheetId: null, selection: null, nextId: 1 };
}

export function newSheet(model: WorkbookModel, name: string): SheetModel {
  const n = model.nextId++;
  const sheet: SheetModel = {
    id: `{${String(n).padStart(8, '0')}-0001-0000-0000-000000000000}`,
    name,
    visibility: 'Visible',
    cells: new Map(),
    merges: [],
    columnWidths: new Map(),
    rowHeights: new Map(),
    validations: new Map(),
    conditionalFormats: [],
    pageLayout: defaultPageLayout(),
    freezeRows: 0,
    freezeColumns: 0,
    protected: false,
  };
  model.sheets.push(sheet);
  if (!model.activeSheetId) model.activeSheetId = sheet.id;
  return sheet;
}

export function sheetByName(model: WorkbookModel, name: string): SheetModel | undefined {
  const key = name.toLocaleLowerCase();
  return model.sheets.find((s) => s.name.toLocaleLowerCase() === key);
}

export function sheetById(model: WorkbookModel, id: string): SheetModel | undefined {
  return model.sheets.find((s) => s.id === id);
}

export function getCell(sheet: SheetModel, row: number, col: number): CellModel | undefined {
  return sheet.cells.get(row)?.get(col);
}

function isEmptyCell(c: CellModel): boolean {
  return (c.value === null || c.value === '') && !c.formula && !c.numberFormat && !c.format;
}

/** Changes one cell through `change`, creating it when needed and dropping it when left empty. */
export function updateCell(sheet: SheetModel, row: number, col: number, change: (cell: CellModel) => void): void {
  let cols = sheet.cells.get(row);
  const existing = cols?.get(col);
  const cell: CellModel = existing ?? { value: null };
  change(cell);
  if (cell.value === '') cell.value = null;
  if (cell.numberFormat === 'General') delete cell.numberFormat;
  if (cell.format && Object.keys(cell.format).length === 0) delete cell.format;
  if (isEmptyCell(cell)) {
    if (existing) {
      cols!.delete(col);
      if (cols!.size === 0) sheet.cells.delete(row);
    }
    return;
  }
  if (!existing) {
    if (!cols) {
      cols = new Map();
      sheet.cells.set(row, cols);
    }
    cols.set(col, cell);
  }
}

/** Calls fn for every stored cell inside the rectangle. */
export function forEachStoredCell(sheet: SheetModel, r: RangeRef, fn: (row: number, col: number, cell: CellModel) => void): void {
  const rows = r.bottom - r.top + 1;
  if (rows <= sheet.cells.size) {
    for (let row = r.top; row <= r.bottom; row++) visitRow(sheet.cells.get(row), row, r, fn);
  } else {
    for (const [row, cols] of sheet.cells) if (row >= r.top && row <= r.bottom) visitRow(cols, row, r, fn);
  }
}

function visitRow(
  cols: Map<number, CellModel> | undefined,
  row: number,
  r: RangeRef,
  fn: (row: number, col: number, cell: CellModel) => void,
): void {
  if (!cols) return;
  for (const [col, cell] of cols) if (col >= r.left && col <= r.right) fn(row, col, cell);
}

/** The rectangle of cells holding a value or formula (valuesOnly) or anything at all. */
export function usedRect(sheet: SheetModel, valuesOnly: boolean): RangeRef | null {
  let top = Infinity;
  let left = Infinity;
  let bottom = -Infinity;
  let right = -Infinity;
  for (const [row, cols] of sheet.cells) {
    for (const [col, cell] of cols) {
      if (valuesOnly && (cell.value === null || cell.value === '') && !cell.formula) continue;
      if (row < top) top = row;
      if (row > bottom) bottom = row;
      if (col < left) left = col;
      if (col > right) right = col;
    }
  }
  return top === Infinity ? null : { top, left, bottom, right };
}

export function intersect(a: RangeRef, b: RangeRef): RangeRef | null {
  const r = {
    top: Math.max(a.top, b.top),
    left: Math.max(a.left, b.left),
    bottom: Math.min(a.bottom, b.bottom),
    right: Math.min(a.right, b.right),
  };
  return r.top <= r.bottom && r.left <= r.right ? r : null;
}

export function contains(outer: RangeRef, row: number, col: number): boolean {
  return row >= outer.top && row <= outer.bottom && col >= outer.left && col <= outer.right;
}
