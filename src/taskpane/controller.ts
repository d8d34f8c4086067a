// The pane's state and actions: plain TypeScript, no React, no Office.js.
// Components read state through subscribe/getState and call the actions; the
// gateway does the Excel work and the engine does the checking.
import { GatewayError, type Capabilities, type WorkbookGateway } from '../excel/api';
import type { CheckOptions } from '../engine/report';
import type {
  ClassificationRules,
  Issue,
  Lang,
  PlanSettings,
  PlanTask,
  Report,
  RowPatch,
  SheetSnapshot,
  SheetSpec,
} from '../engine/types';
import type { MessageKey, Params } from './i18n';
import { mainPlan, tasksOfMonth } from '../engine/plan';
import { DEFAULT_PLAN_SETTINGS, documentDate, resolvePlanSettings, type MonthlyPlanOptions } from '../engine/template';
import { readTitleBlock } from '../engine/title-block';
import { criteriaSheetNames } from './selectors';

/** The engine functions the pane uses (injected so tests can substitute them). */
export interface Engine {
  checkWorkbook(snapshots: SheetSnapshot[], opts: CheckOptions): Report;
  applyRowPatch(snapshot: SheetSnapshot, patch: RowPatch): SheetSnapshot;
  buildMonthlyPlanSheet(opts: MonthlyPlanOptions): SheetSpec;
}

export type ActionName =
  'refresh' | 'guard' | 'unguard' | 'totals' | 'summary' | 'insertPlan' | 'insertYear' | 'saveSettings' | 'saveRules';

export interface Notice {
  intent: 'success' | 'warning' | 'error' | 'info';
  key: MessageKey;
  params?: Params;
}

export interface PaneState {
  lang: Lang;
  /** 'starting' until the first check has finished (successfully or not). */
  status: 'starting' | 'ready';
  busy: ActionName | null;
  snapshots: SheetSnapshot[];
  report: Report | null;
  capabilities: Capabilities;
  guarded: boolean;
  watching: boolean;
  month: number;
  year: number;
  settings: PlanSettings;
  /** Classification rules the user saved in the workbook: used when it has no rules table. */
  rules: ClassificationRules | null;
  notice: Notice | null;
  /** When the workbook was last read or confirmed unchanged. */
  checkedAt: Date | null;
}

export interface ControllerOptions {
  lang: Lang;
  engine: Engine;
  /** The name reports carry as `file`. */
  file?: string;
  /** Live edits arriving within this many milliseconds are checked once. */
  recheckDelayMs?: number;
  now?: () => Date;
}

const NO_CAPABILITIES: Capabilities = { mergedAreas: false, guards: false, liveEvents: false, settings: false, missing: [] };

function isGatewayError(e: unknown): e is GatewayError {
  return (
    e instanceof GatewayError || (e instanceof Error && e.name === 'GatewayError' && typeof (e as GatewayError).code === 'string')
  );
}

/** Any failure as a notice the pane can put into words. */
export function errorNotice(e: unknown): Notice {
  if (isGatewayError(e)) return { intent: 'error', key: `error.${e.code}`, params: { sheet: e.sheet ?? '', detail: e.message } };
  const detail = e instanceof Error ? e.message : String(e);
  return { intent: 'error', key: 'error.UNKNOWN', params: { detail } };
}

export class PaneController {
  private state: PaneState;
  private readonly listeners = new Set<() => void>();
  private readonly gateway: WorkbookGateway;
  private readonly engine: Engine;
  private readonly file: string;
  private readonly recheckDelayMs: number;
  private readonly now: () => Date;
  private stopWatching: (() => Promise<void>) | null = null;
  private stopActivation: (() => Promise<void>) | null = null;
  private watchedKey = '';
  private recheckTimer: ReturnType<typeof setTimeout> | null = null;
  private yearChosen = false;
  private disposed = false;

  constructor(gateway: WorkbookGateway, opts: ControllerOptions) {
    this.gateway = gateway;
    this.engine = opts.engine;
    this.file = opts.file ?? 'workbook';
    this.recheckDelayMs = opts.recheckDelayMs ?? 30;
    this.now = opts.now ?? (() => new Date());
    const today = this.now();
    this.state = {
      lang: opts.lang,
      status: 'starting',
      busy: null,
      snapshots: [],
      report: null,
      capabilities: NO_CAPABILITIES,
      guarded: false,
      watching: false,
      month: today.getMonth() + 1,
      year: today.getFullYear(),
      settings: DEFAULT_PLAN_SETTINGS,
      rules: null,
      notice: null,
      checkedAt: null,
    };
  }

  // ---- store ----

  readonly getState = (): PaneState => this.state;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private set(patch: Partial<PaneState>): void {
    if (this.disposed) return;
    this.state = { ...this.state, ...patch };
    for (const l of this.listeners) l();
  }

  /** Runs one action at a time; its failure becomes the notice and leaves the pane usable. */
  private async run(action: ActionName, work: () => Promise<Notice | null>): Promise<void> {
    if (this.state.busy) return;
    this.set({ busy: action, notice: null });
    let notice: Notice | null;
    try {
      notice = await work();
    } catch (e) {
      notice = errorNotice(e);
    }
    this.set({ busy: null, notice, status: 'ready' });
  }

