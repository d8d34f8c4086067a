// Worksheets and their collection, page layout, freeze panes, protection, events.
import { EXCEL_COLUMNS, EXCEL_ROWS, type RangeRef } from '../engine/address';
import { ChartCollectionProxy } from './charts';
import type { MemoryRequestContext } from './context';
import { MESSAGES, officeError } from './errors';
import type { EventKind, EventRegistry, Registration } from './events';
import { newSheet, sheetById, sheetByName, usedRect, type PageLayoutModel, type SheetModel, type WorkbookModel } from './model';
import { BoundProxy, ChildProxy, type ClientProxy } from './proxy';
import { parseAddress, RangeProxy } from './range';

/** Excel's own rule for a sheet name (the add-in computes names with uniqueSheetName). */
export function checkSheetName(model: WorkbookModel, name: string, self?: SheetModel): void {
  if (
    !name ||
    name.length > 31 ||
    /[:\\/?*[\]]/.test(name) ||
    name.startsWith("'") ||
    name.endsWith("'") ||
    name.toLowerCase() === 'history'
  ) {
    throw officeError('InvalidArgument', `${MESSAGES.invalidArgument}: tên trang '${name}'.`);
  }
  const other = sheetByName(model, name);
  if (other && other !== self) throw officeError('ItemAlreadyExists', `${MESSAGES.alreadyExists}: '${name}'.`);
}

export interface EventHandlerResult {
  context: MemoryRequestContext;
  remove(): void;
}

export class EventSourceProxy {
  constructor(
    private readonly ctx: MemoryRequestContext,
    private readonly events: EventRegistry,
    private readonly sheetId: (model: WorkbookModel) => string | null,
    private readonly kind: EventKind = 'changed',
  ) {}

  add(handler: (args: unknown) => unknown): EventHandlerResult {
    let registration: Registration | undefined;
    this.ctx.enqueue({
      requestBytes: 40,
      writes: false,
      run: (model) => {
        registration = this.events.add(this.sheetId(model), handler as (args: unknown) => unknown, this.kind);
      },
    });
    return {
      context: this.ctx,
      remove: () =>
        this.ctx.enqueue({
          requestBytes: 40,
          writes: false,
          run: () => {
            if (registration) this.events.remove(registration);
          },
        }),
    };
  }
}

export class WorksheetProxy extends BoundProxy<string, SheetModel> {
  readonly protection: WorksheetProtectionProxy = new WorksheetProtectionProxy(this);
  readonly pageLayout: PageLayoutProxy = new PageLayoutProxy(this);
  readonly freezePanes: FreezePanesProxy = new FreezePanesProxy(this);
  readonly charts: ChartCollectionProxy = new ChartCollectionProxy(this);
  readonly onChanged: EventSourceProxy;

  constructor(
    ctx: MemoryRequestContext,
    events: EventRegistry,
    bind: ((model: WorkbookModel) => string | null) | { value: string },
    nullable = false,
  ) {
    super(ctx, bind, nullable);
    this.onChanged = new EventSourceProxy(ctx, events, (model) => this.resolve(model)?.id ?? null);
  }

  resolve(model: WorkbookModel): SheetModel | null {
    const id = this.binding();
    if (id === null) return null;
    const sheet = sheetById(model, id);
    if (!sheet) throw officeError('ItemNotFound', MESSAGES.notFound);
    return sheet;
  }

  protected override scalars(): Record<string, (t: SheetModel, model: WorkbookModel) => unknown> {
    return {
      name: (t) => t.name,
      id: (t) => t.id,
      position: (t, model) => model.sheets.indexOf(t),
      visibility: (t) => t.visibility,
    };
  }

  protected override navigation(): Record<string, ClientProxy<unknown>> {
    return { protection: this.protection, pageLayout: this.pageLayout } as Record<string, ClientProxy<unknown>>;
  }

  get name(): string {
    return this.get('name');
  }
  set name(name: string) {
    this.write(name, (t, model) => {
      checkSheetName(model, name, t);
      t.name = name;
    });
  }
  get id(): string {
    return this.get('id');
  }
  get position(): number {
    return this.get('position');
  }
  get visibility(): string {
    return this.get('visibility');
  }
  set visibility(v: string) {
    this.write(v, (t) => {
      t.visibility = v as SheetModel['visibility'];
    });
  }

