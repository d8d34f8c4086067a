// Real Excel's behaviours the in-memory host models (issue #13), each tried through
// the gateway: every test here failed on the gateway before it learnt them.
import type { GatewayError } from '../../src/excel/api';
import { createExcelGateway, type Requirements } from '../../src/excel/gateway';
import { formatCell } from '../../src/engine/address';
import { createMemoryExcel, type CellData, type MemoryContext, type MemoryExcel } from '../../src/memory-excel';
import type { RowPatch } from '../../src/engine/types';
import { planGuards, scoreCells, withinExcelLimits } from '../../src/engine/guards';
import { PaneController } from '../../src/taskpane/controller';
import { engine } from '../../src/taskpane/engine';
import { criteriaWorkbook, SHEET } from './fixtures';

const ALL_SETS = () => true;
/** An Excel before ExcelApi 1.11: no delayForCellEdit, a batch in edit mode fails. */
const BEFORE_1_11 = (_set: string, v: string) => v !== '1.11';

function setup(rows = 20, requirements: Requirements = ALL_SETS) {
  const fx = criteriaWorkbook(rows);
  const host = createMemoryExcel(fx.data);
  return { host, fx, gw: createExcelGateway(host.excel, requirements) };
}

async function failure(p: Promise<unknown>): Promise<GatewayError> {
  return p.then(
    () => {
      throw new Error('expected a failure');
    },
    (e: GatewayError) => e,
  );
}

async function syncsOf(host: MemoryExcel, fn: () => Promise<unknown>): Promise<number> {
  host.resetStats();
  await fn();
  return host.syncCount;
}

describe('errors by code, never by message', () => {
  it('the host speaks Vietnamese, as a Vietnamese Excel does', async () => {
    const { host } = setup();
    host.setProtected(SHEET);
    const e = await host
      .run(async (ctx) => {
        ctx.workbook.worksheets.getItem(SHEET).getRange('F9').values = [[1]];
        await ctx.sync();
      })
      .catch((err: Error & { code: string }) => err);
    expect(e).toMatchObject({ code: 'AccessDenied', message: expect.stringMatching(/trang tính được bảo vệ/) });
  });

  it.each([
    ['InvalidOperationInCellEditMode', 'EDIT_MODE'],
    ['InvalidOperation', 'REFUSED'],
    ['AccessDenied', 'PROTECTED'],
    ['ItemNotFound', 'SHEET_GONE'],
    ['GeneralException', 'EXCEL_FAILED'],
    ['ResponsePayloadSizeLimitExceeded', 'TOO_LARGE'],
  ] as const)('%s is %s', async (code, expected) => {
    const { host, gw } = setup(10, BEFORE_1_11);
    host.failNextSync(1, { code, message: 'Lỗi (không có chữ tiếng Anh nào để đoán)' });
    expect(await failure(gw.readSnapshots())).toMatchObject({ code: expected });
  });

  it('a batch sent in cell edit mode waits for the edit to end where Excel allows it (delayForCellEdit)', async () => {
    const { host, gw } = setup(10);
    host.setEditMode(true);
    let done = false;
    const read = gw.readSnapshots().then((s) => ((done = true), s));
    await new Promise((r) => setTimeout(r, 30));
    expect(done).toBe(false);
    host.setEditMode(false);
    expect((await read)[0].name).toBe(SHEET);
  });

  it('without ExcelApi 1.11 it fails as edit mode, named by its code', async () => {
    const { host, gw } = setup(10, BEFORE_1_11);
    host.setEditMode(true);
    expect(await failure(gw.readSnapshots())).toMatchObject({ code: 'EDIT_MODE' });
  });
});

/** A sheet with `perRow` two-cell merges in each of `rows` rows (A1:B1, C1:D1, …), each with a value. */
function mergedSheet(rows: number, perRow: number, step = 1) {
  const cells: Record<string, CellData> = {};
  const merges: string[] = [];
  for (let r = 1; r <= rows; r += step) {
    for (let m = 0; m < perRow; m++) {
      const a = formatCell(r, 2 * m + 1);
      cells[a] = { value: `ô ${r}.${m}` };
      merges.push(`${a}:${formatCell(r + step - 1, 2 * m + 2)}`);
    }
  }
  return { name: 'Gộp', cells, merges };
}

