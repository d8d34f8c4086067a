// Range, its format objects and RangeAreas, over the model.
import { rectanglesByKey } from '../engine/rectangles';
import { EXCEL_COLUMNS, parseRange, type RangeRef } from '../engine/address';
import {
  consistent,
  inputToCell,
  mergeCells,
  patchFormat,
  readFormula,
  readMatrix,
  readNumberFormat,
  readValue,
  sheetAddress,
  unmergeCells,
  writeMatrix,
} from './cells';
import type { MemoryRequestContext } from './context';
import { ConditionalFormatCollectionProxy } from './conditional-formats';
import { MESSAGES, officeError } from './errors';
import {
  DEFAULT_COLUMN_WIDTH,
  DEFAULT_ROW_HEIGHT,
  contains,
  getCell,
  intersect,
  sheetById,
  updateCell,
  type CellFormat,
  type SheetModel,
  type WorkbookModel,
} from './model';
import { BoundProxy, ChildProxy, type ClientProxy } from './proxy';
import { DataValidationProxy } from './validation';

/** Most merged areas Excel returns from one getMergedAreasOrNullObject; past it, nothing more comes back. */
export const MERGED_AREAS_PER_CALL = 512;

export interface RangeBinding {
  sheetId: string;
  rect: RangeRef;
}

export interface RangeTarget {
  sheet: SheetModel;
  rect: RangeRef;
}

/** "A1", "A1:B2", "5:7", "F:F" (optionally "Sheet!…" of the same sheet) -> a rectangle. */
export function parseAddress(address: string): RangeRef {
  const r = parseRange(address);
  if (!r) throw officeError('InvalidArgument', `The argument is invalid or missing or has an incorrect format: '${address}'.`);
  return r;
}

/** Excel reads at most 5,000,000 cells of a range in one load. */
export const MAX_CELLS_PER_READ = 5_000_000;

function readable(t: RangeTarget): SheetModel {
  const cells = (t.rect.bottom - t.rect.top + 1) * (t.rect.right - t.rect.left + 1);
  if (cells > MAX_CELLS_PER_READ) throw officeError('InvalidOperation', MESSAGES.tooManyCells);
  return t.sheet;
}

export function resolveRange(model: WorkbookModel, b: RangeBinding): RangeTarget {
  const sheet = sheetById(model, b.sheetId);
  if (!sheet) throw officeError('ItemNotFound', MESSAGES.notFound);
  return { sheet, rect: b.rect };
}

export class RangeProxy extends BoundProxy<RangeBinding, RangeTarget> {
  readonly format: RangeFormatProxy = new RangeFormatProxy(this);
  readonly dataValidation: DataValidationProxy = new DataValidationProxy(this);
  readonly conditionalFormats: ConditionalFormatCollectionProxy = new ConditionalFormatCollectionProxy(this);

  constructor(
    ctx: MemoryRequestContext,
    bind: ((model: WorkbookModel) => RangeBinding | null) | { value: RangeBinding },
    nullable = false,
  ) {
    super(ctx, bind, nullable);
  }

  resolve(model: WorkbookModel): RangeTarget | null {
    const b = this.binding();
    return b === null ? null : resolveRange(model, b);
  }

  protected override scalars(): Record<string, (t: RangeTarget) => unknown> {
    return {
      address: (t) => sheetAddress(t.sheet.name, t.rect),
      rowIndex: (t) => t.rect.top - 1,
      columnIndex: (t) => t.rect.left - 1,
      rowCount: (t) => t.rect.bottom - t.rect.top + 1,
      columnCount: (t) => t.rect.right - t.rect.left + 1,
      cellCount: (t) => (t.rect.bottom - t.rect.top + 1) * (t.rect.right - t.rect.left + 1),
      values: (t) => readMatrix(readable(t), t.rect, readValue),
      formulas: (t) => readMatrix(readable(t), t.rect, readFormula),
      numberFormat: (t) => readMatrix(readable(t), t.rect, readNumberFormat),
      text: (t) => readMatrix(readable(t), t.rect, (c) => String(c?.value ?? '')),
    };
  }

  protected override navigation(): Record<string, ClientProxy<unknown>> {
    return { format: this.format, dataValidation: this.dataValidation, conditionalFormats: this.conditionalFormats } as Record<
      string,
      ClientProxy<unknown>
    >;
  }

