// Non-destructiveness of every gateway operation over random workbooks, shared by
// the fast run (test/excel) and the long one (test/slow): each operation changes
// nothing outside its documented write area; one interrupted by a failing sync at
// any step leaves the workbook as it was, and a retry completes as an
// uninterrupted run would.
import fc from 'fast-check';
import { formatCell, parseRange } from '../../src/engine/address';
import { planGuards, scoreCells } from '../../src/engine/guards';
import { mainPlan, tasksOfMonth } from '../../src/engine/plan';
import { checkWorkbook } from '../../src/engine/report';
import { SUMMARY_SHEET_NAME } from '../../src/engine/summary';
import { DEFAULT_PLAN_SETTINGS, buildMonthlyPlanSheet } from '../../src/engine/template';
import { TOTALS_SHEET_NAME } from '../../src/engine/totals-sheet';
import type { CellValue, Report, RowPatch, SheetSpec } from '../../src/engine/types';
import { GatewayError, type GuardResult, type WorkbookGateway } from '../../src/excel/api';
import { createExcelGateway } from '../../src/excel/gateway';
import { GUARDS_KEY } from '../../src/excel/guards';
import {
  createMemoryExcel,
  type MemoryExcel,
  type SheetData,
  type ValidationData,
  type WorkbookData,
} from '../../src/memory-excel';
import { runs } from '../support/arbitraries';
import { randomWorkbook } from './random-workbooks';

interface Live {
  host: MemoryExcel;
  gw: WorkbookGateway;
}

function live(data: WorkbookData): Live {
  const host = createMemoryExcel(data);
  return { host, gw: createExcelGateway(host.excel, () => true) };
}

/** What the pane hands each operation: the report of the workbook as read, and a month's plan sheet. */
interface Input {
  report: Report;
  spec: SheetSpec;
}

async function inputOf(data: WorkbookData, month: number): Promise<Input> {
  const report = checkWorkbook(await live(data).gw.readSnapshots(), { file: 'random.xlsx', lang: 'vi' });
  const plan = mainPlan(report.planSheets);
  const spec = buildMonthlyPlanSheet({
    month,
    year: plan?.year ?? 2024,
    tasks: plan ? tasksOfMonth(plan, month) : [],
    settings: DEFAULT_PLAN_SETTINGS,
  });
  return { report, spec };
}

interface Operation {
  name: string;
  /** Brings the workbook to where the operation starts (unguard starts from a guarded one). */
  setup?(gw: WorkbookGateway, input: Input): Promise<unknown>;
  act(gw: WorkbookGateway, input: Input): Promise<unknown>;
  /** Asserts that only the documented write area changed; `start` is the workbook before setup. */
  expectWithin(before: WorkbookData, after: WorkbookData, result: unknown, input: Input, start: WorkbookData): void;
  /**
   * Writing or removing guards cannot be undone once Excel has applied part of a write sync
   * (Excel rolls nothing back): what such a failure leaves is only part-way between the
   * guarded workbook and the unguarded one (and a retry finishes the job). The guarded
   * workbook is the one before the operation (`'before'`, after its setup) or after it.
   */
  partialFailureLeavesSomeGuards?: 'before' | 'after';
}

const byAddress = (vs: ValidationData[] | undefined) => new Map((vs ?? []).map((v) => [v.address, v]));

