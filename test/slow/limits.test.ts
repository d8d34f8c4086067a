// Input limits at full size: a million-row sheet, ten thousand criteria sheets' worth of
// issues, a plan at the row limit. What is checked is the report, never the time taken.
import { checkWorkbook, MAX_ROWS } from '../../src/engine/report';
import type { CellValue, SheetSnapshot } from '../../src/engine/types';

const HEADER = ['TT', 'Nội dung tiêu chí', 'Điểm chuẩn', 'Điểm tự chấm'];
const MILLION = 1_000_000;
const digits = (message: string) => message.replace(/[.,\s\u00a0\u202f]/g, '');

/** A criteria table of ten criteria at the top, then `fill(row)` down to a million rows. */
function millionRows(fill: (index: number) => CellValue[]): SheetSnapshot {
  const values: CellValue[][] = [HEADER];
  for (let order = 1; order <= 10; order++) values.push([order, `Tiêu chí ${order}`, 5, order === 3 ? 7 : 5]);
  while (values.length < MILLION) values.push(fill(values.length));
  return { name: 'Rất lớn', origin: 'A1', values };
}

describe('a sheet of 1,000,000 rows', () => {
  const notes: CellValue[] = [null, 'Ghi chú: số liệu tháng', null, null];

  it.each([
    ['notes under the table', (i: number) => (i === 11 ? [] : notes)],
    ['criteria all the way down', (i: number) => [i, `Tiêu chí ${i}`, 5, i % 1000 === 0 ? 7 : 5]],
    ['plan rows all the way down', (i: number) => [i % 40 === 0 ? `Tháng ${((i / 40) % 12) + 1}` : i % 40, `Nhiệm vụ ${i}`, '']],
  ])('%s: read up to the limit, with a clear SHEET_TOO_LARGE', (_name, fill) => {
    const vi = checkWorkbook([millionRows(fill)], { file: 'x.xlsx', lang: 'vi' });
    const tooLarge = vi.issues.filter((i) => i.code === 'SHEET_TOO_LARGE');
    expect(tooLarge).toEqual([
      expect.objectContaining({ severity: 'warning', sheet: 'Rất lớn', cell: '', params: { rows: MILLION, limit: MAX_ROWS } }),
    ]);
    expect(digits(tooLarge[0].message)).toContain(String(MILLION));
    expect(digits(tooLarge[0].message)).toContain(String(MAX_ROWS));
    // The table at the top is read, with its over-cap score; nothing past the limit is.
    const [table] = vi.criteriaSheets;
    expect(table.sections[0].groups[0].criteria.slice(0, 10).map((c) => c.title)).toEqual(
      Array.from({ length: 10 }, (_, i) => `Tiêu chí ${i + 1}`),
    );
    expect(vi.issues.find((i) => i.code === 'SCORE_OVER_CAP')).toMatchObject({ cell: 'D4' });
    const rows = [
      ...vi.criteriaSheets.flatMap((s) => s.sections.flatMap((x) => x.groups.flatMap((g) => g.criteria.map((c) => c.row)))),
      ...vi.issues.map((i) => Number(i.cell.replace(/^[A-Z]+/, '')) || 0),
    ];
    expect(rows.every((row) => row <= MAX_ROWS)).toBe(true);
  });
});

describe('10,000 criteria sheets', () => {
  it('one over-cap score each: 10,000 errors, each on its own sheet, counted in the summary', () => {
    const sheets: SheetSnapshot[] = Array.from({ length: 10_000 }, (_, i) => ({
      name: `Đơn vị ${i + 1}`,
      origin: 'A1',
      values: [HEADER, [1, 'Kết nạp đoàn viên', 5, 7], [2, 'Tuyên truyền', 10, 10]],
    }));
    for (const lang of ['vi', 'en'] as const) {
      const report = checkWorkbook(sheets, { file: 'x.xlsx', lang });
      expect(report.summary).toEqual({ errors: 10_000, warnings: 0, infos: 0 });
      expect(report.criteriaSheets).toHaveLength(10_000);
      expect(report.issues.map((i) => `${i.code} ${i.sheet}!${i.cell}`)).toEqual(
        sheets.map((s) => `SCORE_OVER_CAP ${s.name}!D2`),
      );
      expect(new Set(report.issues.map((i) => i.message)).size).toBe(1);
    }
  });
});

describe('a plan at the row limit', () => {
  // Regression: plan findings were gathered with push(...findings) too (see the fast limits test).
  it('regression: a month repeated on every row does not overflow the stack', () => {
    const values: CellValue[][] = [['TT', 'Nhiệm vụ trọng tâm', 'Ghi chú']];
    while (values.length < MAX_ROWS) values.push(['Tháng 1', null, null]);
    const report = checkWorkbook([{ name: 'Nhiệm vụ', origin: 'A1', values }], { file: 'x.xlsx', lang: 'vi' });
    const duplicates = report.issues.filter((i) => i.code === 'MONTH_DUPLICATE');
    expect(duplicates).toHaveLength(MAX_ROWS - 2);
    expect(duplicates[0]).toMatchObject({ cell: 'A3' });
    expect(report.summary.warnings).toBe(report.issues.length);
  });
});