  get address(): string {
    return this.get('address');
  }
  get rowIndex(): number {
    return this.get('rowIndex');
  }
  get columnIndex(): number {
    return this.get('columnIndex');
  }
  get rowCount(): number {
    return this.get('rowCount');
  }
  get columnCount(): number {
    return this.get('columnCount');
  }
  get cellCount(): number {
    return this.get('cellCount');
  }
  get text(): string[][] {
    return this.get('text');
  }
  get values(): unknown[][] {
    return this.get('values');
  }
  set values(v: unknown[][]) {
    this.write(v, (t) => writeMatrix(t.sheet, t.rect, v, inputToCell));
  }
  get formulas(): unknown[][] {
    return this.get('formulas');
  }
  set formulas(v: unknown[][]) {
    this.write(v, (t) => writeMatrix(t.sheet, t.rect, v, inputToCell));
  }
  get numberFormat(): unknown[][] {
    return this.get('numberFormat');
  }
  set numberFormat(v: unknown[][]) {
    this.write(v, (t) =>
      writeMatrix(t.sheet, t.rect, v, (cell, f) => {
        cell.numberFormat = String(f);
      }),
    );
  }

  select(): void {
    this.write(null, (t, model) => {
      model.activeSheetId = t.sheet.id;
      model.selection = { sheetId: t.sheet.id, address: sheetAddress(t.sheet.name, t.rect).split('!')[1] };
    });
  }

  merge(across = false): void {
    this.write(null, (t) => mergeCells(t.sheet, t.rect, across));
  }

  unmerge(): void {
    this.write(null, (t) => unmergeCells(t.sheet, t.rect));
  }

  clear(applyTo: 'All' | 'Formats' | 'Contents' = 'All'): void {
    this.write(null, (t) => {
      for (let row = t.rect.top; row <= t.rect.bottom; row++) {
        for (let col = t.rect.left; col <= t.rect.right; col++) {
          if (!t.sheet.cells.get(row)?.has(col)) continue;
          updateCell(t.sheet, row, col, (cell) => {
            if (applyTo !== 'Formats') {
              cell.value = null;
              delete cell.formula;
            }
            if (applyTo !== 'Contents') {
              delete cell.format;
              delete cell.numberFormat;
            }
          });
        }
      }
    });
  }

  getCell(row: number, column: number): RangeProxy {
    return this.derive((r) => ({ top: r.top + row, left: r.left + column, bottom: r.top + row, right: r.left + column }));
  }

  getRow(row: number): RangeProxy {
    return this.derive((r) => ({ ...r, top: r.top + row, bottom: r.top + row }));
  }

  getEntireRow(): RangeProxy {
    return this.derive((r) => ({ ...r, left: 1, right: EXCEL_COLUMNS }));
  }

  getIntersectionOrNullObject(other: string | RangeProxy): RangeProxy {
    return new RangeProxy(
      this.ctx,
      (model) => {
        const t = this.resolve(model);
        if (!t) return null;
        const o = typeof other === 'string' ? parseAddress(other) : other.resolve(model)?.rect;
        const r = o ? intersect(t.rect, o) : null;
        return r ? { sheetId: t.sheet.id, rect: r } : null;
      },
      true,
    );
  }

  /** As Excel: only merges whose top-left cell lies in the range (office-js #3611), and at most 512 of them. */
  getMergedAreasOrNullObject(): RangeAreasProxy {
    return new RangeAreasProxy(this.ctx, (model) => {
      const t = this.resolve(model);
      if (!t) return null;
      const rects = t.sheet.merges.filter((m) => contains(t.rect, m.top, m.left)).slice(0, MERGED_AREAS_PER_CALL);
      return rects.length ? { sheetId: t.sheet.id, rects } : null;
    });
  }

