import { execFileSync } from 'node:child_process';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { main } from '../../src/cli/main';
import { expectReportAsExpected } from '../support/report-checks';
import { SEED_EXPECTED, SEED_XLSX, tempDir, writeXlsx } from '../support/xlsx';

interface Captured {
  code: number;
  out: string;
  err: string;
}

async function run(...argv: string[]): Promise<Captured> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const expected = JSON.parse(readFileSync(SEED_EXPECTED, 'utf8'));

describe('thidua check on the seed workbook', () => {
  let report: any; // eslint-disable-line @typescript-eslint/no-explicit-any
  let code: number;

  beforeAll(async () => {
    const r = await run('check', SEED_XLSX, '--json');
    code = r.code;
    report = JSON.parse(r.out);
  });

  it('exits with the expected status', () => {
    expect(code).toBe(expected.exitCode);
  });

  it('reports the criteria figures of the expected results', () => {
    for (const ec of expected.criteria) {
      const ac = report.criteriaSheets.find((c: { sheet: string }) => c.sheet === ec.sheet);
      expect(ac).toBeDefined();
      expect(ac.headerRow).toBe(ec.headerRow);
      expect(ac.sections).toHaveLength(ec.sections.length);
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      ec.sections.forEach((es: any, i: number) => {
        const as = ac.sections[i];
        expect(as.label).toBe(es.label);
        for (const k of ['cap', 'declaredSelf', 'capTotal', 'selfTotal', 'appraisedTotal']) expect(as[k]).toEqual(es[k]);
        expect(as.groups).toHaveLength(es.groups.length);
        // eslint-disable-next-line @typescript-eslint/no-explicit-any
        es.groups.forEach((eg: any, j: number) => {
          const ag = as.groups[j];
          expect(ag.title.startsWith(eg.titleStartsWith)).toBe(true);
          for (const k of ['cap', 'capTotal', 'selfTotal', 'appraisedTotal']) expect(ag[k]).toEqual(eg[k]);
          expect(ag.criteria).toHaveLength(eg.criteriaCount);
        });
      });
    }
  });

  it('reports the tasks of every month', () => {
    for (const ep of expected.plans) {
      const ap = report.planSheets.find((p: { sheet: string }) => p.sheet === ep.sheet);
      const counts = Object.fromEntries(
        ap.months.map((m: { month: number; tasks: unknown[] }) => [String(m.month), m.tasks.length]),
      );
      expect(counts).toEqual(ep.tasksPerMonth);
      for (const tc of ep.taskContains) {
        const task = ap.months
          .find((m: { month: number }) => m.month === tc.month)
          .tasks.find((t: { order: string }) => t.order === tc.order);
        for (const text of tc.texts) expect(task.text).toContain(text);
        expect(task.text).not.toMatch(/<\/?[a-z][^>]*>/i);
      }
    }
  });

  it('reports the expected issues, each with a message', () => {
    for (const mi of expected.issues.mustInclude) {
      expect(report.issues).toContainEqual(expect.objectContaining({ code: mi.code, sheet: mi.sheet, cell: mi.cell }));
    }
    const codes = report.issues.map((i: { code: string }) => i.code);
    for (const code of expected.issues.mustNotIncludeCodes) expect(codes).not.toContain(code);
    for (const i of report.issues) {
      expect(['error', 'warning', 'info']).toContain(i.severity);
      expect(i.message.length).toBeGreaterThan(0);
    }
    expect(report.summary.errors).toBe(0);
  });

  it('holds every expectation of the expected-results file, as docs/report.md reads it', () => {
    expectReportAsExpected(report, expected, code);
  });

  it('is told apart from a report with one figure, one task or one issue off', () => {
    const changes: ((r: typeof report) => void)[] = [
      (r) => (r.criteriaSheets[0].sections[0].selfTotal += 1),
      (r) => r.planSheets[0].months[0].tasks.pop(),
      (r) => (r.issues = r.issues.filter((i: { code: string }) => i.code !== expected.issues.mustInclude[0].code)),
    ];
    for (const change of changes) {
      const off = structuredClone(report);
      change(off);
      expect(() => expectReportAsExpected(off, expected, code)).toThrow();
    }
    expect(() => expectReportAsExpected(report, expected, code + 1)).toThrow();
  });
});