/** Guard: only the score cells' validations (cells with a rule of the user's kept and reported) and the planned highlight ranges. */
function expectOnlyGuards(before: WorkbookData, after: WorkbookData, result: unknown, { report }: Input): void {
  const cells = scoreCells(report.criteriaSheets);
  const highlights = planGuards(cells, 'vi').highlights;
  const skipped: string[] = [];
  expect(after.sheets.map((s) => s.name)).toEqual(before.sheets.map((s) => s.name));
  after.sheets.forEach((sheet, i) => {
    const { validations: va, conditionalFormats: ca, ...rest } = sheet;
    const { validations: vb, conditionalFormats: cb, ...restBefore } = before.sheets[i];
    expect(rest).toEqual(restBefore);
    const targets = new Set(cells.filter((c) => c.sheet === sheet.name).map((c) => formatCell(c.row, c.col)));
    const was = byAddress(vb);
    const now = byAddress(va);
    for (const address of new Set([...was.keys(), ...now.keys(), ...targets])) {
      if (!targets.has(address)) expect(now.get(address)).toEqual(was.get(address));
      else if (was.has(address)) {
        expect(now.get(address)).toEqual(was.get(address));
        skipped.push(`${sheet.name}!${address}`);
      } else {
        // A deduction may be written in either sign: its lower bound is the cap negated.
        const penalty = cells.some((c) => c.sheet === sheet.name && formatCell(c.row, c.col) === address && c.kind === 'penalty');
        const formula1 = penalty ? expect.stringMatching(/^=-\$[A-Z]+\$?\d+$/) : 0;
        expect(now.get(address)?.rule).toMatchObject({ type: 'Decimal', operator: 'Between', formula1 });
      }
    }
    // The user's formats all stay; the added ones are exactly the planned highlights, inside the score columns.
    const kept = new Set((cb ?? []).map((c) => c.id));
    expect((ca ?? []).filter((c) => kept.has(c.id))).toEqual(cb ?? []);
    const added = (ca ?? []).filter((c) => !kept.has(c.id));
    const planned = highlights.filter((h) => h.sheet === sheet.name);
    expect(added.map((c) => [c.address, c.formula])).toEqual(planned.map((h) => [h.address, h.formula]));
    for (const c of added) {
      const r = parseRange(c.address)!;
      // One per run of a column's score cells of one kind (base, bonus, penalty): from one of them to the last of the run.
      const column = cells.filter((s) => s.sheet === sheet.name && s.col === r.left);
      const ends = column.filter((s) => s.row === r.top || s.row === r.bottom);
      const inside = column.filter((s) => s.row >= r.top && s.row <= r.bottom);
      expect(r.left).toBe(r.right);
      expect(ends.length).toBeGreaterThan(0);
      expect(new Set(inside.map((s) => s.kind))).toEqual(new Set([ends[0].kind]));
    }
  });
  expect(
    (result as GuardResult).skippedCells
      .map((a) => a.replace(/^'?(.*?)'?!/, (_m, s: string) => `${s.replace(/''/g, "'")}!`))
      .sort(),
  ).toEqual(skipped.sort());
  expect((result as GuardResult).guardedCells).toBe(cells.length - skipped.length);
  expect(after.settings).toEqual({ ...before.settings, [GUARDS_KEY]: expect.any(String) });
  expect([after.activeSheet, after.selection]).toEqual([before.activeSheet, before.selection]);
}

/** Writing a sheet: one new sheet, named `base` when free and else a name no sheet has in any case; nothing else but which sheet is active. */
function expectOnlyNewSheet(base: string) {
  return (before: WorkbookData, after: WorkbookData, result: unknown): void => {
    const name = result as string;
    const taken = before.sheets.map((s) => s.name.toLocaleLowerCase());
    if (!taken.includes(base.toLocaleLowerCase())) expect(name).toBe(base);
    else expect(name).toMatch(/ \(\d+\)$/);
    expect(taken).not.toContain(name.toLocaleLowerCase());
    expect(after.sheets.map((s) => s.name)).toEqual([...before.sheets.map((s) => s.name), name]);
    expect(after.sheets.slice(0, -1)).toEqual(before.sheets);
    expect(after.settings).toEqual(before.settings);
    expect(after.activeSheet).toBe(name);
    expect(after.selection).toEqual(before.selection);
  };
}

const OPERATIONS: Operation[] = [
  {
    name: 'check',
    act: (gw) => gw.readSnapshots(),
    expectWithin: (before, after) => expect(after).toEqual(before),
  },
  {
    name: 'guard',
    act: (gw, { report }) => gw.guardScores(report.criteriaSheets),
    expectWithin: expectOnlyGuards,
    partialFailureLeavesSomeGuards: 'after',
  },
  {
    name: 'unguard',
    setup: (gw, { report }) => gw.guardScores(report.criteriaSheets),
    act: (gw) => gw.unguardScores(),
    expectWithin: (_before, after, _result, _input, start) => expect(after).toEqual(start),
    partialFailureLeavesSomeGuards: 'before',
  },
  {
    name: 'guard again',
    setup: (gw, { report }) => gw.guardScores(report.criteriaSheets),
    act: (gw, { report }) => gw.guardScores(report.criteriaSheets),
    expectWithin: (before, after, result, input, start) => {
      expect(withoutIds(after)).toEqual(withoutIds(before));
      expectOnlyGuards(start, after, result, input);
    },
    partialFailureLeavesSomeGuards: 'before',
  },
  {
    name: 'writeTotals',
    act: (gw, { report }) => gw.writeTotals(report),
    expectWithin: (before, after, result) => expectOnlyNewSheet(TOTALS_SHEET_NAME)(before, after, result),
  },
  {
    name: 'writeSummary',
    act: async (gw, { report }) => (await gw.writeSummary(report, { date: { day: 1, month: 4, year: 2025 } })).sheet,
    expectWithin: (before, after, result) => expectOnlyNewSheet(SUMMARY_SHEET_NAME)(before, after, result),
  },
  {
    name: 'insertPlan',
    act: (gw, { spec }) => gw.insertSheet(spec),
    expectWithin: (before, after, result, { spec }) => expectOnlyNewSheet(spec.name)(before, after, result),
  },
];

