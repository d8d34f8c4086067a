// Conditional formats of type Custom (a formula and a format), per sheet, in priority order.
import { assertWritable } from './cells';
import type { MemoryRequestContext } from './context';
import { MESSAGES, officeError } from './errors';
import { intersect, sheetById, type ConditionalFormatModel, type SheetModel, type WorkbookModel } from './model';
import { BoundProxy, ChildProxy, type ClientProxy } from './proxy';
import { RangeProxy, type RangeTarget } from './range';

interface CfTarget {
  sheet: SheetModel;
  cf: ConditionalFormatModel;
}

export class ConditionalFormatCollectionProxy extends ChildProxy<RangeTarget, RangeTarget> {
  private itemList: ConditionalFormatProxy[] | undefined;

  protected fromParent(p: RangeTarget): RangeTarget {
    return p;
  }

  private inRange(t: RangeTarget): ConditionalFormatModel[] {
    return t.sheet.conditionalFormats.filter((cf) => intersect(cf.range, t.rect));
  }

  protected override collectItems(
    t: RangeTarget,
    model: WorkbookModel,
    paths: string[],
    out: { bytes: number; commits: (() => void)[] },
  ): void {
    const items = this.inRange(t).map(
      (cf) => new ConditionalFormatProxy(this.ctx, { value: { sheetId: t.sheet.id, id: cf.id } }),
    );
    for (const item of items) item.collect(model, paths, out);
    out.commits.push(() => {
      this.itemList = items;
    });
  }

  get items(): ConditionalFormatProxy[] {
    if (!this.itemList) throw officeError('PropertyNotLoaded', `${MESSAGES.notLoaded}: items.`);
    return this.itemList;
  }

  add(type: string): ConditionalFormatProxy {
    if (type !== 'Custom') throw officeError('InvalidArgument', `Only custom conditional formats are modelled (${type}).`);
    const parent = this.parent;
    return new ConditionalFormatProxy(this.ctx, (model) => {
      const t = parent.resolve(model);
      if (!t) return null;
      assertWritable(t.sheet);
      const cf: ConditionalFormatModel = {
        id: `{CF-${String(model.nextId++).padStart(6, '0')}}`,
        range: t.rect,
        type: 'Custom',
        formula: '',
      };
      t.sheet.conditionalFormats.push(cf);
      return { sheetId: t.sheet.id, id: cf.id };
    });
  }

  getItem(id: string): ConditionalFormatProxy {
    return this.find(id, false);
  }

  getItemOrNullObject(id: string): ConditionalFormatProxy {
    return this.find(id, true);
  }

  getCount(): { value: number } {
    return this.result((t) => this.inRange(t).length);
  }

  private find(id: string, nullable: boolean): ConditionalFormatProxy {
    const parent = this.parent;
    return new ConditionalFormatProxy(
      this.ctx,
      (model) => {
        const t = parent.resolve(model);
        const cf = t && this.inRange(t).find((c) => c.id === id);
        return t && cf ? { sheetId: t.sheet.id, id } : null;
      },
      nullable,
    );
  }
}

export class ConditionalFormatProxy extends BoundProxy<{ sheetId: string; id: string }, CfTarget> {
  readonly custom: CustomConditionalFormatProxy = new CustomConditionalFormatProxy(this);
  /** Null object for a format of another type (every modelled format is Custom). */
  readonly customOrNullObject: CustomConditionalFormatProxy = new CustomConditionalFormatProxy(this);

  constructor(
    ctx: MemoryRequestContext,
    bind: ((model: WorkbookModel) => { sheetId: string; id: string } | null) | { value: { sheetId: string; id: string } },
    nullable = false,
  ) {
    super(ctx, bind, nullable);
  }

  resolve(model: WorkbookModel): CfTarget | null {
    const b = this.binding();
    if (!b) return null;
    const sheet = sheetById(model, b.sheetId);
    const cf = sheet?.conditionalFormats.find((c) => c.id === b.id);
    if (!sheet || !cf) throw officeError('ItemNotFound', MESSAGES.notFound);
    return { sheet, cf };
  }