  /** 'DataValidations' (ExcelApi 1.9): the cells of the range holding any validation rule, as rectangles. */
  getSpecialCellsOrNullObject(cellType: string): RangeAreasProxy {
    if (cellType !== 'DataValidations') throw officeError('InvalidArgument', `${MESSAGES.invalidArgument}: ${cellType}.`);
    return new RangeAreasProxy(this.ctx, (model) => {
      const t = this.resolve(model);
      if (!t) return null;
      const cells: { row: number; col: number; key: string }[] = [];
      for (const [row, cols] of t.sheet.validations)
        for (const col of cols.keys()) if (contains(t.rect, row, col)) cells.push({ row, col, key: '' });
      const rects = rectanglesByKey(cells).map((r) => r.rect);
      return rects.length ? { sheetId: t.sheet.id, rects } : null;
    });
  }

  private derive(f: (r: RangeRef) => RangeRef): RangeProxy {
    return new RangeProxy(this.ctx, (model) => {
      const t = this.resolve(model);
      return t ? { sheetId: t.sheet.id, rect: f(t.rect) } : null;
    });
  }
}

export interface AreasBinding {
  sheetId: string;
  rects: RangeRef[];
}

/** Several rectangles of one sheet (what getMergedAreasOrNullObject returns). */
export class RangeAreasProxy extends BoundProxy<AreasBinding, { sheet: SheetModel; rects: RangeRef[] }> {
  readonly areas: RangeCollectionProxy = new RangeCollectionProxy(this);

  constructor(ctx: MemoryRequestContext, bind: (model: WorkbookModel) => AreasBinding | null) {
    super(ctx, bind, true);
  }

  resolve(model: WorkbookModel): { sheet: SheetModel; rects: RangeRef[] } | null {
    const b = this.binding();
    if (!b) return null;
    const sheet = sheetById(model, b.sheetId);
    if (!sheet) throw officeError('ItemNotFound', MESSAGES.notFound);
    return { sheet, rects: b.rects };
  }

  protected override scalars(): Record<string, (t: { sheet: SheetModel; rects: RangeRef[] }) => unknown> {
    return {
      address: (t) => t.rects.map((r) => sheetAddress(t.sheet.name, r)).join(', '),
      areaCount: (t) => t.rects.length,
    };
  }

  protected override navigation(): Record<string, ClientProxy<unknown>> {
    return { areas: this.areas } as Record<string, ClientProxy<unknown>>;
  }

  get address(): string {
    return this.get('address');
  }
  get areaCount(): number {
    return this.get('areaCount');
  }
}

/** RangeAreas.areas: a collection of ranges. */
export class RangeCollectionProxy extends ChildProxy<
  { sheet: SheetModel; rects: RangeRef[] },
  { sheet: SheetModel; rects: RangeRef[] }
> {
  private itemList: RangeProxy[] | undefined;

  protected fromParent(p: { sheet: SheetModel; rects: RangeRef[] }): { sheet: SheetModel; rects: RangeRef[] } {
    return p;
  }

  protected override collectItems(
    t: { sheet: SheetModel; rects: RangeRef[] },
    model: WorkbookModel,
    paths: string[],
    out: { bytes: number; commits: (() => void)[] },
  ): void {
    const items = t.rects.map((rect) => new RangeProxy(this.ctx, { value: { sheetId: t.sheet.id, rect } }));
    for (const item of items) item.collect(model, paths, out);
    out.commits.push(() => {
      this.itemList = items;
    });
  }

  get items(): RangeProxy[] {
    if (!this.itemList) throw officeError('PropertyNotLoaded', `${MESSAGES.notLoaded}: items.`);
    return this.itemList;
  }
}

// ---- format ----

type FormatKey = keyof CellFormat;

/** A formatting property of every cell in the range: consistent value or null on read. */
function cellFormatProperty<D>(key: FormatKey, fallback: D): (t: RangeTarget) => unknown {
  return (t) => consistent(t.sheet, t.rect, (c) => (c?.format?.[key] as D | undefined) ?? fallback);
}

function setFormat(
  proxy: { writeFormat(v: unknown, change: (f: CellFormat) => CellFormat): void },
  key: FormatKey,
  value: unknown,
  clearWhen?: unknown,
): void {
  proxy.writeFormat(value, (f) => {
    if (value === clearWhen) delete f[key];
    else (f as Record<string, unknown>)[key] = value;
    return f;
  });
}

