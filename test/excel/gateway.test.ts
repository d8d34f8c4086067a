// The gateway over the in-memory host: sync budgets, non-destructiveness, live
// edits, faults.
import { GatewayError, type WorkbookGateway } from '../../src/excel/api';
import { createExcelGateway } from '../../src/excel/gateway';
import { GUARDS_KEY } from '../../src/excel/guards';
import { applyRowPatch } from '../../src/engine/patch';
import type { CellValue, Report, RowPatch, SheetSnapshot, SheetSpec } from '../../src/engine/types';
import { createMemoryExcel, type MemoryExcel, type WorkbookData } from '../../src/memory-excel';
import { criteriaWorkbook, SHEET } from './fixtures';

const ALL_SETS = () => true;

function setup(
  rows = 20,
  edit?: (d: WorkbookData) => void,
): { host: MemoryExcel; gw: WorkbookGateway; fx: ReturnType<typeof criteriaWorkbook> } {
  const fx = criteriaWorkbook(rows);
  edit?.(fx.data);
  const host = createMemoryExcel(fx.data);
  return { host, gw: createExcelGateway(host.excel, ALL_SETS), fx };
}

function report(fx: ReturnType<typeof criteriaWorkbook>): Report {
  return {
    file: 'test.xlsx',
    criteriaSheets: [fx.criteria],
    planSheets: [],
    issues: [],
    summary: { errors: 0, warnings: 0, infos: 0 },
    rules: null,
  };
}

/** Rows padded to one width: ragged rows mean blank cells, so compare the dense form. */
function dense(s: SheetSnapshot): SheetSnapshot {
  const width = Math.max(0, ...s.values.map((r) => r.length));
  const pad = <T>(rows: T[][] | undefined, fill: T): T[][] =>
    (rows ?? []).map((r) => [...r, ...new Array<T>(width - r.length).fill(fill)]);
  return { ...s, values: pad(s.values, '' as CellValue), formulas: pad(s.formulas, null) };
}

async function syncsOf(host: MemoryExcel, op: () => Promise<unknown>): Promise<number> {
  host.resetStats();
  await op();
  return host.syncCount;
}

async function gatewayCode(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    if (e instanceof GatewayError) return e.code;
    throw e;
  }
  return 'no error';
}

/** Watches the criteria sheet; resolves with the next patch. */
async function watchOnce(gw: WorkbookGateway) {
  const patches: RowPatch[] = [];
  const errors: GatewayError[] = [];
  const stop = await gw.watch(
    [SHEET],
    (p) => patches.push(p),
    (e) => errors.push(e),
  );
  return { patches, errors, stop };
}

describe('sync budgets', () => {
  async function budgets(rows: number) {
    const { host, gw, fx } = setup(rows);
    const counts: Record<string, number> = {};
    counts.check = await syncsOf(host, () => gw.readSnapshots());
    counts.guard = await syncsOf(host, () => gw.guardScores([fx.criteria]));
    counts.unguard = await syncsOf(host, () => gw.unguardScores());
    counts.writeTotals = await syncsOf(host, () => gw.writeTotals(report(fx)));
    counts.select = await syncsOf(host, () => gw.selectCell(SHEET, 'F12'));
    const { patches, stop } = await watchOnce(gw);
    counts.liveEdit = await syncsOf(host, () => host.edit(SHEET, 'F10', 1));
    await stop();
    // The edited row, then its group's "Cộng" row.
    expect(patches.map((p) => p.startRow)).toEqual([10, 18]);
    return counts;
  }

  it('is the same at 100 and 10,000 criteria rows, within the limits', async () => {
    const small = await budgets(100);
    const large = await budgets(10_000);
    expect(large).toEqual(small);
    // The sheet names, then everything in one request.
    expect(small.check).toBe(2);
    expect(small.guard).toBeLessThanOrEqual(3);
    // Record; recorded rules and the sheets' formats; where our formats are now; removal.
    expect(small.unguard).toBeLessThanOrEqual(4);
    expect(small.writeTotals).toBeLessThanOrEqual(3);
    expect(small.select).toBe(1);
    // The edited rows and their dependents, with the sheet's name, in one request.
    expect(small.liveEdit).toBe(1);
  }, 60_000);
});

