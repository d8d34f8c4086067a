import { readPlans, tasksOfMonth, mainPlan } from '../../../src/engine/plan';
import type { CellValue } from '../../../src/engine/types';
import { ALL_MONTHS, HEADER, grid, monthsRows } from './grids';

const tasks = (rows: CellValue[][], merges: string[] = []) => readPlans(grid(rows, merges));

describe('plan header', () => {
  it.each([
    ['NFC with diacritics', ['TT', 'NHIỆM VỤ CÔNG TÁC TRỌNG TÂM', 'GHI CHÚ']],
    ['NFD', ['TT', 'Nhiệm vụ'.normalize('NFD'), 'Ghi chú'.normalize('NFD')]],
    ['no diacritics', ['STT', 'Nhiem vu', 'Ghi chu']],
    ['Nội dung công việc', ['Thứ tự', 'Nội dung công việc', 'Ghi chú']],
    ['no Ghi chú column', ['TT', 'Nhiệm vụ', '']],
  ])('is found: %s', (_label, header) => {
    const { tables } = tasks([header as CellValue[], ...monthsRows([1])]);
    expect(tables).toHaveLength(1);
    expect(tables[0].months[0].tasks[0].text).toBe('Việc 1 tháng 1');
  });

  it('is found at row 20, below a title, with tables in sheet coordinates', () => {
    const rows: CellValue[][] = Array.from({ length: 19 }, () => []);
    rows[2] = ['', 'KẾ HOẠCH CÔNG TÁC NĂM 2025'];
    const { tables, findings } = tasks([...rows, HEADER, ...monthsRows([1, 2])]);
    expect(tables[0].headerRow).toBe(20);
    expect(tables[0].year).toBe(2025);
    expect(tables[0].months.map((m) => m.row)).toEqual([21, 23]);
    expect(findings.find((f) => f.code === 'MONTH_MISSING')?.cell).toBe('A20');
  });

  it('is not looked for below row 30', () => {
    const rows: CellValue[][] = Array.from({ length: 30 }, () => ['x']);
    expect(tasks([...rows, HEADER, ...monthsRows([1])]).tables).toEqual([]);
  });

  it('honours a snapshot origin other than A1', () => {
    const g = grid([HEADER, ...monthsRows(ALL_MONTHS.slice(0, 11))], [], 'C5');
    const { tables, findings } = readPlans(g);
    expect(tables[0].headerRow).toBe(5);
    expect(tables[0].months[0]).toMatchObject({ month: 1, row: 6 });
    expect(tables[0].months[0].tasks[0].row).toBe(7);
    expect(findings).toEqual([{ code: 'MONTH_MISSING', sheet: 'KH', cell: 'C5', params: { months: '12' } }]);
  });

  it('does not take a criteria table for a plan', () => {
    const { tables } = tasks([
      ['Thứ tự', 'Nội dung tiêu chí thi đua', 'Điểm chuẩn', 'Điểm tự chấm'],
      [1, 'Kết nạp đoàn viên', 5, 5],
    ]);
    expect(tables).toEqual([]);
    expect(
      tasks([
        ['TT', 'Nội dung', 'Điểm'],
        [1, 'Việc', 5],
      ]).tables,
    ).toEqual([]);
  });

  it('accepts a plan with a "Thời điểm" column', () => {
    const { tables } = tasks([['TT', 'Nội dung công việc', 'Thời điểm thực hiện', 'Ghi chú'], ...monthsRows([1])]);
    expect(tables).toHaveLength(1);
  });
});

