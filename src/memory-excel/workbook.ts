// The workbook proxy: worksheets, settings (key/value, JSON-serialisable), selection.
import { payloadBytes, type MemoryRequestContext } from './context';
import { MESSAGES, officeError } from './errors';
import type { EventRegistry } from './events';
import { forEachStoredCell, sheetById, type WorkbookModel } from './model';
import { BoundProxy, ChildProxy, ClientProxy } from './proxy';
import { parseAddress, RangeProxy } from './range';
import { EventSourceProxy, WorksheetCollectionProxy } from './worksheet';

export class WorkbookProxy extends ClientProxy<WorkbookModel> {
  readonly worksheets: WorksheetCollectionProxy;
  readonly settings: SettingCollectionProxy = new SettingCollectionProxy(this);
  readonly functions: FunctionsProxy = new FunctionsProxy(this.ctx);
  /** The workbook window brought to the front (ExcelApi 1.13). */
  readonly onActivated: EventSourceProxy;

  constructor(ctx: MemoryRequestContext, events: EventRegistry) {
    super(ctx);
    this.worksheets = new WorksheetCollectionProxy(this, events);
    this.onActivated = new EventSourceProxy(ctx, events, () => null, 'activated');
  }

  resolve(model: WorkbookModel): WorkbookModel {
    return model;
  }

  protected override navigation(): Record<string, ClientProxy<unknown>> {
    return { worksheets: this.worksheets, settings: this.settings } as Record<string, ClientProxy<unknown>>;
  }

  getSelectedRange(): RangeProxy {
    return new RangeProxy(this.ctx, (model) => {
      const sel = model.selection;
      if (sel && sheetById(model, sel.sheetId)) return { sheetId: sel.sheetId, rect: parseAddress(sel.address) };
      if (!model.activeSheetId) return null;
      return { sheetId: model.activeSheetId, rect: { top: 1, left: 1, bottom: 1, right: 1 } };
    });
  }
}

/** workbook.functions (ExcelApi 1.2): the worksheet functions the gateway uses, over a range. */
export class FunctionsProxy {
  constructor(private readonly ctx: MemoryRequestContext) {}

  sum(range: RangeProxy): FunctionResultProxy {
    return new FunctionResultProxy(this.ctx, range, (v) => (typeof v === 'number' ? v : 0));
  }

  countA(range: RangeProxy): FunctionResultProxy {
    return new FunctionResultProxy(this.ctx, range, (v) => (v === null || v === '' ? 0 : 1));
  }
}

/** The value of a function over a range's cells, adding up `each` of them; loadable as `value`. */
export class FunctionResultProxy extends ClientProxy<{ value: number }> {
  constructor(
    ctx: MemoryRequestContext,
    private readonly range: RangeProxy,
    private readonly each: (v: unknown) => number,
  ) {
    super(ctx);
  }

  resolve(model: WorkbookModel): { value: number } {
    const t = this.range.resolve(model);
    let value = 0;
    if (t) forEachStoredCell(t.sheet, t.rect, (_r, _c, cell) => (value += this.each(cell.value)));
    return { value };
  }

  protected override scalars(): Record<string, (t: { value: number }) => unknown> {
    return { value: (t) => t.value, error: () => null };
  }

  get value(): number {
    return this.get('value');
  }
}

/** Settings keep JSON-serialisable values, copied in and out as Office does. */
function copy<V>(v: V): V {
  return v === undefined ? v : JSON.parse(JSON.stringify(v));
}

export class SettingCollectionProxy extends ChildProxy<WorkbookModel, WorkbookModel> {
  private itemList: SettingProxy[] | undefined;

  protected fromParent(p: WorkbookModel): WorkbookModel {
    return p;
  }

  protected override collectItems(
    model: WorkbookModel,
    _m: WorkbookModel,
    paths: string[],
    out: { bytes: number; commits: (() => void)[] },
  ): void {
    const items = [...model.settings.keys()].map((key) => new SettingProxy(this.ctx, { value: key }));
    for (const item of items) item.collect(model, paths, out);
    out.commits.push(() => {
      this.itemList = items;
    });
  }

  get items(): SettingProxy[] {
    if (!this.itemList) throw officeError('PropertyNotLoaded', `${MESSAGES.notLoaded}: items.`);
    return this.itemList;
  }

  add(key: string, value: unknown): SettingProxy {
    const stored = copy(value);
    return new SettingProxy(
      this.ctx,
      (model) => {
        model.settings.set(key, stored);
        return key;
      },
      false,
      payloadBytes(stored),
    );
  }

  getItem(key: string): SettingProxy {
    return new SettingProxy(this.ctx, (model) => (model.settings.has(key) ? key : null));
  }

  getItemOrNullObject(key: string): SettingProxy {
    return new SettingProxy(this.ctx, (model) => (model.settings.has(key) ? key : null), true);
  }

  getCount(): { value: number } {
    return this.result((model) => model.settings.size);
  }
}

export class SettingProxy extends BoundProxy<string, { model: WorkbookModel; key: string }> {
  constructor(
    ctx: MemoryRequestContext,
    bind: ((model: WorkbookModel) => string | null) | { value: string },
    nullable = false,
    sentBytes = 0,
  ) {
    super(ctx, bind, nullable, sentBytes);
  }

  resolve(model: WorkbookModel): { model: WorkbookModel; key: string } | null {
    const key = this.binding();
    if (key === null) return null;
    if (!model.settings.has(key)) throw officeError('ItemNotFound', MESSAGES.notFound);
    return { model, key };
  }

  protected override scalars(): Record<string, (t: { model: WorkbookModel; key: string }) => unknown> {
    return {
      key: (t) => t.key,
      value: (t) => copy(t.model.settings.get(t.key)),
    };
  }

  get key(): string {
    return this.get('key');
  }
  get value(): unknown {
    return this.get('value');
  }
  set value(v: unknown) {
    const stored = copy(v);
    this.write(stored, (t) => {
      t.model.settings.set(t.key, stored);
    });
  }

  delete(): void {
    this.write(null, (t) => {
      t.model.settings.delete(t.key);
    });
  }
}