describe('guards', () => {
  it('installs validation and highlights on the score cells only, and unguard restores the workbook exactly', async () => {
    const { host, gw, fx } = setup(30);
    const before = host.snapshotModel();
    const result = await gw.guardScores([fx.criteria]);
    expect(result).toEqual({ guardedCells: 60, skippedCells: [] });
    expect(await gw.hasGuards()).toBe(true);

    const guarded = host.snapshotModel();
    const sheet = guarded.sheets[0];
    expect(sheet.cells).toEqual(before.sheets[0].cells);
    expect(guarded.sheets[1]).toEqual(before.sheets[1]);
    const scoreCells = new Set(
      fx.criteria.sections[0].groups.flatMap((g) => g.criteria.flatMap((c) => [c.selfCell, c.appraisedCell])),
    );
    expect(new Set(sheet.validations!.map((v) => v.address))).toEqual(scoreCells);
    expect(sheet.validations!.find((v) => v.address === 'F10')).toMatchObject({
      rule: { type: 'Decimal', operator: 'Between', formula1: 0, formula2: '=$E10' },
      errorAlert: { style: 'Stop', showAlert: true },
    });
    expect(sheet.conditionalFormats!.map((c) => c.address)).toEqual(['F9:F41', 'G9:G41']);
    expect(Object.keys(guarded.settings!)).toEqual([GUARDS_KEY]);

    await gw.unguardScores();
    expect(host.snapshotModel()).toEqual(before);
    expect(await gw.hasGuards()).toBe(false);
  });

  it('lets Excel itself refuse a score over the cap and mark one stored as text', async () => {
    const { host, gw, fx } = setup(9);
    await gw.guardScores([fx.criteria]);
    expect((await host.typeInto(SHEET, 'F9', '6')).accepted).toBe(false);
    expect((await host.typeInto(SHEET, 'F9', '4,5')).accepted).toBe(false);
    expect((await host.typeInto(SHEET, 'G9', '5')).accepted).toBe(true);
    await host.edit(SHEET, 'F10', '3');
    expect(host.activeConditionalFormats(SHEET, 'F10')).toHaveLength(1);
    expect(host.activeConditionalFormats(SHEET, 'F11')).toHaveLength(0);
  });

  it("skips cells that already have a rule of the user's, which survives guard and unguard", async () => {
    const { host, gw, fx } = setup(20, (d) => {
      d.sheets[0].validations = [{ address: 'F12', rule: { type: 'List', source: 'a,b' } }];
      d.sheets[0].conditionalFormats = [{ address: 'A1:H30', formula: '=FALSE', fill: '#00FF00' }];
    });
    const before = host.snapshotModel();
    const result = await gw.guardScores([fx.criteria]);
    expect(result.skippedCells).toEqual([`'${SHEET}'!F12`]);
    expect(result.guardedCells).toBe(39);
    const sheet = host.snapshotModel().sheets[0];
    expect(sheet.validations!.find((v) => v.address === 'F12')?.rule).toEqual({ type: 'List', source: 'a,b' });
    expect(sheet.validations!.find((v) => v.address === 'F13')?.rule.type).toBe('Decimal');
    await gw.unguardScores();
    expect(host.snapshotModel()).toEqual(before);
  });

  it('guarding twice replaces the first guards, and one unguard removes everything', async () => {
    const { host, gw, fx } = setup(20);
    const before = host.snapshotModel();
    await gw.guardScores([fx.criteria]);
    const once = host.snapshotModel();
    host.resetStats();
    expect((await gw.guardScores([fx.criteria])).skippedCells).toEqual([]);
    expect(host.syncCount).toBeLessThanOrEqual(3);
    const twice = host.snapshotModel();
    expect(twice.sheets[0].validations).toEqual(once.sheets[0].validations);
    expect(twice.sheets[0].conditionalFormats!.map((c) => c.formula)).toEqual(
      once.sheets[0].conditionalFormats!.map((c) => c.formula),
    );
    await gw.unguardScores();
    expect(host.snapshotModel().sheets).toEqual(before.sheets);
  });

  it('finds its guards again after the sheet was renamed', async () => {
    const { host, gw, fx } = setup(10);
    await gw.guardScores([fx.criteria]);
    host.renameSheet(SHEET, 'Đổi tên');
    await gw.unguardScores();
    const sheet = host.snapshotModel().sheets[0];
    expect(sheet.validations).toEqual([]);
    expect(sheet.conditionalFormats).toEqual([]);
  });

  it.each([
    [1, 0],
    [2, 0],
    [2, 7],
  ])('a failing sync %i of guard (after %i commands) leaves the workbook as it was', async (k, afterCommands) => {
    const { host, gw, fx } = setup(20);
    const before = host.snapshotModel();
    host.failSyncAt(k, { afterCommands });
    await expect(gw.guardScores([fx.criteria])).rejects.toBeInstanceOf(GatewayError);
    expect(host.snapshotModel()).toEqual(before);
  });

  it.each([1, 2, 3])('a failing sync %i of unguard leaves the guards in place, and a retry removes them', async (k) => {
    const { host, gw, fx } = setup(20);
    const before = host.snapshotModel();
    await gw.guardScores([fx.criteria]);
    const guarded = host.snapshotModel();
    host.failSyncAt(k);
    await expect(gw.unguardScores()).rejects.toBeInstanceOf(GatewayError);
    expect(host.snapshotModel()).toEqual(guarded);
    await gw.unguardScores();
    expect(host.snapshotModel()).toEqual(before);
  });

  it('refuses a protected sheet before writing anything', async () => {
    const { host, gw, fx } = setup(10, (d) => {
      d.sheets[0].protected = true;
    });
    const before = host.snapshotModel();
    const err = await gw.guardScores([fx.criteria]).catch((e) => e);
    expect(err).toMatchObject({ code: 'PROTECTED', sheet: SHEET });
    expect(host.snapshotModel()).toEqual(before);
  });
});