describe('merged areas: at most 512 a call, each from the block holding its top-left cell', () => {
  it('the host returns at most 512, and only those starting inside the range', async () => {
    const host = createMemoryExcel({ sheets: [mergedSheet(700, 1)] });
    await host.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('Gộp');
      const all = ws.getRange().getMergedAreasOrNullObject().load('areaCount');
      const inner = ws.getRange('A2:B3').getMergedAreasOrNullObject();
      inner.areas.load('items/address');
      await ctx.sync();
      expect(all.areaCount).toBe(512);
      expect(inner.areas.items.map((a) => a.address)).toEqual(["'Gộp'!A2:B2", "'Gộp'!A3:B3"]);
    });
  });

  it.each([
    ['1,000 merges down the sheet, 2 syncs', 2000, 1, 2, 2],
    ['5 merges a row over 300 rows: full blocks are split, one more sync', 300, 5, 1, 3],
  ])('reads every merge of %s', async (_what, rows, perRow, step, syncs) => {
    const sheet = mergedSheet(rows, perRow, step);
    const host = createMemoryExcel({ sheets: [sheet] });
    const gw = createExcelGateway(host.excel, ALL_SETS);
    host.resetStats();
    const [snap] = await gw.readSnapshots();
    expect(host.syncCount).toBe(syncs);
    expect([...snap.merges!].sort()).toEqual([...sheet.merges].sort());
    expect(snap.mergesUnread).toBeUndefined();
  });

  it('a sheet whose merges cannot be read (600 in one row) is read without them, and says so', async () => {
    const host = createMemoryExcel({ sheets: [mergedSheet(1, 600), criteriaWorkbook(20).data.sheets[0]] });
    const gw = createExcelGateway(host.excel, ALL_SETS);
    const [wide, criteria] = await gw.readSnapshots();
    expect(wide).toMatchObject({ merges: [], mergesUnread: true });
    expect(wide.values[0]).toHaveLength(1199);
    expect(criteria.mergesUnread).toBeUndefined();
    expect(criteria.merges).toContain('A9:A17');
  });
});

describe('text is not a formula', () => {
  it('a text cell reading "=SUM(A1)" comes back as text; a formula as a formula', async () => {
    const host = createMemoryExcel({
      sheets: [
        {
          name: 'KH',
          cells: { A1: { value: 2 }, B1: { value: '=SUM(A1)', numberFormat: '@' }, C1: { formula: '=SUM(A1)' } },
        },
      ],
    });
    const [snap] = await createExcelGateway(host.excel, ALL_SETS).readSnapshots();
    expect(snap.values[0]).toEqual([2, '=SUM(A1)', 2]);
    expect(snap.formulas![0]).toEqual([null, null, '=SUM(A1)']);
  });
});

describe('the pane says when merges could not be read', () => {
  it('warns naming the sheet, and still checks the others', async () => {
    const host = createMemoryExcel({ sheets: [mergedSheet(1, 600), criteriaWorkbook(20).data.sheets[0]] });
    const controller = new PaneController(createExcelGateway(host.excel, ALL_SETS), { lang: 'vi', engine });
    await controller.refresh();
    expect(controller.getState().notice).toEqual({ intent: 'warning', key: 'mergesUnread', params: { sheets: 'Gộp' } });
    expect(controller.getState().report?.criteriaSheets.map((s) => s.sheet)).toEqual([SHEET]);
    await controller.dispose();
  });
});

