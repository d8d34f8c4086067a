// Bugs the property tests (test/engine/property.test.ts) found, each kept as a plain case.
import { checkWorkbook } from '../../src/engine/report';

describe('regressions found by the property tests', () => {
  it('regression: a section row with a label and no title reports its mismatch at the label, not at ""', () => {
    const report = checkWorkbook(
      [
        {
          name: 'Tiêu chí',
          origin: 'A1',
          values: [
            ['TT', 'Nội dung tiêu chí', 'Điểm chuẩn', 'Điểm tự chấm'],
            ['II.', null, 40],
            [1, 'Kết nạp đoàn viên', 30, 30],
          ],
        },
      ],
      { file: 'x.xlsx', lang: 'vi' },
    );
    const [section] = report.criteriaSheets[0].sections;
    expect(section).toMatchObject({ label: 'II', title: '', cell: 'A2', cap: 40, capTotal: 30 });
    expect(report.issues.map((i) => `${i.code}@${i.cell}`)).toEqual(['SECTION_CAP_MISMATCH@A2']);
  });

  it('regression: a score near Excel’s largest number is written out, not as ∞', () => {
    const report = checkWorkbook(
      [
        {
          name: 'Tiêu chí',
          origin: 'A1',
          values: [
            ['TT', 'Nội dung tiêu chí', 'Điểm chuẩn', 'Điểm tự chấm'],
            [1, 'Kết nạp', 5, 1e308],
          ],
        },
      ],
      { file: 'x.xlsx', lang: 'vi' },
    );
    expect(report.issues.map((i) => i.code)).toEqual(['NUMBER_TOO_LARGE']);
    expect(report.issues[0].message).toMatch(/^Điểm tự chấm 1\d{308} quá lớn/);
  });

  it('regression: caps near Excel’s largest number are reported, and the totals stay finite', () => {
    const report = checkWorkbook(
      [
        {
          name: 'Tiêu chí',
          origin: 'A1',
          values: [
            ['TT', 'Nội dung tiêu chí', 'Điểm chuẩn', 'Điểm tự chấm'],
            [1, 'Kết nạp', 1e308, 5],
            [2, 'Tuyên truyền', 1e308, 5],
            [3, 'Thi đua', 5, 5],
          ],
        },
      ],
      { file: 'x.xlsx', lang: 'vi' },
    );
    expect(report.criteriaSheets[0].sections[0]).toMatchObject({ capTotal: 5, selfTotal: 15 });
    expect(report.issues.map((i) => `${i.code}@${i.cell}`)).toEqual(['NUMBER_TOO_LARGE@C2', 'NUMBER_TOO_LARGE@C3']);
    expect(JSON.parse(JSON.stringify(report)).criteriaSheets[0].sections[0].capTotal).toBe(5);
  });

  it('regression: a NaN or infinite score reads as the error #NUM!, not as the text "NaN"', () => {
    const report = checkWorkbook(
      [
        {
          name: 'Tiêu chí',
          origin: 'A1',
          values: [
            ['TT', 'Nội dung tiêu chí', 'Điểm chuẩn', 'Điểm tự chấm'],
            [1, 'Kết nạp', 5, NaN],
            [2, 'Tuyên truyền', 5, -Infinity],
          ],
        },
      ],
      { file: 'x.xlsx', lang: 'vi' },
    );
    expect(report.issues.map((i) => [i.code, i.cell, i.message])).toEqual([
      ['SCORE_NOT_NUMBER', 'D2', 'Điểm tự chấm "#NUM!" không phải là số'],
      ['SCORE_NOT_NUMBER', 'D3', 'Điểm tự chấm "#NUM!" không phải là số'],
    ]);
  });
});