async function started(data: WorkbookData, op: Operation, input: Input): Promise<Live & { start: WorkbookData }> {
  const l = live(data);
  const start = l.host.snapshotModel();
  await op.setup?.(l.gw, input);
  return { ...l, start };
}

/** Ids Excel assigns anew (sheet ids, conditional format ids) differ between a retried and a clean run. */
function withoutIds(data: WorkbookData): WorkbookData {
  return {
    ...data,
    sheets: data.sheets.map(({ id: _id, ...s }): SheetData => ({
      ...s,
      conditionalFormats: s.conditionalFormats?.map(({ id: _cf, ...cf }) => cf),
    })),
  };
}

/**
 * A guard's validation whose write stopped partway (cleared, its rule set, its texts not yet):
 * it still refuses what the guard refuses, and a retry completes it.
 */
function halfWritten(v: ValidationData | undefined): ValidationData[] {
  if (!v) return [];
  const blankAlert = { showAlert: true, style: 'Stop' as const, title: '', message: '' };
  const blankPrompt = { showPrompt: false, title: '', message: '' };
  return [
    { ...v, errorAlert: blankAlert, prompt: blankPrompt },
    { ...v, prompt: blankPrompt },
  ];
}

/** Every validation as it was either in `guarded` or in `unguarded`, every format one of `guarded`'s, all else as in `guarded`. */
function expectBetween(unguarded: WorkbookData, guarded: WorkbookData, now: WorkbookData): void {
  expect(now.sheets.map((s) => s.name)).toEqual(guarded.sheets.map((s) => s.name));
  now.sheets.forEach((sheet, i) => {
    const { validations: vn, conditionalFormats: cn, ...rest } = sheet;
    const { validations: vg, conditionalFormats: cg, ...restGuarded } = guarded.sheets[i];
    expect(rest).toEqual(restGuarded);
    const [g, u] = [byAddress(vg), byAddress(unguarded.sheets[i].validations)];
    for (const [address, v] of byAddress(vn))
      expect([g.get(address), u.get(address), ...halfWritten(g.get(address))]).toContainEqual(v);
    // A format removed and written again comes back under a new id; one whose write stopped
    // partway has its range, then its rule, then its fill, and not yet the rest.
    const formats = (cg ?? []).flatMap(({ id: _g, ...c }) => [
      c,
      { address: c.address, formula: '' },
      { address: c.address, formula: c.formula },
      { address: c.address, formula: c.formula, fill: c.fill },
    ]);
    for (const { id: _id, ...cf } of cn ?? []) expect(formats).toContainEqual(cf);
  });
  expect([guarded.settings, unguarded.settings]).toContainEqual(now.settings);
}

/** Runs `check`, naming `where` in its failure. */
function at(where: string, check: () => void): void {
  try {
    check();
  } catch (e) {
    throw new Error(`${where}: ${(e as Error).message}`, { cause: e });
  }
}

async function expectWithinWriteArea(data: WorkbookData, input: Input): Promise<void> {
  for (const op of OPERATIONS) {
    const { host, gw, start } = await started(data, op, input);
    const before = host.snapshotModel();
    const result = await op.act(gw, input);
    at(op.name, () => op.expectWithin(before, host.snapshotModel(), result, input, start));
  }
}

/**
 * For each sync k of the operation's clean run: that sync fails (after `fraction` of its
 * commands were applied, when `partial`); the workbook must be as before, and a retry
 * must give the clean run's result and workbook.
 */
async function expectInterruptionsHarmless(data: WorkbookData, input: Input, fraction: number, partial: boolean): Promise<void> {
  for (const op of OPERATIONS) {
    const clean = await started(data, op, input);
    clean.host.resetStats();
    const expected = await op.act(clean.gw, input);
    const log = clean.host.requestLog.map((r) => r.commands);
    const cleanAfter = clean.host.snapshotModel();
    const expectedAfter = withoutIds(cleanAfter);
    for (let k = 1; k <= log.length; k++) {
      const { host, gw, start } = await started(data, op, input);
      const before = host.snapshotModel();
      const afterCommands = partial ? Math.floor(fraction * log[k - 1]) : 0;
      host.failSyncAt(k, { afterCommands });
      const where = `${op.name}, sync ${k} of ${log.length} failing after ${afterCommands} commands`;
      const error = await op.act(gw, input).then(
        () => null,
        (e: unknown) => e,
      );
      const failed = host.snapshotModel();
      at(where, () => {
        expect(error).toBeInstanceOf(GatewayError);
        const guarded = op.partialFailureLeavesSomeGuards === 'after' ? cleanAfter : before;
        if (afterCommands > 0 && op.partialFailureLeavesSomeGuards) expectBetween(start, guarded, failed);
        else expect(failed).toEqual(before);
      });
      const result = await op.act(gw, input);
      at(`${where}, then retried`, () => {
        expect(result).toEqual(expected);
        expect(withoutIds(host.snapshotModel())).toEqual(expectedAfter);
      });
    }
  }
}

