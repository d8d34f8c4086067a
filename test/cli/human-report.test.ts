// The human report of check: errors, then warnings, then notes; repeated notes of one
// code folded; file paths as given; English plurals; nothing from a file can forge a line.
import path from 'node:path';
import { humanReport, runCheck } from '../../src/cli/check-command';
import { main } from '../../src/cli/main';
import { escapeForTerminal } from '../../src/cli/text';
import { toIssue } from '../../src/engine/report';
import type { Finding, Report } from '../../src/engine/types';
import { tempDir, writeXlsx } from '../support/xlsx';

function reportOf(findings: Omit<Finding, 'params'>[]): Report {
  const issues = findings.map((f) => toIssue({ ...f, params: { self: 4, appraised: 3 } }, 'vi'));
  const count = (s: string) => issues.filter((i) => i.severity === s).length;
  return {
    file: 'a.xlsx',
    criteriaSheets: [],
    planSheets: [],
    issues,
    summary: { errors: count('error'), warnings: count('warning'), infos: count('info') },
    rules: null,
  };
}

const issueLines = (lines: string[]) => lines.filter((l) => l.startsWith('    ['));

describe('the human report', () => {
  const report = reportOf([
    { code: 'REPEATED_HEADER', sheet: 'KH', cell: 'A8' },
    { code: 'SCORE_MISSING', sheet: 'KH', cell: 'F9' },
    { code: 'REPEATED_HEADER', sheet: 'KH', cell: 'A21' },
    { code: 'SCORE_OVER_CAP', sheet: 'KH', cell: 'F10' },
    { code: 'APPRAISED_DIFFERS', sheet: 'KH', cell: 'G11' },
    { code: 'REPEATED_HEADER', sheet: 'KH', cell: 'A34' },
    { code: 'REPEATED_HEADER', sheet: 'Khác', cell: 'A5' },
  ]);

  it('lists errors, then warnings, then notes', () => {
    const kinds = issueLines(humanReport(report, 'vi')).map((l) => /^\s+\[([^\]]+)\]/.exec(l)![1]);
    expect(kinds).toEqual(['lỗi', 'cảnh báo', 'ghi chú', 'ghi chú', 'ghi chú']);
  });

  it('folds repeated notes of one code on one sheet into one line naming their cells', () => {
    const notes = issueLines(humanReport(report, 'vi')).slice(2);
    expect(notes).toEqual([
      '    [ghi chú] KH REPEATED_HEADER: 3 dòng tiêu đề lặp lại: A8, A21, A34',
      expect.stringMatching(/^ {4}\[ghi chú\] KH!G11 APPRAISED_DIFFERS: Điểm thẩm định 3 khác điểm tự chấm 4$/),
      expect.stringMatching(/^ {4}\[ghi chú\] Khác!A5 REPEATED_HEADER: /),
    ]);
  });

  it('cuts a long list of cells short', () => {
    const many = reportOf(
      Array.from({ length: 14 }, (_, i) => ({ code: 'REPEATED_HEADER' as const, sheet: 'KH', cell: `A${i + 1}` })),
    );
    const [line] = issueLines(humanReport(many, 'en'));
    expect(line).toBe('    [note] KH REPEATED_HEADER: 14 repeated header rows: A1, A2, A3, A4, A5, A6, A7, A8, A9, A10, …');
  });

  it('counts in English with the right plurals', () => {
    const one = reportOf([
      { code: 'SCORE_OVER_CAP', sheet: 'KH', cell: 'F10' },
      { code: 'SCORE_MISSING', sheet: 'KH', cell: 'F9' },
      { code: 'SCORE_MISSING', sheet: 'KH', cell: 'F11' },
    ]);
    expect(humanReport(one, 'en')).toContain('  Issues (1 error, 2 warnings, 0 notes):');
    expect(humanReport(reportOf([{ code: 'APPRAISED_DIFFERS', sheet: 'KH', cell: 'G1' }]), 'en')).toContain(
      '  Issues (0 errors, 0 warnings, 1 note):',
    );
  });

  it('escapes control and bidirectional characters, so a sheet cannot forge lines', () => {
    const forged = reportOf([{ code: 'SCORE_MISSING', sheet: 'KH\n    [lỗi] giả\u202Egnp.exe\u001b[2J', cell: 'F9' }]);
    const lines = humanReport(forged, 'vi');
    expect(lines).toHaveLength(3);
    expect(lines[2]).toContain('KH\\n    [lỗi] giả\\u202Egnp.exe\\u001B[2J!F9');
    for (const l of lines) expect(l).not.toMatch(/[\u0000-\u001f\u202a-\u202e\u2066-\u2069]/); // eslint-disable-line no-control-regex
  });

  it('escapes each kind of unsafe character and keeps Vietnamese text as it is', () => {
    expect(escapeForTerminal('a\tb\rc\u0085d\u200Fe\u2028f\u2067g\u061C')).toBe(
      'a\\tb\\rc\\u0085d\\u200Fe\\u2028f\\u2067g\\u061C',
    );
    expect(escapeForTerminal('Công đoàn Điện lực – “Tốt”')).toBe('Công đoàn Điện lực – “Tốt”');
  });
});

describe('thidua check in a terminal', () => {
  const dir = tempDir();
  const sheet = (title: string) => [
    ['TT', 'Nội dung tiêu chí', 'Điểm chuẩn', 'Điểm tự chấm'],
    [1, title, 5, 4],
  ];

  it('prints each file under its path as given, with the cell text escaped', async () => {
    const file = await writeXlsx(path.join(dir, 'a.xlsx'), { 'Tiêu chí\u202E': sheet('Kết nạp\u001b[31m đoàn viên') });
    const relative = path.relative(process.cwd(), file);
    const out: string[] = [];
    const code = await main(['check', relative], { out: (l) => out.push(l), err: () => undefined });
    expect(code).toBe(0);
    expect(out[0]).toBe(relative);
    expect(out.join('\n')).toContain('Tiêu chí\\u202E');
    expect(out.join('\n')).not.toMatch(/[\u001b\u202e]/); // eslint-disable-line no-control-regex
  });

  it('shows a progress line on stderr for many files, cleared at the end, only where it is asked for', async () => {
    const files = await Promise.all(['b', 'c', 'd'].map((n) => writeXlsx(path.join(dir, `${n}.xlsx`), { T: sheet('Một') })));
    const progress: string[] = [];
    const err: string[] = [];
    await runCheck(
      { files, json: true, lang: 'en' },
      { out: () => undefined, err: (l) => err.push(l), progress: (l) => progress.push(l) },
    );
    expect(progress).toEqual([...files.map((f, i) => `Reading ${i + 1}/3: ${f}`), '']);
    expect(err).toEqual([]);
    // Without a terminal (no progress writer) nothing is written to stderr at all.
    await runCheck({ files, json: true, lang: 'en' }, { out: () => undefined, err: (l) => err.push(l) });
    expect(err).toEqual([]);
  });
});
