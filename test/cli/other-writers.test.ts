// Workbooks saved by openpyxl, xlsxwriter and LibreOffice (test/fixtures/writers/, made by
// scripts/make-writer-fixtures.py): each holds the same score table and plan, so every
// one must give the same figures, whatever else the writer put around them.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { main } from '../../src/cli/main';
import { openPackage } from '../../src/cli/read-workbook';
import type { Report } from '../../src/engine/types';

const WRITERS = path.resolve(__dirname, '../fixtures/writers');
const opened = (file: string) => openPackage(readFileSync(path.join(WRITERS, file)));
const part = (file: string, name: string) => opened(file).zip.find(name);

async function check(file: string): Promise<{ code: number; report: Report; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(['check', path.join(WRITERS, file), '--json'], { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, report: JSON.parse(out.join('\n')), err };
}

describe.each(['openpyxl.xlsx', 'xlsxwriter.xlsx', 'xlsxwriter-inline.xlsx', 'xlsxwriter-macro.xlsm', 'libreoffice.xlsx'])(
  '%s',
  (file) => {
    let result: Awaited<ReturnType<typeof check>>;
    beforeAll(async () => {
      result = await check(file);
    });

    it('reads the score table: caps 10 + 10 + 20, self 8 + 9 + 25, the 25 over its cap', () => {
      expect(result.err).toEqual([]);
      expect(result.code).toBe(1);
      const [table] = result.report.criteriaSheets;
      expect(table.sheet).toBe('Tiêu chí');
      const criteria = table.sections.flatMap((s) => s.groups.flatMap((g) => g.criteria));
      expect(criteria.map((c) => [c.title, c.cap, c.self])).toEqual([
        ['Kết nạp đoàn viên', 10, 8],
        ['Tuyên truyền nghị quyết', 10, 9],
        ['Thành lập CĐCS', 20, 25],
      ]);
      expect(result.report.issues.filter((i) => i.severity === 'error').map((i) => `${i.code}@${i.cell}`)).toEqual([
        'SCORE_OVER_CAP@D4',
      ]);
    });

    it('reads the plan: two tasks in January, one in February', () => {
      const [plan] = result.report.planSheets;
      expect(plan.months.map((m) => [m.month, m.tasks.map((t) => t.text)])).toEqual([
        [1, ['Hội nghị người lao động', 'Tổng kết năm 2024']],
        [2, ['Gặp mặt đầu xuân']],
      ]);
    });
  },
);

describe('what each writer does differently', () => {
  it('openpyxl: absolute part targets, a comment, a table and a chart; formulas saved without results', () => {
    const { zip, snapshots } = opened('openpyxl.xlsx');
    const rels = new TextDecoder().decode(zip.readAll(zip.find('xl/_rels/workbook.xml.rels')!));
    expect(rels).toContain('Target="/xl/worksheets/sheet1.xml"');
    for (const name of ['xl/comments/comment1.xml', 'xl/tables/table1.xml', 'xl/charts/chart1.xml'])
      expect(part('openpyxl.xlsx', name)).toBeDefined();
    expect(snapshots[0].formulas?.[4]?.slice(2, 4)).toEqual(['=SUM(C2:C4)', '=SUM(D2:D4)']);
    expect(snapshots[0].values[4].slice(2, 4)).toEqual([null, null]);
  });

  it('xlsxwriter: a chart, images in the sheet and the page header; constant_memory mode writes no shared strings', () => {
    expect(part('xlsxwriter.xlsx', 'xl/charts/chart1.xml')).toBeDefined();
    expect(part('xlsxwriter.xlsx', 'xl/media/image1.png')).toBeDefined();
    expect(part('xlsxwriter.xlsx', 'xl/drawings/vmlDrawing1.vml')).toBeDefined();
    expect(part('xlsxwriter-inline.xlsx', 'xl/sharedStrings.xml')).toBeUndefined();
    expect(part('xlsxwriter-macro.xlsm', 'xl/vbaProject.bin')).toBeDefined();
  });
});
