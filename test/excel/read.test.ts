import { readSnapshots, takeChunks } from '../../src/excel/read';
import { toRunner } from '../../src/excel/runner';
import { createMemoryExcel } from '../../src/memory-excel';
import { criteriaWorkbook, SHEET } from './fixtures';

describe('readSnapshots over the in-memory host', () => {
  it('reads every sheet: origin, values, formulas and merges as the host holds them', async () => {
    const { data } = criteriaWorkbook(20);
    data.sheets[1].cells = { C3: { value: '#DIV/0!' }, D4: { value: 'x' } };
    const host = createMemoryExcel(data);
    const snaps = await readSnapshots(toRunner(host.excel), true);
    expect(snaps.map((s) => s.name)).toEqual([SHEET, 'Ghi chú']);
    expect(snaps[0]).toEqual(host.sheetSnapshot(SHEET));
    expect(snaps[0].merges).toEqual(['A9:A17', 'A19:A27', 'A29:A30']);
    // Row 18 ("Cộng") is index 17 from origin A1.
    expect(snaps[0].formulas![17][4]).toBe('=SUM(E9:E17)');
    expect(snaps[0].values[17][4]).toBe(45);
    expect(snaps[1]).toMatchObject({
      origin: 'C3',
      values: [
        ['#DIV/0!', ''],
        ['', 'x'],
      ],
    });
  });

  it('leaves merges out without ExcelApi 1.13 and gives an empty sheet as no rows', async () => {
    const { data } = criteriaWorkbook(20);
    data.sheets.push({ name: 'Trống' });
    const host = createMemoryExcel(data);
    const snaps = await readSnapshots(toRunner(host.excel), false);
    expect(snaps[0].merges).toEqual([]);
    expect(snaps[2]).toEqual({ name: 'Trống', origin: 'A1', values: [], formulas: [], merges: [] });
  });

  it.each([100, 10_000])('takes 2 syncs for %i criteria rows', async (n) => {
    const host = createMemoryExcel(criteriaWorkbook(n).data);
    const snaps = await readSnapshots(toRunner(host.excel), true);
    expect(host.syncCount).toBe(2);
    expect(snaps[0].values.length).toBe(host.sheetSnapshot(SHEET).values.length);
  });

  it('falls back to row chunks, each sync under the limit, once the whole read is refused as over 5 MB', async () => {
    const { data } = criteriaWorkbook(20_000, { titleText: 'Tổ chức các hoạt động chăm lo đời sống người lao động, '.repeat(3) });
    const host = createMemoryExcel(data);
    const snaps = await readSnapshots(toRunner(host.excel), true);
    expect(snaps[0]).toEqual(host.sheetSnapshot(SHEET));
    expect(host.syncCount).toBeGreaterThan(3);
    expect(host.maxPayloadBytes).toBeLessThanOrEqual(5 * 1024 * 1024);
    expect(host.requestLog.filter((r) => r.failed).map((r) => [r.index, r.failed])).toEqual([
      [2, 'ResponsePayloadSizeLimitExceeded'],
    ]);
  }, 30_000);

  it('retries with smaller chunks when Excel refuses a response as too large', async () => {
    const { data } = criteriaWorkbook(2_000);
    const host = createMemoryExcel(data, { payloadLimitBytes: 60_000 });
    const snaps = await readSnapshots(toRunner(host.excel), true);
    expect(snaps[0]).toEqual(host.sheetSnapshot(SHEET));
    expect(host.requestLog.some((r) => r.failed === 'ResponsePayloadSizeLimitExceeded')).toBe(true);
    expect(host.requestLog.filter((r) => !r.failed).every((r) => r.responseBytes <= 60_000)).toBe(true);
  });
});

describe('takeChunks', () => {
  it('takes whole chunks while they fit and splits the first that does not by rows', () => {
    const pending = [
      { top: 1, bottom: 10, w: 4 },
      { top: 1, bottom: 100, w: 2 },
    ];
    const taken = takeChunks(pending, 100, (c) => c.w);
    expect(taken).toEqual([
      { top: 1, bottom: 10, w: 4 },
      { top: 1, bottom: 30, w: 2 },
    ]);
    expect(pending).toEqual([{ top: 31, bottom: 100, w: 2 }]);
  });

  it('always takes at least one row', () => {
    const pending = [{ top: 5, bottom: 9, w: 1000 }];
    expect(takeChunks(pending, 10, (c) => c.w)).toEqual([{ top: 5, bottom: 5, w: 1000 }]);
  });
});