export class RangeFormatProxy extends ChildProxy<RangeTarget, RangeTarget> {
  readonly font: RangeFontProxy = new RangeFontProxy(this);
  readonly fill: RangeFillProxy = new RangeFillProxy(this);
  readonly borders: RangeBorderCollectionProxy = new RangeBorderCollectionProxy(this);

  protected fromParent(p: RangeTarget): RangeTarget {
    return p;
  }

  protected override scalars(): Record<string, (t: RangeTarget) => unknown> {
    return {
      horizontalAlignment: cellFormatProperty('horizontal', 'General'),
      verticalAlignment: cellFormatProperty('vertical', 'Bottom'),
      wrapText: cellFormatProperty('wrap', false),
      columnWidth: (t) => uniform(t.rect.left, t.rect.right, (c) => t.sheet.columnWidths.get(c) ?? DEFAULT_COLUMN_WIDTH),
      rowHeight: (t) => uniform(t.rect.top, t.rect.bottom, (r) => t.sheet.rowHeights.get(r) ?? DEFAULT_ROW_HEIGHT),
    };
  }

  protected override navigation(): Record<string, ClientProxy<unknown>> {
    return { font: this.font, fill: this.fill } as Record<string, ClientProxy<unknown>>;
  }

  writeFormat(value: unknown, change: (f: CellFormat) => CellFormat): void {
    this.write(value, (t) => patchFormat(t.sheet, t.rect, change));
  }

  get horizontalAlignment(): string {
    return this.get('horizontalAlignment');
  }
  set horizontalAlignment(v: string) {
    setFormat(this, 'horizontal', v, 'General');
  }
  get verticalAlignment(): string {
    return this.get('verticalAlignment');
  }
  set verticalAlignment(v: string) {
    setFormat(this, 'vertical', v, 'Bottom');
  }
  get wrapText(): boolean {
    return this.get('wrapText');
  }
  set wrapText(v: boolean) {
    setFormat(this, 'wrap', v, false);
  }
  get columnWidth(): number {
    return this.get('columnWidth');
  }
  set columnWidth(v: number) {
    this.write(v, (t) => {
      for (let c = t.rect.left; c <= t.rect.right; c++) t.sheet.columnWidths.set(c, v);
    });
  }
  get rowHeight(): number {
    return this.get('rowHeight');
  }
  set rowHeight(v: number) {
    this.write(v, (t) => {
      for (let r = t.rect.top; r <= t.rect.bottom; r++) t.sheet.rowHeights.set(r, v);
    });
  }

  autofitColumns(): void {
    this.write(null, () => undefined);
  }

  /** Rows fitted to their text: the model keeps no explicit height for them (Excel refits them on edit). */
  autofitRows(): void {
    this.write(null, (t) => {
      for (let r = t.rect.top; r <= t.rect.bottom; r++) t.sheet.rowHeights.delete(r);
    });
  }
}

function uniform(from: number, to: number, read: (i: number) => number): number | null {
  const first = read(from);
  for (let i = from + 1; i <= to; i++) if (read(i) !== first) return null;
  return first;
}

export class RangeFontProxy extends ChildProxy<RangeTarget, RangeTarget> {
  protected fromParent(p: RangeTarget): RangeTarget {
    return p;
  }

  protected override scalars(): Record<string, (t: RangeTarget) => unknown> {
    return {
      name: cellFormatProperty('fontName', 'Calibri'),
      size: cellFormatProperty('fontSize', 11),
      bold: cellFormatProperty('bold', false),
      italic: cellFormatProperty('italic', false),
      underline: (t) => {
        const u = consistent(t.sheet, t.rect, (c) => c?.format?.underline ?? false);
        return u === null ? null : u ? 'Single' : 'None';
      },
      color: cellFormatProperty('fontColor', '#000000'),
    };
  }

  writeFormat(value: unknown, change: (f: CellFormat) => CellFormat): void {
    this.write(value, (t) => patchFormat(t.sheet, t.rect, change));
  }

