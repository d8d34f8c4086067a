// Installing and removing Excel's guards on the score cells (plans from
// engine/guards.ts). Excel moves validation and conditional formats when rows or
// columns are inserted or deleted, so the record's addresses go stale: the add-in's
// own guards are also found by what they are, a conditional format of our shape
// (its formula names its own range's top-left cell) and the validation under it
// (a decimal rule with one of the prompt titles the add-in wrote), whatever bounds and
// kind of score they guard.
//   guard:   1. existing record, sheet protection, validation type of each target
//               range, the conditional formats of the target sheets;
//            2. (only when needed) per-cell types where a range already has rules,
//               the previous guards as recorded, and where our formats are now;
//            3. write: the previous guards out, each target range's validation cleared
//               and set (Excel on the web refuses a rule over a range partly holding
//               one), conditional formats, the record.
//   unguard: 1. record and sheets; 2. the recorded rules as they are now and the
//            conditional formats of those sheets; 3. (when there are any of our shape)
//            their ranges and the validation there; 4. remove what is ours, and the record.
// A cell with a validation rule of the user's is never overwritten: it is skipped
// and reported.
import { formatCell, parseRange, quoteSheet, sheetOf, type RangeRef } from '../engine/address';
import { formulaTokens } from '../engine/formula/tokens';
import { planGuards, scoreCells, type GuardPlan, type HighlightGuard, type ValidationGuard } from '../engine/guards';
import type { CriteriaSheet, Lang } from '../engine/types';
import { GatewayError, type GuardResult } from './api';
import { packIntoSyncs, sizedOp, type SizedOp } from './payload';
import type { Runner } from './runner';
import { parseSetting } from './settings';

export const GUARDS_KEY = 'thidua.guards';

export interface GuardRecord {
  version: 1;
  /** The input-prompt titles the add-in wrote (absent in records of older versions). */
  promptTitles?: string[];
  sheets: {
    sheet: string;
    sheetId: string;
    validations: { address: string; formula2: string }[];
    highlights: { address: string; formula: string }[];
  }[];
}

function rect(address: string): RangeRef {
  return parseRange(address)!;
}

function sameFormula(a: unknown, b: string): boolean {
  const norm = (s: string): string => s.replace(/\s+/g, '').toUpperCase().replace(/^=?/, '=');
  return typeof a === 'string' || typeof a === 'number' ? norm(String(a)) === norm(b) : false;
}

/** Older records carry no titles: the one title those versions wrote. */
const LEGACY_PROMPT_TITLES = ['Điểm chuẩn / Cap'];

function titlesOf(record: GuardRecord | null): string[] {
  return record?.promptTitles ?? LEGACY_PROMPT_TITLES;
}

function readRecord(value: unknown): GuardRecord | null {
  const r = parseSetting<GuardRecord>(value);
  return r && r.version === 1 && Array.isArray(r.sheets) ? r : null;
}

/** The recorded guards as they are now in the workbook (queued loads; read after a sync). */
interface RecordedState {
  validations: { expected: string; dv: Excel.DataValidation }[];
  highlights: { expected: string; formats: Excel.ConditionalFormatCollection }[];
}

/** `scanned`: sheets whose formats are found by what they are (queueFormatLoads), not looked up by the record. */
function queueRecordedLoads(
  ctx: Excel.RequestContext,
  record: GuardRecord,
  liveIds: Set<string>,
  scanned: Set<string> = new Set(),
): RecordedState {
  const state: RecordedState = { validations: [], highlights: [] };
  for (const s of record.sheets) {
    if (!liveIds.has(s.sheetId)) continue;
    const ws = ctx.workbook.worksheets.getItem(s.sheetId);
    for (const v of s.validations) {
      state.validations.push({ expected: v.formula2, dv: ws.getRange(v.address).dataValidation.load('type,rule') });
    }
    if (scanned.has(s.sheetId)) continue;
    for (const h of s.highlights) {
      state.highlights.push({
        expected: h.formula,
        formats: ws.getRange(h.address).conditionalFormats.load('items/customOrNullObject/rule/formula'),
      });
    }
  }
  return state;
}

/** Queues the removal of what is still ours: validations whose rule is unchanged, formats with our formula. */
function queueRemoval(state: RecordedState): void {
  for (const { expected, dv } of state.validations) {
    if (dv.type === 'Decimal' && sameFormula(dv.rule.decimal?.formula2, expected)) dv.clear();
  }
  for (const { expected, formats } of state.highlights) {
    for (const cf of formats.items) {
      if (!cf.customOrNullObject.isNullObject && sameFormula(cf.customOrNullObject.rule.formula, expected)) cf.delete();
    }
  }
}

