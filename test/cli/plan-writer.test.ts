// `thidua plan` on workbooks saved by other writers, with charts, images, comments, a
// table, a macro part and page setup: every part of the input comes back byte for byte,
// except the ones that must list the new sheet, and OUT is written safely or not at all.
import { promises as fsp, linkSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { main } from '../../src/cli/main';
import { openPackage } from '../../src/cli/read-workbook';
import { ZipPackage } from '../../src/cli/xlsx/zip';
import { SEED_XLSX, tempDir } from '../support/xlsx';

const WRITERS = path.resolve(__dirname, '../fixtures/writers');
/** The parts `plan` must edit to list its sheet; nothing else may change. */
const EDITED = ['[Content_Types].xml', 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/styles.xml', 'docProps/app.xml'];

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out, err };
}

function parts(file: string): Map<string, Buffer> {
  const zip = new ZipPackage(readFileSync(file));
  return new Map(zip.entries.map((e) => [e.name, Buffer.from(zip.readAll(e))]));
}

const text = (b: Buffer | undefined) => (b ? b.toString('utf8') : '');

describe.each([
  'openpyxl.xlsx',
  'xlsxwriter.xlsx',
  'xlsxwriter-inline.xlsx',
  'xlsxwriter-macro.xlsm',
  'libreoffice.xlsx',
  'seed-2024.xlsx',
])('plan on %s', (name) => {
  const input = name === 'seed-2024.xlsx' ? SEED_XLSX : path.join(WRITERS, name);
  const dir = tempDir();
  const out = path.join(dir, `out${path.extname(name)}`);
  let before: Map<string, Buffer>;
  let after: Map<string, Buffer>;
  let code: number;

  beforeAll(async () => {
    ({ code } = await run('plan', input, '--month', '1', '--year', '2025', '--out', out));
    before = parts(input);
    after = parts(out);
  });

  it('exits 0', () => expect(code).toBe(0));

  it('keeps every other part byte for byte, and adds only the new sheet', () => {
    for (const [part, bytes] of before) {
      expect(after.has(part)).toBe(true);
      if (!EDITED.includes(part)) expect({ part, same: after.get(part)!.equals(bytes) }).toEqual({ part, same: true });
    }
    const added = [...after.keys()].filter((p) => !before.has(p));
    expect(added).toHaveLength(1);
    expect(added[0]).toMatch(/^xl\/worksheets\/sheet\d+\.xml$/);
  });

  it('lists the sheet in workbook.xml, its rels and the content types, with its print titles', () => {
    const added = [...after.keys()].find((p) => !before.has(p))!;
    expect(text(after.get('xl/workbook.xml'))).toMatch(/<(\w+:)?sheet [^>]*name="KH T01-2025"/);
    expect(text(after.get('xl/workbook.xml'))).toContain("'KH T01-2025'!$");
    expect(text(after.get('xl/_rels/workbook.xml.rels'))).toContain(`Target="${added.slice(3)}"`);
    expect(text(after.get('[Content_Types].xml'))).toContain(`PartName="/${added}"`);
    if (before.has('docProps/app.xml') && text(before.get('docProps/app.xml')).includes('TitlesOfParts')) {
      expect(text(after.get('docProps/app.xml'))).toContain('<vt:lpstr>KH T01-2025</vt:lpstr>');
    }
  });

  it('keeps the existing styles in place: styles.xml only grows at the end of its lists', () => {
    const old = text(before.get('xl/styles.xml'));
    const now = text(after.get('xl/styles.xml'));
    for (const list of ['fonts', 'fills', 'borders', 'cellXfs']) {
      const body = (xml: string) => new RegExp(`<${list}[^>]*>([\\s\\S]*?)</${list}>`).exec(xml)?.[1] ?? '';
      expect(body(now).startsWith(body(old))).toBe(true);
    }
  });

  it('reads back: the old sheets as they were and the new one with its tasks', () => {
    const [was, is] = [openPackage(readFileSync(input)), openPackage(readFileSync(out))];
    expect(is.info.sheets.map((s) => s.name)).toEqual([...was.info.sheets.map((s) => s.name), 'KH T01-2025']);
    expect(is.snapshots.slice(0, -1)).toEqual(was.snapshots);
    const texts = is.snapshots[is.snapshots.length - 1].values.flat().filter((v) => typeof v === 'string');
    expect(texts.some((t) => /Hội nghị người lao động|Tuyên truyền/.test(t as string))).toBe(true);
  });
});