describe('month rows', () => {
  it.each([
    ['Tháng 01', 1, null],
    ['Tháng 1', 1, null],
    ['THÁNG 02', 2, null],
    ['Tháng 3 năm 2024', 3, 2024],
    ['Tháng 04/2024', 4, 2024],
    ['tháng 12:', 12, null],
  ])('"%s" is month %d', (marker, month, year) => {
    for (const tt of ['', 'IV', 'C']) {
      const { tables } = tasks([HEADER, [tt, marker, ''], ['1', 'Việc', '']]);
      // A marker naming its year keeps it on the month.
      const named = year === null ? {} : { year };
      expect(tables[0].months).toEqual([
        { month, ...named, row: 2, tasks: [{ row: 3, order: '1', text: 'Việc', note: '', time: '', lead: '', partners: '' }] },
      ]);
      expect(tables[0].year).toBe(year);
    }
  });

  it('reads a month written in the TT column, merged across the table', () => {
    const { tables } = tasks([HEADER, ['Tháng 5/2023', null, null], ['1', 'Việc', '']], ['A2:C2']);
    expect(tables[0].months[0]).toMatchObject({ month: 5, row: 2 });
    expect(tables[0].year).toBe(2023);
    expect(tables[0].months[0].tasks).toHaveLength(1);
  });

  it('does not take task text that starts with "Tháng" for a month', () => {
    const { tables } = tasks([HEADER, ...monthsRows([1]), ['2', 'Tháng 5 tổ chức hội thao', ''], ['3', 'Tháng Công nhân', '']]);
    expect(tables[0].months).toHaveLength(1);
    expect(tables[0].months[0].tasks.map((t) => t.order)).toEqual(['1', '2', '3']);
  });

  it('reports the missing months at the header cell', () => {
    const { findings } = tasks([['', 'KẾ HOẠCH'], HEADER, ...monthsRows([1, 2, 4, 6, 7, 8, 9, 10, 11, 12])]);
    expect(findings).toEqual([{ code: 'MONTH_MISSING', sheet: 'KH', cell: 'A2', params: { months: '3, 5' } }]);
  });

  it('reports no missing month when all twelve are there', () => {
    expect(tasks([HEADER, ...monthsRows(ALL_MONTHS)]).findings).toEqual([]);
  });

  it('reports a duplicate month at its row and keeps both parts', () => {
    const rows = [HEADER, ...monthsRows(ALL_MONTHS), ['', 'Tháng 04', ''], ['1', 'Việc thêm', '']];
    const { tables, findings } = tasks(rows);
    // Month 4's first row: header (1) + 3 months of 2 rows each -> row 8.
    expect(findings).toEqual([{ code: 'MONTH_DUPLICATE', sheet: 'KH', cell: 'A26', params: { month: 4, first: 'A8' } }]);
    expect(tasksOfMonth(tables[0], 4).map((t) => t.text)).toEqual(['Việc 1 tháng 4', 'Việc thêm']);
  });

  it('continues a month marked "(tiếp)" without a duplicate', () => {
    const rows = [HEADER, ...monthsRows([1]), HEADER, ['', 'Tháng 1 (tiếp theo)', ''], ['2', 'Việc 2', '']];
    const { tables, findings } = tasks(rows);
    expect(findings.map((f) => f.code)).toEqual(['REPEATED_HEADER', 'MONTH_MISSING']);
    expect(tables[0].months).toHaveLength(1);
    expect(tables[0].months[0].tasks.map((t) => t.order)).toEqual(['1', '2']);
  });
});

