// The Office.js gateway: the only code that talks to Excel. Each operation is one
// Excel.run batch with a fixed number of syncs (see each module), and every Office
// failure comes out as a GatewayError with nothing half-written.
import { parseRules } from '../engine/scoring/rules';
import { rankUnits, unitsOfWorkbook } from '../engine/summary';
import { buildTotalsSheet } from '../engine/totals-sheet';
import type { PlanSettings, Report, SheetSpec } from '../engine/types';
import { GatewayError, type Capabilities, type WorkbookGateway } from './api';
import { canLayoutPages, readCapabilities, supports } from './capabilities';
import { FormulaIndex } from './dependents';
import { figuresOf, onActivation, readFigures, sameFigures } from './fingerprint';
import { guardScores, hasGuards, unguardScores } from './guards';
import { toGatewayError } from './office-errors';
import { readSnapshots } from './read';
import { toRunner, type ExcelRunner, type Requirements } from './runner';
import { PLAN_SETTINGS_KEY, readSetting, RULES_SETTINGS_KEY, writeSetting } from './settings';
import { insertSummary } from './summary-sheet';
import { watchSheets } from './watch';
import { insertSheet } from './write-sheet';

export type { ExcelRunner, Requirements } from './runner';

/** Runs an operation, turning whatever Excel throws into a GatewayError. */
async function mapped<T>(op: () => Promise<T>, sheet?: string): Promise<T> {
  try {
    return await op();
  } catch (e) {
    throw toGatewayError(e, sheet);
  }
}

/**
 * `excel`: `Excel.run` (or `{ run: Excel.run }`, e.g. the in-memory host's `excel`);
 * `requirements`: `(set, version) => Office.context.requirements.isSetSupported(set, version)`.
 */
export function createExcelGateway(excel: ExcelRunner, requirements: Requirements): WorkbookGateway {
  // Excel.run's delayForCellEdit (ExcelApi 1.11): a batch sent while a cell is edited waits instead of failing.
  const run = toRunner(excel, supports(requirements, '1.11'));
  // getSpecialCells (ExcelApi 1.9) finds the validated cells under a moved guard.
  const findCells = supports(requirements, '1.9');
  const caps: Capabilities = readCapabilities(requirements);
  const pages = canLayoutPages(requirements);
  const need = (ok: boolean, what: string): void => {
    if (!ok) throw new GatewayError('UNSUPPORTED', `${what} needs ${caps.missing.join(', ')}`);
  };

  const insert = (spec: SheetSpec): Promise<string> => mapped(() => insertSheet(run, spec, pages));
  const formulas = new FormulaIndex();

  return {
    capabilities: () => ({ ...caps, missing: [...caps.missing] }),
    readSnapshots: () =>
      mapped(async () => {
        const snapshots = await readSnapshots(run, caps.mergedAreas);
        formulas.setSnapshots(snapshots);
        return snapshots;
      }),
    // The alert and prompt speak the pane's language; Vietnamese when it is not said.
    guardScores: (criteria, lang = 'vi') =>
      mapped(async () => {
        need(caps.guards, 'Guarding scores');
        return guardScores(run, criteria, lang, findCells);
      }),
    unguardScores: () =>
      mapped(async () => {
        need(caps.guards, 'Removing guards');
        await unguardScores(run, findCells);
      }),
    hasGuards: () => (caps.settings ? mapped(() => hasGuards(run)) : Promise.resolve(false)),
    writeTotals: (report: Report) => insert(buildTotalsSheet(report)),
    // Classified live by the rules the report was classified by, unless the caller brings others.
    writeSummary: (report, opts) =>
      mapped(() => insertSummary(run, rankUnits(unitsOfWorkbook(report)), { rules: report.rules, ...opts }, requirements, pages)),
    insertSheet: insert,
    selectCell: (sheet, address) =>
      mapped(
        () =>
          run(async (ctx) => {
            const ws = ctx.workbook.worksheets.getItem(sheet);
            ws.activate();
            ws.getRange(address).select();
            await ctx.sync();
          }),
        sheet,
      ),
    isCurrent: (snapshots) => mapped(async () => sameFigures(await readFigures(run), snapshots.map(figuresOf))),
    onActivation: (handler) =>
      mapped(async () => {
        need(caps.liveEvents, 'Activation events');
        // workbook.onActivated came with ExcelApi 1.13; sheets' activation with 1.7.
        return onActivation(run, handler, supports(requirements, '1.13'));
      }),
    watch: (sheets, onEdit, onError) =>
      mapped(async () => {
        need(caps.liveEvents, 'Live validation');
        return watchSheets(run, formulas, sheets, onEdit, onError);
      }),
    loadSettings: () => (caps.settings ? mapped(() => readSetting<PlanSettings>(run, PLAN_SETTINGS_KEY)) : Promise.resolve(null)),
    saveSettings: (settings) =>
      mapped(async () => {
        need(caps.settings, 'Saving settings');
        await writeSetting(run, PLAN_SETTINGS_KEY, settings);
      }),
    loadRules: async () =>
      caps.settings ? (parseRules(await mapped(() => readSetting<unknown>(run, RULES_SETTINGS_KEY))).rules ?? null) : null,
    saveRules: (rules) =>
      mapped(async () => {
        need(caps.settings, 'Saving settings');
        await writeSetting(run, RULES_SETTINGS_KEY, rules);
      }),
  };
}