describe('totals sheet', () => {
  it('writes live SUM formulas that follow later edits, touching no other sheet', async () => {
    const { host, gw, fx } = setup(20);
    const before = host.snapshotModel();
    const name = await gw.writeTotals(report(fx));
    expect(name).toBe('Tổng hợp điểm');
    const after = host.snapshotModel();
    expect(after.sheets.slice(0, 2)).toEqual(before.sheets);
    // Row 5: the sheet's total; D = caps, E = self scores.
    expect(host.cell(name, 'D5')?.value).toBe(fx.criteria.sections[0].capTotal);
    expect(host.cell(name, 'E5')?.value).toBe(fx.criteria.sections[0].selfTotal);
    await host.edit(SHEET, 'F9', 0);
    expect(host.cell(name, 'E5')?.value).toBe(fx.criteria.sections[0].selfTotal - 4);
    expect(await gw.writeTotals(report(fx))).toBe('Tổng hợp điểm (2)');
  });
});

describe('live edits', () => {
  it('re-reads the edited row (local), across the used columns', async () => {
    const { host, gw } = setup(20);
    const [snap] = await gw.readSnapshots();
    const { patches, stop } = await watchOnce(gw);
    await host.edit(SHEET, 'F12', 0);
    // Row 12, then the group's "Cộng" row 18 whose SUM changed with it.
    expect(patches.map((p) => [p.sheet, p.startRow, p.startCol, p.values.length])).toEqual([
      [SHEET, 12, 1, 1],
      [SHEET, 18, 1, 1],
    ]);
    expect(patches[0].values[0][5]).toBe(0);
    expect(patches[1].values[0][5]).toBe(32);
    expect(dense(patches.reduce(applyRowPatch, snap))).toEqual(dense(host.sheetSnapshot(SHEET)));
    await stop();
    await host.edit(SHEET, 'F12', 1);
    expect(patches).toHaveLength(2);
  });

  it("handles a co-author's edit and a multi-cell paste", async () => {
    const { host, gw } = setup(20);
    let [snap] = await gw.readSnapshots();
    const { patches, stop } = await watchOnce(gw);
    await host.edit(SHEET, 'G13', 3, { source: 'Remote' });
    await host.edit(SHEET, 'F14:G16', [
      [1, 1],
      [2, 2],
      [3, 3],
    ]);
    // G has no SUM: the co-author's edit needs no dependent row; the paste in F does.
    expect(patches.map((p) => [p.startRow, p.values.length])).toEqual([
      [13, 1],
      [14, 3],
      [18, 1],
    ]);
    for (const p of patches) snap = applyRowPatch(snap, p);
    expect(dense(snap)).toEqual(dense(host.sheetSnapshot(SHEET)));
    await stop();
  });

  it('extends the snapshot when an edit lands beyond the used range', async () => {
    const { host, gw } = setup(20);
    let [snap] = await gw.readSnapshots();
    const { patches, stop } = await watchOnce(gw);
    await host.edit(SHEET, 'J40', 'mới');
    snap = applyRowPatch(snap, patches[0]);
    expect(dense(snap)).toEqual(dense(host.sheetSnapshot(SHEET)));
    await stop();
  });

  it('reports a deleted or renamed sheet through onError', async () => {
    const { host } = setup(20);
    const gw = createExcelGateway(host.excel, (_set, v) => v !== '1.11');
    const { patches, errors, stop } = await watchOnce(gw);
    host.renameSheet(SHEET, 'Tên mới');
    await host.edit('Tên mới', 'F9', 1);
    expect(errors.map((e) => e.code)).toEqual(['CONFLICT']);
    host.setEditMode(true);
    await host.edit('Tên mới', 'F9', 2);
    expect(errors.map((e) => e.code)).toEqual(['CONFLICT', 'EDIT_MODE']);
    expect(patches).toEqual([]);
    host.setEditMode(false);
    await stop();
  });
});