describe('inserting and deleting rows and columns, as Excel does', () => {
  it('moves values, formulas (other sheets too), merges, validation and conditional formats, and fires RowInserted "12:13"', async () => {
    const { host } = setup(20);
    host.addSheet('Tham chiếu');
    await host.edit('Tham chiếu', 'A1', `='${SHEET}'!F18`);
    await host.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem(SHEET).getRange('F9:F17');
      r.dataValidation.rule = { decimal: { formula1: 0, formula2: '=$E9', operator: 'Between' } };
      r.conditionalFormats.add('Custom').custom.rule.formula = '=F9>$E9';
      await ctx.sync();
    });
    const events: unknown[] = [];
    await host.run(async (ctx) => {
      ctx.workbook.worksheets.getItem(SHEET).onChanged.add((e) => void events.push(e));
      await ctx.sync();
    });
    await host.changeRows(SHEET, 12, 2);
    expect(events).toEqual([expect.objectContaining({ changeType: 'RowInserted', address: '12:13' })]);
    expect(host.cell(SHEET, 'C14')?.value).toBe('Tiêu chí 4');
    expect(host.cell(SHEET, 'F20')?.formula).toBe('=SUM(F9:F19)');
    expect(host.cell('Tham chiếu', 'A1')).toMatchObject({ formula: `='${SHEET}'!F20`, value: 36 });
    expect(host.snapshotModel().sheets[0].merges).toContain('A9:A19');
    const sheet = host.snapshotModel().sheets[0];
    expect(sheet.conditionalFormats).toEqual([expect.objectContaining({ address: 'F9:F19', formula: '=F9>$E9' })]);
    // The rule over the insertion covers the new rows; its cap reference moved with the row below.
    expect((await host.typeInto(SHEET, 'F12', '99')).accepted).toBe(false);
    expect((await host.typeInto(SHEET, 'F19', '5')).accepted).toBe(true);
    expect((await host.typeInto(SHEET, 'F19', '11')).accepted).toBe(false);
  });

  it('deletes: a formula over deleted cells shrinks, one naming only them is #REF!, ColumnDeleted "D:D"', async () => {
    const { host } = setup(20);
    await host.edit(SHEET, 'J1', '=F9');
    await host.changeRows(SHEET, 9, -1);
    expect(host.cell(SHEET, 'F17')?.formula).toBe('=SUM(F9:F16)');
    expect(host.cell(SHEET, 'J1')?.formula).toBe('=#REF!');
    const events: unknown[] = [];
    await host.run(async (ctx) => {
      ctx.workbook.worksheets.onChanged.add((e) => void events.push(e));
      await ctx.sync();
    });
    await host.changeColumns(SHEET, 'D', -1);
    expect(events).toEqual([expect.objectContaining({ changeType: 'ColumnDeleted', address: 'D:D' })]);
    // The caps (E) and self scores (F) are now D and E, their totals with them.
    expect([host.cell(SHEET, 'D17')?.formula, host.cell(SHEET, 'E17')?.formula]).toEqual(['=SUM(D9:D16)', '=SUM(E9:E16)']);
  });
});

describe('guards found by what they are, wherever rows moved them', () => {
  it('Gỡ bảo vệ removes guards moved by inserted and deleted rows; the workbook is as before guarding, moved', async () => {
    const { host, gw, fx } = setup(20);
    await gw.guardScores([fx.criteria]);
    await host.changeRows(SHEET, 3, 2);
    await host.changeRows(SHEET, 14, 1);
    const unguardedReference = createMemoryExcel(fx.data);
    await unguardedReference.changeRows(SHEET, 3, 2);
    await unguardedReference.changeRows(SHEET, 14, 1);
    await gw.unguardScores();
    const sheet = (h: MemoryExcel) => h.snapshotModel().sheets.find((s) => s.name === SHEET)!;
    expect(sheet(host).validations).toEqual(sheet(unguardedReference).validations);
    expect(sheet(host).conditionalFormats).toEqual([]);
    expect((await host.typeInto(SHEET, 'F12', '99')).accepted).toBe(true);
  });

  it('Bảo vệ điểm after rows moved the guards replaces them (no second format), and counts their cells as ours', async () => {
    const { host, gw, fx } = setup(20);
    await gw.guardScores([fx.criteria]);
    await host.changeRows(SHEET, 3, 2);
    const [snap] = await gw.readSnapshots();
    const { checkWorkbook } = engine;
    const moved = checkWorkbook([snap], { file: 't.xlsx', lang: 'vi' }).criteriaSheets;
    const result = await gw.guardScores(moved);
    expect(result.skippedCells).toEqual([]);
    const sheet = host.snapshotModel().sheets.find((s) => s.name === SHEET)!;
    expect(sheet.conditionalFormats!.map((c) => c.address)).toEqual(['F11:F32', 'G11:G32']);
    expect((await host.typeInto(SHEET, 'F11', '99')).accepted).toBe(false);
  });

  it("clears a range's validation before setting the rule (Excel on the web refuses a rule over a range partly holding one)", async () => {
    const { host, gw, fx } = setup(20);
    await gw.guardScores([fx.criteria]);
    // One more criterion row inside the first group: its rule is the group's, grown; the guard's new range partly has ours.
    await host.run(async (ctx) => {
      ctx.workbook.worksheets.getItem(SHEET).getRange('F12').dataValidation.clear();
      await ctx.sync();
    });
    await expect(gw.guardScores([fx.criteria])).resolves.toMatchObject({ skippedCells: [] });
    expect((await host.typeInto(SHEET, 'F12', '99')).accepted).toBe(false);
  });
});

