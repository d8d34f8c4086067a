// The workbook proxy: worksheets, settings (key/value, JSON-serialisable), selection.
import { payloadBytes, type MemoryRequestContext } from './context';
import { MESSAGES, officeError } from './errors';
import type { EventRegistry } from './events';
import { sheetById, type WorkbookModel } from './model';
import { BoundProxy, ChildProxy, ClientProxy } from './proxy';
import { parseAddress, RangeProxy } from './range';
import { WorksheetCollectionProxy } from './worksheet';

export class WorkbookProxy extends ClientProxy<WorkbookModel> {
  readonly worksheets: WorksheetCollectionProxy;
  readonly settings: SettingCollectionProxy = new SettingCollectionProxy(this);

  constructor(ctx: MemoryRequestContext, events: EventRegistry) {
    super(ctx);
    this.worksheets = new WorksheetCollectionProxy(this, events);
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
