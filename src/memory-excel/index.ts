// An in-memory Excel host with Office.js semantics, for tests, benchmarks and the
// browser workbench (never the production bundle). `run` behaves like Excel.run.
import { columnLetters, columnNumber, formatRange, parseCell, parseRange } from '../engine/address';
import type { SheetSnapshot } from '../engine/types';
import { assertWritable, inputToCell } from './cells';
import { MemoryRequestContext } from './context';
import { exportWorkbook, importWorkbook, toSnapshot, type CellData, type ConditionalFormatData, type WorkbookData } from './data';
import { MESSAGES, officeError, type OfficeErrorCode } from './errors';
import { EventRegistry, type ChangedEventArgs } from './events';
import { changeLines, type Axis } from './structure';
import { evaluateFormula, recalculate, shiftFormula } from './formulas';
import { emptyWorkbook, getCell, newSheet, sheetByName, updateCell, type SheetModel, type WorkbookModel } from './model';
import { SyncEngine, type FaultOptions, type SyncHook, type SyncRecord } from './host';
import { checkInput, type InputCheck } from './validation';
import { WorkbookProxy } from './workbook';
import { checkSheetName } from './worksheet';

export { chartsOf, type ChartModel } from './charts';
export type { CellData, ConditionalFormatData, SheetData, ValidationData, WorkbookData } from './data';
export { fromSnapshots, sheetFromSnapshot, toSnapshot } from './data';
export type { ChangedEventArgs } from './events';
export { MemoryOfficeError, type OfficeErrorCode } from './errors';
export type { FaultOptions, SyncHook, SyncRecord } from './host';
export type { CellFormat, SheetModel, WorkbookModel } from './model';
export type { InputCheck } from './validation';

/** The `context` a batch receives: `context.workbook` and `context.sync()` as in Office.js. */
export interface MemoryContext extends MemoryRequestContext {
  workbook: WorkbookProxy;
}

export interface MemoryExcelOptions {
  /** Largest request or response a sync may carry; default 5 MB like Excel on the web; null for none. */
  payloadLimitBytes?: number | null;
}

export interface EditOptions {
  source?: 'Local' | 'Remote';
  /** False: an edit Excel raises no onChanged for (a paste from another sheet, a fill over hidden rows). */
  fires?: boolean;
}

export interface MemoryExcel {
  /** Like Excel.run: a new context per batch (with RunOptions such as delayForCellEdit), or the context of an object/earlier context. */
  run<T>(batch: (context: MemoryContext) => Promise<T>): Promise<T>;
  run<T>(
    object: MemoryRequestContext | { context: MemoryRequestContext } | { delayForCellEdit?: boolean },
    batch: (context: MemoryContext) => Promise<T>,
  ): Promise<T>;
  /** The same run, typed as Office's, for createExcelGateway (type-only reference to @types/office-js). */
  readonly excel: { run: typeof Excel.run };
  /** The live model (read it; change it through the test API below). */
  readonly model: WorkbookModel;
  readonly syncCount: number;
  readonly requestLog: readonly SyncRecord[];
  /** Largest request (data written) and response (data loaded) of one successful sync, in UTF-8 bytes of JSON. */
  readonly maxRequestBytes: number;
  readonly maxResponseBytes: number;
  /** max(maxRequestBytes, maxResponseBytes). */
  readonly maxPayloadBytes: number;
  /** Registered onChanged handlers. */
  readonly eventHandlerCount: number;
  resetStats(): void;
  /** A deep plain copy of the whole workbook. */
  snapshotModel(): WorkbookData;
  /** The sheet's used range as an engine snapshot. */
  sheetSnapshot(sheet: string): SheetSnapshot;
  sheet(name: string): SheetModel | undefined;
  cell(sheet: string, address: string): CellData | undefined;
  /** A user's (or co-author's) edit: writes values (a matrix pastes a range; "=…" is a formula) and fires onChanged. */
  edit(sheet: string, address: string, value: unknown, options?: EditOptions): Promise<void>;
  /** A user inserting (count > 0) or deleting (count < 0) whole rows at `at`: everything moves as in Excel, and onChanged fires RowInserted/RowDeleted with "5:6". */
  changeRows(sheet: string, at: number, count: number, options?: EditOptions): Promise<void>;
  /** The same for columns (`at` a letter or number): ColumnInserted/ColumnDeleted with "C:D". */
  changeColumns(sheet: string, at: string | number, count: number, options?: EditOptions): Promise<void>;
  /** A user typing into one cell: refused by a Stop validation alert, else set and onChanged fired. */
  typeInto(sheet: string, address: string, text: string | number, options?: EditOptions): Promise<InputCheck>;
  /** Conditional formats whose rule is TRUE at the cell (what Excel would paint). */
  activeConditionalFormats(sheet: string, address: string): ConditionalFormatData[];
  /** The next `count` syncs fail (by default before applying anything). */
  failNextSync(count?: number, options?: FaultOptions): void;
  /** The k-th sync from now (1 = the next) fails. */
  failSyncAt(k: number, options?: FaultOptions): void;
  /** A hook before every sync; throwing from it fails that sync. Returns an unsubscribe function. */
  onBeforeSync(hook: SyncHook): () => void;
  /** While on, a cell is being edited: every sync fails (InvalidOperationInCellEditMode, as Excel), or waits for the end of edit mode when its batch ran with delayForCellEdit. */
  setEditMode(on: boolean, code?: OfficeErrorCode): void;
  setProtected(sheet: string, on?: boolean): void;
  /** The user brings a sheet to the front (worksheets.onActivated), or the workbook's window (workbook.onActivated). */
  activate(sheet?: string): Promise<void>;
  /** User actions on sheets (no events). */
  renameSheet(from: string, to: string): void;
  deleteSheet(name: string): void;
  addSheet(name: string): void;
}

