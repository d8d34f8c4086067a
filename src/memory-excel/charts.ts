// Charts of the in-memory host, as little of Office.js's as the gateway uses:
// worksheet.charts.add(type, range, seriesBy) (ExcelApi 1.1), a chart's title, legend
// and position (1.1), and its first series' category labels (setXAxisValues, 1.7).
// Kept beside the sheet model, not in it: a chart has no cells.
import type { RangeRef } from '../engine/address';
import type { MemoryRequestContext } from './context';
import { officeError } from './errors';
import type { SheetModel, WorkbookModel } from './model';
import { BoundProxy, ChildProxy, type ClientProxy } from './proxy';
import { parseAddress, type RangeProxy } from './range';

export interface ChartModel {
  name: string;
  type: string;
  seriesBy: string;
  /** The source data, on the chart's own sheet or another. */
  source: { sheetId: string; rect: RangeRef };
  title: string;
  legendVisible: boolean;
  /** Top-left and bottom-right cells it covers; null until placed. */
  position: { start: string; end: string } | null;
  /** The first series' category labels (setXAxisValues); null: 1, 2, 3… */
  categories: { sheetId: string; rect: RangeRef } | null;
}

const CHARTS = new WeakMap<SheetModel, ChartModel[]>();

/** The charts on a sheet, oldest first. */
export function chartsOf(sheet: SheetModel): readonly ChartModel[] {
  return CHARTS.get(sheet) ?? [];
}

function rangeOf(model: WorkbookModel, range: RangeProxy): { sheetId: string; rect: RangeRef } {
  const target = range.resolve(model);
  if (!target) throw officeError('InvalidArgument', 'The source data is a null object.');
  return { sheetId: target.sheet.id, rect: target.rect };
}

export class ChartCollectionProxy extends ChildProxy<SheetModel, SheetModel> {
  protected fromParent(p: SheetModel): SheetModel {
    return p;
  }

  add(type: string, sourceData: RangeProxy, seriesBy = 'Auto'): ChartProxy {
    return new ChartProxy(this.ctx, (model) => {
      const sheet = this.resolve(model);
      if (!sheet) throw officeError('ItemNotFound', 'The requested resource does not exist.');
      const charts = [...chartsOf(sheet)];
      const chart: ChartModel = {
        name: `Chart ${charts.length + 1}`,
        type,
        seriesBy,
        source: rangeOf(model, sourceData),
        title: '',
        legendVisible: true,
        position: null,
        categories: null,
      };
      CHARTS.set(sheet, [...charts, chart]);
      return chart;
    });
  }
}

export class ChartProxy extends BoundProxy<ChartModel, ChartModel> {
  readonly title: ChartTitleProxy = new ChartTitleProxy(this);
  readonly legend: ChartLegendProxy = new ChartLegendProxy(this);
  readonly series: ChartSeriesCollectionProxy = new ChartSeriesCollectionProxy(this);

  constructor(ctx: MemoryRequestContext, bind: (model: WorkbookModel) => ChartModel) {
    super(ctx, bind);
  }

  resolve(): ChartModel | null {
    return this.binding();
  }

  protected override scalars(): Record<string, (t: ChartModel) => unknown> {
    return { name: (t) => t.name, chartType: (t) => t.type };
  }

  protected override navigation(): Record<string, ClientProxy<unknown>> {
    return { title: this.title } as Record<string, ClientProxy<unknown>>;
  }

  get name(): string {
    return this.get('name');
  }

  setPosition(startCell: string, endCell?: string): void {
    this.write([startCell, endCell], (t) => {
      parseAddress(startCell);
      if (endCell) parseAddress(endCell);
      t.position = { start: startCell, end: endCell ?? startCell };
    });
  }
}

export class ChartTitleProxy extends ChildProxy<ChartModel, ChartModel> {
  protected fromParent(p: ChartModel): ChartModel {
    return p;
  }

  protected override scalars(): Record<string, (t: ChartModel) => unknown> {
    return { text: (t) => t.title };
  }

  get text(): string {
    return this.get('text');
  }
  set text(v: string) {
    this.write(v, (t) => {
      t.title = v;
    });
  }
}

export class ChartLegendProxy extends ChildProxy<ChartModel, ChartModel> {
  protected fromParent(p: ChartModel): ChartModel {
    return p;
  }

  set visible(v: boolean) {
    this.write(v, (t) => {
      t.legendVisible = v;
    });
  }
}

export class ChartSeriesCollectionProxy extends ChildProxy<ChartModel, ChartModel> {
  protected fromParent(p: ChartModel): ChartModel {
    return p;
  }

  /** Only the first series is modelled: a chart of one column of figures. */
  getItemAt(index: number): ChartSeriesProxy {
    if (index !== 0) throw officeError('InvalidArgument', 'Only the first series is modelled.');
    return new ChartSeriesProxy(this);
  }
}

export class ChartSeriesProxy extends ChildProxy<ChartModel, ChartModel> {
  protected fromParent(p: ChartModel): ChartModel {
    return p;
  }

  setXAxisValues(sourceData: RangeProxy): void {
    this.write(null, (t, model) => {
      t.categories = rangeOf(model, sourceData);
    });
  }
}