  protected override scalars(): Record<string, (t: CfTarget) => unknown> {
    return {
      id: (t) => t.cf.id,
      type: (t) => t.cf.type,
      priority: (t) => t.sheet.conditionalFormats.indexOf(t.cf),
    };
  }

  protected override navigation(): Record<string, ClientProxy<unknown>> {
    return { custom: this.custom, customOrNullObject: this.customOrNullObject } as Record<string, ClientProxy<unknown>>;
  }

  get id(): string {
    return this.get('id');
  }
  get type(): string {
    return this.get('type');
  }
  get priority(): number {
    return this.get('priority');
  }

  /** The range the format applies to, e.g. "'Tiêu chí'!F9:G17". */
  getRange(): RangeProxy {
    return new RangeProxy(this.ctx, (model) => {
      const t = this.resolve(model);
      return t ? { sheetId: t.sheet.id, rect: t.cf.range } : null;
    });
  }

  delete(): void {
    this.write(null, (t) => {
      assertWritable(t.sheet);
      t.sheet.conditionalFormats = t.sheet.conditionalFormats.filter((c) => c !== t.cf);
    });
  }
}

export class CustomConditionalFormatProxy extends ChildProxy<CfTarget, CfTarget> {
  readonly rule: ConditionalFormatRuleProxy = new ConditionalFormatRuleProxy(this);
  readonly format: ConditionalRangeFormatProxy = new ConditionalRangeFormatProxy(this);

  protected fromParent(p: CfTarget): CfTarget {
    return p;
  }

  protected override navigation(): Record<string, ClientProxy<unknown>> {
    return { rule: this.rule, format: this.format } as Record<string, ClientProxy<unknown>>;
  }
}

export class ConditionalFormatRuleProxy extends ChildProxy<CfTarget, CfTarget> {
  protected fromParent(p: CfTarget): CfTarget {
    return p;
  }

  protected override scalars(): Record<string, (t: CfTarget) => unknown> {
    return { formula: (t) => t.cf.formula };
  }

  get formula(): string {
    return this.get('formula');
  }
  set formula(f: string) {
    this.write(f, (t) => {
      assertWritable(t.sheet);
      t.cf.formula = f;
    });
  }
}

export class ConditionalRangeFormatProxy extends ChildProxy<CfTarget, CfTarget> {
  readonly fill = new CfColorProxy(this, 'fill');
  readonly font = new CfFontProxy(this);

  protected fromParent(p: CfTarget): CfTarget {
    return p;
  }

  protected override navigation(): Record<string, ClientProxy<unknown>> {
    return { fill: this.fill, font: this.font } as Record<string, ClientProxy<unknown>>;
  }
}

export class CfColorProxy extends ChildProxy<CfTarget, CfTarget> {
  constructor(
    parent: ClientProxy<CfTarget>,
    private readonly key: 'fill' | 'fontColor',
  ) {
    super(parent);
  }

  protected fromParent(p: CfTarget): CfTarget {
    return p;
  }

  protected override scalars(): Record<string, (t: CfTarget) => unknown> {
    return { color: (t) => t.cf[this.key] ?? null };
  }

  get color(): string {
    return this.get('color');
  }
  set color(c: string) {
    this.write(c, (t) => {
      assertWritable(t.sheet);
      t.cf[this.key] = c.toUpperCase();
    });
  }
}

export class CfFontProxy extends CfColorProxy {
  constructor(parent: ClientProxy<CfTarget>) {
    super(parent, 'fontColor');
  }

  protected override scalars(): Record<string, (t: CfTarget) => unknown> {
    return { ...super.scalars(), bold: (t) => t.cf.bold ?? false };
  }

  get bold(): boolean {
    return this.get('bold');
  }
  set bold(b: boolean) {
    this.write(b, (t) => {
      assertWritable(t.sheet);
      t.cf.bold = b;
    });
  }
}