describe('tasks', () => {
  it('keeps the rows above the first month as key tasks; section rows and footnotes are not tasks', () => {
    const { tables } = tasks([
      ['', 'KẾ HOẠCH CÔNG TÁC'],
      HEADER,
      ['A', 'NHIỆM VỤ TRỌNG TÂM', ''],
      ['1', 'Trọng tâm một', ''],
      ['2', 'Trọng tâm hai', 'Cả năm'],
      ['C', 'NHIỆM VỤ CỤ THỂ NĂM 2024', ''],
      ['I', 'Tháng 01', ''],
      ['1', 'Việc tháng 1', ''],
      [],
      ['Ghi chú: Trên cơ sở thực tiễn, có thể bổ sung nhiệm vụ.', '', ''],
      ['1', 'Không thuộc bảng', ''],
    ]);
    const plan = tables[0];
    expect(plan.keyTasks).toEqual([
      { row: 4, order: '1', text: 'Trọng tâm một', note: '', time: '', lead: '', partners: '' },
      { row: 5, order: '2', text: 'Trọng tâm hai', note: 'Cả năm', time: '', lead: '', partners: '' },
    ]);
    expect(plan.year).toBe(2024);
    expect(plan.months).toEqual([
      { month: 1, row: 7, tasks: [{ row: 8, order: '1', text: 'Việc tháng 1', note: '', time: '', lead: '', partners: '' }] },
    ]);
  });

  it('reads numbers, "1." and "2)" in TT; bullets as unnumbered tasks', () => {
    const { tables } = tasks([
      HEADER,
      ['', 'Tháng 1', ''],
      [1, 'Một', ''],
      ['2.', 'Hai', ''],
      ['3)', 'Ba', ''],
      ['-', 'Gạch', ''],
    ]);
    expect(tables[0].months[0].tasks.map((t) => [t.order, t.text])).toEqual([
      ['1', 'Một'],
      ['2', 'Hai'],
      ['3', 'Ba'],
      ['', 'Gạch'],
    ]);
  });

  it('carries the Ghi chú column into the note', () => {
    const { tables } = tasks([HEADER, ['', 'Tháng 1', ''], ['1', 'Việc', 'Ban Tuyên giáo <br> chủ trì']]);
    expect(tables[0].months[0].tasks[0].note).toBe('Ban Tuyên giáo\nchủ trì');
  });

  it('reads each row of an unnumbered list as a task, joining only text that goes on mid-sentence', () => {
    const { tables } = tasks([
      HEADER,
      ['', 'Tháng 3', ''],
      ['', '- Việc một.', ''],
      ['', '- Việc hai: hỗ', ''],
      HEADER,
      ['', 'trợ công nhân.', ''],
      ['', '- Việc ba', ''],
    ]);
    expect(tables[0].months[0].tasks.map((t) => [t.order, t.text])).toEqual([
      ['', '- Việc một.'],
      ['', '- Việc hai: hỗ trợ công nhân.'],
      ['', '- Việc ba'],
    ]);
  });

  it('skips the row numbering the columns under the header', () => {
    for (const numbering of [
      ['1', '2', '3'],
      ['(1)', '(2)', '(3)'],
      ['A', 'B', 'C'],
    ]) {
      const { tables } = tasks([HEADER, numbering, ['', 'Tháng 1', ''], ['1', 'Việc', '']]);
      expect(tables[0].keyTasks).toEqual([]);
      expect(tables[0].months[0].tasks).toHaveLength(1);
    }
  });

  it('drops numbered rows with no text', () => {
    const { tables } = tasks([HEADER, ['', 'Tháng 1', ''], ['1', '', ''], ['2', 'Việc', '']]);
    expect(tables[0].months[0].tasks.map((t) => t.order)).toEqual(['2']);
  });
});

describe('page breaks', () => {
  it('skips repeated header rows, reporting each at its first header cell', () => {
    const { tables, findings } = tasks([
      HEADER,
      ['I', 'Tháng 1', ''],
      ['1', 'Một.', ''],
      [],
      ['TT', 'NHIEM VU', 'GHI CHU'],
      ['2', 'Hai', ''],
    ]);
    expect(tables[0].months[0].tasks.map((t) => t.text)).toEqual(['Một.', 'Hai']);
    expect(findings[0]).toEqual({ code: 'REPEATED_HEADER', sheet: 'KH', cell: 'A5', params: { row: 5 } });
  });

  it('joins text continued mid-sentence after a repeated header with a space', () => {
    const { tables } = tasks([
      HEADER,
      ['IV', 'Tháng 4', ''],
      ['1', 'Thăm hỏi, hỗ', ''],
      ['', '', ''],
      HEADER,
      ['', 'trợ người lao động có hoàn cảnh khó khăn.', ''],
      ['2', 'Việc hai', ''],
    ]);
    expect(tables[0].months[0].tasks.map((t) => t.text)).toEqual([
      'Thăm hỏi, hỗ trợ người lao động có hoàn cảnh khó khăn.',
      'Việc hai',
    ]);
  });

  it('puts a continuation that starts a new sentence or item on a new line', () => {
    const { tables } = tasks([
      HEADER,
      ['', 'Tháng 4', ''],
      ['1', 'Câu một.', 'A'],
      HEADER,
      ['', 'Câu hai', 'B'],
      ['', '- Mục ba', ''],
    ]);
    expect(tables[0].months[0].tasks).toEqual([
      { row: 3, order: '1', text: 'Câu một.\nCâu hai\n- Mục ba', note: 'A\nB', time: '', lead: '', partners: '' },
    ]);
  });

  it('keeps text with no task above it as an unnumbered task', () => {
    const { tables } = tasks([HEADER, ['', '<p>các chỉ tiêu năm 2024.</p>', ''], ['5', 'Năm', '']]);
    expect(tables[0].keyTasks.map((t) => [t.order, t.text])).toEqual([
      ['', 'các chỉ tiêu năm 2024.'],
      ['5', 'Năm'],
    ]);
  });
});