/**
 * A conditional format of ours, whatever kind of score it marks: a highlight formula
 * (`=AND(ISNUMBER($E9),…)`) whose first reference is the cap and whose other references
 * are all the top-left cell of the format's own range, as engine/guards.ts writes them.
 */
function isOurHighlight(formula: unknown, rangeAddress: string): boolean {
  const range = parseRange(rangeAddress);
  if (typeof formula !== 'string' || !range || !looksLikeOurHighlight(formula)) return false;
  const refs = formulaTokens(formula).flatMap((t) => (t.kind === 'ref' && t.single && t.sheet === null ? [t.rect] : []));
  const [cap] = refs;
  const scores = refs.filter((r) => r.top !== cap?.top || r.left !== cap.left);
  return !!cap && scores.length > 0 && scores.every((r) => r.top === range.top && r.left === range.left);
}

/**
 * A custom format with no formula is what an interrupted write of ours leaves (Excel rolls back
 * nothing, and its dialog makes no custom rule without a formula): removed like our own.
 */
function isResidue(formula: unknown): boolean {
  return formula === '';
}

function mayBeOurs(formula: unknown): boolean {
  return isResidue(formula) || looksLikeOurHighlight(formula);
}

function looksLikeOurHighlight(formula: unknown): boolean {
  return typeof formula === 'string' && /^=AND\(ISNUMBER\(\$[A-Z]+\d+\)/i.test(formula.replace(/\s+/g, ''));
}

/** A validation of ours: a decimal rule with one of the prompt titles the add-in wrote (whatever its bounds). */
function isOurValidation(dv: Excel.DataValidation, titles: string[]): boolean {
  return dv.type === 'Decimal' && titles.includes(dv.prompt.title);
}

/** Our guards wherever rows or columns moved them: conditional formats loaded, then their ranges and validated cells. */
interface FoundGuards {
  formats: { cf: Excel.ConditionalFormat; range: Excel.Range; validated: Excel.Range[] | Excel.RangeAreas }[];
}

function queueFormatLoads(ws: Excel.Worksheet): Excel.ConditionalFormatCollection {
  return ws.getRange().conditionalFormats.load('items/type,items/customOrNullObject/rule/formula');
}

const VALIDATION_PROPS = 'type,rule,prompt';

/**
 * After the formats' sync: the ranges of those that may be ours, and the validated cells
 * under them (getSpecialCells, ExcelApi 1.9; without it, the format's range itself).
 */
function queueFoundGuards(collections: Excel.ConditionalFormatCollection[], findCells: boolean): FoundGuards {
  const formats = collections.flatMap((c) =>
    c.items
      .filter((cf) => !cf.customOrNullObject.isNullObject && mayBeOurs(cf.customOrNullObject.rule.formula))
      .map((cf) => {
        const range = cf.getRange().load('address');
        if (!findCells) {
          range.dataValidation.load(VALIDATION_PROPS);
          return { cf, range, validated: [range] };
        }
        const validated = range.getSpecialCellsOrNullObject('DataValidations');
        validated.areas.load(['items/address', ...VALIDATION_PROPS.split(',').map((p) => `items/dataValidation/${p}`)].join(','));
        return { cf, range, validated };
      }),
  );
  return { formats };
}

function validatedRanges(v: Excel.Range[] | Excel.RangeAreas): Excel.Range[] {
  return Array.isArray(v) ? v : v.isNullObject ? [] : v.areas.items;
}

/** Queues the removal of the found guards that are ours; returns the ranges whose validation was ours. */
function queueFoundRemoval(found: FoundGuards, titles: string[]): { address: string; rect: RangeRef }[] {
  const cleared: { address: string; rect: RangeRef }[] = [];
  for (const { cf, range, validated } of found.formats) {
    if (isResidue(cf.customOrNullObject.rule.formula)) {
      cf.delete();
      continue;
    }
    if (!isOurHighlight(cf.customOrNullObject.rule.formula, range.address)) continue;
    cf.delete();
    for (const cells of validatedRanges(validated)) {
      if (!isOurValidation(cells.dataValidation, titles)) continue;
      cells.dataValidation.clear();
      cleared.push({ address: cells.address, rect: parseRange(cells.address)! });
    }
  }
  return cleared;
}

function assertUnprotected(sheets: { name: string; protection: { protected: boolean } }[]): void {
  const locked = sheets.find((ws) => ws.protection.protected);
  if (locked) throw new GatewayError('PROTECTED', `Sheet '${locked.name}' is protected.`, locked.name);
}

function cellsOf(r: RangeRef): { row: number; col: number }[] {
  const out: { row: number; col: number }[] = [];
  for (let row = r.top; row <= r.bottom; row++) for (let col = r.left; col <= r.right; col++) out.push({ row, col });
  return out;
}

function ownedBy(record: GuardRecord | null, sheetId: string): RangeRef[] {
  return record?.sheets.filter((s) => s.sheetId === sheetId).flatMap((s) => s.validations.map((v) => rect(v.address))) ?? [];
}

function inside(rects: RangeRef[], row: number, col: number): boolean {
  return rects.some((r) => row >= r.top && row <= r.bottom && col >= r.left && col <= r.right);
}

type Op = SizedOp<Map<string, Excel.Worksheet>>;

function validationOp(v: ValidationGuard): Op {
  return sizedOp(8, v, (sheets) => {
    const dv = sheets.get(v.sheet)!.getRange(v.address).dataValidation;
    dv.clear();
    dv.rule = { decimal: { formula1: v.formula1, formula2: v.formula2, operator: 'Between' } };
    dv.errorAlert = { showAlert: true, style: 'Stop', title: v.errorTitle, message: v.errorMessage };
    dv.prompt = { showPrompt: true, title: v.promptTitle, message: v.promptMessage };
    dv.ignoreBlanks = true;
  });
}

function highlightOp(h: HighlightGuard): Op {
  return sizedOp(8, h, (sheets) => {
    const cf = sheets.get(h.sheet)!.getRange(h.address).conditionalFormats.add('Custom');
    cf.custom.rule.formula = h.formula;
    cf.custom.format.fill.color = h.fill;
    cf.custom.format.font.color = h.fontColor;
  });
}

function toRecord(plan: GuardPlan, ids: Map<string, string>): GuardRecord {
  const names = [...new Set([...plan.validations.map((v) => v.sheet), ...plan.highlights.map((h) => h.sheet)])];
  return {
    version: 1,
    promptTitles: [...new Set(plan.validations.map((v) => v.promptTitle))],
    sheets: names.map((sheet) => ({
      sheet,
      sheetId: ids.get(sheet)!,
      validations: plan.validations.filter((v) => v.sheet === sheet).map((v) => ({ address: v.address, formula2: v.formula2 })),
      highlights: plan.highlights.filter((h) => h.sheet === sheet).map((h) => ({ address: h.address, formula: h.formula })),
    })),
  };
}

export async function guardScores(run: Runner, criteria: CriteriaSheet[], lang: Lang, findCells: boolean): Promise<GuardResult> {
  const cells = scoreCells(criteria);
  const planned = planGuards(cells, lang);
  const names = [...new Set(cells.map((c) => c.sheet))];
  let written: GuardRecord | null = null;
  try {
    return await run(async (ctx) => {
      // 1. What is there: the previous record, protection, rules on the target ranges.
      const recordItem = ctx.workbook.settings.getItemOrNullObject(GUARDS_KEY).load('value');
      const all = ctx.workbook.worksheets.load('items/id');
      const sheets = new Map(names.map((n) => [n, ctx.workbook.worksheets.getItem(n).load('name,id,protection/protected')]));
      const types = planned.validations.map((v) => sheets.get(v.sheet)!.getRange(v.address).dataValidation.load('type'));
      const formats = [...sheets.values()].map(queueFormatLoads);
      await ctx.sync();
      assertUnprotected([...sheets.values()]);
      const ids = new Map([...sheets].map(([n, ws]) => [n, ws.id]));
      const old = recordItem.isNullObject ? null : readRecord(recordItem.value);

      // 2. Which cells already have a rule of the user's; what the previous guards are now.
      const userCells = new Set<string>();
      const probes: { sheet: string; row: number; col: number; dv: Excel.DataValidation }[] = [];
      planned.validations.forEach((v, i) => {
        const type = types[i].type;
        if (type === 'None') return;
        const ours = ownedBy(old, ids.get(v.sheet)!);
        for (const { row, col } of cellsOf(rect(v.address))) {
          if (inside(ours, row, col)) continue;
          if (type === 'Inconsistent' || type === 'MixedCriteria' || ours.length) {
            probes.push({
              sheet: v.sheet,
              row,
              col,
              dv: sheets.get(v.sheet)!.getRange(formatCell(row, col)).dataValidation.load('type'),
            });
          } else userCells.add(`${v.sheet}!${row}:${col}`);
        }
      });
      const live = new Set(all.items.map((w) => w.id));
      const previous = old ? queueRecordedLoads(ctx, old, live, new Set(ids.values())) : null;
      const found = queueFoundGuards(formats, findCells);
      if (probes.length || old || found.formats.length) await ctx.sync();
      for (const p of probes) if (p.dv.type !== 'None') userCells.add(`${p.sheet}!${p.row}:${p.col}`);
      const titles = [...new Set([...titlesOf(old), ...planned.validations.map((v) => v.promptTitle)])];

      // 3. Write: the previous guards out (recorded, and moved ones found by what they are:
      // their cells are ours, not the user's), the new ones in, then the record.
      if (previous) queueRemoval(previous);
      for (const { address, rect: r } of queueFoundRemoval(found, titles)) {
        const sheet = sheetOf(address);
        for (const { row, col } of cellsOf(r)) userCells.delete(`${sheet}!${row}:${col}`);
      }
      const guarded = cells.filter((c) => !userCells.has(`${c.sheet}!${c.row}:${c.col}`));
      const plan: GuardPlan = { validations: planGuards(guarded, lang).validations, highlights: planned.highlights };
      const record = toRecord(plan, ids);
      const ops: Op[] = [...plan.validations.map(validationOp), ...plan.highlights.map(highlightOp)];
      ops.push(sizedOp(1, record, () => ctx.workbook.settings.add(GUARDS_KEY, JSON.stringify(record))));
      written = addedSince(record, old);
      for (const batch of packIntoSyncs(ops)) {
        for (const op of batch) op.apply(sheets);
        await ctx.sync();
      }
      const skipped = cells.filter((c) => userCells.has(`${c.sheet}!${c.row}:${c.col}`));
      return {
        guardedCells: guarded.length,
        skippedCells: skipped.map((c) => `${quoteSheet(c.sheet)}!${formatCell(c.row, c.col)}`),
      };
    });
  } catch (e) {
    if (written) await removeQuietly(run, written);
    throw e;
  }
}

/**
 * What `record` guards that `previous` did not. A failed write removes only that: a
 * guard both have was there before this call (a failure before its removal applied
 * leaves it in place, and the previous record still describes it).
 */
function addedSince(record: GuardRecord, previous: GuardRecord | null): GuardRecord {
  if (!previous) return record;
  const key = (sheetId: string, kind: string, address: string, formula: string) => [sheetId, kind, address, formula].join('\n');
  const had = new Set(
    previous.sheets.flatMap((s) => [
      ...s.validations.map((v) => key(s.sheetId, 'v', v.address, v.formula2)),
      ...s.highlights.map((h) => key(s.sheetId, 'h', h.address, h.formula)),
    ]),
  );
  return {
    ...record,
    sheets: record.sheets.map((s) => ({
      ...s,
      validations: s.validations.filter((v) => !had.has(key(s.sheetId, 'v', v.address, v.formula2))),
      highlights: s.highlights.filter((h) => !had.has(key(s.sheetId, 'h', h.address, h.formula))),
    })),
  };
}

async function removeQuietly(run: Runner, record: GuardRecord): Promise<void> {
  try {
    await run(async (ctx) => {
      const all = ctx.workbook.worksheets.load('items/id');
      await ctx.sync();
      const state = queueRecordedLoads(ctx, record, new Set(all.items.map((w) => w.id)));
      await ctx.sync();
      queueRemoval(state);
      await ctx.sync();
    });
  } catch {
    // Excel refuses now too: the original error is the one to report.
  }
}

export async function unguardScores(run: Runner, findCells: boolean): Promise<void> {
  await run(async (ctx) => {
    const item = ctx.workbook.settings.getItemOrNullObject(GUARDS_KEY).load('value');
    const sheets = ctx.workbook.worksheets.load('items/name,items/id,items/protection/protected');
    await ctx.sync();
    if (item.isNullObject) return;
    const record = readRecord(item.value);
    if (record) {
      const recorded = new Set(record.sheets.map((s) => s.sheetId));
      const live = sheets.items.filter((ws) => recorded.has(ws.id));
      assertUnprotected(live);
      const state = queueRecordedLoads(ctx, record, new Set(live.map((ws) => ws.id)), recorded);
      const formats = live.map(queueFormatLoads);
      await ctx.sync();
      const found = queueFoundGuards(formats, findCells);
      if (found.formats.length) await ctx.sync();
      queueRemoval(state);
      queueFoundRemoval(found, titlesOf(record));
    }
    item.delete();
    await ctx.sync();
  });
}

export async function hasGuards(run: Runner): Promise<boolean> {
  return run(async (ctx) => {
    const item = ctx.workbook.settings.getItemOrNullObject(GUARDS_KEY).load('value');
    await ctx.sync();
    const record = item.isNullObject ? null : readRecord(item.value);
    return !!record && record.sheets.some((s) => s.validations.length + s.highlights.length > 0);
  });
}
