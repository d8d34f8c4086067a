import { parseCell, parseRange } from '../../../src/engine/address';
import {
  DEFAULT_PLAN_SETTINGS,
  PLAN_LAYOUTS,
  buildMonthlyPlanSheet,
  buildYearPlanSheets,
  planSheetName,
} from '../../../src/engine/template';
import { columnEdges } from '../../../src/engine/template/layout';
import type { PlanSettings, PlanSheet, PlanTask, SheetSpec, SpecCell } from '../../../src/engine/types';

const SETTINGS: PlanSettings = {
  superior: 'Tổng LĐLĐ Việt Nam',
  unit: 'Công đoàn Dầu khí Việt Nam',
  abbreviation: 'CĐDK',
  place: 'Hà Nội',
  signerTitle: 'TM. BAN THƯỜNG VỤ\nCHỦ TỊCH',
  signerName: 'Nguyễn Văn A',
  recipients: '- Tổng LĐLĐ Việt Nam (để b/c);\n- Các công đoàn trực thuộc;\n- Lưu: VT, VP.',
  orientation: 'landscape',
};

const task = (order: string, text: string, note = '', more: Partial<PlanTask> = {}): PlanTask => ({
  row: 0,
  order,
  text,
  note,
  time: '',
  lead: '',
  partners: '',
  ...more,
});

const APRIL = [
  task('1', 'Tổ chức Tháng Công nhân; Thăm hỏi, hỗ trợ người lao động có hoàn cảnh khó khăn.', 'Ban Nữ công', {
    time: '30/4',
    lead: 'Ban Chính sách',
    partners: 'Văn phòng\nBan Nữ công',
  }),
  task('2', '- Dòng một.\n- Dòng hai.'),
  task('3', '=SUM(A1:A2)'),
  task('4', '+84 912 345 678'),
  task('5', '-Giảm tai nạn lao động'),
  task('6', '@mention'),
  task('1.2', 'Việc con'),
];

type Options = Parameters<typeof buildMonthlyPlanSheet>[0];

function spec(tasks = APRIL, extra: Partial<Options> = {}): SheetSpec {
  return buildMonthlyPlanSheet({
    month: 4,
    year: 2024,
    tasks,
    settings: SETTINGS,
    date: { day: 28, month: 3, year: 2024 },
    ...extra,
  });
}

function at(s: SheetSpec, address: string): SpecCell | undefined {
  return s.cells.find((c) => c.address === address);
}

function cellOf(s: SheetSpec, value: string): SpecCell {
  const cell = s.cells.find((c) => c.value === value);
  if (!cell) throw new Error(`no cell holds ${value}`);
  return cell;
}

const rowOfCell = (c: SpecCell) => parseCell(c.address)!.row;
const rowOf = (s: SheetSpec, value: string) => rowOfCell(cellOf(s, value));
const styleOf = (s: SheetSpec, value: string) => s.styles[cellOf(s, value).style ?? ''];

function row(s: SheetSpec, r: number): (string | number | null)[] {
  return ['A', 'B', 'C', 'D', 'E', 'F', 'G'].map((c) => at(s, `${c}${r}`)?.value ?? null);
}

/** The merged range starting at the cell, or the cell alone. */
function spanOf(s: SheetSpec, cell: SpecCell) {
  const r = s.merges
    .map(parseRange)
    .find((m) => m && `${m.top}:${m.left}` === `${rowOfCell(cell)}:${parseCell(cell.address)!.col}`);
  const { row: top, col } = parseCell(cell.address)!;
  return r ?? { top, left: col, bottom: top, right: col };
}

/** Pixels from the left edge to the middle of a column span. */
function middle(s: SheetSpec, span: { left: number; right: number }): number {
  const edges = columnEdges(s.columnWidths);
  return (edges[span.left - 1] + edges[span.right]) / 2;
}

/** The rule in `r` under the text: a bottom-bordered merge or a run of underscores, with its span. */
function ruleIn(s: SheetSpec, r: number, under: { left: number; right: number }) {
  const cells = s.cells.filter(
    (c) => rowOfCell(c) === r && parseCell(c.address)!.col >= under.left && parseCell(c.address)!.col <= under.right,
  );
  const border = cells.find((c) => s.styles[c.style ?? ''].borderBottom);
  const underscores = cells.find((c) => typeof c.value === 'string' && /^_{3,}$/.test(c.value));
  const found = border ?? underscores;
  return found ? { cell: found, span: spanOf(s, found), border: border !== undefined } : null;
}

