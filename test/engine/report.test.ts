import { parseCell } from '../../src/engine/address';
import { checkWorkbook } from '../../src/engine/report';
import { buildTotalsSheet } from '../../src/engine/totals-sheet';
import type { SheetSnapshot } from '../../src/engine/types';

const criteria: SheetSnapshot = {
  name: 'Tiêu chí',
  origin: 'A1',
  values: [
    ['TT', 'Nội dung tiêu chí', 'Điểm chuẩn', 'Điểm tự chấm'],
    [1, 'Kết nạp đoàn viên', 5, 5],
    [2, 'Thành lập công đoàn cơ sở', 5, 4],
  ],
};

/** The totals sheet as a reader would see it once written: its values in a grid. */
function writtenTotals(): SheetSnapshot {
  const spec = buildTotalsSheet(checkWorkbook([criteria], { file: 'a.xlsx', lang: 'vi' }));
  const values: (string | number | null)[][] = [];
  for (const c of spec.cells) {
    const at = parseCell(c.address)!;
    (values[at.row - 1] ??= [])[at.col - 1] = c.value;
  }
  return { name: 'Tổng hợp điểm', origin: 'A1', values: Array.from(values, (r) => Array.from(r ?? [], (v) => v ?? null)) };
}

describe('checkWorkbook', () => {
  it('does not read the totals sheet it wrote as one more criteria table', () => {
    const report = checkWorkbook([criteria, writtenTotals()], { file: 'a.xlsx', lang: 'vi' });
    expect(report.criteriaSheets.map((c) => c.sheet)).toEqual(['Tiêu chí']);
    expect(report.issues.filter((i) => i.sheet === 'Tổng hợp điểm')).toEqual([]);
  });

  it('counts issues by severity and reports a workbook without tables', () => {
    const report = checkWorkbook([{ name: 'Trống', origin: 'A1', values: [['ghi chép']] }], { file: 'b.xlsx', lang: 'en' });
    expect(report.issues).toEqual([
      expect.objectContaining({ code: 'NO_TABLE_FOUND', severity: 'warning', sheet: '', cell: '' }),
    ]);
    expect(report.summary).toEqual({ errors: 0, warnings: 1, infos: 0 });
  });
});
