// Faults around the gateway that test/excel/gateway.test.ts does not already try:
// edit mode arriving at any sync of a write, protection on unguard, sheets deleted
// or renamed while a re-read runs, older Excel versions (their APIs absent), and a
// co-author's edit landing in the middle of the pane's refresh.
import { DEFAULT_PLAN_SETTINGS, buildMonthlyPlanSheet } from '../../src/engine/template';
import type { Report, RowPatch } from '../../src/engine/types';
import { GatewayError, type WorkbookGateway } from '../../src/excel/api';
import { createExcelGateway } from '../../src/excel/gateway';
import { createMemoryExcel, MemoryOfficeError, type MemoryExcel } from '../../src/memory-excel';
import { PaneController } from '../../src/taskpane/controller';
import { engine } from '../../src/taskpane/engine';
import { olderExcel } from '../support/older-excel';
import { criteriaWorkbook, SHEET } from './fixtures';

const ALL_SETS = () => true;

function setup(rows = 20) {
  const fx = criteriaWorkbook(rows);
  const host = createMemoryExcel(fx.data);
  return { host, gw: createExcelGateway(host.excel, ALL_SETS), fx };
}

function reportOf(fx: ReturnType<typeof criteriaWorkbook>): Report {
  return {
    file: 'test.xlsx',
    criteriaSheets: [fx.criteria],
    planSheets: [],
    issues: [],
    summary: { errors: 0, warnings: 0, infos: 0 },
    rules: null,
  };
}

async function failure(p: Promise<unknown>): Promise<unknown> {
  return p.then(
    () => 'no error',
    (e: unknown) => e,
  );
}

/** From the k-th sync on, Excel refuses every batch as a cell being edited does; returns "the user pressed Enter". */
function editModeFrom(host: MemoryExcel, k: number): () => void {
  const first = host.syncCount + k;
  return host.onBeforeSync(({ index }) => {
    if (index >= first) throw new MemoryOfficeError('InvalidOperationInCellEditMode', 'Excel đang ở chế độ sửa ô.');
  });
}

type Write = {
  name: string;
  setup?: (gw: WorkbookGateway, fx: ReturnType<typeof criteriaWorkbook>) => Promise<unknown>;
  act: (gw: WorkbookGateway, fx: ReturnType<typeof criteriaWorkbook>) => Promise<unknown>;
};

const spec = buildMonthlyPlanSheet({
  month: 4,
  year: 2024,
  tasks: [{ row: 9, order: '1', text: 'Tháng Công nhân', note: '', time: '', lead: '', partners: '' }],
  settings: DEFAULT_PLAN_SETTINGS,
});

const WRITES: Write[] = [
  { name: 'guard', act: (gw, fx) => gw.guardScores([fx.criteria]) },
  { name: 'guard again', setup: (gw, fx) => gw.guardScores([fx.criteria]), act: (gw, fx) => gw.guardScores([fx.criteria]) },
  { name: 'unguard', setup: (gw, fx) => gw.guardScores([fx.criteria]), act: (gw) => gw.unguardScores() },
  { name: 'writeTotals', act: (gw, fx) => gw.writeTotals(reportOf(fx)) },
  { name: 'insertSheet', act: (gw) => gw.insertSheet(spec) },
  { name: 'saveSettings', act: (gw) => gw.saveSettings({ ...DEFAULT_PLAN_SETTINGS, place: 'Huế' }) },
];

describe('a cell in edit mode during a write', () => {
  it.each(WRITES.map((w) => [w.name, w] as const))(
    '%s: EDIT_MODE at whichever sync it starts, nothing written, and the retry succeeds',
    async (_name, write) => {
      const clean = setup(20);
      await write.setup?.(clean.gw, clean.fx);
      clean.host.resetStats();
      await write.act(clean.gw, clean.fx);
      const syncs = clean.host.syncCount;
      expect(syncs).toBeGreaterThan(0);
      for (let k = 1; k <= syncs; k++) {
        const { host, gw, fx } = setup(20);
        await write.setup?.(gw, fx);
        const before = host.snapshotModel();
        const enter = editModeFrom(host, k);
        expect([k, await failure(write.act(gw, fx))]).toEqual([
          k,
          expect.objectContaining({ name: 'GatewayError', code: 'EDIT_MODE' }),
        ]);
        expect(host.snapshotModel()).toEqual(before);
        enter();
        await write.act(gw, fx);
        expect(host.snapshotModel()).not.toEqual(before);
      }
    },
  );
});

