// The pane's controller over a fake gateway and a toy engine: no React, no Office.
import { GatewayError } from '../../src/excel/api';
import { DEFAULT_PLAN_SETTINGS } from '../../src/engine/template';
import { PaneController } from '../../src/taskpane/controller';
import { formatMessage } from '../../src/taskpane/i18n';
import { ALL_CAPABILITIES, FakeGateway } from '../support/fake-gateway';
import { criteriaSheet, planSheet, toyEngine } from '../support/toy-engine';
import type { PlanSettings, SheetSnapshot } from '../../src/engine/types';

/** A cover sheet whose title block names the unit and its superior. */
const COVER: SheetSnapshot = {
  name: 'Bìa',
  origin: 'A1',
  values: [['TỔNG LĐLĐ VIỆT NAM'], ['CÔNG ĐOÀN ĐIỆN LỰC VIỆT NAM']],
};

function workbook() {
  return [
    criteriaSheet('Tiêu chí', [
      ['1', 'Kết nạp đoàn viên', 5, 5],
      ['2', 'Tuyên truyền', 10, 8],
    ]),
    planSheet('Nhiệm vụ 2024', [
      [3, '1', 'Hội nghị người lao động', ''],
      [4, '1', 'Tháng công nhân', 'Cả tháng'],
      [4, '2', 'An toàn vệ sinh lao động', ''],
    ]),
  ];
}

async function started(gateway = new FakeGateway(workbook()), engine = toyEngine()) {
  const controller = new PaneController(gateway, { lang: 'vi', engine, recheckDelayMs: 5, now: () => new Date(2025, 3, 10) });
  await controller.start();
  return { controller, gateway, engine };
}