  // ---- lifecycle ----

  /** Reads capabilities, checks the workbook, loads settings and guard state, starts live checks. */
  async start(): Promise<void> {
    let capabilities = NO_CAPABILITIES;
    try {
      capabilities = this.gateway.capabilities();
    } catch {
      // Treated as a host with no optional feature; the notice lists them all as missing.
    }
    this.set({ capabilities });
    await this.run('refresh', async () => {
      // The saved rules first: the first check classifies by them.
      if (capabilities.settings) this.set({ rules: await this.gateway.loadRules() });
      await this.check();
      // What the user saved, the rest prefilled from the workbook's title block.
      const saved = capabilities.settings ? await this.gateway.loadSettings() : null;
      this.set({ settings: resolvePlanSettings(saved, readTitleBlock(this.state.snapshots)) });
      if (capabilities.guards) this.set({ guarded: await this.gateway.hasGuards() });
      return this.mergesUnreadNotice();
    });
    if (capabilities.liveEvents) {
      try {
        this.stopActivation = await this.gateway.onActivation(() => void this.revalidate());
      } catch {
        // Without activation events the pane still re-checks when it regains focus.
      }
    }
  }

  /**
   * Edits onChanged never reports (a paste from another sheet, a fill over hidden rows)
   * are caught here, called when the pane regains focus or the workbook is activated:
   * a cheap comparison first, a full check only when the workbook differs.
   */
  async revalidate(): Promise<void> {
    if (this.state.busy || this.state.status !== 'ready' || !this.state.report) return;
    let current: boolean;
    try {
      current = await this.gateway.isCurrent(this.state.snapshots);
    } catch {
      return; // Edit mode or a closing workbook: the next focus tries again.
    }
    if (current) this.set({ checkedAt: this.now() });
    else
      await this.run('refresh', async () => {
        await this.check();
        return this.mergesUnreadNotice();
      });
  }

  async dispose(): Promise<void> {
    if (this.recheckTimer) clearTimeout(this.recheckTimer);
    await this.stopWatch();
    await this.stopActivation?.().catch(() => undefined);
    this.disposed = true;
    this.listeners.clear();
  }

  // ---- checking ----

  private checkOptions(): CheckOptions {
    const { lang, rules } = this.state;
    return { file: this.file, lang, rules: rules ? { rules, source: 'settings', where: '' } : undefined };
  }

  private async check(): Promise<Report> {
    const snapshots = await this.gateway.readSnapshots();
    const report = this.engine.checkWorkbook(snapshots, this.checkOptions());
    this.set({ snapshots, report, checkedAt: this.now(), ...this.planYear(report) });
    await this.syncWatch(report);
    return report;
  }

  /** Sheets Excel could not give merged areas for were checked without them: said, not hidden. */
  private mergesUnreadNotice(): Notice | null {
    const sheets = this.state.snapshots.filter((s) => s.mergesUnread).map((s) => s.name);
    return sheets.length ? { intent: 'warning', key: 'mergesUnread', params: { sheets: sheets.join(', ') } } : null;
  }

  private planYear(report: Report): Partial<PaneState> {
    const year = mainPlan(report.planSheets)?.year;
    return !this.yearChosen && year ? { year } : {};
  }

  refresh(): Promise<void> {
    return this.run('refresh', async () => {
      const report = await this.check();
      return (
        this.mergesUnreadNotice() ?? {
          intent: 'info',
          key: 'checked',
          params: {
            sheets: report.criteriaSheets.length + report.planSheets.length,
            errors: report.summary.errors,
            warnings: report.summary.warnings,
          },
        }
      );
    });
  }

  private recheck(): void {
    const report = this.engine.checkWorkbook(this.state.snapshots, this.checkOptions());
    this.set({ report });
  }

  // ---- live validation ----

  /** Watches the criteria sheets of the latest report (restarting only when that set changes). */
  private async syncWatch(report: Report): Promise<void> {
    const sheets = this.state.capabilities.liveEvents ? criteriaSheetNames(report) : [];
    const key = sheets.join('\n');
    if (key === this.watchedKey && (this.stopWatching || !key)) return;
    await this.stopWatch();
    this.watchedKey = key;
    if (!sheets.length) return;
    this.stopWatching = await this.gateway.watch(
      sheets,
      (patch) => this.onEdit(patch),
      (e) => this.set({ notice: errorNotice(e) }),
    );
    this.set({ watching: true });
  }

  private async stopWatch(): Promise<void> {
    const stop = this.stopWatching;
    this.stopWatching = null;
    this.watchedKey = '';
    if (!stop) return;
    this.set({ watching: false });
    try {
      await stop();
    } catch {
      // The sheet or the session is gone: nothing is left to stop.
    }
  }