  private range(rect: (t: SheetModel) => RangeRef | null, nullable = false): RangeProxy {
    return new RangeProxy(
      this.ctx,
      (model) => {
        const t = this.resolve(model);
        const r = t && rect(t);
        return t && r ? { sheetId: t.id, rect: r } : null;
      },
      nullable,
    );
  }

  getRange(address?: string): RangeProxy {
    return this.range(() => (address ? parseAddress(address) : { top: 1, left: 1, bottom: EXCEL_ROWS, right: EXCEL_COLUMNS }));
  }

  /** 0-based start row and column, as in Office.js. */
  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): RangeProxy {
    return this.range(() => {
      if (
        startRow < 0 ||
        startColumn < 0 ||
        rowCount < 1 ||
        columnCount < 1 ||
        startRow + rowCount > EXCEL_ROWS ||
        startColumn + columnCount > EXCEL_COLUMNS
      ) {
        throw officeError('InvalidArgument', `${MESSAGES.invalidArgument}.`);
      }
      return { top: startRow + 1, left: startColumn + 1, bottom: startRow + rowCount, right: startColumn + columnCount };
    });
  }

  getUsedRange(valuesOnly = false): RangeProxy {
    return this.range((t) => usedRect(t, valuesOnly) ?? { top: 1, left: 1, bottom: 1, right: 1 });
  }

  getUsedRangeOrNullObject(valuesOnly = false): RangeProxy {
    return this.range((t) => usedRect(t, valuesOnly), true);
  }

  activate(): void {
    this.write(null, (t, model) => {
      model.activeSheetId = t.id;
    });
  }

  delete(): void {
    this.write(null, (t, model) => {
      if (model.sheets.filter((s) => s.visibility === 'Visible' && s !== t).length === 0) {
        throw officeError('InvalidOperation', 'A workbook must contain at least one visible worksheet.');
      }
      model.sheets = model.sheets.filter((s) => s !== t);
      if (model.activeSheetId === t.id) model.activeSheetId = model.sheets.find((s) => s.visibility === 'Visible')!.id;
      if (model.selection?.sheetId === t.id) model.selection = null;
    });
  }
}

export class WorksheetProtectionProxy extends ChildProxy<SheetModel, SheetModel> {
  protected fromParent(p: SheetModel): SheetModel {
    return p;
  }

  protected override scalars(): Record<string, (t: SheetModel) => unknown> {
    return { protected: (t) => t.protected };
  }

  get protected(): boolean {
    return this.get('protected');
  }

  protect(): void {
    this.write(null, (t) => {
      t.protected = true;
    });
  }

  unprotect(): void {
    this.write(null, (t) => {
      t.protected = false;
    });
  }
}

export class FreezePanesProxy extends ChildProxy<SheetModel, SheetModel> {
  protected fromParent(p: SheetModel): SheetModel {
    return p;
  }

  freezeRows(count = 1): void {
    this.write(count, (t) => {
      t.freezeRows = count;
    });
  }

  freezeColumns(count = 1): void {
    this.write(count, (t) => {
      t.freezeColumns = count;
    });
  }

  unfreeze(): void {
    this.write(null, (t) => {
      t.freezeRows = 0;
      t.freezeColumns = 0;
    });
  }
}

interface ZoomOptions {
  horizontalFitToPages?: number;
  verticalFitToPages?: number;
  scale?: number;
}

export class PageLayoutProxy extends ChildProxy<SheetModel, PageLayoutModel> {
  protected fromParent(p: SheetModel): PageLayoutModel {
    return p.pageLayout;
  }

  protected override scalars(): Record<string, (t: PageLayoutModel) => unknown> {
    return {
      orientation: (t) => t.orientation,
      paperSize: (t) => t.paperSize,
      zoom: (t) => ({ horizontalFitToPages: t.fitToPagesWide ?? undefined, verticalFitToPages: t.fitToPagesTall ?? undefined }),
      topMargin: (t) => t.margins.top,
      bottomMargin: (t) => t.margins.bottom,
      leftMargin: (t) => t.margins.left,
      rightMargin: (t) => t.margins.right,
    };
  }

