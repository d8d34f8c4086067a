// Input limits the engine meets quickly: Excel's cell length limit, and a sheet at the
// row limit full of findings (test/slow/limits.test.ts has the million-row sheet and
// ten thousand sheets).
import { checkWorkbook, MAX_CELL_CHARS, MAX_ROWS } from '../../src/engine/report';
import type { CellValue, Report } from '../../src/engine/types';

const HEADER = ['TT', 'Nội dung tiêu chí', 'Điểm chuẩn', 'Điểm tự chấm'];

function check(values: CellValue[][], lang: 'vi' | 'en' = 'vi'): Report {
  return checkWorkbook([{ name: 'Tiêu chí', origin: 'B3', values }], { file: 'x.xlsx', lang });
}

/** The message's digits, whatever grouping the language writes them with. */
const digits = (message: string) => message.replace(/[.,\s\u00a0\u202f]/g, '');

describe('cell length', () => {
  const text = (length: number) => 'Kết nạp đoàn viên công đoàn '.repeat(Math.ceil(length / 28)).slice(0, length);

  it('Excel’s own limit, 32,767 characters, is fine', () => {
    const report = check([HEADER, [1, text(MAX_CELL_CHARS), 5, 5]]);
    expect(MAX_CELL_CHARS).toBe(32_767);
    expect(report.issues).toEqual([]);
    expect(report.criteriaSheets[0].sections[0].groups[0].criteria[0].title).toHaveLength(MAX_CELL_CHARS);
  });

  it('a 40,000-character cell is reported where it is, and the table is still read', () => {
    const vi = check([HEADER, [1, text(40_000), 5, 5], [2, 'Tuyên truyền', 5, 4]]);
    const en = check([HEADER, [1, text(40_000), 5, 5], [2, 'Tuyên truyền', 5, 4]], 'en');
    expect(vi.issues.map((i) => [i.code, i.severity, i.cell])).toEqual([['CELL_TOO_LONG', 'warning', 'C4']]);
    for (const report of [vi, en]) {
      expect(digits(report.issues[0].message)).toContain('40000');
      expect(digits(report.issues[0].message)).toContain('32767');
    }
    expect(vi.criteriaSheets[0].sections[0]).toMatchObject({ capTotal: 10, selfTotal: 9 });
  });

  it('long cells anywhere (scores, plan tasks, hostile patterns) are each reported once', () => {
    const long = ['('.repeat(40_000), '<a '.repeat(13_334), '1.'.repeat(20_000), '9'.repeat(40_000), 'Tháng 1 '.repeat(5_000)];
    const report = checkWorkbook(
      [
        { name: 'Tiêu chí', origin: 'A1', values: [HEADER, [1, 'Kết nạp', long[0], long[1]], [long[2], long[3], 5, 5]] },
        { name: 'Nhiệm vụ', origin: 'A1', values: [['TT', 'Nhiệm vụ', 'Ghi chú'], ['Tháng 1'], [1, long[4], long[1]]] },
      ],
      { file: 'x.xlsx', lang: 'vi' },
    );
    expect(report.issues.filter((i) => i.code === 'CELL_TOO_LONG').map((i) => `${i.sheet}!${i.cell}`)).toEqual([
      'Tiêu chí!C2',
      'Tiêu chí!D2',
      'Tiêu chí!A3',
      'Tiêu chí!B3',
      'Nhiệm vụ!B3',
      'Nhiệm vụ!C3',
    ]);
  });
});

describe('a sheet at the row limit', () => {
  // Regression: findings were gathered with push(...findings), which overflows the call
  // stack past ~120,000 arguments: a sheet of that many flawed rows crashed the check.
  it('regression: more findings than a call takes arguments do not overflow the stack', () => {
    const values: CellValue[][] = [HEADER];
    for (let order = 1; values.length < MAX_ROWS; order++) values.push([order, 'Tiêu chí', 5]);
    const report = check(values);
    expect(report.issues).toHaveLength(MAX_ROWS - 1);
    expect(new Set(report.issues.map((i) => i.code))).toEqual(new Set(['SCORE_MISSING']));
    expect(report.summary).toEqual({ errors: 0, warnings: MAX_ROWS - 1, infos: 0 });
    expect(report.criteriaSheets[0].sections[0].groups[0].criteria).toHaveLength(MAX_ROWS - 1);
  });
});