describe('faults', () => {
  it('maps edit mode, protection and a missing sheet to gateway codes by code (Excel before 1.11: no delayForCellEdit)', async () => {
    const { host } = setup(10);
    const gw = createExcelGateway(host.excel, (_set, v) => v !== '1.11');
    host.setEditMode(true);
    expect(await gatewayCode(gw.readSnapshots())).toBe('EDIT_MODE');
    // Plain InvalidOperation is Excel refusing the operation, not edit mode.
    host.setEditMode(true, 'InvalidOperation');
    expect(await gatewayCode(gw.selectCell(SHEET, 'A1'))).toBe('REFUSED');
    host.setEditMode(false);
    expect(await gatewayCode(gw.selectCell('Không có', 'A1'))).toBe('SHEET_GONE');
    expect(
      await gatewayCode(
        gw.watch(
          ['Không có'],
          () => undefined,
          () => undefined,
        ),
      ),
    ).toBe('SHEET_GONE');
  });

  it('maps an over-large request to TOO_LARGE', async () => {
    const { gw } = setup(10);
    const host = createMemoryExcel({ sheets: [{ name: 'S' }] }, { payloadLimitBytes: 1000 });
    const small = createExcelGateway(host.excel, ALL_SETS);
    const spec: SheetSpec = {
      name: 'X',
      columnWidths: [],
      cells: [{ address: 'A1', value: 'x'.repeat(5000) }],
      merges: [],
      styles: {},
      print: { orientation: 'portrait', paperSize: 'A4', fitToWidth: false },
    };
    expect(await gatewayCode(small.insertSheet(spec))).toBe('TOO_LARGE');
    expect(host.snapshotModel().sheets.map((s) => s.name)).toEqual(['S']);
    void gw;
  });

  it('selects a cell and activates its sheet', async () => {
    const { host, gw } = setup(10);
    await gw.selectCell('Ghi chú', 'B3');
    expect(host.snapshotModel()).toMatchObject({ activeSheet: 'Ghi chú', selection: { sheet: 'Ghi chú', address: 'B3' } });
  });
});

describe('capabilities and settings', () => {
  it('reports missing requirement sets and what they switch off', async () => {
    const host = createMemoryExcel(criteriaWorkbook(9).data);
    const gw = createExcelGateway(host.excel, (_set, v) => Number(v.split('.')[1]) < 8);
    expect(gw.capabilities()).toEqual({
      mergedAreas: false,
      guards: false,
      liveEvents: true,
      settings: true,
      missing: ['ExcelApi 1.8', 'ExcelApi 1.13'],
    });
    const [snap] = await gw.readSnapshots();
    expect(snap.merges).toEqual([]);
    expect(await gatewayCode(gw.guardScores([]))).toBe('UNSUPPORTED');
  });

  it('saves and loads the plan settings as JSON', async () => {
    const { host, gw } = setup(9);
    expect(await gw.loadSettings()).toBeNull();
    const settings = {
      superior: 'TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM',
      unit: 'CÔNG ĐOÀN DẦU KHÍ VIỆT NAM',
      abbreviation: 'CĐDK',
      place: 'Hà Nội',
      signerTitle: 'CHỦ TỊCH',
      signerName: 'A',
      recipients: '- Lưu: VT.',
      orientation: 'portrait' as const,
    };
    await gw.saveSettings(settings);
    expect(await gw.loadSettings()).toEqual(settings);
    expect(JSON.parse(host.snapshotModel().settings!['thidua.planSettings'] as string)).toEqual(settings);
  });
});

describe('reading operations change nothing', () => {
  it('check, hasGuards, watching and live edits leave the workbook as the user left it', async () => {
    const { host, gw } = setup(20);
    const before = host.snapshotModel();
    await gw.readSnapshots();
    await gw.hasGuards();
    expect(await gw.loadSettings()).toBeNull();
    const { stop } = await watchOnce(gw);
    expect(host.snapshotModel()).toEqual(before);
    await host.edit(SHEET, 'F9', 2);
    const edited = host.snapshotModel();
    await stop();
    expect(host.snapshotModel()).toEqual(edited);
    expect(host.eventHandlerCount).toBe(0);
  });

  it('selectCell changes only the active sheet and selection; saveSettings only its key', async () => {
    const { host, gw } = setup(20);
    const before = host.snapshotModel();
    await gw.selectCell(SHEET, 'G12');
    await gw.saveSettings({
      superior: 'a',
      unit: 'b',
      abbreviation: 'f',
      place: 'c',
      signerTitle: 'd',
      signerName: 'e',
      recipients: 'g',
      orientation: 'landscape',
    });
    const after = host.snapshotModel();
    expect(after.sheets).toEqual(before.sheets);
    expect(Object.keys(after.settings!)).toEqual(['thidua.planSettings']);
  });
});