describe('the monthly plan sheet', () => {
  it('is named KH Tmm-yyyy', () => {
    expect(spec().name).toBe('KH T04-2024');
    expect(planSheetName(11, 2025)).toBe('KH T11-2025');
  });

  it('has the left header: superior body, issuing body with a short rule under it, and the number', () => {
    const s = spec();
    expect(styleOf(s, 'TỔNG LĐLĐ VIỆT NAM')).toMatchObject({ fontSize: 13, horizontal: 'center' });
    expect(styleOf(s, 'TỔNG LĐLĐ VIỆT NAM').bold).toBeFalsy();
    const unit = cellOf(s, 'CÔNG ĐOÀN DẦU KHÍ VIỆT NAM');
    expect(styleOf(s, unit.value as string)).toMatchObject({ fontSize: 13, bold: true });
    expect(rowOf(s, 'CÔNG ĐOÀN DẦU KHÍ VIỆT NAM')).toBe(rowOf(s, 'TỔNG LĐLĐ VIỆT NAM') + 1);
    const block = spanOf(s, unit);
    const rule = ruleIn(s, rowOfCell(unit) + 1, block);
    expect(rule).not.toBeNull();
    if (rule!.border) {
      expect(rule!.span.right - rule!.span.left).toBeLessThan(block.right - block.left);
      expect(Math.abs(middle(s, rule!.span) - middle(s, block))).toBeLessThanOrEqual(8);
    } else {
      expect([rule!.span.left, rule!.span.right]).toEqual([block.left, block.right]);
      expect(String(rule!.cell.value).length).toBeLessThan('CÔNG ĐOÀN DẦU KHÍ VIỆT NAM'.length);
      // Its row holds the underscores, whatever else shares the row.
      expect(s.rowHeights?.[rowOfCell(rule!.cell)]).toBeGreaterThan(s.styles[rule!.cell.style ?? ''].fontSize ?? 13);
    }
    expect(rowOf(s, 'Số: …/KH-CĐDK')).toBeGreaterThan(rowOfCell(unit) + 1);
    expect(styleOf(s, 'Số: …/KH-CĐDK').fontSize).toBe(13);
  });

  it('has the right header: the nation, the motto with a rule as long as it, the place and date on the line of Số', () => {
    const s = spec();
    expect(styleOf(s, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')).toMatchObject({ fontSize: 13, bold: true });
    const motto = cellOf(s, 'Độc lập - Tự do - Hạnh phúc');
    expect(styleOf(s, 'Độc lập - Tự do - Hạnh phúc')).toMatchObject({ fontSize: 14, bold: true });
    const block = spanOf(s, motto);
    const rule = ruleIn(s, rowOfCell(motto) + 1, block);
    // Landscape: E:F sits centred under D:G.
    expect(rule?.border).toBe(true);
    expect(rule!.span).toMatchObject({ left: 5, right: 6 });
    expect(middle(s, rule!.span)).toBe(middle(s, block));
    expect(styleOf(s, 'Hà Nội, ngày 28 tháng 3 năm 2024')).toMatchObject({ fontSize: 14, italic: true });
    expect(rowOf(s, 'Hà Nội, ngày 28 tháng 3 năm 2024')).toBe(rowOf(s, 'Số: …/KH-CĐDK'));
    expect(parseCell(cellOf(s, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM').address)!.col).toBeGreaterThan(block.left - 1);
    expect(spanOf(s, unitCell(s)).right).toBeLessThan(block.left);
  });

  const unitCell = (s: SheetSpec) => cellOf(s, 'CÔNG ĐOÀN DẦU KHÍ VIỆT NAM');

  it.each([
    [{ day: 5, month: 2, year: 2024 }, 'Hà Nội, ngày 05 tháng 02 năm 2024'],
    [{ day: 9, month: 1, year: 2025 }, 'Hà Nội, ngày 09 tháng 01 năm 2025'],
    [{ day: 15, month: 10, year: 2024 }, 'Hà Nội, ngày 15 tháng 10 năm 2024'],
    [{ day: 1, month: 3, year: 2024 }, 'Hà Nội, ngày 01 tháng 3 năm 2024'],
    [null, 'Hà Nội, ngày … tháng … năm …'],
  ])('writes the date %j as %s', (date, line) => {
    expect(spec(APRIL, { date }).cells.some((c) => c.value === line)).toBe(true);
  });

  it('has the title and the subject with a short rule, centred over the table', () => {
    const s = spec();
    const title = cellOf(s, 'KẾ HOẠCH');
    expect(styleOf(s, 'KẾ HOẠCH')).toMatchObject({ fontSize: 14, bold: true, horizontal: 'center' });
    expect(spanOf(s, title)).toMatchObject({ left: 1, right: 7 });
    expect(rowOf(s, 'Công tác tháng 4 năm 2024')).toBe(rowOfCell(title) + 1);
    expect(styleOf(s, 'Công tác tháng 4 năm 2024')).toMatchObject({ bold: true, horizontal: 'center' });
    const rule = ruleIn(s, rowOfCell(title) + 2, { left: 1, right: 7 });
    expect(rule?.border).toBe(true);
    expect(rule!.span.right - rule!.span.left).toBeLessThan(3);
    expect(Math.abs(middle(s, rule!.span) - middle(s, { left: 1, right: 7 }))).toBeLessThanOrEqual(8);
  });

  it('fills the table from the tasks: text, lead, partners, time and note', () => {
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
    expect(row(s, header + 1)).toEqual([
      1,
      APRIL[0].text,
      'Ban Chính sách',
      'Văn phòng\nBan Nữ công',
      '30/4',
      null,
      'Ban Nữ công',
    ]);
    expect(APRIL.map((_, i) => row(s, header + 1 + i)[0])).toEqual([1, 2, 3, 4, 5, 6, '1.2']);
    expect(row(s, header + 2)).toEqual([2, '- Dòng một.\n- Dòng hai.', null, null, null, null, null]);
  });

  it('keeps formula-like task text as text', () => {
    const s = spec();
    for (const text of ['=SUM(A1:A2)', '+84 912 345 678', '-Giảm tai nạn lao động', '@mention']) {
      const cell = cellOf(s, text);
      expect(cell.formula).toBeUndefined();
      expect(s.styles[cell.style ?? ''].numberFormat).toBe('@');
    }
    expect(s.cells.every((c) => c.formula === undefined)).toBe(true);
  });

  it('adds five empty bordered rows by default, or as many as asked', () => {
    const s = spec();
    const first = rowOf(s, 'Nội dung công việc') + 1 + APRIL.length;
    for (let r = first; r < first + 5; r++) {
      expect(row(s, r)).toEqual([null, null, null, null, null, null, null]);
      expect(s.styles[at(s, `B${r}`)?.style ?? ''].border).toBe(true);
    }
    expect(at(s, `B${first + 5}`)).toBeUndefined();
    const two = spec(APRIL, { blankRows: 2 });
    expect(two.styles[at(two, `G${first + 1}`)?.style ?? ''].border).toBe(true);
    expect(at(two, `G${first + 2}`)).toBeUndefined();
  });

  it('has Nơi nhận with its entries, the archive line last, beside the signature block', () => {
    const s = spec();
    const label = rowOf(s, 'Nơi nhận:');
    expect(label).toBeGreaterThan(rowOf(s, 'Nội dung công việc') + APRIL.length + 5);
    expect(styleOf(s, 'Nơi nhận:')).toMatchObject({ fontSize: 12, bold: true, italic: true });
    const entries = ['- Tổng LĐLĐ Việt Nam (để b/c);', '- Các công đoàn trực thuộc;', '- Lưu: VT, VP.'];
    expect(entries.map((e) => rowOf(s, e))).toEqual([label + 1, label + 2, label + 3]);
    expect(entries.every((e) => styleOf(s, e).fontSize === 11)).toBe(true);
    expect(rowOf(s, 'TM. BAN THƯỜNG VỤ')).toBe(label);
    expect(rowOf(s, 'CHỦ TỊCH')).toBe(label + 1);
    expect(styleOf(s, 'CHỦ TỊCH')).toMatchObject({ fontSize: 14, bold: true, horizontal: 'center' });
    // Room to sign and stamp: at least three empty rows between the title and the name.
    const name = rowOf(s, 'Nguyễn Văn A');
    expect(name).toBeGreaterThan(label + 1 + 3);
    expect(styleOf(s, 'Nguyễn Văn A').bold).toBe(true);
    expect(parseCell(cellOf(s, 'Nguyễn Văn A').address)!.col).toBe(PLAN_LAYOUTS.landscape.right[0]);
  });

  it('puts the archive line last, adding one when the recipients have none', () => {
    const lastEntry = (recipients: string) => {
      const s = spec([], { settings: { ...SETTINGS, recipients } });
      const label = rowOf(s, 'Nơi nhận:');
      const col = PLAN_LAYOUTS.landscape.left[0];
      const below = s.cells.filter((c) => parseCell(c.address)!.col === col && rowOfCell(c) > label && c.value);
      return below.map((c) => c.value);
    };
    expect(lastEntry('- Lưu: VT, TC.\n- Các công đoàn trực thuộc;')).toEqual(['- Các công đoàn trực thuộc;', '- Lưu: VT, TC.']);
    expect(lastEntry('- Các công đoàn trực thuộc;')).toEqual(['- Các công đoàn trực thuộc;', '- Lưu: VT.']);
  });

  it('signs KT. when the title says so, and leaves the name empty when none is given', () => {
    const s = spec([], { settings: { ...SETTINGS, signerTitle: 'kt. chủ tịch\nphó chủ tịch', signerName: '' } });
    expect(rowOf(s, 'PHÓ CHỦ TỊCH')).toBe(rowOf(s, 'KT. CHỦ TỊCH') + 1);
    const below = s.cells.filter((c) => c.style === 'signer' && rowOfCell(c) > rowOf(s, 'PHÓ CHỦ TỊCH') && c.value);
    expect(below).toEqual([]);
  });

  it('is Times New Roman throughout, with wrapped text and bordered table cells', () => {
    const s = spec();
    const header = rowOf(s, 'Nội dung công việc');
    for (const c of s.cells) {
      const st = s.styles[c.style ?? ''];
      expect(st.fontName).toBe('Times New Roman');
      const r = rowOfCell(c);
      if (r >= header && r <= header + APRIL.length + 5) expect(st).toMatchObject({ border: true, wrap: true, fontSize: 13 });
    }
    expect(s.styles[at(s, `B${header + 1}`)?.style ?? '']).toMatchObject({ horizontal: 'left', vertical: 'top' });
  });

  it.each(['landscape', 'portrait'] as const)(
    'prints %s on A4 with the decree margins, one page wide at full size, the header row on every page',
    (orientation) => {
      const s = spec(APRIL, { settings: { ...SETTINGS, orientation } });
      const header = rowOf(s, 'Nội dung công việc');
      expect(s.print).toMatchObject({ orientation, paperSize: 'A4', fitToWidth: true, titleRows: `${header}:${header}` });
      const mm = (inches: number) => inches * 25.4;
      const m = s.print.margins!;
      expect([mm(m.top), mm(m.bottom)].every((v) => v >= 20 && v <= 25)).toBe(true);
      expect(mm(m.left)).toBeGreaterThanOrEqual(30);
      expect(mm(m.left)).toBeLessThanOrEqual(35);
      expect(mm(m.right)).toBeGreaterThanOrEqual(15);
      expect(mm(m.right)).toBeLessThanOrEqual(20);
      // The columns fill the printable width (at 96 px an inch) without being shrunk to fit.
      const paper = orientation === 'landscape' ? 297 : 210;
      const printable = ((paper - mm(m.left) - mm(m.right)) / 25.4) * 96;
      const width = columnEdges(s.columnWidths)[7];
      expect(width).toBeLessThanOrEqual(printable);
      expect(width).toBeGreaterThan(printable * 0.95);
      expect(s.freezeRows).toBe(header);
      expect(s.columnWidths[1]).toBe(Math.max(...s.columnWidths));
    },
  );

  it('lays the blocks out for portrait: the motto block wide enough, the rules still centred', () => {
    const s = spec(APRIL, { settings: { ...SETTINGS, orientation: 'portrait' } });
    const motto = cellOf(s, 'Độc lập - Tự do - Hạnh phúc');
    const block = spanOf(s, motto);
    expect(block).toMatchObject({ left: PLAN_LAYOUTS.portrait.right[0], right: 7 });
    const rule = ruleIn(s, rowOfCell(motto) + 1, block)!;
    expect(Math.abs(middle(s, rule.span) - middle(s, block))).toBeLessThanOrEqual(8);
    expect(spanOf(s, cellOf(s, 'Nơi nhận:'))).toMatchObject({ left: 1, right: PLAN_LAYOUTS.portrait.left[1] });
  });

  it('makes rows with long text taller than one-line rows, and header rows tall enough to wrap', () => {
    const long = task('1', 'Tổ chức các hoạt động '.repeat(30));
    const s = spec([long, task('2', 'Ngắn', '', { partners: 'Một\nHai\nBa\nBốn\nNăm' }), task('3', 'Ngắn')]);
    const header = rowOf(s, 'Nội dung công việc');
    expect(s.rowHeights?.[header + 1]).toBeGreaterThan(s.rowHeights?.[header + 2] ?? 0);
    expect(s.rowHeights?.[header + 2]).toBeGreaterThan(s.rowHeights?.[header + 3] ?? 0);
    expect(s.rowHeights?.[header + 1]).toBeLessThanOrEqual(409);
    const longUnit = spec([], { settings: { ...SETTINGS, unit: 'Công đoàn Tổng công ty Thăm dò Khai thác Dầu khí Việt Nam' } });
    const short = spec();
    expect(short.rowHeights?.[rowOfCell(unitCell(short))]).toBeLessThan(
      longUnit.rowHeights?.[rowOf(longUnit, 'CÔNG ĐOÀN TỔNG CÔNG TY THĂM DÒ KHAI THÁC DẦU KHÍ VIỆT NAM')] ?? 0,
    );
  });

  it('cuts text to what one Excel cell holds', () => {
    const s = spec([task('1', 'x'.repeat(40_000))]);
    expect(String(at(s, `B${rowOf(s, 'Nội dung công việc') + 1}`)?.value)).toHaveLength(32767);
  });

  it('is a blank template when there are no tasks', () => {
    const s = spec([]);
    expect(row(s, rowOf(s, 'Nội dung công việc') + 1)).toEqual([null, null, null, null, null, null, null]);
    expect(s.cells.some((c) => c.value === 'Công tác tháng 4 năm 2024')).toBe(true);
  });

  it('leaves the number open for the abbreviation only when nothing knows it', () => {
    const s = buildMonthlyPlanSheet({ month: 12, year: 2025, tasks: [], settings: DEFAULT_PLAN_SETTINGS });
    expect(s.cells.some((c) => c.value === 'Số: …/KH-…')).toBe(true);
    expect(s.cells.some((c) => c.value === 'Hà Nội, ngày … tháng … năm …')).toBe(true);
  });

  it('uses English labels when asked', () => {
    const s = spec([], { lang: 'en', date: { day: 5, month: 2, year: 2024 } });
    const texts = s.cells.map((c) => c.value);
    expect(texts).toEqual(
      expect.arrayContaining([
        'PLAN',
        'Work for 4/2024',
        'SOCIALIST REPUBLIC OF VIETNAM',
        'Task',
        'Hà Nội, 05/02/2024',
        'No.: …/KH-CĐDK',
      ]),
    );
  });

  it.each(['landscape', 'portrait'] as const)('merges only ranges inside the sheet, never overlapping (%s)', (orientation) => {
    const s = spec(APRIL, { settings: { ...SETTINGS, orientation } });
    const ranges = s.merges.map(parseRange);
    expect(ranges.every((r) => r !== null && r.right <= 7)).toBe(true);
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
    const texts = (s: SheetSpec) =>
      s.cells.filter((c) => c.address.startsWith('B') && c.style === 'text' && c.value !== null).map((c) => c.value);
    expect(texts(sheets[1])).toEqual(['Việc tháng 2', 'Việc thêm tháng 2']);
    expect(texts(sheets[0])).toEqual([]);
    expect(buildYearPlanSheets({ plan: null, year: 2024, settings: SETTINGS }).every((s) => texts(s).length === 0)).toBe(true);
  });
});
