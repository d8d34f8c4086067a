// A WorkbookGateway over plain data, recording calls, for the pane's tests.
import type { Capabilities, GatewayError, GuardResult, SummaryWritten, WorkbookGateway } from '../../src/excel/api';
import type { LiveSummaryOptions } from '../../src/engine/summary';
import type {
  ClassificationRules,
  CriteriaSheet,
  Lang,
  PlanSettings,
  Report,
  RowPatch,
  SheetSnapshot,
  SheetSpec,
} from '../../src/engine/types';

export const ALL_CAPABILITIES: Capabilities = { mergedAreas: true, guards: true, liveEvents: true, settings: true, missing: [] };

type Method = Exclude<keyof WorkbookGateway, 'capabilities'>;

interface Watcher {
  sheets: string[];
  onEdit: (patch: RowPatch) => void;
  onError: (e: GatewayError) => void;
  stopped: boolean;
}

export class FakeGateway implements WorkbookGateway {
  snapshots: SheetSnapshot[];
  caps: Capabilities;
  settings: PlanSettings | null = null;
  rules: ClassificationRules | null = null;
  guarded = false;
  inserted: SheetSpec[] = [];
  summaryChart: SummaryWritten['chart'] = 'named';
  watchers: Watcher[] = [];
  /** What isCurrent answers: false as if an edit had gone unseen by onChanged. */
  current = true;
  activationHandlers: (() => void)[] = [];
  readonly calls: { method: Method; args: unknown[] }[] = [];
  private readonly failures = new Map<Method, Error>();

  constructor(snapshots: SheetSnapshot[] = [], caps: Capabilities = ALL_CAPABILITIES) {
    this.snapshots = snapshots;
    this.caps = caps;
  }

  /** Makes the next call of `method` reject with `error`. */
  failNext(method: Method, error: Error): void {
    this.failures.set(method, error);
  }

  callsOf(method: Method): unknown[][] {
    return this.calls.filter((c) => c.method === method).map((c) => c.args);
  }

  /** Fires an edit on every live watcher of the patch's sheet. */
  fireEdit(patch: RowPatch): void {
    for (const w of this.watchers) if (!w.stopped && w.sheets.includes(patch.sheet)) w.onEdit(patch);
  }

  private async call<T>(method: Method, args: unknown[], result: () => T): Promise<T> {
    this.calls.push({ method, args });
    await Promise.resolve();
    const failure = this.failures.get(method);
    if (failure) {
      this.failures.delete(method);
      throw failure;
    }
    return result();
  }

  capabilities(): Capabilities {
    return this.caps;
  }

  readSnapshots(): Promise<SheetSnapshot[]> {
    return this.call('readSnapshots', [], () => this.snapshots.map((s) => ({ ...s, values: s.values.map((r) => [...r]) })));
  }

  guardScores(criteria: CriteriaSheet[], lang?: Lang): Promise<GuardResult> {
    return this.call('guardScores', [criteria, lang], () => {
      this.guarded = true;
      return { guardedCells: criteria.length * 2, skippedCells: [] };
    });
  }

  unguardScores(): Promise<void> {
    return this.call('unguardScores', [], () => {
      this.guarded = false;
    });
  }

  hasGuards(): Promise<boolean> {
    return this.call('hasGuards', [], () => this.guarded);
  }

  writeTotals(report: Report): Promise<string> {
    return this.call('writeTotals', [report], () => 'Tổng hợp điểm');
  }

  writeSummary(report: Report, opts: LiveSummaryOptions): Promise<SummaryWritten> {
    return this.call('writeSummary', [report, opts], () => ({ sheet: 'Tổng hợp', chart: this.summaryChart }));
  }

  insertSheet(spec: SheetSpec): Promise<string> {
    return this.call('insertSheet', [spec], () => {
      this.inserted.push(spec);
      return spec.name;
    });
  }

  selectCell(sheet: string, address: string): Promise<void> {
    return this.call('selectCell', [sheet, address], () => undefined);
  }

  isCurrent(snapshots: SheetSnapshot[]): Promise<boolean> {
    return this.call('isCurrent', [snapshots], () => this.current);
  }

  onActivation(handler: () => void): Promise<() => Promise<void>> {
    return this.call('onActivation', [], () => {
      this.activationHandlers.push(handler);
      return async () => {
        this.activationHandlers = this.activationHandlers.filter((h) => h !== handler);
      };
    });
  }

  /** The user brings the workbook or a sheet to the front. */
  activate(): void {
    for (const h of this.activationHandlers) h();
  }

  watch(sheets: string[], onEdit: (patch: RowPatch) => void, onError: (e: GatewayError) => void): Promise<() => Promise<void>> {
    return this.call('watch', [sheets], () => {
      const watcher: Watcher = { sheets, onEdit, onError, stopped: false };
      this.watchers.push(watcher);
      return async () => {
        watcher.stopped = true;
      };
    });
  }

  loadSettings(): Promise<PlanSettings | null> {
    return this.call('loadSettings', [], () => this.settings);
  }

  saveSettings(settings: PlanSettings): Promise<void> {
    return this.call('saveSettings', [settings], () => {
      this.settings = settings;
    });
  }

  loadRules(): Promise<ClassificationRules | null> {
    return this.call('loadRules', [], () => this.rules);
  }

  saveRules(rules: ClassificationRules): Promise<void> {
    return this.call('saveRules', [rules], () => {
      this.rules = rules;
    });
  }
}