describe('a protected sheet', () => {
  it('unguard refuses it by name and removes nothing; after unprotecting, unguard works', async () => {
    const { host, gw, fx } = setup(20);
    const start = host.snapshotModel();
    await gw.guardScores([fx.criteria]);
    host.setProtected(SHEET);
    const guarded = host.snapshotModel();
    expect(await failure(gw.unguardScores())).toMatchObject({ code: 'PROTECTED', sheet: SHEET });
    expect(host.snapshotModel()).toEqual(guarded);
    host.setProtected(SHEET, false);
    await gw.unguardScores();
    expect(host.snapshotModel()).toEqual(start);
  });

  it('does not stop writing a new sheet beside it', async () => {
    const { host, gw, fx } = setup(20);
    host.setProtected(SHEET);
    expect(await gw.writeTotals(reportOf(fx))).toBe('Tổng hợp điểm');
    expect(await gw.insertSheet(spec)).toBe('KH T04-2024');
    expect(host.snapshotModel().sheets.map((s) => s.name)).toEqual([SHEET, 'Ghi chú', 'Tổng hợp điểm', 'KH T04-2024']);
  });
});

describe('a sheet deleted or renamed while watching', () => {
  async function watching() {
    const { host, gw } = setup(20);
    await gw.readSnapshots();
    const patches: RowPatch[] = [];
    const errors: GatewayError[] = [];
    const stop = await gw.watch(
      [SHEET, 'Ghi chú'],
      (p) => patches.push(p),
      (e) => errors.push(e),
    );
    return { host, gw, patches, errors, stop };
  }

  /** Runs `change` just before the re-read's first sync. */
  function beforeReread(host: MemoryExcel, change: () => void): void {
    const off = host.onBeforeSync(() => {
      off();
      change();
    });
  }

  it('deleted between the edit and its re-read: SHEET_GONE naming it; the next read and edits on other sheets work', async () => {
    const { host, gw, patches, errors, stop } = await watching();
    beforeReread(host, () => host.deleteSheet(SHEET));
    await host.edit(SHEET, 'F9', 1);
    expect(errors.map((e) => [e.code, e.sheet])).toEqual([['SHEET_GONE', SHEET]]);
    expect(patches).toEqual([]);
    expect((await gw.readSnapshots()).map((s) => s.name)).toEqual(['Ghi chú']);
    await host.edit('Ghi chú', 'A2', 'mới');
    expect(patches.map((p) => [p.sheet, p.startRow])).toEqual([['Ghi chú', 2]]);
    await expect(stop()).resolves.toBeUndefined();
  });

  it('renamed between the edit and its re-read: an error naming the old name; the next read sees the new one', async () => {
    const { host, gw, errors, stop } = await watching();
    beforeReread(host, () => host.renameSheet(SHEET, 'Tiêu chí mới'));
    await host.edit(SHEET, 'F9', 1);
    expect(errors.map((e) => [e.code, e.sheet])).toEqual([['CONFLICT', SHEET]]);
    expect((await gw.readSnapshots()).map((s) => s.name)).toEqual(['Tiêu chí mới', 'Ghi chú']);
    await stop();
    expect(host.eventHandlerCount).toBe(0);
  });
});

