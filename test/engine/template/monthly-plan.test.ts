import { parseRange } from '../../../src/engine/address';
import { DEFAULT_PLAN_SETTINGS, buildMonthlyPlanSheet, buildYearPlanSheets, planSheetName } from '../../../src/engine/template';
import type { PlanSettings, PlanSheet, PlanTask, SheetSpec, SpecCell } from '../../../src/engine/types';

const SETTINGS: PlanSettings = {
  superior: 'Tổng Liên đoàn Lao động Việt Nam',
  unit: 'Công đoàn Dầu khí Việt Nam',
  place: 'Hà Nội',
  signerTitle: 'TM. BAN THƯỜNG VỤ\nCHỦ TỊCH',
  signerName: 'Nguyễn Văn A',
};

const task = (order: string, text: string, note = ''): PlanTask => ({
  row: 0,
  order,
  text,
  note,
  time: '',
  lead: '',
  partners: '',
});

const APRIL = [
  task('1', 'Tổ chức Tháng Công nhân; Thăm hỏi, hỗ trợ người lao động có hoàn cảnh khó khăn.', 'Ban Nữ công'),
  task('2', '- Dòng một.\n- Dòng hai.'),
  task('3', '=SUM(A1:A2)'),
  task('4', '+84 912 345 678'),
  task('5', '-Giảm tai nạn lao động'),
  task('6', '@mention'),
  task('1.2', 'Việc con'),
];

function spec(tasks = APRIL, extra: Partial<Parameters<typeof buildMonthlyPlanSheet>[0]> = {}): SheetSpec {
  return buildMonthlyPlanSheet({ month: 4, year: 2024, tasks, settings: SETTINGS, ...extra });
}

function at(s: SheetSpec, address: string): SpecCell | undefined {
  return s.cells.find((c) => c.address === address);
}

/** The row of the cell holding exactly this text. */
function rowOf(s: SheetSpec, value: string): number {
  const cell = s.cells.find((c) => c.value === value);
  if (!cell) throw new Error(`no cell holds ${value}`);
  return Number(/\d+/.exec(cell.address)?.[0]);
}

function row(s: SheetSpec, r: number): (string | number | null)[] {
  return ['A', 'B', 'C', 'D', 'E', 'F', 'G'].map((c) => at(s, `${c}${r}`)?.value ?? null);
}