  /** Merges re-read rows into the last snapshot; edits arriving together are checked once. */
  private onEdit(patch: RowPatch): void {
    const snapshots = this.state.snapshots.map((s) => (s.name === patch.sheet ? this.engine.applyRowPatch(s, patch) : s));
    this.set({ snapshots });
    if (this.recheckTimer) return;
    this.recheckTimer = setTimeout(() => {
      this.recheckTimer = null;
      this.recheck();
    }, this.recheckDelayMs);
  }

  // ---- writing ----

  private criteriaOrNotice(): Report | Notice {
    const report = this.state.report;
    return report && report.criteriaSheets.length ? report : { intent: 'warning', key: 'noCriteria' };
  }

  guard(): Promise<void> {
    return this.run('guard', async () => {
      const report = this.criteriaOrNotice();
      if ('key' in report) return report;
      const result = await this.gateway.guardScores(report.criteriaSheets, this.state.lang);
      this.set({ guarded: true });
      const skipped = result.skippedCells.length;
      return { intent: 'success', key: skipped ? 'guardedSkipped' : 'guarded', params: { cells: result.guardedCells, skipped } };
    });
  }

  unguard(): Promise<void> {
    return this.run('unguard', async () => {
      await this.gateway.unguardScores();
      this.set({ guarded: false });
      return { intent: 'success', key: 'unguarded' };
    });
  }

  writeTotals(): Promise<void> {
    return this.run('totals', async () => {
      const report = this.criteriaOrNotice();
      if ('key' in report) return report;
      const sheet = await this.gateway.writeTotals(report);
      return { intent: 'success', key: 'totalsWritten', params: { sheet } };
    });
  }

  /** Tổng hợp khối: the live summary sheet of the workbook's criteria tables (one per member union) and its chart. */
  writeSummary(): Promise<void> {
    return this.run('summary', async () => {
      const report = this.criteriaOrNotice();
      if ('key' in report) return report;
      const today = this.now();
      const date = { day: today.getDate(), month: today.getMonth() + 1, year: today.getFullYear() };
      const { sheet, chart } = await this.gateway.writeSummary(report, { lang: this.state.lang, date });
      const key = chart === 'named' ? 'summaryWritten' : chart === 'numbered' ? 'summaryNumbered' : 'summaryNoChart';
      return { intent: chart === 'named' ? 'success' : 'warning', key, params: { sheet, units: report.criteriaSheets.length } };
    });
  }

  /** The tasks the Kế hoạch tab previews and inserts for the chosen month. */
  previewTasks(month = this.state.month): PlanTask[] {
    const plan = mainPlan(this.state.report?.planSheets ?? []);
    return plan ? tasksOfMonth(plan, month) : [];
  }

  private planSpec(month: number): SheetSpec {
    const { year, settings } = this.state;
    const date = documentDate(this.now());
    return this.engine.buildMonthlyPlanSheet({ month, year, tasks: this.previewTasks(month), settings, date });
  }

  insertPlan(): Promise<void> {
    return this.run('insertPlan', async () => {
      const sheet = await this.gateway.insertSheet(this.planSpec(this.state.month));
      return { intent: 'success', key: 'planInserted', params: { sheet } };
    });
  }

  /** Inserts months 1–12 as separate sheets; each is one batch, so a failure leaves no half sheet. */
  insertYear(): Promise<void> {
    return this.run('insertYear', async () => {
      for (let month = 1; month <= 12; month++) await this.gateway.insertSheet(this.planSpec(month));
      return { intent: 'success', key: 'yearInserted', params: { count: 12 } };
    });
  }

  saveSettings(settings: PlanSettings): Promise<void> {
    return this.run('saveSettings', async () => {
      await this.gateway.saveSettings(settings);
      this.set({ settings: resolvePlanSettings(settings, readTitleBlock(this.state.snapshots)) });
      return { intent: 'success', key: 'settingsSaved' };
    });
  }

  /** Saves classification rules in the workbook and classifies by them (unless the workbook has its own table). */
  saveRules(rules: ClassificationRules): Promise<void> {
    return this.run('saveRules', async () => {
      await this.gateway.saveRules(rules);
      this.set({ rules });
      if (this.state.report) this.recheck();
      return { intent: 'success', key: 'rulesSaved' };
    });
  }

  // ---- navigation and choices ----

  /** Selects the issue's cell in Excel (workbook-wide issues have none). */
  async selectIssue(issue: Pick<Issue, 'sheet' | 'cell'>): Promise<void> {
    if (!issue.sheet || !issue.cell) return;
    try {
      await this.gateway.selectCell(issue.sheet, issue.cell);
    } catch (e) {
      this.set({ notice: errorNotice(e) });
    }
  }

  setMonth(month: number): void {
    if (Number.isInteger(month) && month >= 1 && month <= 12) this.set({ month });
  }

  setYear(year: number): void {
    if (!Number.isInteger(year) || year < 1900 || year > 9999) return;
    this.yearChosen = true;
    this.set({ year });
  }

  /** Switches the pane's language; issue messages are put into words again. */
  setLang(lang: Lang): void {
    if (lang === this.state.lang) return;
    this.set({ lang });
    if (this.state.report) this.recheck();
  }

  dismissNotice(): void {
    this.set({ notice: null });
  }
}