describe('thidua check, human report', () => {
  it('speaks Vietnamese by default and English on request', async () => {
    const vi = await run('check', SEED_XLSX);
    expect(vi.out).toContain('Bảng tiêu chí: Tiêu chí 2023');
    expect(vi.out).toContain('Tiêu chí 2023!C8 SECTION_CAP_MISMATCH');
    const en = await run('check', SEED_XLSX, '--lang', 'en');
    expect(en.out).toContain('Criteria table: Tiêu chí 2023');
    expect(en.out).toMatch(/declares a maximum of 300 points/);
  });

  it('exits 1 when a score is over its cap', async () => {
    const file = await writeXlsx(path.join(tempDir(), 'over.xlsx'), {
      'Tiêu chí': [
        ['TT', 'Nội dung tiêu chí', 'Điểm chuẩn', 'Điểm tự chấm'],
        [1, 'Kết nạp đoàn viên', 5, 7],
      ],
    });
    const r = await run('check', file, '--json');
    expect(r.code).toBe(1);
    expect(JSON.parse(r.out).issues).toContainEqual(
      expect.objectContaining({ code: 'SCORE_OVER_CAP', cell: 'D2', severity: 'error' }),
    );
  });

  it('warns when a workbook has no table', async () => {
    const file = await writeXlsx(path.join(tempDir(), 'none.xlsx'), { Sheet1: [['xin chào']] });
    const r = await run('check', file, '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).issues).toContainEqual(expect.objectContaining({ code: 'NO_TABLE_FOUND', cell: '' }));
  });
});

describe('thidua check on bad input', () => {
  const dir = tempDir();
  const bad: Record<string, string> = {};

  beforeAll(() => {
    bad.empty = path.join(dir, 'empty.xlsx');
    writeFileSync(bad.empty, '');
    bad.text = path.join(dir, 'notes.xlsx');
    writeFileSync(bad.text, 'not a workbook');
    bad.locked = path.join(dir, 'locked.xlsx');
    writeFileSync(bad.locked, Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]));
    bad.corrupt = path.join(dir, 'corrupt.xlsx');
    writeFileSync(bad.corrupt, readFileSync(SEED_XLSX).subarray(0, 2000));
    bad.missing = path.join(dir, 'missing.xlsx');
  });

  it.each(['empty', 'text', 'locked', 'corrupt', 'missing'])('%s file: one line naming the file, exit 2', async (kind) => {
    const r = await run('check', bad[kind]);
    expect(r.code).toBe(2);
    expect(r.err.split('\n')).toHaveLength(1);
    expect(r.err).toContain(bad[kind]);
    expect(r.err).not.toMatch(/\bat .*\(.*:\d+:\d+\)/);
  });

  it('still checks the other files', async () => {
    const good = path.join(dir, 'good.xlsx');
    copyFileSync(SEED_XLSX, good);
    const r = await run('check', bad.corrupt, good, '--json');
    expect(r.code).toBe(2);
    const reports = JSON.parse(r.out);
    expect(reports).toHaveLength(2);
    expect(reports[0].error).toContain('corrupt.xlsx');
    expect(reports[1].criteriaSheets).toHaveLength(1);
  });

  it('checks every .xlsx of a folder', async () => {
    const folder = tempDir();
    copyFileSync(SEED_XLSX, path.join(folder, 'a.xlsx'));
    copyFileSync(SEED_XLSX, path.join(folder, 'b.xlsx'));
    writeFileSync(path.join(folder, '~$a.xlsx'), 'lock');
    const r = await run('check', folder, '--json');
    expect(JSON.parse(r.out).map((x: { file: string }) => x.file)).toEqual(['a.xlsx', 'b.xlsx']);
  });

  it.each([[[]], [['check']], [['frobnicate']], [['check', 'x.xlsx', '--lang', 'fr']], [['check', 'x.xlsx', '--bogus']]])(
    'usage error %j exits 2 with the usage text',
    async (argv) => {
      const r = await run(...argv);
      expect(r.code).toBe(2);
      expect(r.err + r.out).toMatch(/thidua check/);
    },
  );
});

describe('the thidua program', () => {
  it('runs from npm without a build step and prints JSON', () => {
    const root = path.resolve(__dirname, '../..');
    const stdout = execFileSync(process.execPath, [path.join(root, 'bin/thidua.mjs'), 'check', SEED_XLSX, '--json'], {
      encoding: 'utf8',
    });
    expect(JSON.parse(stdout).file).toBe('seed-2024.xlsx');
  });
});