export function createMemoryExcel(data?: WorkbookData, options: MemoryExcelOptions = {}): MemoryExcel {
  const model = data ? importWorkbook(data) : emptyWorkbook();
  if (!data) newSheet(model, 'Sheet1');
  recalculate(model);
  const events = new EventRegistry();
  const engine = new SyncEngine(
    () => model,
    options.payloadLimitBytes === undefined ? 5 * 1024 * 1024 : options.payloadLimitBytes,
  );

  const newContext = (delayForCellEdit = false): MemoryContext => {
    const ctx = new MemoryRequestContext(engine, delayForCellEdit) as MemoryContext;
    ctx.workbook = new WorkbookProxy(ctx, events);
    return ctx;
  };

  function run<T>(a: unknown, b?: unknown): Promise<T> {
    const batch = (typeof a === 'function' ? a : b) as (c: MemoryContext) => Promise<T>;
    let ctx: MemoryContext;
    if (a instanceof MemoryRequestContext) ctx = a as MemoryContext;
    else if (a && typeof a === 'object' && (a as { context?: unknown }).context instanceof MemoryRequestContext)
      ctx = (a as { context: MemoryContext }).context;
    else ctx = newContext(!!(a && typeof a === 'object' && (a as { delayForCellEdit?: unknown }).delayForCellEdit));
    return Promise.resolve().then(() => batch(ctx));
  }

  const requireSheet = (name: string): SheetModel => {
    const s = sheetByName(model, name);
    if (!s) throw officeError('ItemNotFound', `No sheet named '${name}'.`);
    return s;
  };

  const rangeOf = (address: string) => {
    const r = parseRange(address);
    if (!r) throw new Error(`Not an A1 address: ${address}`);
    return r;
  };

  const fire = (
    sheet: SheetModel,
    address: string,
    opts: EditOptions,
    changeType: ChangedEventArgs['changeType'] = 'RangeEdited',
  ) =>
    opts.fires === false
      ? Promise.resolve()
      : events.fire({
          type: 'WorksheetChanged',
          address,
          worksheetId: sheet.id,
          source: opts.source ?? 'Local',
          changeType,
          triggerSource: 'Unknown',
        });

  const changeLinesOf = async (sheetName: string, axis: Axis, at: number, count: number, opts: EditOptions) => {
    const sheet = requireSheet(sheetName);
    changeLines(model, sheet, axis, at, count);
    const last = at + Math.abs(count) - 1;
    const [address, type] =
      axis === 'row'
        ? [`${at}:${last}`, count > 0 ? 'RowInserted' : 'RowDeleted']
        : [`${columnLetters(at)}:${columnLetters(last)}`, count > 0 ? 'ColumnInserted' : 'ColumnDeleted'];
    await fire(sheet, address, opts, type as ChangedEventArgs['changeType']);
  };

  const host: MemoryExcel = {
    run: run as MemoryExcel['run'],
    excel: { run: run as unknown as typeof Excel.run },
    get model() {
      return model;
    },
    get syncCount() {
      return engine.syncCount;
    },
    get requestLog() {
      return engine.requestLog;
    },
    get maxRequestBytes() {
      return engine.maxRequestBytes;
    },
    get maxResponseBytes() {
      return engine.maxResponseBytes;
    },
    get maxPayloadBytes() {
      return Math.max(engine.maxRequestBytes, engine.maxResponseBytes);
    },
    get eventHandlerCount() {
      return events.count;
    },
    resetStats: () => engine.resetStats(),
    snapshotModel: () => exportWorkbook(model),
    sheetSnapshot: (name) => toSnapshot(requireSheet(name)),
    sheet: (name) => sheetByName(model, name),
    cell(sheet, address) {
      const at = parseCell(address);
      const c = at && getCell(requireSheet(sheet), at.row, at.col);
      return c ? JSON.parse(JSON.stringify(c)) : undefined;
    },
    async edit(sheetName, address, value, opts = {}) {
      const sheet = requireSheet(sheetName);
      assertWritable(sheet);
      const r = rangeOf(address);
      const matrix = Array.isArray(value) ? (value as unknown[][]) : null;
      for (let row = r.top; row <= r.bottom; row++) {
        for (let col = r.left; col <= r.right; col++) {
          const v = matrix ? matrix[row - r.top]?.[col - r.left] : value;
          updateCell(sheet, row, col, (cell) => {
            delete cell.formula;
            if (typeof v === 'string' && v.startsWith('=') && v.length > 1) {
              cell.formula = v;
              cell.value = null;
            } else cell.value = (v ?? null) as CellData['value'] & {};
          });
        }
      }
      recalculate(model);
      await fire(sheet, formatRange(r), opts);
    },
    changeRows: (sheet, at, count, opts = {}) => changeLinesOf(sheet, 'row', at, count, opts),
    changeColumns: (sheet, at, count, opts = {}) =>
      changeLinesOf(sheet, 'col', typeof at === 'number' ? at : columnNumber(at), count, opts),
    async typeInto(sheetName, address, text, opts = {}) {
      const sheet = requireSheet(sheetName);
      const at = parseCell(address);
      if (!at) throw new Error(`Not an A1 cell: ${address}`);
      if (sheet.protected)
        return {
          accepted: false,
          alert: {
            style: 'Stop',
            title: 'Microsoft Excel',
            message: MESSAGES.protected,
          },
        };
      const check = checkInput(model, sheet, at.row, at.col, text);
      if (!check.accepted) return check;
      updateCell(sheet, at.row, at.col, (cell) => inputToCell(cell, text));
      recalculate(model);
      await fire(sheet, address.toUpperCase(), opts);
      return check;
    },
    activeConditionalFormats(sheetName, address) {
      const sheet = requireSheet(sheetName);
      const at = parseCell(address);
      if (!at) return [];
      return sheet.conditionalFormats
        .filter(
          (cf) => at.row >= cf.range.top && at.row <= cf.range.bottom && at.col >= cf.range.left && at.col <= cf.range.right,
        )
        .filter(
          (cf) => evaluateFormula(shiftFormula(cf.formula, at.row - cf.range.top, at.col - cf.range.left), model, sheet) === true,
        )
        .map((cf) => ({
          id: cf.id,
          address: formatRange(cf.range),
          formula: cf.formula,
          fill: cf.fill,
          fontColor: cf.fontColor,
        }));
    },
    failNextSync(count = 1, opts = {}) {
      for (let i = 0; i < count; i++) engine.failAt(engine.nextSync + i, opts);
    },
    failSyncAt(k, opts = {}) {
      engine.failAt(engine.nextSync + k - 1, opts);
    },
    onBeforeSync: (hook) => engine.addHook(hook),
    setEditMode(on, code = 'InvalidOperationInCellEditMode') {
      engine.setEditMode(on ? code : null);
    },
    setProtected(sheet, on = true) {
      requireSheet(sheet).protected = on;
    },
    async activate(name) {
      if (name === undefined) return events.fire({ type: 'WorkbookActivated' });
      const s = requireSheet(name);
      model.activeSheetId = s.id;
      await events.fire({ type: 'WorksheetActivated', worksheetId: s.id });
    },
    renameSheet(from, to) {
      const s = requireSheet(from);
      checkSheetName(model, to, s);
      s.name = to;
    },
    deleteSheet(name) {
      const s = requireSheet(name);
      model.sheets.splice(model.sheets.indexOf(s), 1);
      if (model.activeSheetId === s.id) model.activeSheetId = model.sheets[0]?.id ?? null;
      if (model.selection?.sheetId === s.id) model.selection = null;
      recalculate(model);
    },
    addSheet(name) {
      checkSheetName(model, name);
      newSheet(model, name);
    },
  };
  return host;
}