describe('a task over several rows', () => {
  it('reads rows under a TT cell merged down them as one task, one line per row', () => {
    const { tables } = tasks(
      [HEADER, ['', 'Tháng 2', ''], ['1', 'Đoạn một', 'Ghi'], [null, 'Đoạn hai', ''], [null, 'Đoạn ba', ''], ['2', 'Khác', '']],
      ['A3:A5'],
    );
    expect(tables[0].months[0].tasks).toEqual([
      { row: 3, order: '1', text: 'Đoạn một\nĐoạn hai\nĐoạn ba', note: 'Ghi', time: '', lead: '', partners: '' },
      { row: 6, order: '2', text: 'Khác', note: '', time: '', lead: '', partners: '' },
    ]);
  });

  it('reads a merged note once', () => {
    const { tables } = tasks([HEADER, ['', 'Tháng 2', ''], ['1', 'Một', 'Ghi'], [null, 'Hai', null]], ['A3:A4', 'C3:C4']);
    expect(tables[0].months[0].tasks[0]).toMatchObject({ text: 'Một\nHai', note: 'Ghi' });
  });

  it('reads a TT repeated in every row of the merge (as some readers report it) as one task', () => {
    const { tables } = tasks([HEADER, ['', 'Tháng 2', ''], ['1', 'Một', ''], ['1', 'Hai', ''], ['2', 'Ba', '']]);
    expect(tables[0].months[0].tasks.map((t) => t.text)).toEqual(['Một\nHai', 'Ba']);
  });
});

describe('HTML in cells', () => {
  it.each([
    ['<p>- Dòng một.</p> <p>- Dòng hai.</p>', '- Dòng một.\n- Dòng hai.'],
    ['<ul><li>Một</li><li>Hai</li></ul>', '- Một\n- Hai'],
    ['Một<br>Hai<br/>Ba', 'Một\nHai\nBa'],
    ['<p>Ban CNAT&amp;MT &lt;2024&gt;&nbsp;nay</p>', 'Ban CNAT&MT <2024> nay'],
  ])('%s', (html, lines) => {
    const { tables } = tasks([HEADER, ['', 'Tháng 1', ''], ['1', html, '']]);
    expect(tables[0].months[0].tasks[0].text).toBe(lines);
  });
});

describe('several tables and the main one', () => {
  it('reads a second table after a footnote and picks the one with months', () => {
    const { tables } = tasks([HEADER, ['1', 'Trọng tâm', ''], ['Ghi chú: hết bảng', '', ''], [], HEADER, ...monthsRows([1, 2])]);
    expect(tables.map((t) => t.headerRow)).toEqual([1, 5]);
    expect(mainPlan(tables)?.headerRow).toBe(5);
    expect(mainPlan([])).toBeNull();
  });
});

