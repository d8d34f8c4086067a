// Real Excel's behaviours the in-memory host models (issue #13), each tried through
// the gateway: every test here failed on the gateway before it learnt them.
import type { GatewayError } from '../../src/excel/api';
import { createExcelGateway } from '../../src/excel/gateway';
import { createMemoryExcel, type MemoryExcel } from '../../src/memory-excel';
import { criteriaWorkbook, SHEET } from './fixtures';

const ALL_SETS = () => true;
/** An Excel before ExcelApi 1.11: no delayForCellEdit, a batch in edit mode fails. */
const BEFORE_1_11 = (_set: string, v: string) => v !== '1.11';

function setup(rows = 20, requirements = ALL_SETS) {
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