describe('Excel refuses what it would refuse', () => {
  const rule = { decimal: { formula1: 0, formula2: 5, operator: 'Between' } };
  it('a rule over a range partly holding one, and an input message past 32/255 characters', async () => {
    const { host } = setup(10);
    const code = (batch: (ctx: MemoryContext) => Promise<void>) =>
      host.run(batch).then(
        () => 'ok',
        (e: { code: string }) => e.code,
      );
    await host.run(async (ctx) => {
      ctx.workbook.worksheets.getItem(SHEET).getRange('F9').dataValidation.rule = rule;
      await ctx.sync();
    });
    expect(
      await code(async (ctx) => {
        ctx.workbook.worksheets.getItem(SHEET).getRange('F9:F10').dataValidation.rule = rule;
        await ctx.sync();
      }),
    ).toBe('InvalidOperation');
    const prompt = (title: string, message: string) =>
      code(async (ctx) => {
        ctx.workbook.worksheets.getItem(SHEET).getRange('F9').dataValidation.prompt = { showPrompt: true, title, message };
        await ctx.sync();
      });
    expect(await prompt('x'.repeat(32), 'y'.repeat(255))).toBe('ok');
    expect(await prompt('x'.repeat(33), 'y')).toBe('InvalidArgument');
    expect(await prompt('x', 'y'.repeat(256))).toBe('InvalidArgument');
  });
});

describe('live edits', () => {
  async function watching(host: MemoryExcel, sheets: string[]) {
    const gw = createExcelGateway(host.excel, ALL_SETS);
    await gw.readSnapshots();
    const patches: RowPatch[] = [];
    const stop = await gw.watch(
      sheets,
      (p) => patches.push(p),
      () => undefined,
    );
    return { gw, patches, stop };
  }

  it('re-reads a one-cell edit, its row and the group total in 1 sync', async () => {
    const { host } = setup(100);
    const { patches, stop } = await watching(host, [SHEET]);
    expect(await syncsOf(host, () => host.edit(SHEET, 'F10', 1))).toBe(1);
    expect(patches.map((p) => p.startRow)).toEqual([10, 18]);
    await stop();
  });

  it('a whole-column edit on an empty sheet asks for nothing past the used range (not 1,048,576 rows)', async () => {
    const host = createMemoryExcel({ sheets: [{ name: 'Trống' }] });
    const { patches, stop } = await watching(host, ['Trống']);
    host.resetStats();
    await host.edit('Trống', 'F:F', null);
    expect(host.maxResponseBytes).toBeLessThan(1000);
    expect(patches).toEqual([]);
    await stop();
  });

  it('a whole column cleared is re-read clamped to the used rows', async () => {
    const { host, fx } = setup(300);
    const { patches, stop } = await watching(host, [SHEET]);
    host.resetStats();
    await host.edit(SHEET, 'F:F', null);
    const read = patches.reduce((n, p) => n + p.values.length, 0);
    expect(read).toBeLessThanOrEqual(fx.lastRow + 1);
    expect(host.maxResponseBytes).toBeLessThan(5 * 1024 * 1024);
    await stop();
  }, 30_000);
});

