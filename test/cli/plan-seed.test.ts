// The seed fixture's plan sheet, read through the ExcelJS adapter, against seed-2024.expected.json.
import { promises as fs } from 'node:fs';
import { loadWorkbook, workbookSnapshots } from '../../src/cli/read-workbook';
import { Grid } from '../../src/engine/grid';
import { readPlans, tasksOfMonth } from '../../src/engine/plan';
import { DEFAULT_PLAN_SETTINGS, PLAN_HEADER_ROW, buildMonthlyPlanSheet } from '../../src/engine/template';
import type { Finding, PlanSheet } from '../../src/engine/types';
import { SEED_EXPECTED, SEED_XLSX } from '../support/xlsx';

interface ExpectedPlan {
  sheet: string;
  tasksPerMonth: Record<string, number>;
  taskContains: { month: number; order: string; texts: string[] }[];
}

let plans: PlanSheet[];
let findings: Finding[];
let expected: ExpectedPlan[];

beforeAll(async () => {
  expected = JSON.parse(await fs.readFile(SEED_EXPECTED, 'utf8')).plans;
  const snapshots = workbookSnapshots(await loadWorkbook(SEED_XLSX));
  const readings = snapshots.map((s) => readPlans(new Grid(s)));
  plans = readings.flatMap((r) => r.tables);
  findings = readings.flatMap((r) => r.findings);
});

describe('the seed plan sheet', () => {
  it('is the only plan table', () => {
    expect(plans.map((p) => p.sheet)).toEqual(expected.map((p) => p.sheet));
    expect(plans[0].year).toBe(2024);
  });

  it('has the expected number of tasks per month', () => {
    const counts = Object.fromEntries(plans[0].months.map((m) => [String(m.month), m.tasks.length]));
    expect(counts).toEqual(expected[0].tasksPerMonth);
  });

  it('holds the expected texts, page-break continuations joined and HTML removed', () => {
    for (const { month, order, texts } of expected[0].taskContains) {
      const task = tasksOfMonth(plans[0], month).find((t) => t.order === order);
      for (const text of texts) expect(task?.text).toContain(text);
      expect(task?.text).not.toMatch(/<\/?p>/);
    }
    const april1 = tasksOfMonth(plans[0], 4)[0].text;
    expect(april1).toContain('Thăm hỏi, hỗ trợ người lao động có hoàn cảnh khó khăn');
    const january1 = tasksOfMonth(plans[0], 1)[0].text.split('\n');
    expect(january1).toHaveLength(2);
    expect(january1[0]).toMatch(/^- Tuyên truyền kỷ niệm các ngày lễ lớn/);
    expect(january1[1]).toMatch(/^- Tuyên truyền các chủ trương của Đảng/);
  });

  it('keeps the year key tasks apart, without the section row or the footnote', () => {
    const all = [...plans[0].keyTasks, ...plans[0].months.flatMap((m) => m.tasks)];
    expect(all.some((t) => /NHIỆM VỤ CỤ THỂ|Trên cơ sở thực tiễn/.test(t.text))).toBe(false);
    expect(plans[0].keyTasks.map((t) => t.order)).toContain('13');
    expect(plans[0].months[0].tasks.some((t) => t.text.startsWith('Đẩy mạnh đổi mới'))).toBe(false);
  });

  it('reports every repeated header row and no month problem', () => {
    const repeated = findings.filter((f) => f.code === 'REPEATED_HEADER').map((f) => f.cell);
    expect(repeated).toEqual(['A8', 'A21', 'A35', 'A51', 'A66', 'A81', 'A99', 'A116']);
    expect(findings.filter((f) => f.code !== 'REPEATED_HEADER')).toEqual([]);
  });
});

describe('the monthly plan sheets built from the seed', () => {
  const build = (month: number) =>
    buildMonthlyPlanSheet({
      month,
      year: plans[0].year ?? 0,
      tasks: tasksOfMonth(plans[0], month),
      settings: DEFAULT_PLAN_SETTINGS,
    });
  const column = (spec: ReturnType<typeof build>, letter: string) =>
    spec.cells.filter(
      (c) =>
        c.address.startsWith(letter) &&
        Number(c.address.slice(1)) > PLAN_HEADER_ROW &&
        ['order', 'text'].includes(c.style ?? '') &&
        c.value !== null,
    );

  it('April: the seven tasks in order, the first holding its continuation', () => {
    const spec = build(4);
    expect(spec.name).toBe('KH T04-2024');
    expect(column(spec, 'A').map((c) => c.value)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    const texts = column(spec, 'B').map((c) => String(c.value));
    expect(texts).toHaveLength(7);
    expect(texts[0]).toContain('Tổ chức các hoạt động Tháng Công nhân');
    expect(texts[0]).toContain('trợ người lao động có hoàn cảnh khó khăn');
    expect(texts[1]).toMatch(/^Triển khai mô hình/);
    expect(texts[6]).toMatch(/^Phối hợp với Ban VSTBPN/);
  });

  it('January: task 1 as two plain lines, no <p>', () => {
    const first = String(column(build(1), 'B')[0].value);
    expect(first).not.toMatch(/<\/?p>/);
    expect(first.split('\n')).toHaveLength(2);
    expect(first).toContain('Tuyên truyền các chủ trương của Đảng');
  });
});