describe('plan keeps what a macro workbook needs', () => {
  it('the VBA part, its relationship and the macro-enabled content type', async () => {
    const out = path.join(tempDir(), 'out.xlsm');
    expect((await run('plan', path.join(WRITERS, 'xlsxwriter-macro.xlsm'), '--month', '2', '--out', out)).code).toBe(0);
    const after = parts(out);
    expect(
      after.get('xl/vbaProject.bin')!.equals(parts(path.join(WRITERS, 'xlsxwriter-macro.xlsm')).get('xl/vbaProject.bin')!),
    ).toBe(true);
    expect(text(after.get('[Content_Types].xml'))).toContain('application/vnd.ms-excel.sheet.macroEnabled.main+xml');
    expect(text(after.get('xl/_rels/workbook.xml.rels'))).toContain('vbaProject.bin');
  });
});

describe('plan writes OUT safely', () => {
  const dir = tempDir();
  const input = path.join(dir, 'in.xlsx');
  beforeAll(() => writeFileSync(input, readFileSync(SEED_XLSX)));

  it.each([
    ['a hard link', (to: string) => linkSync(input, to)],
    ['a symlink', (to: string) => symlinkSync(input, to)],
  ])('refuses OUT that is the input through %s, and leaves the input alone', async (_, make) => {
    const out = path.join(dir, `link-${Math.random().toString(36).slice(2)}.xlsx`);
    make(out);
    const bytes = readFileSync(input);
    const r = await run('plan', input, '--month', '4', '--out', out, '--force');
    expect(r.code).toBe(2);
    expect(r.err).toEqual([`${out}: không ghi đè lên tệp nguồn; hãy chọn tệp --out khác`]);
    expect(readFileSync(input).equals(bytes)).toBe(true);
  });

  it('refuses an existing OUT without --force and replaces it with --force', async () => {
    const out = path.join(dir, 'exists.xlsx');
    writeFileSync(out, 'old');
    const refused = await run('plan', input, '--month', '4', '--out', out, '--lang', 'en');
    expect(refused.code).toBe(2);
    expect(refused.err).toEqual([`${out}: the file already exists; add --force to replace it`]);
    expect(readFileSync(out, 'utf8')).toBe('old');
    expect((await run('plan', input, '--month', '4', '--out', out, '--force')).code).toBe(0);
    expect(openPackage(readFileSync(out)).info.sheets.map((s) => s.name)).toContain('KH T04-2024');
  });

  it.each(['write', 'rename'] as const)(
    'an interrupted plan (the %s fails) leaves no OUT and no temporary file',
    async (step) => {
      const folder = path.join(dir, `interrupted-${step}`);
      mkdirSync(folder);
      const out = path.join(folder, 'out.xlsx');
      const spy =
        step === 'rename'
          ? jest.spyOn(fsp, 'rename').mockRejectedValueOnce(Object.assign(new Error('EIO: i/o error'), { code: 'EIO' }))
          : jest.spyOn(fsp, 'open').mockImplementationOnce(async (file, flags) => {
              const handle = await jest.requireActual<typeof import('node:fs')>('node:fs').promises.open(file, flags);
              handle.writeFile = () => Promise.reject(new Error('ENOSPC: no space left on device'));
              return handle;
            });
      try {
        const r = await run('plan', input, '--month', '4', '--out', out);
        expect(r.code).toBe(2);
        expect(r.err).toHaveLength(1);
        expect(r.err[0]).toMatch(/out\.xlsx: không ghi được tệp \((EIO|ENOSPC)/);
      } finally {
        spy.mockRestore();
      }
      expect(readdirSync(folder)).toEqual([]);
    },
  );
});