describe('edits onChanged does not report', () => {
  async function pane(host: MemoryExcel) {
    let now = new Date(2026, 0, 5, 9, 0);
    const controller = new PaneController(createExcelGateway(host.excel, ALL_SETS), {
      lang: 'vi',
      engine,
      now: () => now,
    });
    await controller.start();
    return { controller, later: (minutes: number) => (now = new Date(now.getTime() + minutes * 60_000)) };
  }
  const selfTotal = (c: PaneController) => c.getState().report?.criteriaSheets[0]?.sections[0].selfTotal;

  it('a paste from another sheet (no event) is caught when the workbook is activated, and the time of the check shown', async () => {
    const { host } = setup(20);
    const { controller, later } = await pane(host);
    const before = selfTotal(controller)!;
    later(5);
    await host.edit(SHEET, 'F9', 0, { fires: false });
    expect(selfTotal(controller)).toBe(before);
    await host.activate();
    await new Promise((r) => setTimeout(r, 50));
    expect(selfTotal(controller)).toBe(before - 4);
    expect(controller.getState().checkedAt).toEqual(new Date(2026, 0, 5, 9, 5));
    await controller.dispose();
  });

  it('regaining focus with nothing changed costs 2 small syncs and no full read', async () => {
    const { host } = setup(2000);
    const { controller, later } = await pane(host);
    later(1);
    host.resetStats();
    await controller.revalidate();
    expect(host.syncCount).toBe(2);
    expect(host.maxResponseBytes).toBeLessThan(2000);
    expect(controller.getState().checkedAt).toEqual(new Date(2026, 0, 5, 9, 1));
    await controller.dispose();
  });
});

describe('the 5,000,000-cell read limit', () => {
  // The check reading such a sheet in chunks is in test/slow/real-excel-limits.test.ts.
  it('the host refuses a read of more cells at once', async () => {
    const host = createMemoryExcel({ sheets: [{ name: 'Rộng', cells: { A1: { value: 'đầu' }, E1048576: { value: 'cuối' } } }] });
    const code = await host
      .run(async (ctx) => {
        ctx.workbook.worksheets.getItem('Rộng').getRange('A1:E1048576').load('values');
        await ctx.sync();
      })
      .catch((e: { code: string }) => e.code);
    expect(code).toBe('InvalidOperation');
  });
});

describe("a guard's texts within Excel's limits", () => {
  it('a prompt or alert longer than Excel takes is shortened before writing (the host, as Excel, refuses longer)', async () => {
    const long = 'Nhập điểm từ 0 đến điểm chuẩn của tiêu chí này; '.repeat(8);
    const [v] = planGuards(scoreCells([criteriaWorkbook(3).criteria]), 'vi').validations;
    const clipped = withinExcelLimits({ ...v, promptTitle: long, promptMessage: long, errorTitle: long, errorMessage: long });
    expect([clipped.promptTitle, clipped.promptMessage, clipped.errorTitle, clipped.errorMessage].map((t) => t.length)).toEqual([
      32, 255, 32, 225,
    ]);
    expect(clipped.promptMessage.endsWith('…')).toBe(true);
    expect(withinExcelLimits(v)).toEqual(v);
    const { host } = setup(3);
    const alert = (message: string) =>
      host
        .run(async (ctx) => {
          ctx.workbook.worksheets.getItem(SHEET).getRange('F9').dataValidation.errorAlert = {
            showAlert: true,
            title: 'x',
            message,
          };
          await ctx.sync();
        })
        .then(
          () => 'ok',
          (e: { code: string }) => e.code,
        );
    expect([await alert(clipped.errorMessage), await alert(long)]).toEqual(['ok', 'InvalidArgument']);
  });
});
