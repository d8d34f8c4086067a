// A deliberately tiny stand-in for the engine, so the pane's tests do not depend
// on the real readers. Its workbook format:
// - a criteria sheet: header ['TT', 'Nội dung', 'Điểm chuẩn', 'Tự chấm'] in row 1, then
//   [order, title, cap, self] rows: one section (declared 298/300) with one group (declared 50);
//   a self score above its cap is a SCORE_OVER_CAP error at column D;
// - a plan sheet: header ['Tháng', 'TT', 'Nội dung', 'Ghi chú'], then [month, order, text, note] rows (year 2024).
import { applyRowPatch } from '../../src/engine/patch';
import type {
  CellValue,
  Criterion,
  Issue,
  Lang,
  PlanMonth,
  PlanSettings,
  PlanSheet,
  PlanTask,
  Report,
  SheetSnapshot,
  SheetSpec,
} from '../../src/engine/types';
import type { Engine } from '../../src/taskpane/controller';
import { withResult } from './results';

const num = (v: CellValue) => (typeof v === 'number' ? v : null);
const text = (v: CellValue) => (v === null || v === undefined ? '' : String(v));

function criteria(s: SheetSnapshot, lang: Lang, issues: Issue[]): Report['criteriaSheets'][number] {
  const rows: Criterion[] = s.values.slice(1).map((r, i) => ({
    row: i + 2,
    order: text(r[0]),
    title: text(r[1]),
    cap: num(r[2]),
    self: num(r[3]),
    appraised: null,
    capCell: `C${i + 2}`,
    selfCell: `D${i + 2}`,
    appraisedCell: '',
    basis: '',
    basisCell: '',
  }));
  for (const c of rows) {
    if (c.self !== null && c.cap !== null && c.self > c.cap) {
      const message =
        lang === 'vi' ? `Điểm tự chấm ${c.self} vượt điểm chuẩn ${c.cap}` : `Self score ${c.self} is above the cap of ${c.cap}`;
      issues.push({ severity: 'error', code: 'SCORE_OVER_CAP', sheet: s.name, cell: c.selfCell, message });
    }
  }
  const capTotal = rows.reduce((t, c) => t + (c.cap ?? 0), 0);
  const selfTotal = rows.reduce((t, c) => t + (c.self ?? 0), 0);
  const totals = { capTotal, selfTotal, appraisedTotal: null };
  return withResult({
    sheet: s.name,
    headerRow: 1,
    sections: [
      {
        kind: 'base',
        label: 'I',
        title: 'Công tác chính trị (298/300 điểm)',
        cell: 'B2',
        cap: 300,
        declaredSelf: 298,
        ...totals,
        groups: [{ kind: 'base', title: `Nhóm của ${s.name}`, cell: 'A2', cap: 50, ...totals, criteria: rows }],
      },
    ],
  });
}

function plan(s: SheetSnapshot): PlanSheet {
  const months: PlanMonth[] = [];
  s.values.slice(1).forEach((r, i) => {
    const month = Number(r[0]);
    const task: PlanTask = {
      row: i + 2,
      order: text(r[1]),
      text: text(r[2]),
      note: text(r[3]),
      time: '',
      lead: '',
      partners: '',
    };
    const last = months[months.length - 1];
    if (last?.month === month) last.tasks.push(task);
    else months.push({ month, row: i + 2, tasks: [task] });
  });
  return { sheet: s.name, headerRow: 1, year: 2024, keyTasks: [], months };
}

export function toyCheck(snapshots: SheetSnapshot[], opts: { file: string; lang: Lang }): Report {
  const issues: Issue[] = [];
  const criteriaSheets = snapshots.filter((s) => s.values[0]?.[2] === 'Điểm chuẩn').map((s) => criteria(s, opts.lang, issues));
  const planSheets = snapshots.filter((s) => s.values[0]?.[0] === 'Tháng').map(plan);
  const count = (sev: string) => issues.filter((i) => i.severity === sev).length;
  return {
    file: opts.file,
    criteriaSheets,
    planSheets,
    issues,
    summary: { errors: count('error'), warnings: count('warning'), infos: count('info') },
    rules: null,
  };
}

export function toyPlanSheet(opts: { month: number; year: number; tasks: PlanTask[]; settings: PlanSettings }): SheetSpec {
  return {
    name: `KH T${String(opts.month).padStart(2, '0')}-${opts.year}`,
    columnWidths: [6, 50],
    cells: opts.tasks.map((t, i) => ({ address: `B${i + 2}`, value: t.text })),
    merges: [],
    styles: {},
    print: { orientation: 'landscape', paperSize: 'A4', fitToWidth: true },
  };
}

export const toyEngine = (): Engine => ({
  checkWorkbook: jest.fn(toyCheck),
  applyRowPatch: jest.fn(applyRowPatch),
  buildMonthlyPlanSheet: jest.fn(toyPlanSheet),
});

export const CRITERIA_HEADER: CellValue[] = ['TT', 'Nội dung', 'Điểm chuẩn', 'Tự chấm'];
export const PLAN_HEADER: CellValue[] = ['Tháng', 'TT', 'Nội dung', 'Ghi chú'];

export function criteriaSheet(name: string, rows: CellValue[][]): SheetSnapshot {
  return { name, origin: 'A1', values: [CRITERIA_HEADER, ...rows] };
}

export function planSheet(name: string, rows: CellValue[][]): SheetSnapshot {
  return { name, origin: 'A1', values: [PLAN_HEADER, ...rows] };
}
