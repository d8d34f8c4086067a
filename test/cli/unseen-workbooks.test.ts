// Workbooks the engine has never seen, laid out as docs/report.md
// describes and saved the way Excel saves them, checked through `thidua check --json`.
// Every expected figure is worked out by hand from the cells written here.
import { rmSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { main } from '../../src/cli/main';
import { readWorkbookFile } from '../../src/cli/read-workbook';
import { exceljsSnapshots, workbookSnapshots } from '../support/exceljs-reader';
import { asExcelJsReadsZeroResults, canonical } from '../support/snapshot-compare';
import { checkWorkbook } from '../../src/engine/report';
import { tasksOfMonth } from '../../src/engine/plan';
import type { Report, SheetSnapshot } from '../../src/engine/types';
import { errorValue, formula, HEADER_STYLE, nfd, rich, saveWorkbook, TITLE_STYLE } from '../support/workbook-builder';
import { tempDir } from '../support/xlsx';

let dir: string;
beforeAll(() => {
  dir = tempDir();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function check(file: string): Promise<{ code: number; report: Report }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(['check', file, '--json'], { out: (l) => out.push(l), err: (l) => err.push(l) });
  expect(err).toEqual([]);
  // The command line's package reader sees each workbook as ExcelJS's loader does.
  const ours = (await readWorkbookFile(file)).snapshots.map((s) => asExcelJsReadsZeroResults(canonical(s)));
  expect(ours).toEqual((await exceljsSnapshots(file)).map(canonical));
  return { code, report: JSON.parse(out.join('\n')) as Report };
}

/** Issues as "CODE@SHEET!CELL", in report order. */
function issuesOf(report: Report): string[] {
  return report.issues.map((i) => `${i.code}@${i.sheet}!${i.cell}`);
}

const totalsOf = (t: { capTotal: number; selfTotal: number; appraisedTotal: number | null }) => [
  t.capTotal,
  t.selfTotal,
  t.appraisedTotal,
];

describe("a member union's score sheet: two header rows, sections, heading-row groups, Cộng rows", () => {
  const SHEET = 'Bảng chấm điểm';
  let code: number;
  let report: Report;

  beforeAll(async () => {
    const file = await saveWorkbook(path.join(dir, 'cd-co-so.xlsx'), (sheet) => {
      sheet('Hướng dẫn').rows('A1', [['Hướng dẫn chấm điểm'], ['Các đơn vị tự chấm điểm theo bảng ở trang bên.']]);
      const ws = sheet(SHEET).widths(6, 50, 9, 9, 9, 20);
      ws.merge('A1:C1', 'LĐLĐ TỈNH QUẢNG NINH', TITLE_STYLE).merge('D1:F1', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', TITLE_STYLE);
      ws.merge('A2:C2', 'CĐCS CÔNG TY THAN HÀ LẦM', TITLE_STYLE);
      ws.merge(
        'A3:F3',
        rich(['BẢNG TỰ CHẤM ĐIỂM THI ĐUA ', { bold: true }], ['NĂM 2024', { bold: true, color: { argb: 'FFFF0000' } }]),
        TITLE_STYLE,
      );
      // Header at row 5: a merged "Điểm" over "Chuẩn | Tự chấm | Thẩm định".
      ws.merge('A5:A6', 'TT', HEADER_STYLE)
        .merge('B5:B6', 'Nội dung tiêu chí', HEADER_STYLE)
        .merge('C5:E5', 'Điểm', HEADER_STYLE);
      ws.merge('F5:F6', 'Ghi chú', HEADER_STYLE).row('C6', ['Chuẩn', 'Tự chấm', 'Thẩm định'], HEADER_STYLE);
      ws.row('A7', ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)'], HEADER_STYLE);
      ws.rows('A8', [
        ['I.', 'Tổ chức hoạt động công đoàn (48/60 điểm)'],
        [1, 'Công tác tổ chức (30 điểm)', 30],
        ['1.1', 'Phát triển đoàn viên', 10, 9, 8],
        ['1.2', 'Thành lập công đoàn cơ sở', 10, 12, 10, 'Vượt chỉ tiêu'],
        ['1.3', 'Tổ chức đại hội công đoàn', 10, 'đạt'],
      ]);
      ws.row('A13', [null, 'Cộng']).sharedRow('C13', 'SUM(C10:C12)', [30, 21, 18]);
      ws.rows('A14', [
        [2, 'Công tác tài chính (30 điểm)', 30],
        ['2.1', 'Thu kinh phí công đoàn', 15, '4,5'],
        ['2.2', 'Quyết toán tài chính', 15, formula('D15/0', errorValue('#DIV/0!'))],
        [null, 'Cộng', formula('SUM(C15:C16)', 30), formula('SUM(D15:D16)', errorValue('#DIV/0!'))],
        ['II.', 'Phong trào thi đua (40 diem)'],
        [3, 'Phong trào thi đua yêu nước (40 điểm)', 40],
        ['3.1', 'Phong trào lao động giỏi', 20, 20, 18],
        ['3.2', 'Phong trào sáng kiến', 20, -2],
      ]);
      // Excel's SUM counts the -2, and so does the engine (it is reported too): 18 both.
      ws.row('A22', [null, 'Cộng']).sharedRow('C22', 'SUM(C20:C21)', [40, 18, 18]);
      ws.rows('A23', [
        ['III.', 'Công tác khác (20 điểm)'],
        [4, 'Công tác nữ công'],
        ['4.1', 'Hoạt động nữ công', 10, 10, 10],
        ['4.2', 'Văn hóa, thể thao', 10],
        [
          null,
          'Tổng cộng',
          formula('C13+C17+C22+C25+C26', 120),
          formula('D13+D17+D22+D25+D26', errorValue('#DIV/0!')),
          formula('E13+E17+E22+E25+E26', 46),
        ],
      ]);
      ws.rows('B29', [['Ghi chú: điểm thẩm định do Ban Thường vụ LĐLĐ tỉnh chấm.'], ['CHỦ TỊCH']], {});
    });
    ({ code, report } = await check(file));
  });

  it('finds the one table under its two header rows', () => {
    expect(report.criteriaSheets.map((c) => [c.sheet, c.headerRow])).toEqual([[SHEET, 5]]);
    expect(report.planSheets).toEqual([]);
  });

  it('reads three sections with their declared points', () => {
    const { sections } = report.criteriaSheets[0];
    expect(sections.map((s) => [s.label, s.cell, s.cap, s.declaredSelf, ...totalsOf(s)])).toEqual([
      ['I', 'B8', 60, 48, 60, 25.5, 18],
      ['II', 'B18', 40, null, 40, 18, 18],
      ['III', 'B23', 20, null, 20, 10, 10],
    ]);
    expect(sections[0].title).toBe('Tổ chức hoạt động công đoàn (48/60 điểm)');
  });

  it('reads the heading rows as groups over their 1.1, 1.2 criteria', () => {
    const groups = report.criteriaSheets[0].sections.flatMap((s) => s.groups);
    expect(groups.map((g) => [g.title, g.cell, g.cap, ...totalsOf(g), g.criteria.map((c) => c.order).join(' ')])).toEqual([
      ['Công tác tổ chức', 'B9', 30, 30, 21, 18, '1.1 1.2 1.3'],
      ['Công tác tài chính', 'B14', 30, 30, 4.5, null, '2.1 2.2'],
      ['Phong trào thi đua yêu nước', 'B19', 40, 40, 18, 18, '3.1 3.2'],
      ['Công tác nữ công', 'B24', null, 20, 10, 10, '4.1 4.2'],
    ]);
  });

  it('reads each criterion with its cells and scores', () => {
    const criteria = report.criteriaSheets[0].sections.flatMap((s) => s.groups.flatMap((g) => g.criteria));
    expect(criteria.map((c) => [c.row, c.title, c.cap, c.self, c.appraised])).toEqual([
      [10, 'Phát triển đoàn viên', 10, 9, 8],
      [11, 'Thành lập công đoàn cơ sở', 10, 12, 10],
      [12, 'Tổ chức đại hội công đoàn', 10, null, null],
      [15, 'Thu kinh phí công đoàn', 15, 4.5, null],
      [16, 'Quyết toán tài chính', 15, null, null],
      [20, 'Phong trào lao động giỏi', 20, 20, 18],
      [21, 'Phong trào sáng kiến', 20, -2, null],
      [25, 'Hoạt động nữ công', 10, 10, 10],
      [26, 'Văn hóa, thể thao', 10, null, null],
    ]);
    expect(criteria[0]).toMatchObject({ capCell: 'C10', selfCell: 'D10', appraisedCell: 'E10' });
  });

  it('reports each error at its cell; the Cộng row that counts the negative score agrees', () => {
    expect(issuesOf(report)).toEqual(
      [
        'DECLARED_TOTAL_MISMATCH@B8',
        'APPRAISED_DIFFERS@E10',
        'SCORE_OVER_CAP@D11',
        'APPRAISED_DIFFERS@E11',
        'SCORE_NOT_NUMBER@D12',
        'NUMBER_AS_TEXT@D15',
        'SCORE_NOT_NUMBER@D16',
        'APPRAISED_DIFFERS@E20',
        'SCORE_NEGATIVE@D21',
        'SCORE_MISSING@D26',
      ].map((i) => i.replace('@', `@${SHEET}!`)),
    );
    expect(report.summary).toEqual({ errors: 4, warnings: 3, infos: 3 });
    expect(code).toBe(1);
  });
});

describe("the seed's layout with two sections and two groups, headers in NFD and without diacritics", () => {
  const SHEET = 'Tieu chi 2024';
  let code: number;
  let report: Report;

  beforeAll(async () => {
    const file = await saveWorkbook(path.join(dir, 'khoi-nfd.xlsx'), (sheet) => {
      const ws = sheet(SHEET).widths(24, 6, 40, 30, 9, 9, 9);
      ws.merge('A1:C1', nfd('KHỐI THI ĐUA CÁC CÔNG ĐOÀN NGÀNH'), TITLE_STYLE).merge('A2:C2', 'CÔNG ĐOÀN ĐIỆN LỰC', TITLE_STYLE);
      ws.merge('A5:G5', 'BẢNG TIÊU CHÍ THI ĐUA NĂM 2024', TITLE_STYLE).merge(
        'A6:G6',
        '(Kèm theo Hướng dẫn số 12/HD-CĐ ngày 10/01/2024)',
        {},
      );
      ws.merge('E9:G9', 'Đơn vị tính: điểm', {});
      // Row 12: "Nhóm lĩnh vực" and "Căn cứ" decomposed, the rest without diacritics, Ð (U+00D0) for Đ.
      ws.row(
        'A12',
        [
          nfd('Nhóm lĩnh vực'),
          'STT',
          'Noi dung tieu chi',
          nfd('Căn cứ chấm điểm'),
          'DIEM CHUAN',
          'Diem tu cham',
          '\u00D0IỂM THẨM ĐỊNH',
        ],
        HEADER_STYLE,
      );
      ws.row('A13', ['Mục I', null, 'Tiêu chí thực hiện nhiệm vụ chính trị (40 điểm)']);
      ws.merge('A14:A16', nfd('Công tác tổ chức (15 điểm)'));
      ws.rows('B14', [
        [1, 'Kết nạp đoàn viên', 'Theo chỉ tiêu được giao', 5, 5, 5],
        [2, 'Thành lập CĐCS', 'Theo chỉ tiêu được giao', 5, 4, 4],
        [3, 'Đào tạo cán bộ', 'Theo kế hoạch', 5, 5, 4],
      ]);
      ws.merge('A17:A18', 'Công tác tuyên truyền (25 điểm)');
      ws.rows('B17', [
        [4, 'Tuyên truyền nghị quyết', 'Báo cáo kết quả', 10, formula('E17', 10)],
        [5, 'Trang thông tin điện tử', 'Số tin bài', 10, 8],
      ]);
      ws.row('A19', ['Mục II', null, 'Tiêu chí bổ sung (20 điểm)']);
      ws.merge('A20:A21', 'Hoạt động xã hội (20 điểm)');
      ws.rows('B20', [
        [6, 'Chăm lo đoàn viên', 'Số suất quà', 10, 10, 10],
        [7, 'Mái ấm công đoàn', 'Số nhà', 10, 10, 10],
      ]);
    });
    ({ code, report } = await check(file));
  });

  it('finds the header at row 12', () => {
    expect(report.criteriaSheets.map((c) => [c.sheet, c.headerRow])).toEqual([[SHEET, 12]]);
  });

  it('reads the sections and the groups merged down their criteria', () => {
    const { sections } = report.criteriaSheets[0];
    expect(sections.map((s) => [s.label, s.cell, s.cap, s.declaredSelf, ...totalsOf(s)])).toEqual([
      ['I', 'C13', 40, null, 35, 32, 13],
      ['II', 'C19', 20, null, 20, 20, 20],
    ]);
    expect(sections.map((s) => s.groups.map((g) => [g.title, g.cell, g.cap, ...totalsOf(g), g.criteria.length]))).toEqual([
      [
        ['Công tác tổ chức', 'A14', 15, 15, 14, 13, 3],
        ['Công tác tuyên truyền', 'A17', 25, 20, 18, null, 2],
      ],
      [['Hoạt động xã hội', 'A20', 20, 20, 20, 20, 2]],
    ]);
    const criteria = sections.flatMap((s) => s.groups.flatMap((g) => g.criteria));
    expect(criteria.map((c) => c.order).join(' ')).toBe('1 2 3 4 5 6 7');
    expect(criteria[0]).toMatchObject({ title: 'Kết nạp đoàn viên', capCell: 'E14', selfCell: 'F14', appraisedCell: 'G14' });
  });

  it('reports the mismatched points and the differing appraisal', () => {
    expect(issuesOf(report)).toEqual([
      `SECTION_CAP_MISMATCH@${SHEET}!C13`,
      `APPRAISED_DIFFERS@${SHEET}!G16`,
      `GROUP_CAP_MISMATCH@${SHEET}!A17`,
    ]);
    expect(report.summary).toEqual({ errors: 1, warnings: 1, infos: 1 });
    expect(code).toBe(1);
  });
});

/** The plan's table header. */
const PLAN_HEADER = ['TT', 'NHIỆM VỤ CÔNG TÁC TRỌNG TÂM', 'GHI CHÚ'];

/** Rows of months 7..12, one task each, from sheet row `row` on. */
function laterMonths(): (string | number | null)[][] {
  return ['VII', 'VIII', 'IX', 'X', 'XI', 'XII'].flatMap((roman, i) => [
    [roman, `Tháng ${i + 7}`],
    [1, `Việc chính tháng ${i + 7}`],
  ]);
}

describe('a plan table as a pasted document leaves it: month markers of every form, page breaks, HTML', () => {
  const SHEET = 'Kế hoạch 2024';
  let file: string;
  let code: number;
  let report: Report;

  beforeAll(async () => {
    file = await saveWorkbook(path.join(dir, 'ke-hoach.xlsx'), (sheet) => {
      const ws = sheet(SHEET).widths(6, 80, 20);
      ws.merge('A1:C1', 'CÔNG ĐOÀN TẬP ĐOÀN HÓA CHẤT', TITLE_STYLE).merge('A2:C2', 'KẾ HOẠCH CÔNG TÁC NĂM 2024', TITLE_STYLE);
      ws.row('A4', PLAN_HEADER, HEADER_STYLE);
      ws.rows('A5', [
        ['A', 'NHIỆM VỤ TRỌNG TÂM'],
        [1, '<p>Nâng cao chất lượng hoạt động công đoàn.</p> <p>- Đổi mới nội dung, phương thức.</p>'],
        [2, 'Phát triển đoàn viên', 'Cả năm'],
        ['B', 'NHIỆM VỤ CỤ THỂ'],
        ['I', 'Tháng 01'],
        [1, 'Tổ chức Hội nghị Ban Chấp hành', 'Văn phòng'],
        [2, '<ul><li>Thăm hỏi đoàn viên</li><li>Tặng quà Tết</li></ul>'],
        ['II', 'THÁNG 02'],
      ]);
      // A task over three rows under one merged TT cell.
      ws.merge('A13:A15', 1).rows('B13', [
        ['Tổ chức giải chạy bộ:', 'Ban Tuyên giáo'],
        ['- Xây dựng kế hoạch'],
        ['- Phát động các đơn vị'],
      ]);
      // A task cut by a page break; the header repeated on the next page.
      ws.row('A16', [2, 'Hướng dẫn thăm hỏi, hỗ']).row('A18', PLAN_HEADER, HEADER_STYLE);
      ws.rows('A19', [
        [null, 'trợ người lao động khó khăn<br>theo Quyết định số 12.'],
        ['III', 'Tháng 3 năm 2024'],
        [1, 'Tổ chức các hoạt động chào mừng ngày 8/3', 'Ban Nữ công'],
        [2, rich('Tập huấn ', ['nghiệp vụ', { bold: true }]), rich(['Ban Tổ chức', { italic: true }])],
        [null, 'Tháng 04/2024'],
        [1, 'Phát động Tháng Công nhân'],
        ['V', 'Tháng 5'],
        [1, 'Tổ chức hội thao'],
        // June written as May again; June is missing.
        ['VI', 'Tháng 5'],
        [1, 'Sơ kết 6 tháng đầu năm'],
        ...laterMonths(),
      ]);
      ws.row('A42', ['Ghi chú: Kế hoạch có thể được điều chỉnh theo chỉ đạo của cấp trên.'], {});
    });
    ({ code, report } = await check(file));
  });

  it('finds one plan table with its year', () => {
    expect(report.criteriaSheets).toEqual([]);
    expect(report.planSheets.map((p) => [p.sheet, p.headerRow, p.year])).toEqual([[SHEET, 4, 2024]]);
  });

  it('keeps the key tasks above the first month apart', () => {
    expect(report.planSheets[0].keyTasks).toEqual([
      {
        row: 6,
        order: '1',
        text: 'Nâng cao chất lượng hoạt động công đoàn.\n- Đổi mới nội dung, phương thức.',
        note: '',
        time: '',
        lead: '',
        partners: '',
      },
      { row: 7, order: '2', text: 'Phát triển đoàn viên', note: 'Cả năm', time: '', lead: '', partners: '' },
    ]);
  });

  it('reads every month marker, the duplicated one twice', () => {
    const { months } = report.planSheets[0];
    expect(months.map((m) => [m.month, m.row, m.tasks.length])).toEqual([
      [1, 9, 2],
      [2, 12, 2],
      [3, 20, 2],
      [4, 23, 1],
      [5, 25, 1],
      [5, 27, 1],
      [7, 29, 1],
      [8, 31, 1],
      [9, 33, 1],
      [10, 35, 1],
      [11, 37, 1],
      [12, 39, 1],
    ]);
  });

  it('turns HTML into lines, joins merged rows and rows cut by a page break', () => {
    const [jan, feb, mar] = report.planSheets[0].months;
    expect(jan.tasks).toEqual([
      { row: 10, order: '1', text: 'Tổ chức Hội nghị Ban Chấp hành', note: 'Văn phòng', time: '', lead: '', partners: '' },
      { row: 11, order: '2', text: '- Thăm hỏi đoàn viên\n- Tặng quà Tết', note: '', time: '', lead: '', partners: '' },
    ]);
    expect(feb.tasks).toEqual([
      {
        row: 13,
        order: '1',
        text: 'Tổ chức giải chạy bộ:\n- Xây dựng kế hoạch\n- Phát động các đơn vị',
        note: 'Ban Tuyên giáo',
        time: '',
        lead: '',
        partners: '',
      },
      {
        row: 16,
        order: '2',
        text: 'Hướng dẫn thăm hỏi, hỗ trợ người lao động khó khăn\ntheo Quyết định số 12.',
        note: '',
        time: '',
        lead: '',
        partners: '',
      },
    ]);
    expect(mar.tasks.map((t) => [t.order, t.text, t.note])).toEqual([
      ['1', 'Tổ chức các hoạt động chào mừng ngày 8/3', 'Ban Nữ công'],
      ['2', 'Tập huấn nghiệp vụ', 'Ban Tổ chức'],
    ]);
  });

  it('reports the repeated header, the duplicated and the missing month', () => {
    expect(issuesOf(report)).toEqual([
      `MONTH_MISSING@${SHEET}!A4`,
      `REPEATED_HEADER@${SHEET}!A18`,
      `MONTH_DUPLICATE@${SHEET}!A27`,
    ]);
    expect(report.issues[0].params).toMatchObject({ months: '6' });
    expect(report.summary).toEqual({ errors: 0, warnings: 2, infos: 1 });
    expect(code).toBe(0);
  });

  it('`thidua plan --month 3` inserts March with its two tasks, the other sheets unchanged', async () => {
    const out = path.join(dir, 'ke-hoach-t3.xlsx');
    const lines: string[] = [];
    expect(
      await main(['plan', file, '--month', '3', '--out', out], { out: (l) => lines.push(l), err: (l) => lines.push(l) }),
    ).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual([SHEET, 'KH T03-2024']);
    const ws = wb.getWorksheet('KH T03-2024')!;
    const header = ws.getColumn(2).values.indexOf('Nội dung công việc');
    expect(header).toBeGreaterThan(0);
    const rows = [1, 2, 3]
      .map((i) => ws.getRow(header + i))
      .map((r) => [r.getCell(1).value, r.getCell(2).value, r.getCell(7).value]);
    expect(rows).toEqual([
      [1, 'Tổ chức các hoạt động chào mừng ngày 8/3', 'Ban Nữ công'],
      [2, 'Tập huấn nghiệp vụ', 'Ban Tổ chức'],
      [null, null, null],
    ]);
    expect(wb.getWorksheet(SHEET)!.getCell('A13').value).toBe(1);
    expect(wb.getWorksheet(SHEET)!.model.merges).toEqual(expect.arrayContaining(['A1:C1', 'A2:C2', 'A13:A15']));
  });
});

describe("a bloc office's workbook: a plan sheet, five member unions' sheets, a notes sheet", () => {
  /** Each union's self and appraised scores for criteria 1.1, 1.2, 2.1, 2.2 (caps 10 each). */
  const UNIONS: [string, (number | string | null)[], (number | null)[]][] = [
    ['CĐ Điện lực', [10, 9, 10, 8], [10, 9, 9, 8]],
    ['CĐ Than', [10, 10, 10, 10], [null, null, null, null]],
    ['CĐ Dầu khí', [8, 7, 6, 5], [8, 7, 6, 5]],
    ['CĐ Hóa chất', [5, 5, 5, 11], [null, null, null, null]],
    ['CĐ Cao su', [10, '9,5', 10, 10], [null, null, null, null]],
  ];
  /** What Excel's SUM shows in each Tổng cộng row: text is skipped. */
  const EXCEL_SUMS: [number, number][] = [
    [37, 36],
    [40, 0],
    [26, 26],
    [26, 0],
    [30, 0],
  ];
  let code: number;
  let report: Report;

  beforeAll(async () => {
    const file = await saveWorkbook(path.join(dir, 'khoi.xlsx'), (sheet) => {
      const plan = sheet('Kế hoạch khối').widths(6, 60, 20).row('A1', ['TT', 'Nội dung', 'Ghi chú'], HEADER_STYLE);
      for (let m = 1; m <= 12; m++)
        plan.rows(`A${2 * m}`, [
          [null, `Tháng ${String(m).padStart(2, '0')}`],
          [1, `Giao ban Khối tháng ${m}`],
        ]);
      UNIONS.forEach(([name, self, appraised], i) => {
        const ws = sheet(name).widths(6, 40, 10, 10, 10);
        ws.merge('A1:E1', `BẢNG CHẤM ĐIỂM THI ĐUA - ${name.toUpperCase()}`, TITLE_STYLE);
        ws.row('A3', ['TT', 'Nội dung tiêu chí', 'Điểm chuẩn', 'Điểm tự chấm', 'Điểm Khối chấm'], HEADER_STYLE);
        ws.rows('A4', [
          [1, 'Công tác tổ chức (20 điểm)'],
          ['1.1', 'Kết nạp đoàn viên', 10, self[0], appraised[0]],
          ['1.2', 'Thành lập CĐCS', 10, self[1], appraised[1]],
          [2, 'Công tác tuyên truyền (20 điểm)'],
          ['2.1', 'Tuyên truyền nghị quyết', 10, self[2], appraised[2]],
          ['2.2', 'Trang thông tin', 10, self[3], appraised[3]],
          [
            null,
            'Tổng cộng',
            formula('SUM(C5:C6,C8:C9)', 40),
            formula('SUM(D5:D6,D8:D9)', EXCEL_SUMS[i][0]),
            formula('SUM(E5:E6,E8:E9)', EXCEL_SUMS[i][1]),
          ],
        ]);
      });
      sheet('Ghi chú').rows('A1', [['Ghi chú'], ['Điểm Khối chấm do Ban Thường vụ Khối thống nhất.']], {});
    });
    ({ code, report } = await check(file));
  });

  it("reads the five unions' tables in sheet order, with their totals", () => {
    expect(report.criteriaSheets.map((c) => [c.sheet, c.headerRow, c.sections.length])).toEqual(
      UNIONS.map(([name]) => [name, 3, 1]),
    );
    const totals = report.criteriaSheets.map((c) => [
      ...totalsOf(c.sections[0]),
      ...c.sections[0].groups.flatMap((g) => [g.cap, ...totalsOf(g)]),
    ]);
    expect(totals).toEqual([
      [40, 37, 36, 20, 20, 19, 19, 20, 20, 18, 17],
      [40, 40, null, 20, 20, 20, null, 20, 20, 20, null],
      [40, 26, 26, 20, 20, 15, 15, 20, 20, 11, 11],
      [40, 26, null, 20, 20, 10, null, 20, 20, 16, null],
      [40, 39.5, null, 20, 20, 19.5, null, 20, 20, 20, null],
    ]);
    expect(report.criteriaSheets[0].sections[0]).toMatchObject({ label: '', title: '', cell: '', cap: null, declaredSelf: null });
  });

  it('reads the plan sheet before them', () => {
    expect(report.planSheets.map((p) => p.sheet)).toEqual(['Kế hoạch khối']);
    const { months } = report.planSheets[0];
    expect(months.map((m) => [m.month, m.row, m.tasks.map((t) => t.text).join()])).toEqual(
      Array.from({ length: 12 }, (_, i) => [i + 1, 2 * (i + 1), `Giao ban Khối tháng ${i + 1}`]),
    );
  });

  it("reports each union's issues on its own sheet", () => {
    expect(issuesOf(report)).toEqual([
      'APPRAISED_DIFFERS@CĐ Điện lực!E8',
      'SCORE_OVER_CAP@CĐ Hóa chất!D9',
      'NUMBER_AS_TEXT@CĐ Cao su!D6',
      'TOTAL_ROW_MISMATCH@CĐ Cao su!D10',
    ]);
    expect(report.summary).toEqual({ errors: 1, warnings: 2, infos: 1 });
    expect(code).toBe(1);
  });
});

describe('a criteria table and a plan table on one sheet, one after the other', () => {
  /** Caps of each group's six criteria: 25 points a group, four groups. */
  const CAPS = [5, 5, 5, 5, 3, 2];
  let report: Report;

  beforeAll(async () => {
    const file = await saveWorkbook(path.join(dir, 'bao-cao.xlsx'), (sheet) => {
      // A criteria table of 30 rows, then a plan table starting below row 30.
      const both = sheet('Báo cáo năm').widths(6, 50, 12, 12, 12);
      both.merge('A1:E1', 'BÁO CÁO THI ĐUA VÀ KẾ HOẠCH NĂM 2025', TITLE_STYLE);
      both.row('A3', ['TT', 'Nội dung', 'Điểm tối đa', 'Điểm tự đánh giá', 'Điểm duyệt'], HEADER_STYLE);
      both.merge('A4:E4', 'I. TIÊU CHÍ CHUNG (100 điểm)');
      for (let g = 1; g <= 4; g++) {
        const top = 5 + (g - 1) * 7;
        both.row(`A${top}`, [g, `Lĩnh vực ${g}`]);
        // The first criterion of group g loses g points.
        CAPS.forEach((cap, i) =>
          both.row(`A${top + 1 + i}`, [`${g}.${i + 1}`, `Tiêu chí ${g}.${i + 1}`, cap, i === 0 ? cap - g : cap]),
        );
      }
      both.row('A33', [null, 'Tổng cộng', formula('SUM(C6:C32)', 100), formula('SUM(D6:D32)', 90)]);
      both.merge('A36:D36', 'KẾ HOẠCH CÔNG TÁC NĂM 2025', TITLE_STYLE);
      both.row('A37', ['STT', 'Nội dung công việc', 'Thời gian', 'Ghi chú'], HEADER_STYLE);
      both.rows('A38', [
        ['I', 'Tháng 1/2025'],
        [1, 'Họp Ban Chấp hành', '05/01', 'Văn phòng'],
        ['II', 'Tháng 2/2025'],
        [1, 'Thăm hỏi đoàn viên dịp Tết'],
      ]);

      // The other way round: a plan of 12 months, then a criteria table below row 30,
      // after the plan's footnote or right under the plan.
      for (const [name, criteriaRow] of [
        ['Kế hoạch và tiêu chí', 33],
        ['Kế hoạch, liền tiêu chí', 27],
      ] as const) {
        const rev = sheet(name).widths(6, 50, 12, 12);
        rev.row('A1', ['TT', 'Nhiệm vụ', 'Ghi chú'], HEADER_STYLE);
        for (let m = 1; m <= 12; m++)
          rev.rows(`A${2 * m}`, [
            [null, `Tháng ${m}`],
            [1, `Nhiệm vụ tháng ${m}`],
          ]);
        if (criteriaRow > 27) rev.row('A27', ['Ghi chú: các đơn vị chủ động triển khai.'], {});
        rev.row(`A${criteriaRow}`, ['TT', 'Tiêu chí', 'Điểm chuẩn', 'Điểm tự chấm'], HEADER_STYLE);
        rev.rows(`A${criteriaRow + 1}`, [
          [1, 'Kết nạp đoàn viên', 10, 10],
          [2, 'Thành lập CĐCS', 10, 7],
        ]);
      }
    });
    ({ report } = await check(file));
  });

  it('reads the criteria table above the plan', () => {
    const [table] = report.criteriaSheets.filter((c) => c.sheet === 'Báo cáo năm');
    expect(table.headerRow).toBe(3);
    const [section] = table.sections;
    expect([section.label, section.cell, section.cap, ...totalsOf(section)]).toEqual(['I', 'A4', 100, 100, 90, null]);
    expect(section.groups.map((g) => [g.title, g.cell, g.criteria.length, ...totalsOf(g)])).toEqual([
      ['Lĩnh vực 1', 'B5', 6, 25, 24, null],
      ['Lĩnh vực 2', 'B12', 6, 25, 23, null],
      ['Lĩnh vực 3', 'B19', 6, 25, 22, null],
      ['Lĩnh vực 4', 'B26', 6, 25, 21, null],
    ]);
  });

  it('reads the plan below the criteria table', () => {
    const plans = report.planSheets.filter((p) => p.sheet === 'Báo cáo năm');
    expect(plans.map((p) => [p.headerRow, p.year])).toEqual([[37, 2025]]);
    expect(plans[0].months.map((m) => [m.month, m.row, m.tasks])).toEqual([
      [1, 38, [{ row: 39, order: '1', text: 'Họp Ban Chấp hành', note: 'Văn phòng', time: '05/01', lead: '', partners: '' }]],
      [2, 40, [{ row: 41, order: '1', text: 'Thăm hỏi đoàn viên dịp Tết', note: '', time: '', lead: '', partners: '' }]],
    ]);
  });

  it.each([
    ['Kế hoạch và tiêu chí', 33],
    ['Kế hoạch, liền tiêu chí', 27],
  ])('reads the criteria table below the plan (%s)', (sheet, headerRow) => {
    const plans = report.planSheets.filter((p) => p.sheet === sheet);
    expect(plans.map((p) => [p.headerRow, p.months.length, p.months[11].tasks.map((t) => t.text).join()])).toEqual([
      [1, 12, 'Nhiệm vụ tháng 12'],
    ]);
    const tables = report.criteriaSheets.filter((c) => c.sheet === sheet);
    expect(tables.map((t) => [t.headerRow, ...totalsOf(t.sections[0]), t.sections[0].groups[0].criteria.length])).toEqual([
      [headerRow, 20, 17, null, 2],
    ]);
  });

  it('reports only the months the short plan lacks', () => {
    expect(issuesOf(report)).toEqual(['MONTH_MISSING@Báo cáo năm!A37']);
    expect(report.issues[0].params).toMatchObject({ months: '3, 4, 5, 6, 7, 8, 9, 10, 11, 12' });
  });
});

describe('tables away from A1: a sheet whose data starts at C4, a plan after three blank columns', () => {
  let file: string;
  let code: number;
  let report: Report;

  beforeAll(async () => {
    file = await saveWorkbook(path.join(dir, 'lech.xlsx'), (sheet) => {
      const ws = sheet('Bảng điểm').widths(3, 3, 8, 40, 10, 10, 10);
      ws.row('C4', ['Thứ tự', 'Nội dung', 'Điểm chuẩn', 'Tự chấm', 'Thẩm định'], HEADER_STYLE);
      ws.rows('C5', [
        ['Mục I', 'Tiêu chí chung (30 điểm)'],
        [1, 'Tiêu chí A', 10, 10],
        [2, 'Tiêu chí B', 10, 9, 9],
        [3, 'Tiêu chí C', 10, '10', 10],
        [null, 'Cộng', formula('SUM(E6:E8)', 30), formula('SUM(F6:F8)', 19), formula('SUM(G6:G8)', 19)],
      ]);
      // Three empty but formatted columns before the plan, as a copied layout leaves them.
      const plan = sheet('Kế hoạch').widths(2, 2, 2, 6, 60, 20);
      plan.rows('A2', [
        [null, null, null, 'TT', 'Nội dung công việc', 'Ghi chú'],
        [null, null, null, 'I', 'Tháng 1'],
        [null, null, null, 1, 'Hội nghị đại biểu', 'Hội trường'],
        [null, null, null, 'II', 'Tháng 2'],
        [null, null, null, '-', 'Gặp mặt đầu xuân'],
      ]);
    });
    ({ code, report } = await check(file));
  });

  function expectFigures(r: Report): void {
    expect(r.criteriaSheets.map((c) => [c.sheet, c.headerRow])).toEqual([['Bảng điểm', 4]]);
    const [section] = r.criteriaSheets[0].sections;
    expect([section.label, section.cell, section.cap, ...totalsOf(section)]).toEqual(['I', 'D5', 30, 30, 29, 19]);
    expect(section.groups[0].criteria.map((c) => [c.row, c.order, c.title, c.capCell, c.selfCell, c.appraisedCell])).toEqual([
      [6, '1', 'Tiêu chí A', 'E6', 'F6', 'G6'],
      [7, '2', 'Tiêu chí B', 'E7', 'F7', 'G7'],
      [8, '3', 'Tiêu chí C', 'E8', 'F8', 'G8'],
    ]);
    expect(r.issues.filter((i) => i.sheet === 'Bảng điểm').map((i) => `${i.code}@${i.cell}`)).toEqual([
      'NUMBER_AS_TEXT@F8',
      'TOTAL_ROW_MISMATCH@F9',
    ]);
  }

  it('reads the table at its place in the sheet', () => {
    expectFigures(report);
  });

  it('reads the plan after the blank columns', () => {
    expect(report.planSheets.map((p) => [p.sheet, p.headerRow, p.months.map((m) => [m.month, m.row, m.tasks])])).toEqual([
      [
        'Kế hoạch',
        2,
        [
          [1, 3, [{ row: 4, order: '1', text: 'Hội nghị đại biểu', note: 'Hội trường', time: '', lead: '', partners: '' }]],
          [2, 5, [{ row: 6, order: '', text: 'Gặp mặt đầu xuân', note: '', time: '', lead: '', partners: '' }]],
        ],
      ],
    ]);
    expect(report.issues.filter((i) => i.sheet === 'Kế hoạch').map((i) => `${i.code}@${i.cell}`)).toEqual(['MONTH_MISSING@D2']);
    expect(code).toBe(0);
  });

  it('reads the same from snapshots of the used range only (origin C4 and D2), as Excel hands them over', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const [scores, plan] = workbookSnapshots(wb);
    const crop = (snap: SheetSnapshot, row: number, col: number, origin: string): SheetSnapshot => ({
      ...snap,
      origin,
      values: snap.values.slice(row - 1).map((r) => r.slice(col - 1)),
      formulas: snap.formulas?.slice(row - 1).map((r) => r.slice(col - 1)),
    });
    const cropped = checkWorkbook([crop(scores, 4, 3, 'C4'), crop(plan, 2, 4, 'D2')], { file: 'lech.xlsx', lang: 'vi' });
    expectFigures(cropped);
    expect(cropped.planSheets).toEqual(report.planSheets);
    expect(cropped.issues).toEqual(report.issues);
  });
});

describe('a score sheet typed without diacritics: "Thang diem" over three columns, A | B | 1 | 2 numbering, "Cong (1+2)"', () => {
  let report: Report;

  beforeAll(async () => {
    const file = await saveWorkbook(path.join(dir, 'khong-dau.xlsx'), (sheet) => {
      const ws = sheet('Bang diem').widths(6, 40, 9, 9, 9, 16);
      ws.merge('A1:F1', 'BANG TU CHAM DIEM THI DUA NAM 2024', TITLE_STYLE);
      ws.merge('A3:A4', 'STT', HEADER_STYLE).merge('B3:B4', 'Noi dung', HEADER_STYLE).merge('C3:E3', 'Thang diem', HEADER_STYLE);
      ws.merge('F3:F4', 'Ghi chu', HEADER_STYLE).row('C4', ['Toi da', 'Tu cham', 'Tham dinh'], HEADER_STYLE);
      ws.row('A5', ['A', 'B', '1', '2', '3', '4'], HEADER_STYLE);
      ws.rows('A6', [
        [1, 'Cong tac to chuc (20 diem)'],
        ['1.1', 'Ket nap doan vien', 10, 10, 9],
        ['1.2', 'Thanh lap CDCS', 10, 8, 8],
        [2, 'Cong tac tuyen truyen (10 diem)'],
        ['2.1', 'Tuyen truyen', 10, 10, 10],
        [null, 'Cong (1+2)', formula('SUM(C7:C10)', 30), formula('SUM(D7:D10)', 28), formula('SUM(E7:E10)', 27)],
      ]);
      // Header text wrapped by Alt+Enter.
      sheet('Wrapped')
        .row('A1', ['TT', 'Nội dung\ntiêu chí', 'Điểm\nchuẩn', 'Điểm\ntự chấm', 'Điểm thẩm\nđịnh'], HEADER_STYLE)
        .rows('A2', [
          [1, 'Kết nạp', 10, 9],
          [2, 'Tuyên truyền', 10, 10, 10],
        ]);
    });
    ({ report } = await check(file));
  });

  it('reads the two-row header under "Thang diem" as a criteria table, not as a plan', () => {
    expect(report.planSheets).toEqual([]);
    expect(report.criteriaSheets.map((c) => [c.sheet, c.headerRow])).toEqual([
      ['Bang diem', 3],
      ['Wrapped', 1],
    ]);
  });

  it('skips the A | B | 1 | 2 numbering row and takes "Cong (1+2)" for a total row', () => {
    const [section] = report.criteriaSheets[0].sections;
    expect(totalsOf(section)).toEqual([30, 28, 27]);
    expect(section.groups.map((g) => [g.title, g.cell, g.cap, ...totalsOf(g), g.criteria.map((c) => c.order).join(' ')])).toEqual(
      [
        ['Cong tac to chuc', 'B6', 20, 20, 18, 17, '1.1 1.2'],
        ['Cong tac tuyen truyen', 'B9', 10, 10, 10, 10, '2.1'],
      ],
    );
    expect(report.criteriaSheets[1].sections[0].groups[0].criteria.map((c) => [c.cap, c.self, c.appraised])).toEqual([
      [10, 9, null],
      [10, 10, 10],
    ]);
    expect(issuesOf(report)).toEqual(['APPRAISED_DIFFERS@Bang diem!E7']);
  });
});

describe('a plan whose months stand in the TT column, merged down their tasks', () => {
  let report: Report;

  beforeAll(async () => {
    const file = await saveWorkbook(path.join(dir, 'thang-gop.xlsx'), (sheet) => {
      const ws = sheet('KH 2025').widths(12, 60, 20).row('A1', ['STT', 'Nội dung công việc', 'Ghi chú'], HEADER_STYLE);
      ws.merge('A2:A4', 'Tháng 1/2025').rows('B2', [
        ['Họp Ban Chấp hành', 'Văn phòng'],
        ['Thăm hỏi đoàn viên'],
        ['Tổng kết công tác năm 2024.'],
      ]);
      ws.merge('A5:A6', 'Tháng 2/2025').rows('B5', [['Tổ chức Tết sum vầy'], ['Giao ban quý I']]);
      // A Roman numeral merged down the month's rows, the month in the text column.
      ws.merge('A7:A9', 'III').rows('B7', [['Tháng 3'], ['Hội thao'], ['Tập huấn nghiệp vụ']]);
    });
    ({ report } = await check(file));
  });

  it('reads each row beside the merged month as a task of that month', () => {
    const [plan] = report.planSheets;
    expect([plan.headerRow, plan.year, plan.keyTasks]).toEqual([1, 2025, []]);
    expect(plan.months.map((m) => [m.month, m.row, m.tasks.map((t) => [t.row, t.order, t.text, t.note])])).toEqual([
      [
        1,
        2,
        [
          [2, '', 'Họp Ban Chấp hành', 'Văn phòng'],
          [3, '', 'Thăm hỏi đoàn viên', ''],
          [4, '', 'Tổng kết công tác năm 2024.', ''],
        ],
      ],
      [
        2,
        5,
        [
          [5, '', 'Tổ chức Tết sum vầy', ''],
          [6, '', 'Giao ban quý I', ''],
        ],
      ],
      [
        3,
        7,
        [
          [8, '', 'Hội thao', ''],
          [9, '', 'Tập huấn nghiệp vụ', ''],
        ],
      ],
    ]);
    expect(issuesOf(report)).toEqual(['MONTH_MISSING@KH 2025!A1']);
  });
});

describe('criteria split into lettered parts: a) … b) … under 1.1, under a group heading, and as lines of a title', () => {
  const SHEET = 'Tự chấm';
  let code: number;
  let report: Report;

  beforeAll(async () => {
    const file = await saveWorkbook(path.join(dir, 'tieu-chi-con.xlsx'), (sheet) => {
      const ws = sheet(SHEET).widths(6, 50, 9, 9, 9);
      ws.merge('A1:E1', 'BẢNG TỰ CHẤM ĐIỂM THI ĐUA NĂM 2024', TITLE_STYLE);
      ws.row('A3', ['STT', 'Nội dung tiêu chí', 'Điểm chuẩn', 'Điểm tự chấm', 'Điểm thẩm định'], HEADER_STYLE);
      ws.rows('A4', [
        [1, 'Công tác tuyên truyền (25 điểm)', 25],
        // The parent states 14 where its parts add up to 9 + 4 = 13.
        ['1.1', 'Tuyên truyền chủ trương, nghị quyết', 15, 14, 12],
        [null, 'a) Nghị quyết Đại hội Công đoàn', 10, 9, 8],
        [null, 'b) Chỉ thị của Tỉnh ủy', 5, 4, 4],
        ['1.2', 'Phổ biến pháp luật, gồm:', 10, 10, 9],
        [null, 'a) Bộ luật Lao động;'],
        [null, 'b) Luật Công đoàn.'],
        [null, 'Cộng', formula('C6+C7+C8', 25), formula('D6+D7+D8', 23), formula('E6+E7+E8', 21)],
        [2, 'Chăm lo đời sống (15 điểm)'],
        ['a)', 'Thăm hỏi đoàn viên ốm đau', 10, 10, 10],
        ['b)', 'Tặng quà Tết', 5, 5, 4],
        [null, 'Tổng cộng', formula('C11+C13+C14', 40), formula('D11+D13+D14', 38), formula('E11+E13+E14', 35)],
      ]);
      ws.row('D17', ['CHỦ TỊCH'], {});
    });
    ({ code, report } = await check(file));
  });

  it('counts the parts, each cap once, in groups whose points they make up', () => {
    const groups = report.criteriaSheets[0].sections.flatMap((s) => s.groups);
    // 10 + 5 + 10 = 25 caps, 9 + 4 + 10 = 23 self, 8 + 4 + 9 = 21 appraised; then 10 + 5, 10 + 5, 10 + 4.
    expect(groups.map((g) => [g.title, g.cell, g.cap, ...totalsOf(g), g.criteria.map((c) => c.order).join(' ')])).toEqual([
      ['Công tác tuyên truyền', 'B4', 25, 25, 23, 21, '1.1a 1.1b 1.2'],
      ['Chăm lo đời sống', 'B12', 15, 15, 15, 14, '2a 2b'],
    ]);
  });

  it('reads the parts with their own titles and cells, and text-only parts as lines of their criterion', () => {
    const criteria = report.criteriaSheets[0].sections.flatMap((s) => s.groups.flatMap((g) => g.criteria));
    expect(criteria.map((c) => [c.row, c.title, c.parentTitle ?? null, c.selfCell])).toEqual([
      [6, 'Nghị quyết Đại hội Công đoàn', 'Tuyên truyền chủ trương, nghị quyết', 'D6'],
      [7, 'Chỉ thị của Tỉnh ủy', 'Tuyên truyền chủ trương, nghị quyết', 'D7'],
      [8, 'Phổ biến pháp luật, gồm:\na) Bộ luật Lao động;\nb) Luật Công đoàn.', null, 'D8'],
      [13, 'Thăm hỏi đoàn viên ốm đau', null, 'D13'],
      [14, 'Tặng quà Tết', null, 'D14'],
    ]);
  });

  it("reports the parent's self score against its parts, and no doubled caps", () => {
    expect(issuesOf(report)).toEqual(
      ['TOTAL_ROW_MISMATCH@D5', 'APPRAISED_DIFFERS@E6', 'APPRAISED_DIFFERS@E8', 'APPRAISED_DIFFERS@E14'].map((i) =>
        i.replace('@', `@${SHEET}!`),
      ),
    );
    expect(report.issues[0].params).toEqual({ kind: 'self', value: 14, computed: 13, of: 'parts' });
    expect(report.issues[0].message).toBe('Tiêu chí ghi 14 nhưng điểm tự chấm các ý a), b)… cộng lại là 13');
    expect(code).toBe(0);
  });
});

describe('a sheet written by a script: formulas saved with no result', () => {
  const SHEET = 'Điểm 2024';
  let file: string;
  let code: number;
  let report: Report;
  /** A formula as scripts save it: no cached result, so a reader sees a blank. */
  const uncached = (text: string) => ({ formula: text }) as ExcelJS.CellFormulaValue;

  beforeAll(async () => {
    file = await saveWorkbook(path.join(dir, 'khong-ket-qua.xlsx'), (sheet) => {
      const ws = sheet(SHEET);
      ws.merge('A1:G1', 'BẢNG CHẤM ĐIỂM THI ĐUA NĂM 2024', TITLE_STYLE);
      ws.row(
        'A8',
        ['Nhóm lĩnh vực', 'TT', 'Nội dung tiêu chí', 'Căn cứ chấm điểm', 'Điểm chuẩn', 'Điểm tự chấm', 'Điểm thẩm định'],
        HEADER_STYLE,
      );
      ws.merge('A9:A11', 'Công tác tổ chức (30 điểm)').merge('A13:A14', 'Công tác tuyên truyền (20 điểm)');
      ws.rows('B9', [
        [1, 'Kết nạp đoàn viên', 'Báo cáo', 10, 10, 9],
        [2, 'Thành lập CĐCS', 'Quyết định', 10, uncached('E10-2'), 8],
        [3, 'Đại hội công đoàn', 'Nghị quyết', 10, 9, uncached('MIN(E11,F11)')],
        ['Cộng', null, null, uncached('SUM(E9:E11)'), uncached('SUM(F9:F11)'), uncached('SUM(G9:G11)')],
        [4, 'Tuyên truyền nghị quyết', 'Báo cáo', 10, 10, 10],
        [5, 'Phổ biến pháp luật', 'Báo cáo', 10, 10, 9],
        // G15 adds 1 too many: 10 + 9 + 1 = 20 against 19.
        ['Cộng', null, null, uncached('SUM(E13:E14)'), uncached('SUM(F13:F14)'), uncached('G13+G14+1')],
        ['Tổng cộng', null, null, uncached('E12+E15'), uncached('F12+F15'), uncached('SUM(G9:G11,G13:G14)')],
      ]);
    });
    ({ code, report } = await check(file));
  });

  it('was saved with no results (what the engine is given is blank)', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const f12 = wb.getWorksheet(SHEET)?.getCell('F12').value as ExcelJS.CellFormulaValue;
    expect([f12.formula, f12.result]).toEqual(['SUM(F9:F11)', undefined]);
  });

  it('works out the scores given by formula', () => {
    const criteria = report.criteriaSheets[0].sections[0].groups.flatMap((g) => g.criteria);
    expect(criteria.map((c) => [c.order, c.self, c.appraised])).toEqual([
      ['1', 10, 9],
      ['2', 8, 8],
      ['3', 9, 9],
      ['4', 10, 10],
      ['5', 10, 9],
    ]);
  });

  it('totals the groups: 10 + 8 + 9 = 27 and 9 + 8 + 9 = 26, then 20 and 10 + 9 = 19', () => {
    const [section] = report.criteriaSheets[0].sections;
    expect(section.groups.map((g) => [g.title, g.cell, g.cap, ...totalsOf(g)])).toEqual([
      ['Công tác tổ chức', 'A9', 30, 30, 27, 26],
      ['Công tác tuyên truyền', 'A13', 20, 20, 20, 19],
    ]);
    expect(totalsOf(section)).toEqual([50, 47, 45]);
  });

  it('checks the total rows against their worked-out values: only G15 is wrong', () => {
    expect(issuesOf(report)).toEqual(
      ['APPRAISED_DIFFERS@G9', 'APPRAISED_DIFFERS@G14', 'TOTAL_ROW_MISMATCH@G15'].map((i) => i.replace('@', `@${SHEET}!`)),
    );
    expect(report.issues[2].params).toEqual({ kind: 'appraised', value: 20, computed: 19 });
    expect(code).toBe(0);
  });
});

describe('criteria headers as offices type them: "Điểm" over "chuẩn" without a merge, a group column B, a hidden spacer column', () => {
  let code: number;
  let report: Report;

  beforeAll(async () => {
    const file = await saveWorkbook(path.join(dir, 'tieu-de-hai-dong.xlsx'), (sheet) => {
      // "Điểm" typed in each score column of row 6, the rest of the label in row 7; a notes column after the scores.
      const split = sheet('Hai dòng').widths(6, 40, 8, 8, 8, 20);
      split.row('A6', ['TT', 'Nội dung tiêu chí', 'Điểm', 'Điểm', 'Điểm', 'Ghi chú'], HEADER_STYLE);
      split.row('A7', [null, null, 'chuẩn', 'tự chấm', 'thẩm định', null], HEADER_STYLE);
      split.rows('A8', [
        [1, 'Kết nạp đoàn viên', 10, 9, null, 'Đạt 90% chỉ tiêu'],
        [2, 'Tuyên truyền', 10, 10, null, 'Tốt'],
        // D10 states 18 where 9 + 10 = 19; E10 sums a column nobody has appraised yet.
        [null, 'Tổng điểm', formula('SUM(C8:C9)', 20), formula('SUM(D8:D9)', 18), formula('SUM(E8:E9)', 0)],
      ]);
      const grouped = sheet('Nhóm cột B').widths(6, 24, 40, 9, 2, 9, 9);
      grouped.ws.getColumn(5).hidden = true;
      grouped.row(
        'A1',
        ['STT', 'Nhóm lĩnh vực', 'Nội dung tiêu chí', 'Điểm chuẩn', null, 'Điểm tự chấm', 'Điểm thẩm định'],
        HEADER_STYLE,
      );
      grouped.merge('B2:B3', 'Công tác tổ chức (20 điểm)').merge('B4:B5', 'Công tác tuyên truyền (20 điểm)');
      grouped.rows('A2', [
        [1, undefined, 'Kết nạp đoàn viên', 10, null, 10, 9],
        [2, undefined, 'Thành lập CĐCS', 10, null, 9, 9],
        [3, undefined, 'Tuyên truyền nghị quyết', 10, null, 10, 10],
        [4, undefined, 'Phổ biến pháp luật', 5, null, 5, 5],
      ]);
      grouped.row('A6', [
        null,
        'Tổng cộng',
        null,
        formula('SUM(D2:D5)', 35),
        null,
        formula('SUM(F2:F5)', 34),
        formula('SUM(G2:G5)', 33),
      ]);
    });
    ({ code, report } = await check(file));
  });

  it('reads the two unmerged header rows as one header, the notes column as text', () => {
    const [split] = report.criteriaSheets;
    expect([split.sheet, split.headerRow]).toEqual(['Hai dòng', 6]);
    const criteria = split.sections[0].groups.flatMap((g) => g.criteria);
    expect(criteria.map((c) => [c.row, c.title, c.cap, c.self, c.appraised, c.capCell, c.selfCell, c.appraisedCell])).toEqual([
      [8, 'Kết nạp đoàn viên', 10, 9, null, 'C8', 'D8', 'E8'],
      [9, 'Tuyên truyền', 10, 10, null, 'C9', 'D9', 'E9'],
    ]);
    // Nothing appraised: no appraised total, and the Tổng điểm row's 0 is not held against it.
    expect(totalsOf(split.sections[0])).toEqual([20, 19, null]);
  });

  it('reads the group column B beside the order column A, past the hidden spacer column', () => {
    const grouped = report.criteriaSheets[1];
    expect([grouped.sheet, grouped.headerRow]).toEqual(['Nhóm cột B', 1]);
    const [section] = grouped.sections;
    // 10 + 9 = 19 and 9 + 9 = 18; then 10 + 5 = 15 against the 20 the title declares.
    expect(section.groups.map((g) => [g.title, g.cell, g.cap, ...totalsOf(g), g.criteria.map((c) => c.order).join(' ')])).toEqual(
      [
        ['Công tác tổ chức', 'B2', 20, 20, 19, 18, '1 2'],
        ['Công tác tuyên truyền', 'B4', 20, 15, 15, 15, '3 4'],
      ],
    );
    expect(section.groups[0].criteria[0]).toMatchObject({
      title: 'Kết nạp đoàn viên',
      capCell: 'D2',
      selfCell: 'F2',
      appraisedCell: 'G2',
    });
    expect(totalsOf(section)).toEqual([35, 34, 33]);
  });

  it('reports the wrong Tổng điểm, the group points and the differing appraisal', () => {
    expect(issuesOf(report)).toEqual([
      'TOTAL_ROW_MISMATCH@Hai dòng!D10',
      'APPRAISED_DIFFERS@Nhóm cột B!G2',
      'GROUP_CAP_MISMATCH@Nhóm cột B!B4',
    ]);
    expect(report.issues[0].params).toMatchObject({ value: 18, computed: 19 });
    expect(code).toBe(1);
  });
});

describe('plans with extra columns, "THÁNG 1/2024" and "Tháng 01 năm 2024" in the text column, and a year that turns', () => {
  let report: Report;

  beforeAll(async () => {
    const file = await saveWorkbook(path.join(dir, 'ke-hoach-cot-them.xlsx'), (sheet) => {
      const wide = sheet('KH cột thêm').widths(6, 50, 12, 20, 20);
      wide.row('A3', ['STT', 'Nội dung công việc', 'Thời gian', 'Đơn vị thực hiện', 'Ghi chú'], HEADER_STYLE);
      wide.rows('A4', [
        [null, 'THÁNG 1/2024'],
        ['1.', 'Họp Ban Chấp hành', '05/01', 'Văn phòng', 'Bắt buộc'],
        ['2.', 'Thăm hỏi đoàn viên', 'Cả tháng', 'Ban Nữ công'],
        [null, 'Tháng 02 năm 2024'],
        ['1.', 'Tổ chức Tết sum vầy', null, 'Ban Tuyên giáo', 'Kinh phí CĐ'],
      ]);
      // A 2024 plan that opens with the December before it, then all twelve months.
      const turning = sheet('KH 2024').widths(6, 50, 20).row('A1', ['TT', 'Nhiệm vụ', 'Ghi chú'], HEADER_STYLE);
      turning.rows('A2', [
        [null, 'Tháng 12/2023'],
        [1, 'Tổng kết năm 2023'],
      ]);
      for (let m = 1; m <= 12; m++)
        turning.rows(`A${2 + 2 * m}`, [
          [null, `Tháng ${m}/2024`],
          [1, `Việc tháng ${m}`],
        ]);
    });
    ({ report } = await check(file));
  });

  it('takes the task numbers "1." and the Ghi chú column past Thời gian and Đơn vị thực hiện', () => {
    const [wide] = report.planSheets;
    expect([wide.sheet, wide.headerRow, wide.year]).toEqual(['KH cột thêm', 3, 2024]);
    expect(wide.months.map((m) => [m.month, m.row, m.tasks.map((t) => [t.row, t.order, t.text, t.note])])).toEqual([
      [
        1,
        4,
        [
          [5, '1', 'Họp Ban Chấp hành', 'Bắt buộc'],
          [6, '2', 'Thăm hỏi đoàn viên', ''],
        ],
      ],
      [2, 7, [[8, '1', 'Tổ chức Tết sum vầy', 'Kinh phí CĐ']]],
    ]);
  });

  it("takes the year most months name, and the December before it for no month of the plan's year", () => {
    const turning = report.planSheets[1];
    expect([turning.sheet, turning.year]).toEqual(['KH 2024', 2024]);
    expect(turning.months.map((m) => [m.month, m.year, m.row])[0]).toEqual([12, 2023, 2]);
    expect(turning.months).toHaveLength(13);
    expect(tasksOfMonth(turning, 12).map((t) => t.text)).toEqual(['Việc tháng 12']);
    // December 2023 and December 2024 are two months, not one written twice.
    expect(issuesOf(report)).toEqual(['MONTH_MISSING@KH cột thêm!A3']);
    expect(report.issues[0].params).toMatchObject({ months: '3, 4, 5, 6, 7, 8, 9, 10, 11, 12' });
  });
});
