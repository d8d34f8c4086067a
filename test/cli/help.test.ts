// The command line explains itself: help, version, and a precise usage error for each mistake.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { main } from '../../src/cli/main';
import { COMMANDS, TEXT } from '../../src/cli/text';
import { tempDir } from '../support/xlsx';

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const version = JSON.parse(readFileSync(path.resolve(__dirname, '../../package.json'), 'utf8')).version;

describe('help', () => {
  it.each([['--help'], ['-h'], ['help']])('%s: every command, every option, exit statuses and examples; exit 0', async (arg) => {
    for (const lang of ['vi', 'en'] as const) {
      const r = await run(arg, '--lang', lang);
      expect(r.code).toBe(0);
      expect(r.err).toBe('');
      for (const c of COMMANDS) expect(r.out).toContain(`thidua ${c} `);
      for (const flag of ['--json', '--lang', '--month', '--year', '--out', '--rules', '--help', '--version']) {
        expect(r.out).toContain(flag);
      }
      expect(r.out).toContain(TEXT[lang].exitTitle);
      expect(r.out).toContain(TEXT[lang].examplesTitle);
      const examples = r.out
        .split(TEXT[lang].examplesTitle)[1]
        .split('\n')
        .filter((l) => l.trim().startsWith('thidua '));
      expect(examples).toHaveLength(2);
    }
  });

  it('speaks Vietnamese unless asked otherwise', async () => {
    expect((await run('--help')).out).toContain('Cách dùng:');
    expect((await run('--help', '--lang', 'en')).out).toContain('Usage:');
  });

  it.each(COMMANDS)('help COMMAND and COMMAND --help show %s with only its options', async (command) => {
    const a = await run('help', command, '--lang', 'en');
    const b = await run(command, '--help', '--lang', 'en');
    expect(a.code).toBe(0);
    expect(b).toEqual(a);
    expect(a.out).toContain(TEXT.en.synopsis[command]);
    expect(a.out).toContain(TEXT.en.about[command]);
    for (const e of TEXT.en.exits[command]) expect(a.out).toContain(e);
    const others = TEXT.en.options.filter((o) => !o.commands.includes(command));
    for (const o of others) expect(a.out).not.toContain(o.about);
  });

  it('--version prints the version of package.json', async () => {
    const r = await run('--version');
    expect(r).toEqual({ code: 0, out: version, err: '' });
  });
});

describe('usage errors: one line saying what is wrong, on stderr, exit 2', () => {
  const dir = tempDir();
  const file = path.join(dir, 'a.xlsx');
  const out = path.join(dir, 'out.xlsx');

  it.each([
    [[], 'chưa nói lệnh nào'],
    [['frobnicate'], 'không có lệnh "frobnicate"'],
    [['--x'], 'tùy chọn --x'],
    [['help', 'frobnicate'], 'không có lệnh "frobnicate"'],
    [['check'], 'chưa nói tệp .xlsx hay thư mục nào'],
    [['check', file, '--x'], 'lệnh check không có tùy chọn --x'],
    [['check', file, '--month', '4'], 'lệnh check không có tùy chọn --month'],
    [['check', file, '--json=yes'], '--json không nhận giá trị'],
    [['check', file, '--lang', 'fr'], '--lang phải là vi hoặc en (không phải "fr")'],
    [['check', file, '--lang'], '--lang cần một giá trị'],
    [['check', dir], 'không có tệp .xlsx nào'],
    [['plan', file, '--out', out], 'thiếu --month'],
    [['plan', file, '--month', '13', '--out', out], '--month phải là số nguyên từ 1 đến 12 (không phải "13")'],
    [['plan', file, '--month', '0', '--out', out], '--month phải là số nguyên từ 1 đến 12'],
    [['plan', file, '--month', '4.5', '--out', out], '--month phải là số nguyên từ 1 đến 12'],
    [['plan', file, '--month', 'tư', '--out', out], '--month phải là số nguyên từ 1 đến 12'],
    [['plan', file, '--month'], '--month cần một giá trị'],
    [['plan', file, '--month', '--out', out], '--month cần một giá trị'],
    [['plan', file, '--month', '4', '--year', '20', '--out', out], '--year phải là năm từ 1900 đến 9999'],
    [['plan', file, '--month', '4'], 'thiếu --out'],
    [['plan', '--month', '4', '--out', out], 'chưa nói tệp'],
    [['plan', file, file, '--month', '4', '--out', out], 'lệnh plan nhận đúng một tệp (có 2)'],
    [['summary', file], 'thiếu --out'],
    [['summary', '--out', out], 'chưa nói tệp'],
    [['summary', file, '--out', out, '--month', '4'], 'lệnh summary không có tùy chọn --month'],
    [['summary', file, '--out', out, '--rules'], '--rules cần một giá trị'],
  ])('%j: %s', async (argv, message) => {
    const r = await run(...argv);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    const [first, ...rest] = r.err.split('\n');
    expect(first).toContain(message);
    expect(first.startsWith('Lệnh không hợp lệ: ')).toBe(true);
    // Then the synopsis, to show what a right command looks like.
    expect(rest.join('\n')).toMatch(/thidua (check|plan|summary) /);
  });

  it('says it in English with --lang en, wherever --lang stands', async () => {
    const r = await run('plan', file, '--month', '13', '--lang', 'en', '--out', out);
    expect(r.code).toBe(2);
    expect(r.err.split('\n')[0]).toBe('Invalid command: --month must be a whole number from 1 to 12 (not "13")');
    expect((await run('summary', file, '--lang=en')).err.split('\n')[0]).toBe('Invalid command: --out is missing');
    expect((await run('check', file, '--x', '--lang', 'en')).err.split('\n')[0]).toBe('Invalid command: check has no option --x');
  });
});

describe('the text module', () => {
  /** Every path to a leaf (a string or a function) and its value. */
  function leaves(value: unknown, at = ''): Map<string, unknown> {
    if (value === null || typeof value !== 'object') return new Map([[at, value]]);
    return new Map(Object.entries(value).flatMap(([k, v]) => [...leaves(v, `${at}.${k}`)]));
  }
  const shape = (value: unknown) => [...leaves(value)].map(([p, v]) => `${p}: ${typeof v}`).sort();

  it('has every key in Vietnamese and English, no text empty', () => {
    expect(shape(TEXT.en)).toEqual(shape(TEXT.vi));
    for (const lang of ['vi', 'en'] as const) {
      const empty = [...leaves(TEXT[lang])].filter(([, v]) => typeof v === 'string' && v.trim() === '');
      expect(empty).toEqual([]);
    }
  });

  it('counts tasks in English as a number agrees', () => {
    expect(TEXT.en.plan.added('KH T04-2024', 1, 'out.xlsx')).toBe('Added sheet "KH T04-2024" with 1 task to out.xlsx');
    expect(TEXT.en.plan.added('KH T04-2024', 3, 'out.xlsx')).toBe('Added sheet "KH T04-2024" with 3 tasks to out.xlsx');
  });

  it('tells a missing key apart', () => {
    const broken = { ...TEXT.en, report: { ...TEXT.en.report, noIssues: undefined } };
    expect(shape(broken)).not.toEqual(shape(TEXT.vi));
  });
});
