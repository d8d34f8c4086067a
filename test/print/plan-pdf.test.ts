// The printed proof: `thidua plan` on the seed and on a long month, printed to PDF by
// LibreOffice, is one page wide, repeats its header row on every page and carries
// every part of the document. Needs `soffice` (libreoffice-calc-nogui) and poppler's
// `pdftotext` / `pdfinfo` / `pdftoppm`; without them the tests are skipped, saying why.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { runPlan } from '../../src/cli/plan-command';
import { saveWorkbook } from '../support/workbook-builder';

const SEED = path.resolve(__dirname, '../fixtures/seed-2024.xlsx');
const FIRST_PAGE_PNG = path.resolve(__dirname, '../../artifacts/print/plan-seed-april');
const TOOLS = ['soffice', 'pdftotext', 'pdfinfo', 'pdftoppm'];
const DATE = { day: 28, month: 3, year: 2024 };

const missing = TOOLS.filter((tool) => spawnSync('sh', ['-c', `command -v ${tool}`]).status !== 0);
const why = missing.length ? `${missing.join(', ')} not on the PATH (apt-get install libreoffice-calc-nogui poppler-utils)` : '';
if (why) console.warn(`test/print/plan-pdf.test.ts skipped: ${why}`);
const describePrinted = why ? describe.skip : describe;

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'thidua-print-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Page {
  width: number;
  height: number;
  text: string;
}

/** `thidua plan` then LibreOffice to PDF; the pages of the plan sheet (the last sheet, from its national motto on). */
async function printPlan(input: string, name: string): Promise<Page[]> {
  const out = path.join(dir, `${name}.xlsx`);
  const lines: string[] = [];
  const status = await runPlan(
    { file: input, month: 4, out, lang: 'vi', date: DATE },
    { out: (l) => lines.push(l), err: (l) => lines.push(l) },
  );
  expect([status, lines]).toEqual([0, [expect.stringContaining('KH T04-2024')]]);
  // A profile of its own, so parallel runs (and a desktop LibreOffice) do not clash.
  const profile = pathToFileURL(path.join(dir, `profile-${name}`)).href;
  execFileSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, out], {
    stdio: 'ignore',
    timeout: 120_000,
  });
  const pdf = path.join(dir, `${name}.pdf`);
  const count = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1]);
  const pages: Page[] = [];
  for (let p = 1; p <= count; p++) {
    const info = execFileSync('pdfinfo', ['-f', String(p), '-l', String(p), pdf], { encoding: 'utf8' });
    const [, width, height] = /size:\s+([\d.]+) x ([\d.]+)/.exec(info) ?? [];
    const text = execFileSync('pdftotext', ['-f', String(p), '-l', String(p), '-layout', pdf, '-'], { encoding: 'utf8' });
    pages.push({ width: Number(width), height: Number(height), text });
  }
  const first = pages.findIndex((p) => p.text.includes('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'));
  expect(first).toBeGreaterThanOrEqual(0);
  if (name === 'seed') {
    mkdirSync(path.dirname(FIRST_PAGE_PNG), { recursive: true });
    const page = String(first + 1);
    execFileSync('pdftoppm', ['-f', page, '-l', page, '-png', '-r', '110', '-singlefile', pdf, FIRST_PAGE_PNG]);
  }
  return pages.slice(first);
}

/** The table's header row: TT first and Ghi chú last on one printed line, i.e. every column on this page. */
const HEADER_LINE = /^\s*TT\s+Nội dung công việc\s+Đơn vị chủ trì\s+Phối hợp\s+.*Kết quả thực hiện\s+Ghi chú\s*$/m;
const A4_LANDSCAPE = { width: 841.89, height: 595.3 };

function expectOnePageWide(pages: Page[]): void {
  for (const page of pages) {
    expect(page.width).toBeCloseTo(A4_LANDSCAPE.width, 0);
    expect(page.height).toBeCloseTo(A4_LANDSCAPE.height, 0);
    // A table cut into page-wide strips would print pages with no TT column.
    expect(page.text).toMatch(HEADER_LINE);
  }
}

describePrinted(`the printed monthly plan${why ? ` (skipped: ${why})` : ''}`, () => {
  jest.setTimeout(180_000);

  it("prints the seed's April one page wide, with every part of the document", async () => {
    const pages = await printPlan(SEED, 'seed');
    expectOnePageWide(pages);
    const [first] = pages;
    for (const part of [
      'TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM',
      'CÔNG ĐOÀN DẦU KHÍ VIỆT NAM',
      'Số: …/KH-CĐDK',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Hà Nội, ngày 28 tháng 3 năm 2024',
      'KẾ HOẠCH',
      'Công tác tháng 4 năm 2024',
      'Tổ chức các hoạt động Tháng Công nhân',
    ])
      expect(first.text).toContain(part);
    // The date sits on the line of the number.
    expect(first.text).toMatch(/Số: …\/KH-CĐDK\s+Hà Nội, ngày 28 tháng 3 năm 2024/);
    const last = pages[pages.length - 1].text;
    expect(last).toMatch(/Nơi nhận:\s+TM\. BAN THƯỜNG VỤ/);
    expect(last).toMatch(/- Các công đoàn trực thuộc;\s+CHỦ TỊCH/);
    expect(last).toContain('- Lưu: VT, …');
  });

  it('repeats the header row on page 2 of a long month, and carries Thời gian and Đơn vị thực hiện', async () => {
    const long = await saveWorkbook(path.join(dir, 'long-month-input.xlsx'), (sheet) => {
      const ws = sheet('Kế hoạch 2024').widths(6, 60, 14, 22, 18);
      ws.row('A1', ['TỔNG LĐLĐ VIỆT NAM'], {});
      ws.row('A2', ['CÔNG ĐOÀN ĐIỆN LỰC VIỆT NAM'], {});
      ws.row('A4', ['TT', 'Nhiệm vụ', 'Thời gian', 'Đơn vị thực hiện', 'Phối hợp']);
      ws.row('A5', [null, 'Tháng 4/2024']);
      ws.rows(
        'A6',
        Array.from({ length: 45 }, (_, i) => [
          i + 1,
          `Nhiệm vụ số ${i + 1}: tổ chức, hướng dẫn và kiểm tra việc thực hiện chương trình công tác tháng của các công đoàn trực thuộc.`,
          `${(i % 28) + 1}/4`,
          i % 2 ? 'Ban Tuyên giáo' : 'Văn phòng',
          'Các ban',
        ]),
      );
    });
    const pages = await printPlan(long, 'long');
    expect(pages.length).toBeGreaterThanOrEqual(2);
    expectOnePageWide(pages);
    expect(pages[0].text).toContain('CÔNG ĐOÀN ĐIỆN LỰC VIỆT NAM');
    expect(pages[0].text).toContain('Số: …/KH-CĐĐL');
    // Page 2 opens with the repeated header row, then goes on with the tasks.
    expect(pages[1].text.trimStart().split('\n')[0]).toMatch(/TT|Thời gian hoàn/);
    const all = pages.map((p) => p.text).join('\n');
    for (const n of [1, 23, 45]) expect(all).toContain(`Nhiệm vụ số ${n}:`);
    expect(all).toMatch(/Ban Tuyên giáo/);
    expect(all).toMatch(/\b28\/4\b/);
    expect(pages[pages.length - 1].text).toContain('TM. BAN THƯỜNG VỤ');
  });
});