describe('task columns beyond the text', () => {
  const fields = (rows: CellValue[][], merges: string[] = []) =>
    tasks(rows, merges).tables[0].months[0].tasks.map((t) => [t.time, t.lead, t.partners]);

  it.each([
    [['Thời gian', 'Đơn vị chủ trì', 'Phối hợp']],
    [['Thời gian thực hiện', 'Chủ trì', 'Đơn vị phối hợp']],
    [['THỜI GIAN HOÀN THÀNH', 'ĐƠN VỊ THỰC HIỆN', 'PHỐI HỢP']],
    [['Thoi han', 'Bo phan thuc hien', 'Phoi hop']],
    [['Thời hạn', 'Người thực hiện'.normalize('NFD'), 'Phối hợp']],
  ])('reads time, lead and partners under %j', (labels) => {
    const rows = [
      ['TT', 'Nhiệm vụ', ...labels, 'Ghi chú'],
      ['', 'Tháng 4', '', '', '', ''],
      ['1', 'Việc một', 'Tuần 2', 'Ban Tuyên giáo', 'Văn phòng', 'Ghi'],
    ];
    expect(tasks(rows).tables[0].months[0].tasks).toEqual([
      { row: 3, order: '1', text: 'Việc một', note: 'Ghi', time: 'Tuần 2', lead: 'Ban Tuyên giáo', partners: 'Văn phòng' },
    ]);
  });

  it('reads the columns in any order after TT, before or after the text', () => {
    const rows = [
      ['TT', 'Thời gian', 'Nội dung công việc', 'Phối hợp', 'Đơn vị thực hiện'],
      ['', '', 'Tháng 4', '', ''],
      ['1', '05/4', 'Việc', 'Các ban', 'Văn phòng'],
    ];
    expect(fields(rows)).toEqual([['05/4', 'Văn phòng', 'Các ban']]);
  });

  it('gives "" where the table has no such column or the cell is empty', () => {
    expect(fields([HEADER, ['', 'Tháng 4', ''], ['1', 'Việc', '']])).toEqual([['', '', '']]);
    const rows = [
      ['TT', 'Nhiệm vụ', 'Thời gian', 'Chủ trì'],
      ['', 'Tháng 4'],
      ['1', 'Việc', null, 'Ban Nữ công'],
      ['2', 'Khác'],
    ];
    expect(fields(rows)).toEqual([
      ['', 'Ban Nữ công', ''],
      ['', '', ''],
    ]);
  });

  it('turns HTML into plain lines and joins continuation rows line by line', () => {
    const rows = [
      ['TT', 'Nhiệm vụ', 'Chủ trì', 'Phối hợp'],
      ['', 'Tháng 4'],
      ['1', 'Tổ chức hội thao', '<p>Ban Tuyên giáo</p><p>Văn phòng</p>', 'Đoàn Thanh niên'],
      ['', 'cho người lao động', '', 'Hội Cựu chiến binh'],
    ];
    expect(tasks(rows).tables[0].months[0].tasks[0]).toMatchObject({
      text: 'Tổ chức hội thao cho người lao động',
      lead: 'Ban Tuyên giáo\nVăn phòng',
      partners: 'Đoàn Thanh niên\nHội Cựu chiến binh',
    });
  });

  it('gives a lead cell merged down over several tasks to each of them', () => {
    const rows = [
      ['TT', 'Nhiệm vụ', 'Đơn vị chủ trì'],
      ['', 'Tháng 4'],
      ['1', 'Một', 'Ban Tổ chức'],
      ['2', 'Hai', null],
      ['3', 'Ba', 'Văn phòng'],
    ];
    expect(fields(rows, ['C3:C4']).map((f) => f[1])).toEqual(['Ban Tổ chức', 'Ban Tổ chức', 'Văn phòng']);
  });

  it('keeps a row that holds only a lead as part of the task above', () => {
    const rows = [
      ['TT', 'Nhiệm vụ', 'Chủ trì'],
      ['', 'Tháng 4'],
      ['1', 'Một', 'Ban A'],
      ['', '', 'Ban B'],
    ];
    expect(fields(rows).map((f) => f[1])).toEqual(['Ban A\nBan B']);
  });

  it('is not a plan header when a score column stands beside Thời gian', () => {
    expect(
      tasks([
        ['TT', 'Nội dung', 'Thời gian', 'Điểm chuẩn'],
        ['1', 'Việc', '', 5],
      ]).tables,
    ).toEqual([]);
  });
});