describe('older Excel versions', () => {
  /** What each operation gives; an UNSUPPORTED or other GatewayError by its code, anything else by its class. */
  async function outcomes(missing: string[]) {
    const fx = criteriaWorkbook(9);
    fx.data.sheets[0].merges = ['A9:A17', 'H9:H10'];
    const host = createMemoryExcel(fx.data);
    const { excel, requirements } = olderExcel(host, missing);
    const gw = createExcelGateway(excel, requirements);
    const outcome = async (op: () => Promise<unknown>) => {
      try {
        await op();
        return 'ok';
      } catch (e) {
        return e instanceof GatewayError ? e.code : (e as Error).constructor.name;
      }
    };
    const [snapshot] = await gw.readSnapshots();
    const result = {
      missing: gw.capabilities().missing,
      merges: snapshot.merges,
      hasGuards: await gw.hasGuards(),
      loadSettings: await gw.loadSettings(),
      guard: await outcome(() => gw.guardScores([fx.criteria])),
      unguard: await outcome(() => gw.unguardScores()),
      watch: await outcome(async () =>
        (
          await gw.watch(
            [SHEET],
            () => undefined,
            () => undefined,
          )
        )(),
      ),
      saveSettings: await outcome(() => gw.saveSettings(DEFAULT_PLAN_SETTINGS)),
      writeTotals: await outcome(() => gw.writeTotals(reportOf(fx))),
      insertSheet: await outcome(() => gw.insertSheet(spec)),
      selectCell: await outcome(() => gw.selectCell(SHEET, 'F9')),
    };
    return { result, host };
  }

  const WORKS = { writeTotals: 'ok', insertSheet: 'ok', selectCell: 'ok' };

  it.each([
    // Requirement sets are cumulative: an Excel without 1.x lacks every later one too.
    ['1.13', ['1.13'], { guard: 'ok', unguard: 'ok', watch: 'ok', saveSettings: 'ok' }],
    ['1.8', ['1.8', '1.9', '1.13'], { guard: 'UNSUPPORTED', unguard: 'UNSUPPORTED', watch: 'ok', saveSettings: 'ok' }],
    [
      '1.7',
      ['1.7', '1.8', '1.9', '1.13'],
      { guard: 'UNSUPPORTED', unguard: 'UNSUPPORTED', watch: 'UNSUPPORTED', saveSettings: 'ok' },
    ],
    [
      '1.4',
      ['1.4', '1.6', '1.7', '1.8', '1.9', '1.13'],
      { guard: 'UNSUPPORTED', unguard: 'UNSUPPORTED', watch: 'UNSUPPORTED', saveSettings: 'UNSUPPORTED' },
    ],
  ])(
    'without ExcelApi %s and later: listed as missing, its operations UNSUPPORTED, the rest working',
    async (_first, missing, expected) => {
      const { result } = await outcomes(missing);
      const listed = missing.filter((v) => ['1.4', '1.6', '1.7', '1.8', '1.13'].includes(v)).map((v) => `ExcelApi ${v}`);
      expect(result).toEqual({
        missing: listed,
        merges: missing.includes('1.13') ? [] : ['A9:A17', 'H9:H10'],
        hasGuards: false,
        loadSettings: null,
        ...WORKS,
        ...expected,
      });
    },
  );

  it.each([
    ['1.13', { guard: 'ok', watch: 'ok', saveSettings: 'ok' }],
    ['1.8', { guard: 'UNSUPPORTED', watch: 'ok', saveSettings: 'ok' }],
    ['1.7', { guard: 'ok', watch: 'UNSUPPORTED', saveSettings: 'ok' }],
    // Guards keep their record in the workbook's settings: without 1.4 there is nowhere to keep it.
    ['1.4', { guard: 'UNSUPPORTED', watch: 'ok', saveSettings: 'UNSUPPORTED' }],
  ])('with only ExcelApi %s missing: no TypeError from an absent API, whatever else is there', async (version, expected) => {
    const { result, host } = await outcomes([version]);
    expect(result.missing).toEqual([`ExcelApi ${version}`]);
    expect(result).toMatchObject({ ...WORKS, ...expected, unguard: expected.guard });
    const sheet = host.snapshotModel().sheets.find((s) => s.name === 'KH T04-2024')!;
    // Frozen header rows need 1.7: skipped, not failed, where it is missing.
    expect(sheet.freezeRows).toBe(version === '1.7' ? 0 : spec.freezeRows);
  });
});

describe("a co-author's edit in the middle of the pane's refresh", () => {
  const selfTotal = (c: PaneController) => c.getState().report?.criteriaSheets[0]?.sections[0].selfTotal;
  const settled = async (host: MemoryExcel) => {
    // The watch re-reads in its own syncs, and the pane re-checks after a short delay.
    for (let i = 0; i < 20; i++) await new Promise((r) => setTimeout(r, 5));
    void host;
  };

  it.each([1, 2])('landing before sync %i of the read (of 2): the pane ends showing it', async (k) => {
    const { host, gw, fx } = setup(20);
    const controller = new PaneController(gw, { lang: 'vi', engine, recheckDelayMs: 1 });
    await controller.start();
    expect(controller.getState().watching).toBe(true);
    const before = selfTotal(controller);
    expect(before).toBe(fx.criteria.sections[0].selfTotal);
    const first = host.syncCount + k;
    const off = host.onBeforeSync(({ index }) => {
      if (index !== first) return;
      off();
      // F9 holds cap - 1 = 4; the co-author writes 0.
      void host.edit(SHEET, 'F9', 0, { source: 'Remote' });
    });
    await controller.refresh();
    await settled(host);
    off();
    expect(selfTotal(controller)).toBe(before! - 4);
    const shown = controller.getState().snapshots.find((s) => s.name === SHEET)!;
    expect(shown.values[9 - Number(shown.origin.slice(1))][5]).toBe(0);
    expect(controller.getState().notice).toMatchObject({ key: 'checked' });
    await controller.dispose();
  });
});

describe('an interrupted re-guard', () => {
  it('keeps the guards that were there when its write sync fails, and hasGuards still tells the truth', async () => {
    const { host, gw, fx } = setup(20);
    await gw.guardScores([fx.criteria]);
    const guarded = host.snapshotModel();
    host.failSyncAt(3);
    expect(await failure(gw.guardScores([fx.criteria]))).toBeInstanceOf(GatewayError);
    expect(host.snapshotModel()).toEqual(guarded);
    expect(await gw.hasGuards()).toBe(true);
    expect((await host.typeInto(SHEET, 'F9', '99')).accepted).toBe(false);
  });
});