  private set<K extends keyof PageLayoutModel>(key: K, value: PageLayoutModel[K]): void {
    this.write(value, (t) => {
      t[key] = value;
    });
  }

  private margin(side: keyof PageLayoutModel['margins'], points: number): void {
    this.write(points, (t) => {
      t.margins = { ...t.margins, [side]: points };
    });
  }

  get orientation(): string {
    return this.get('orientation');
  }
  set orientation(v: string) {
    this.set('orientation', v as PageLayoutModel['orientation']);
  }
  get paperSize(): string {
    return this.get('paperSize');
  }
  set paperSize(v: string) {
    this.set('paperSize', v);
  }
  get zoom(): ZoomOptions {
    return this.get('zoom');
  }
  set zoom(z: ZoomOptions) {
    this.write(z, (t) => {
      t.fitToPagesWide = z.horizontalFitToPages ?? null;
      t.fitToPagesTall = z.verticalFitToPages ?? null;
    });
  }
  get topMargin(): number {
    return this.get('topMargin');
  }
  set topMargin(v: number) {
    this.margin('top', v);
  }
  get bottomMargin(): number {
    return this.get('bottomMargin');
  }
  set bottomMargin(v: number) {
    this.margin('bottom', v);
  }
  get leftMargin(): number {
    return this.get('leftMargin');
  }
  set leftMargin(v: number) {
    this.margin('left', v);
  }
  get rightMargin(): number {
    return this.get('rightMargin');
  }
  set rightMargin(v: number) {
    this.margin('right', v);
  }

  /** Rows repeated on every printed page, e.g. "$7:$7". */
  setPrintTitleRows(rows: string): void {
    this.write(rows, (t) => {
      if (!/^\$?\d+:\$?\d+$/.test(rows)) throw officeError('InvalidArgument', `Print title rows must be whole rows: '${rows}'.`);
      t.printTitleRows = rows.replace(/\$/g, '');
    });
  }
}

export class WorksheetCollectionProxy extends ChildProxy<WorkbookModel, WorkbookModel> {
  readonly onChanged: EventSourceProxy;
  /** A sheet brought to the front (ExcelApi 1.7). */
  readonly onActivated: EventSourceProxy;
  private itemList: WorksheetProxy[] | undefined;

  constructor(
    parent: ClientProxy<WorkbookModel>,
    private readonly events: EventRegistry,
  ) {
    super(parent);
    this.onChanged = new EventSourceProxy(this.ctx, events, () => null);
    this.onActivated = new EventSourceProxy(this.ctx, events, () => null, 'activated');
  }

  protected fromParent(p: WorkbookModel): WorkbookModel {
    return p;
  }

  protected override collectItems(
    model: WorkbookModel,
    _m: WorkbookModel,
    paths: string[],
    out: { bytes: number; commits: (() => void)[] },
  ): void {
    const items = model.sheets.map((s) => new WorksheetProxy(this.ctx, this.events, { value: s.id }));
    for (const item of items) item.collect(model, paths, out);
    out.commits.push(() => {
      this.itemList = items;
    });
  }

  get items(): WorksheetProxy[] {
    if (!this.itemList) throw officeError('PropertyNotLoaded', `${MESSAGES.notLoaded}: items.`);
    return this.itemList;
  }

  private find(key: string, nullable: boolean): WorksheetProxy {
    return new WorksheetProxy(
      this.ctx,
      this.events,
      (model) => (sheetByName(model, key) ?? sheetById(model, key))?.id ?? null,
      nullable,
    );
  }

  getItem(key: string): WorksheetProxy {
    return this.find(key, false);
  }

  getItemOrNullObject(key: string): WorksheetProxy {
    return this.find(key, true);
  }

  getActiveWorksheet(): WorksheetProxy {
    return new WorksheetProxy(this.ctx, this.events, (model) => model.activeSheetId);
  }

  getCount(): { value: number } {
    return this.result((model) => model.sheets.length);
  }

  add(name?: string): WorksheetProxy {
    return new WorksheetProxy(this.ctx, this.events, (model) => {
      let wanted = name;
      for (let n = model.sheets.length + 1; !wanted; n++) if (!sheetByName(model, `Sheet${n}`)) wanted = `Sheet${n}`;
      checkSheetName(model, wanted);
      return newSheet(model, wanted).id;
    });
  }
}