interface Edit {
  sheet: number;
  row: number;
  col: number;
  value: CellValue;
}

const edit: fc.Arbitrary<Edit> = fc.record({
  sheet: fc.nat(),
  row: fc.integer({ min: 1, max: 35 }),
  col: fc.integer({ min: 1, max: 11 }),
  value: fc.oneof(fc.integer({ min: -5, max: 60 }), fc.constantFrom<CellValue>('4,5', 'đạt', '', null, '=1+1')),
});

/**
 * A live edit while every sheet is watched (failing at the given syncs of its
 * re-read): the gateway writes nothing (the workbook equals a twin that got the
 * same edit unwatched); a failed re-read is reported and the next edit is read.
 */
async function expectLiveEditWritesNothing(data: WorkbookData, edits: Edit[], failAt: number | null): Promise<void> {
  const watched = live(data);
  const twin = createMemoryExcel(data);
  await watched.gw.readSnapshots();
  const patches: RowPatch[] = [];
  const errors: GatewayError[] = [];
  const stop = await watched.gw.watch(
    data.sheets.map((s) => s.name),
    (p) => patches.push(p),
    (e) => errors.push(e),
  );
  for (const [i, e] of edits.entries()) {
    const sheet = data.sheets[e.sheet % data.sheets.length].name;
    const address = formatCell(e.row, e.col);
    if (i === 0 && failAt !== null) watched.host.failSyncAt(failAt);
    const seen = patches.length;
    await watched.host.edit(sheet, address, e.value);
    await twin.edit(sheet, address, e.value);
    if (i === 0 && failAt !== null) {
      expect(errors).toHaveLength(1);
      expect(errors[0].code).toEqual(expect.any(String));
    } else expect(patches.length).toBeGreaterThan(seen);
    expect(watched.host.snapshotModel()).toEqual(twin.snapshotModel());
  }
  expect(errors.length).toBe(failAt === null ? 0 : 1);
  await stop();
  expect(watched.host.eventHandlerCount).toBe(0);
}

export interface SuiteOptions {
  /** Random workbooks for the write-area property. */
  cases: number;
  /** Random workbooks for each interruption property (every op × every sync of it). */
  interruptedCases: number;
  seed: number;
  timeoutMs: number;
}

const month = fc.constantFrom(4, 4, 1, 12);

export function nonDestructiveSuite(o: SuiteOptions): void {
  describe('every gateway operation over random workbooks', () => {
    it(
      'changes nothing outside its write area (check, guard, unguard, totals, summary, plan)',
      () =>
        fc.assert(
          fc.asyncProperty(randomWorkbook, month, async (data, m) => expectWithinWriteArea(data, await inputOf(data, m))),
          runs(o.cases, o.seed),
        ),
      o.timeoutMs,
    );

    it(
      'a live edit, even one whose re-read fails, leaves the workbook as the user made it',
      () =>
        fc.assert(
          fc.asyncProperty(
            randomWorkbook,
            fc.array(edit, { minLength: 1, maxLength: 3 }),
            // A one-cell edit is re-read in one sync.
            fc.constantFrom(null, 1),
            (data, edits, failAt) => expectLiveEditWritesNothing(data, failAt === null ? edits : [...edits, edits[0]], failAt),
          ),
          runs(o.cases, o.seed + 1),
        ),
      o.timeoutMs,
    );

    it(
      'a failing sync at any step leaves the workbook as it was, and a retry completes',
      () =>
        fc.assert(
          fc.asyncProperty(randomWorkbook, month, async (data, m) =>
            expectInterruptionsHarmless(data, await inputOf(data, m), 0, false),
          ),
          runs(o.interruptedCases, o.seed + 2),
        ),
      o.timeoutMs,
    );

    it(
      'so does a sync Excel stops partway through (a prefix of its commands applied)',
      () =>
        fc.assert(
          fc.asyncProperty(
            randomWorkbook,
            month,
            fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
            async (data, m, fraction) => expectInterruptionsHarmless(data, await inputOf(data, m), fraction, true),
          ),
          runs(o.interruptedCases, o.seed + 3),
        ),
      o.timeoutMs,
    );
  });
}