const controllerDefaults = (): PlanSettings => ({ ...DEFAULT_PLAN_SETTINGS });

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('PaneController', () => {
  it('starts by reading the workbook, checking it, loading settings and guard state', async () => {
    const gateway = new FakeGateway(workbook());
    // Saved before the number, recipients and orientation were settings.
    gateway.settings = {
      superior: 'LĐLĐ TỈNH',
      unit: 'CĐ CƠ SỞ',
      place: 'Huế',
      signerTitle: 'CHỦ TỊCH',
      signerName: 'Lê Văn A',
    } as PlanSettings;
    gateway.guarded = true;
    const { controller } = await started(gateway);
    const s = controller.getState();
    expect(s.status).toBe('ready');
    expect(s.busy).toBeNull();
    expect(s.report?.criteriaSheets[0].sections[0].selfTotal).toBe(13);
    expect(s.settings).toMatchObject({ place: 'Huế', abbreviation: 'CĐCS', orientation: 'landscape' });
    expect(s.guarded).toBe(true);
    expect(s.capabilities).toEqual(ALL_CAPABILITIES);
  });

  it('takes the year from the plan table and keeps the current month', async () => {
    const { controller } = await started();
    expect(controller.getState().year).toBe(2024);
    expect(controller.getState().month).toBe(4);
    expect(controller.previewTasks().map((t) => t.text)).toEqual(['Tháng công nhân', 'An toàn vệ sinh lao động']);
  });

  it('keeps a year the user chose when the workbook is checked again', async () => {
    const { controller } = await started();
    controller.setYear(2026);
    await controller.refresh();
    expect(controller.getState().year).toBe(2026);
  });

  it('watches the criteria sheets and re-checks edited rows without reading the workbook again', async () => {
    const { controller, gateway, engine } = await started();
    expect(gateway.callsOf('watch')).toEqual([[['Tiêu chí']]]);
    expect(controller.getState().watching).toBe(true);
    const reads = gateway.callsOf('readSnapshots').length;

    gateway.fireEdit({ sheet: 'Tiêu chí', startRow: 2, values: [['1', 'Kết nạp đoàn viên', 5, 7]] });
    gateway.fireEdit({ sheet: 'Tiêu chí', startRow: 3, values: [['2', 'Tuyên truyền', 10, 9]] });
    await wait(20);

    const s = controller.getState();
    expect(s.report?.criteriaSheets[0].sections[0].selfTotal).toBe(16);
    expect(s.report?.issues.map((i) => i.cell)).toEqual(['D2']);
    expect(gateway.callsOf('readSnapshots')).toHaveLength(reads);
    // Two edits in quick succession are checked once.
    expect(engine.checkWorkbook).toHaveBeenCalledTimes(2);
  });

  it('does not restart the watch when a re-check finds the same criteria sheets', async () => {
    const { controller, gateway } = await started();
    await controller.refresh();
    expect(gateway.callsOf('watch')).toHaveLength(1);
    gateway.snapshots.push(criteriaSheet('Tiêu chí 2', [['1', 'A', 5, 1]]));
    await controller.refresh();
    expect(gateway.callsOf('watch')).toEqual([[['Tiêu chí']], [['Tiêu chí', 'Tiêu chí 2']]]);
    expect(gateway.watchers[0].stopped).toBe(true);
  });

  it('does not watch when the host lacks live events', async () => {
    const { controller, gateway } = await started(
      new FakeGateway(workbook(), { ...ALL_CAPABILITIES, liveEvents: false, missing: ['ExcelApi 1.7'] }),
    );
    expect(gateway.callsOf('watch')).toEqual([]);
    expect(controller.getState().watching).toBe(false);
  });

  it('classifies by the rules saved in the workbook from the first check, and saves new ones', async () => {
    const gateway = new FakeGateway(workbook());
    gateway.rules = { basis: 'points', bands: [{ label: 'Tốt', min: 10 }] };
    const { controller, engine } = await started(gateway);
    const optionsOf = (call: number) => (engine.checkWorkbook as jest.Mock).mock.calls[call][1];
    expect(optionsOf(0).rules).toEqual({ rules: gateway.rules, source: 'settings', where: '' });
    const rules = { basis: 'percent' as const, bands: [{ label: 'Khá', min: 50 }] };
    await controller.saveRules(rules);
    expect(gateway.rules).toEqual(rules);
    expect(controller.getState()).toMatchObject({ rules, notice: { intent: 'success', key: 'rulesSaved' } });
    expect(optionsOf(1).rules.rules).toEqual(rules);
  });

  it('guards and unguards the criteria of the last report', async () => {
    const { controller, gateway } = await started();
    await controller.guard();
    expect(gateway.callsOf('guardScores')[0]).toEqual([controller.getState().report?.criteriaSheets, 'vi']);
    expect(controller.getState().guarded).toBe(true);
    expect(controller.getState().notice).toMatchObject({ intent: 'success', key: 'guarded' });
    await controller.unguard();
    expect(gateway.callsOf('unguardScores')).toHaveLength(1);
    expect(controller.getState().guarded).toBe(false);
  });

  it('turns a gateway error into a message and recovers for the next action', async () => {
    const { controller, gateway } = await started();
    gateway.failNext('guardScores', new GatewayError('PROTECTED', 'The sheet is protected', 'Tiêu chí'));
    await controller.guard();
    const { notice, busy, guarded } = controller.getState();
    expect(busy).toBeNull();
    expect(guarded).toBe(false);
    expect(notice).toMatchObject({ intent: 'error', key: 'error.PROTECTED' });
    expect(formatMessage('vi', notice!.key, notice!.params)).toBe(
      'Trang tính "Tiêu chí" đang được khóa. Bỏ khóa trang rồi thử lại.',
    );
    await controller.guard();
    expect(controller.getState().notice).toMatchObject({ intent: 'success', key: 'guarded' });
  });

  it('reports an unexpected failure without its stack and stays usable', async () => {
    const { controller, gateway } = await started();
    gateway.failNext('writeTotals', new TypeError('boom'));
    await controller.writeTotals();
    expect(controller.getState().notice).toMatchObject({ key: 'error.UNKNOWN', params: { detail: 'boom' } });
    await controller.writeTotals();
    expect(controller.getState().notice).toMatchObject({ key: 'totalsWritten', params: { sheet: 'Tổng hợp điểm' } });
  });

  it.each([
    ['named', 'success', 'summaryWritten', /kèm biểu đồ tổng điểm/],
    ['numbered', 'warning', 'summaryNumbered', /thiếu ExcelApi 1\.7/],
    ['none', 'warning', 'summaryNoChart', /thiếu ExcelApi 1\.1/],
  ] as const)(
    'Tổng hợp khối with a %s chart: the report and today go to the gateway, and the notice says what came of the chart',
    async (chart, intent, key, words) => {
      const { controller, gateway } = await started();
      gateway.summaryChart = chart;
      await controller.writeSummary();
      const [[report, opts]] = gateway.callsOf('writeSummary');
      expect(report).toBe(controller.getState().report);
      expect(opts).toEqual({ lang: 'vi', date: { day: 10, month: 4, year: 2025 } });
      const { notice } = controller.getState();
      expect(notice).toMatchObject({ intent, key, params: { sheet: 'Tổng hợp', units: 1 } });
      expect(formatMessage('vi', notice!.key, notice!.params)).toMatch(words);
    },
  );

  it('Tổng hợp khối asks for a criteria table first', async () => {
    const { controller, gateway } = await started(new FakeGateway([]));
    await controller.writeSummary();
    expect(gateway.callsOf('writeSummary')).toEqual([]);
    expect(controller.getState().notice).toMatchObject({ key: 'noCriteria' });
  });

  it('runs one action at a time', async () => {
    const { controller, gateway } = await started();
    await Promise.all([controller.writeTotals(), controller.writeTotals()]);
    expect(gateway.callsOf('writeTotals')).toHaveLength(1);
  });

  it('inserts the chosen month with its tasks and the saved settings', async () => {
    const { controller, gateway, engine } = await started();
    const settings: PlanSettings = {
      superior: 'LĐLĐ',
      unit: 'CĐ',
      abbreviation: 'CĐ',
      place: 'Huế',
      signerTitle: 'CHỦ TỊCH',
      signerName: 'B',
      recipients: '- Lưu: VT.',
      orientation: 'portrait',
    };
    await controller.saveSettings(settings);
    expect(gateway.settings).toEqual(settings);
    controller.setMonth(3);
    await controller.insertPlan();
    expect(engine.buildMonthlyPlanSheet).toHaveBeenLastCalledWith({
      month: 3,
      year: 2024,
      tasks: [expect.objectContaining({ text: 'Hội nghị người lao động' })],
      settings,
      // The plan is dated the day it is inserted.
      date: { day: 10, month: 4, year: 2025 },
    });
    expect(gateway.inserted.map((s) => s.name)).toEqual(['KH T03-2024']);
    expect(controller.getState().notice).toMatchObject({ key: 'planInserted', params: { sheet: 'KH T03-2024' } });
  });

  it("prefills the unit, its superior and the abbreviation from the workbook's title block", async () => {
    const { controller } = await started(new FakeGateway([COVER, ...workbook()]));
    expect(controller.getState().settings).toMatchObject({
      superior: 'TỔNG LĐLĐ VIỆT NAM',
      unit: 'CÔNG ĐOÀN ĐIỆN LỰC VIỆT NAM',
      abbreviation: 'CĐĐL',
    });
  });

  it('keeps the saved unit over the title block, and fills a unit saved empty from it', async () => {
    const gateway = new FakeGateway([COVER, ...workbook()]);
    gateway.settings = { ...controllerDefaults(), unit: 'CĐ CƠ SỞ ABC', abbreviation: '' };
    const { controller } = await started(gateway);
    expect(controller.getState().settings).toMatchObject({ unit: 'CĐ CƠ SỞ ABC', abbreviation: 'CĐCSA' });
    await controller.saveSettings({ ...controller.getState().settings, unit: '', abbreviation: '' });
    expect(gateway.settings?.unit).toBe('');
    expect(controller.getState().settings).toMatchObject({ unit: 'CÔNG ĐOÀN ĐIỆN LỰC VIỆT NAM', abbreviation: 'CĐĐL' });
  });

  it('inserts all twelve months, blank ones included', async () => {
    const { controller, gateway } = await started();
    await controller.insertYear();
    expect(gateway.inserted.map((s) => s.name)).toEqual(
      Array.from({ length: 12 }, (_, i) => `KH T${String(i + 1).padStart(2, '0')}-2024`),
    );
    expect(gateway.inserted[3].cells).toHaveLength(2);
    expect(gateway.inserted[0].cells).toHaveLength(0);
  });

  it('inserts a blank template when the workbook has no plan table', async () => {
    const { controller, gateway } = await started(new FakeGateway([workbook()[0]]));
    expect(controller.previewTasks()).toEqual([]);
    await controller.insertPlan();
    expect(gateway.inserted[0].cells).toEqual([]);
    expect(gateway.inserted[0].name).toBe('KH T04-2025');
  });

  it('selects the cell of an issue, and ignores workbook-wide issues', async () => {
    const { controller, gateway } = await started();
    await controller.selectIssue({ sheet: 'Tiêu chí', cell: 'D2' });
    await controller.selectIssue({ sheet: '', cell: '' });
    expect(gateway.callsOf('selectCell')).toEqual([['Tiêu chí', 'D2']]);
    gateway.failNext('selectCell', new GatewayError('SHEET_GONE', 'gone', 'Tiêu chí'));
    await controller.selectIssue({ sheet: 'Tiêu chí', cell: 'D2' });
    expect(controller.getState().notice).toMatchObject({ key: 'error.SHEET_GONE' });
  });

  it('says there is nothing to guard when no criteria table was found', async () => {
    const { controller, gateway } = await started(new FakeGateway([]));
    await controller.guard();
    expect(gateway.callsOf('guardScores')).toEqual([]);
    expect(controller.getState().notice).toMatchObject({ intent: 'warning', key: 'noCriteria' });
  });

  it('puts issue messages into the new language when the language changes', async () => {
    const gateway = new FakeGateway([criteriaSheet('Tiêu chí', [['1', 'A', 5, 7]])]);
    const { controller } = await started(gateway);
    expect(controller.getState().report?.issues[0].message).toBe('Điểm tự chấm 7 vượt điểm chuẩn 5');
    controller.setLang('en');
    expect(controller.getState().report?.issues[0].message).toBe('Self score 7 is above the cap of 5');
  });

  it('stops watching when disposed', async () => {
    const { controller, gateway } = await started();
    await controller.dispose();
    expect(gateway.watchers.every((w) => w.stopped)).toBe(true);
  });
});