  get name(): string {
    return this.get('name');
  }
  set name(v: string) {
    setFormat(this, 'fontName', v);
  }
  get size(): number {
    return this.get('size');
  }
  set size(v: number) {
    setFormat(this, 'fontSize', v);
  }
  get bold(): boolean {
    return this.get('bold');
  }
  set bold(v: boolean) {
    setFormat(this, 'bold', v, false);
  }
  get italic(): boolean {
    return this.get('italic');
  }
  set italic(v: boolean) {
    setFormat(this, 'italic', v, false);
  }
  get underline(): string {
    return this.get('underline');
  }
  set underline(v: string) {
    setFormat(this, 'underline', v !== 'None', false);
  }
  get color(): string {
    return this.get('color');
  }
  set color(v: string) {
    setFormat(this, 'fontColor', v.toUpperCase());
  }
}

export class RangeFillProxy extends ChildProxy<RangeTarget, RangeTarget> {
  protected fromParent(p: RangeTarget): RangeTarget {
    return p;
  }

  protected override scalars(): Record<string, (t: RangeTarget) => unknown> {
    return { color: cellFormatProperty('fill', '#FFFFFF') };
  }

  writeFormat(value: unknown, change: (f: CellFormat) => CellFormat): void {
    this.write(value, (t) => patchFormat(t.sheet, t.rect, change));
  }

  get color(): string {
    return this.get('color');
  }
  set color(v: string) {
    setFormat(this, 'fill', v.toUpperCase());
  }

  clear(): void {
    setFormat(this, 'fill', undefined, undefined);
  }
}

type BorderIndex = 'EdgeTop' | 'EdgeBottom' | 'EdgeLeft' | 'EdgeRight' | 'InsideHorizontal' | 'InsideVertical';

export class RangeBorderCollectionProxy extends ChildProxy<RangeTarget, RangeTarget> {
  protected fromParent(p: RangeTarget): RangeTarget {
    return p;
  }

  getItem(index: BorderIndex): RangeBorderProxy {
    return new RangeBorderProxy(this, index);
  }
}

/** Which cells of the range a border index draws on, and which side of them. */
function borderSides(index: BorderIndex, r: RangeRef): { key: FormatKey; only: (row: number, col: number) => boolean }[] {
  switch (index) {
    case 'EdgeTop':
      return [{ key: 'borderTop', only: (row) => row === r.top }];
    case 'EdgeBottom':
      return [{ key: 'borderBottom', only: (row) => row === r.bottom }];
    case 'EdgeLeft':
      return [{ key: 'borderLeft', only: (_row, col) => col === r.left }];
    case 'EdgeRight':
      return [{ key: 'borderRight', only: (_row, col) => col === r.right }];
    case 'InsideHorizontal':
      return [
        { key: 'borderBottom', only: (row) => row < r.bottom },
        { key: 'borderTop', only: (row) => row > r.top },
      ];
    case 'InsideVertical':
      return [
        { key: 'borderRight', only: (_row, col) => col < r.right },
        { key: 'borderLeft', only: (_row, col) => col > r.left },
      ];
  }
}

export class RangeBorderProxy extends ChildProxy<RangeTarget, RangeTarget> {
  constructor(
    parent: RangeBorderCollectionProxy,
    private readonly index: BorderIndex,
  ) {
    super(parent);
  }

  protected fromParent(p: RangeTarget): RangeTarget {
    return p;
  }

  protected override scalars(): Record<string, (t: RangeTarget) => unknown> {
    return {
      style: (t) => {
        const [side] = borderSides(this.index, t.rect);
        const styles = new Set<string>();
        for (let row = t.rect.top; row <= t.rect.bottom; row++) {
          for (let col = t.rect.left; col <= t.rect.right; col++) {
            if (side.only(row, col)) styles.add((getCell(t.sheet, row, col)?.format?.[side.key] as string | undefined) ?? 'None');
          }
        }
        return styles.size === 1 ? [...styles][0] : null;
      },
    };
  }

  get style(): string {
    return this.get('style');
  }
  set style(v: string) {
    this.write(v, (t) => {
      for (const side of borderSides(this.index, t.rect)) {
        patchFormat(
          t.sheet,
          t.rect,
          (f) => {
            if (v === 'None') delete f[side.key];
            else (f as Record<string, unknown>)[side.key] = v;
            return f;
          },
          side.only,
        );
      }
    });
  }

  /** Weight and colour are accepted and not modelled (the add-in draws thin black lines). */
  set weight(_v: string) {
    this.write(null, () => undefined);
  }
  set color(_v: string) {
    this.write(null, () => undefined);
  }
}
