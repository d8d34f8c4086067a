// Issue 4, the add-in's path on the seed: the seed loaded into the in-memory host
// through the command line's reader, April's plan built from the engine's reading
// of that host, inserted through the gateway; and the same spec rendered by the
// command line's writer gives the same cells.
import path from 'node:path';
import { openPackage, readWorkbookFile } from '../../src/cli/read-workbook';
import { newWorkbookPackage } from '../../src/cli/xlsx/add-sheets';
import { formatCell } from '../../src/engine/address';
import { mainPlan, tasksOfMonth } from '../../src/engine/plan';
import { checkWorkbook } from '../../src/engine/report';
import { DEFAULT_PLAN_SETTINGS, PLAN_HEADER_ROW, buildMonthlyPlanSheet } from '../../src/engine/template';
import type { SheetSnapshot, SheetSpec } from '../../src/engine/types';
import { createExcelGateway } from '../../src/excel/gateway';
import { createMemoryExcel, fromSnapshots, type MemoryExcel, type WorkbookData } from '../../src/memory-excel';

const SEED = path.resolve(__dirname, '../fixtures/seed-2024.xlsx');

/** How the April tasks begin in the seed's plan sheet (rows 49–58), in order. */
const APRIL_STARTS = [
  'Tổ chức các hoạt động Tháng Công nhân',
  'Triển khai mô hình "Sức khỏe của bạn"',
  'Xây dựng Chương trình hỗ trợ, thăm hỏi NLĐ',
  'Khảo sát và xây dựng đề án',
  'Tập huấn hướng dẫn quy trình thu kinh phí',
  'Triển khai đề án đổi mới công tác truyền thông',
  'Phối hợp với Ban VSTBPN',
];

/** Inserting a sheet: one sync to read the names, one to add and write it. */
const INSERT_SYNC_BUDGET = 2;

let host: MemoryExcel;
let before: WorkbookData;
let spec: SheetSpec;
let inserted: string;
let syncs: number;

beforeAll(async () => {
  host = createMemoryExcel(fromSnapshots((await readWorkbookFile(SEED)).snapshots));
  const gateway = createExcelGateway(host.excel, () => true);
  const report = checkWorkbook(await gateway.readSnapshots(), { file: 'seed-2024.xlsx', lang: 'vi' });
  const plan = mainPlan(report.planSheets)!;
  spec = buildMonthlyPlanSheet({ month: 4, year: plan.year ?? 0, tasks: tasksOfMonth(plan, 4), settings: DEFAULT_PLAN_SETTINGS });
  before = host.snapshotModel();
  host.resetStats();
  inserted = await gateway.insertSheet(spec);
  syncs = host.syncCount;
});

/** The value shown at each address of a sheet, empty cells left out. */
function gatewayValues(sheet: string): Map<string, unknown> {
  const data = host.snapshotModel().sheets.find((s) => s.name === sheet)!;
  return new Map(
    Object.entries(data.cells ?? {}).flatMap(([address, c]) =>
      c.value === null || c.value === '' ? [] : [[address, c.value] as [string, unknown]],
    ),
  );
}

/** Every shown value of a snapshot by address (a merged area's in its top-left cell only, as in Excel). */
function snapshotValues(snap: SheetSnapshot): Map<string, unknown> {
  const out = new Map<string, unknown>();
  snap.values.forEach((row, r) =>
    row.forEach((v, c) => {
      if (v !== null && v !== undefined && v !== '') out.set(formatCell(r + 1, c + 1), v);
    }),
  );
  return out;
}

describe("the seed's April plan inserted through the gateway", () => {
  it(`is a new sheet KH T04-2024 written within ${INSERT_SYNC_BUDGET} syncs`, () => {
    expect(inserted).toBe('KH T04-2024');
    expect(syncs).toBe(INSERT_SYNC_BUDGET);
  });

  it('holds the 7 April tasks in order, the first with its continuation from the next page', () => {
    const values = gatewayValues(inserted);
    const rows = Array.from({ length: 7 }, (_, i) => PLAN_HEADER_ROW + 1 + i);
    expect(rows.map((r) => values.get(formatCell(r, 1)))).toEqual([1, 2, 3, 4, 5, 6, 7]);
    const texts = rows.map((r) => String(values.get(formatCell(r, 2))));
    texts.forEach((text, i) => expect(text.startsWith(APRIL_STARTS[i])).toBe(true));
    expect(texts[0]).toContain('trợ người lao động có hoàn cảnh khó khăn');
    expect(values.get(formatCell(PLAN_HEADER_ROW + 8, 1))).not.toBe(8);
  });

  it('leaves every other sheet and the settings as they were', () => {
    const after = host.snapshotModel();
    expect(after.sheets.map((s) => s.name)).toEqual([...before.sheets.map((s) => s.name), inserted]);
    expect(after.sheets.slice(0, -1)).toEqual(before.sheets);
    expect(after.settings).toEqual(before.settings);
  });

  it("has the same value at every address as the sheet the command line's writer renders from the same spec", () => {
    const [written] = openPackage(newWorkbookPackage([spec])).snapshots;
    expect(written.name).toBe(inserted);
    const fromFile = snapshotValues(written);
    expect(fromFile.size).toBeGreaterThan(7 * 2);
    expect(Object.fromEntries(gatewayValues(inserted))).toEqual(Object.fromEntries(fromFile));
  });
});
