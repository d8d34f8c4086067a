// `thidua check` on the scoring sample (bonus and penalty sections, a Xếp loại table),
// with and without a rules file, against the expected results in test/fixtures.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { main } from '../../src/cli/main';
import type { Report } from '../../src/engine/types';
import { expectReportAsExpected } from '../support/expected-report';
import { tempDir, writeXlsx } from '../support/xlsx';

const fixture = (name: string) => path.resolve(__dirname, '../fixtures', name);
const SAMPLE = fixture('scoring-sample.xlsx');
const RULES = fixture('scoring-rules.json');

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err };
}

async function report(...argv: string[]): Promise<{ code: number; report: Report }> {
  const r = await run('check', SAMPLE, '--json', ...argv);
  return { code: r.code, report: JSON.parse(r.out) };
}

describe('thidua check on the scoring sample', () => {
  it('reports the expected kinds, totals, result and classification by the workbook table', async () => {
    const { code, report: r } = await report();
    expectReportAsExpected(r, code, JSON.parse(readFileSync(fixture('scoring-sample.expected.json'), 'utf8')));
    expect(r.rules).toMatchObject({ source: 'workbook', where: 'Quy định xếp loại!A4', basis: 'points' });
    expect(r.rules?.bands.map((b) => b.min)).toEqual([60, 55, 45, 30, 0]);
  });

  it('with --rules, classifies by the file first', async () => {
    const { code, report: r } = await report('--rules', RULES);
    expectReportAsExpected(r, code, JSON.parse(readFileSync(fixture('scoring-sample.with-rules.expected.json'), 'utf8')));
    expect(r.rules).toEqual({ source: 'file', where: RULES, ...JSON.parse(readFileSync(RULES, 'utf8')) });
  });

  it('shows each final score, percent and classification in the human report', async () => {
    const vi = await run('check', SAMPLE);
    expect(vi.out).toContain('Kết quả: tự chấm 62 (= 58 + 10 − 6; 103,33%; Xuất sắc), thẩm định 55 (= 55 + 7 − 7; 91,67%; Tốt)');
    expect(vi.out).toContain('Xếp loại theo: bảng trong tệp, ô Quy định xếp loại!A4');
    const en = await run('check', SAMPLE, '--lang', 'en', '--rules', RULES);
    expect(en.out).toContain('Result: self 62 (= 58 + 10 − 6; 103.33%; Hoàn thành xuất sắc nhiệm vụ)');
  });

  it.each([
    ['a missing file', null, /không đọc được tệp xếp loại \(ENOENT\)/],
    ['no JSON', '{ bands: ', /không phải JSON/],
    ['no bands', '{ "basis": "points", "bands": [] }', /không có mức xếp loại nào/],
    ['a min that is no number', '{ "bands": [{ "label": "Tốt", "min": "85" }] }', /mức "Tốt" không có điểm thấp nhất bằng số/],
    ['two bands with one min', '{ "bands": [{ "label": "A", "min": 5 }, { "label": "B", "min": 5 }] }', /mức "B" trùng/],
  ])('refuses a rules file with %s: exit 2, one line naming it', async (_, text, message) => {
    const file = path.join(tempDir(), 'rules.json');
    if (text !== null) writeFileSync(file, text);
    const r = await run('check', SAMPLE, '--rules', file);
    expect(r.code).toBe(2);
    expect(r.err).toHaveLength(1);
    expect(r.err[0]).toContain(file);
    expect(r.err[0]).toMatch(message);
    expect(r.out).toBe('');
  });
});

describe('thidua check on a workbook of several criteria tables', () => {
  it('prints the ranking by final score, and gives it in the JSON', async () => {
    const unit = (self: number) => [
      ['TT', 'Nội dung tiêu chí', 'Điểm chuẩn', 'Điểm tự chấm'],
      [1, 'Kết nạp đoàn viên', 10, self],
    ];
    const file = await writeXlsx(path.join(tempDir(), 'khoi.xlsx'), { 'CĐ A': unit(7), 'CĐ B': unit(9), 'CĐ C': unit(7) });
    const human = await run('check', file);
    expect(human.out).toContain(
      ['  Xếp hạng (theo điểm tự chấm):', '    1. CĐ B: 9', '    2. CĐ A: 7', '    2. CĐ C: 7'].join('\n'),
    );
    const json = JSON.parse((await run('check', file, '--json')).out) as Report;
    expect(json.ranking?.units.map((u) => [u.sheet, u.rank])).toEqual([
      ['CĐ B', 1],
      ['CĐ A', 2],
      ['CĐ C', 2],
    ]);
  });
});