describe('the monthly plan sheet', () => {
  it('is named KH Tmm-yyyy', () => {
    expect(spec().name).toBe('KH T04-2024');
    expect(planSheetName(11, 2025)).toBe('KH T11-2025');
  });

  it('has the header block, the date line and the title', () => {
    const s = spec();
    const texts = s.cells.map((c) => c.value);
    expect(texts).toEqual(
      expect.arrayContaining([
        'TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM',
        'CÔNG ĐOÀN DẦU KHÍ VIỆT NAM',
        'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
        'Độc lập - Tự do - Hạnh phúc',
        'Hà Nội, ngày … tháng 4 năm 2024',
        'KẾ HOẠCH CÔNG TÁC THÁNG 4/2024',
      ]),
    );
    const unit = s.cells.find((c) => c.value === 'CÔNG ĐOÀN DẦU KHÍ VIỆT NAM');
    expect(s.styles[unit?.style ?? '']).toMatchObject({ bold: true, underline: true });
    const date = s.cells.find((c) => c.value === 'Hà Nội, ngày … tháng 4 năm 2024');
    expect(s.styles[date?.style ?? '']).toMatchObject({ italic: true });
    // The unit sits left of the national motto, each block merged over several columns.
    const unitRange = s.merges.map(parseRange).find((r) => r && `A${r.top}` === unit?.address);
    expect(unitRange?.right).toBeGreaterThan(1);
    expect(rowOf(s, 'CÔNG ĐOÀN DẦU KHÍ VIỆT NAM')).toBeLessThan(rowOf(s, 'KẾ HOẠCH CÔNG TÁC THÁNG 4/2024'));
  });

  it('has the table header, then the tasks in order with their notes', () => {
    const s = spec();
    const header = rowOf(s, 'Nội dung công việc');
    expect(row(s, header)).toEqual([
      'TT',
      'Nội dung công việc',
      'Đơn vị chủ trì',
      'Phối hợp',
      'Thời gian hoàn thành',
      'Kết quả thực hiện',
      'Ghi chú',
    ]);
    expect(row(s, header + 1)).toEqual([1, APRIL[0].text, null, null, null, null, 'Ban Nữ công']);
    const orders = APRIL.map((_, i) => row(s, header + 1 + i)[0]);
    expect(orders).toEqual([1, 2, 3, 4, 5, 6, '1.2']);
    expect(row(s, header + 2)[1]).toBe('- Dòng một.\n- Dòng hai.');
  });

  it('keeps formula-like task text as text', () => {
    const s = spec();
    for (const text of ['=SUM(A1:A2)', '+84 912 345 678', '-Giảm tai nạn lao động', '@mention']) {
      const cell = s.cells.find((c) => c.value === text);
      expect(cell?.formula).toBeUndefined();
      expect(typeof cell?.value).toBe('string');
      expect(s.styles[cell?.style ?? ''].numberFormat).toBe('@');
    }
    expect(s.cells.every((c) => c.formula === undefined)).toBe(true);
  });

  it('adds five empty bordered rows by default, or as many as asked', () => {
    const s = spec();
    const header = rowOf(s, 'Nội dung công việc');
    const first = header + 1 + APRIL.length;
    for (let r = first; r < first + 5; r++) {
      expect(row(s, r)).toEqual([null, null, null, null, null, null, null]);
      expect(s.styles[at(s, `B${r}`)?.style ?? ''].border).toBe(true);
    }
    expect(at(s, `B${first + 5}`)).toBeUndefined();
    const two = spec(APRIL, { blankRows: 2 });
    expect(two.styles[at(two, `G${first + 1}`)?.style ?? ''].border).toBe(true);
    expect(at(two, `G${first + 2}`)).toBeUndefined();
  });

  it('has the signature block below the table', () => {
    const s = spec();
    const header = rowOf(s, 'Nội dung công việc');
    expect(rowOf(s, 'Nơi nhận:')).toBeGreaterThan(header + APRIL.length + 5);
    expect(rowOf(s, 'TM. BAN THƯỜNG VỤ')).toBe(rowOf(s, 'Nơi nhận:'));
    expect(rowOf(s, 'CHỦ TỊCH')).toBe(rowOf(s, 'TM. BAN THƯỜNG VỤ') + 1);
    expect(rowOf(s, 'Nguyễn Văn A')).toBeGreaterThan(rowOf(s, 'CHỦ TỊCH') + 1);
    expect(at(s, `D${rowOf(s, 'Nguyễn Văn A')}`)?.value).toBe('Nguyễn Văn A');
  });

  it('is Times New Roman 13 with wrapped text and bordered table cells', () => {
    const s = spec();
    const header = rowOf(s, 'Nội dung công việc');
    for (const c of s.cells) {
      const st = s.styles[c.style ?? ''];
      expect(st.fontName).toBe('Times New Roman');
      const r = Number(/\d+/.exec(c.address)?.[0]);
      if (r >= header && r <= header + APRIL.length + 5) expect(st).toMatchObject({ border: true, wrap: true, fontSize: 13 });
    }
    expect(s.styles[at(s, `B${header + 1}`)?.style ?? '']).toMatchObject({ horizontal: 'left', vertical: 'top' });
  });

  it('prints on A4 landscape, fit to width, the header row on every page, frozen below it', () => {
    const s = spec();
    const header = rowOf(s, 'Nội dung công việc');
    expect(s.print).toMatchObject({
      orientation: 'landscape',
      paperSize: 'A4',
      fitToWidth: true,
      titleRows: `${header}:${header}`,
    });
    expect(s.freezeRows).toBe(header);
    expect(s.columnWidths).toHaveLength(7);
    const total = s.columnWidths.reduce((a, b) => a + b, 0);
    // A4 landscape is ~29.7 cm; at ~0.2 cm per character unit, the table fits in under ~140 units.
    expect(total).toBeGreaterThan(100);
    expect(total).toBeLessThanOrEqual(140);
    expect(s.columnWidths[1]).toBe(Math.max(...s.columnWidths));
  });

  it('makes rows with long text taller than one-line rows', () => {
    const long = task('1', 'Tổ chức các hoạt động '.repeat(30));
    const s = spec([long, task('2', 'Ngắn')]);
    const header = rowOf(s, 'Nội dung công việc');
    expect(s.rowHeights?.[header + 1]).toBeGreaterThan(s.rowHeights?.[header + 2] ?? 0);
    expect(s.rowHeights?.[header + 1]).toBeLessThanOrEqual(409);
  });

  it('cuts text to what one Excel cell holds', () => {
    const s = spec([task('1', 'x'.repeat(40_000))]);
    expect(String(at(s, `B${rowOf(s, 'Nội dung công việc') + 1}`)?.value)).toHaveLength(32767);
  });

  it('is a blank template when there are no tasks', () => {
    const s = spec([]);
    const header = rowOf(s, 'Nội dung công việc');
    expect(row(s, header + 1)).toEqual([null, null, null, null, null, null, null]);
    expect(s.cells.some((c) => c.value === 'KẾ HOẠCH CÔNG TÁC THÁNG 4/2024')).toBe(true);
  });

  it('uses the default settings and English labels when asked', () => {
    const s = buildMonthlyPlanSheet({ month: 12, year: 2025, tasks: [], settings: DEFAULT_PLAN_SETTINGS, lang: 'en' });
    const texts = s.cells.map((c) => c.value);
    expect(texts).toEqual(
      expect.arrayContaining(['WORK PLAN FOR 12/2025', 'SOCIALIST REPUBLIC OF VIETNAM', 'Task', DEFAULT_PLAN_SETTINGS.superior]),
    );
    expect(s.name).toBe('KH T12-2025');
  });

  it('merges only ranges inside the sheet, never overlapping', () => {
    const s = spec();
    const ranges = s.merges.map(parseRange);
    expect(ranges.every((r) => r !== null)).toBe(true);
    const seen = new Set<string>();
    for (const r of ranges) {
      for (let row = r!.top; row <= r!.bottom; row++) {
        for (let col = r!.left; col <= r!.right; col++) {
          expect(seen.has(`${row}:${col}`)).toBe(false);
          seen.add(`${row}:${col}`);
        }
      }
    }
  });
});

describe('all twelve months', () => {
  it("builds one sheet per month with that month's tasks, blank for a plan-less workbook", () => {
    const plan: PlanSheet = {
      sheet: 'KH',
      headerRow: 1,
      year: 2024,
      keyTasks: [task('1', 'Trọng tâm')],
      months: [
        { month: 2, row: 2, tasks: [task('1', 'Việc tháng 2')] },
        { month: 2, row: 9, tasks: [task('2', 'Việc thêm tháng 2')] },
      ],
    };
    const sheets = buildYearPlanSheets({ plan, year: 2024, settings: SETTINGS });
    expect(sheets.map((s) => s.name)).toEqual(Array.from({ length: 12 }, (_, i) => planSheetName(i + 1, 2024)));
    const texts = (s: SheetSpec) => s.cells.filter((c) => c.style === 'text' && c.value !== null).map((c) => c.value);
    expect(texts(sheets[1])).toEqual(['Việc tháng 2', 'Việc thêm tháng 2']);
    expect(texts(sheets[0])).toEqual([]);
    expect(buildYearPlanSheets({ plan: null, year: 2024, settings: SETTINGS }).every((s) => texts(s).length === 0)).toBe(true);
  });
});
