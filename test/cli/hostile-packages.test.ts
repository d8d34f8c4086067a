// Files that are not the workbooks they claim to be, or are built to hurt: each gets one
// line naming it (exit 2), quickly and in bounded memory, and the other files are still checked.
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Deflate, zipSync } from 'fflate';
import { main } from '../../src/cli/main';
import { PackageError } from '../../src/cli/xlsx/package-error';
import { ZipPackage } from '../../src/cli/xlsx/zip';
import { deflatedEntry, writeZip } from '../../src/cli/xlsx/zip-write';
import { buildPackage, packageParts, sheetXml, zipParts } from '../support/package-builder';
import { SEED_XLSX, tempDir } from '../support/xlsx';

// Building a 64 MB bomb and 10,000 wide rows takes seconds on a busy machine.
jest.setTimeout(60_000);

const dir = tempDir();
const enc = (s: string) => new TextEncoder().encode(s);

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err };
}

function file(name: string, bytes: Uint8Array | string): string {
  const p = path.join(dir, name);
  writeFileSync(p, bytes);
  return p;
}

/** `size` zero bytes deflated in chunks, never held inflated. */
function zeros(size: number): Uint8Array {
  const parts: Uint8Array[] = [];
  const deflate = new Deflate({ level: 1 }, (chunk) => parts.push(chunk));
  const block = new Uint8Array(1 << 20);
  for (let n = 0; n < size; n += block.length) deflate.push(block, n + block.length >= size);
  return Buffer.concat(parts);
}

/** The package with `name` holding already-deflated bytes that inflate to `size`. */
function withDeflatedEntry(parts: Record<string, Uint8Array>, name: string, deflated: Uint8Array, size: number): Uint8Array {
  const entries = Object.entries(parts).map(([n, bytes]) => deflatedEntry(n, bytes));
  return writeZip([...entries, { name, method: 8, crc: 0, size, data: deflated, time: 0, date: 0 }]);
}

const cfb = (stream: string) =>
  Buffer.concat([
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
    Buffer.alloc(504),
    Buffer.from(stream, 'utf16le'),
  ]);

/** Every entry of a zip flagged as encrypted (zip's own weak encryption), in its central directory. */
function encrypted(zip: Uint8Array): Buffer {
  const b = Buffer.from(zip);
  for (let at = b.indexOf(CENTRAL); at >= 0; at = b.indexOf(CENTRAL, at + 4)) b[at + 8] |= 1;
  return b;
}
const CENTRAL = Buffer.from([0x50, 0x4b, 0x01, 0x02]);

/** Runs with no soffice on the PATH, so .xls and .ods get their line instead of a conversion. */
async function withoutSoffice<T>(f: () => Promise<T>): Promise<T> {
  const saved = process.env.PATH;
  process.env.PATH = tempDir();
  try {
    return await f();
  } finally {
    process.env.PATH = saved;
  }
}

describe('huge sparse coordinates', () => {
  it('a cell at row 99,999,999 is counted, not laid out: SHEET_TOO_LARGE, quickly', async () => {
    const f = file('far.xlsx', buildPackage(sheetXml('<row r="99999999"><c r="A99999999"><v>1</v></c></row>')));
    const t0 = Date.now();
    const r = await run('check', f, '--json');
    expect(Date.now() - t0).toBeLessThan(10_000);
    expect(JSON.parse(r.out).issues).toContainEqual(
      expect.objectContaining({ code: 'SHEET_TOO_LARGE', params: { rows: 99_999_999, limit: 300_000 } }),
    );
  });

  it('a cell in column XFD on each of 10,000 rows takes seconds and little memory', async () => {
    let rows = '';
    for (let r = 1; r <= 10_000; r++)
      rows += `<row r="${r}"><c r="A${r}" t="inlineStr"><is><t>x</t></is></c><c r="XFD${r}"><v>1</v></c></row>`;
    const f = file('wide.xlsx', buildPackage(sheetXml(rows)));
    const before = process.memoryUsage().rss;
    const t0 = Date.now();
    const r = await run('check', f, '--json');
    expect(Date.now() - t0).toBeLessThan(20_000);
    expect(process.memoryUsage().rss - before).toBeLessThan(400 * 1024 * 1024);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).issues.map((i: { code: string }) => i.code)).toEqual(['NO_TABLE_FOUND']);
  });
});

describe('inflation bombs', () => {
  it('an entry inflating far past its compressed size stops at the ratio limit, naming the part', async () => {
    const parts = packageParts(sheetXml(''));
    const relsWithStrings = new TextDecoder()
      .decode(parts['xl/_rels/workbook.xml.rels'])
      .replace(
        '</Relationships>',
        '<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>',
      );
    const rels = { ...parts, 'xl/_rels/workbook.xml.rels': enc(relsWithStrings) };
    const bomb = withDeflatedEntry(rels, 'xl/sharedStrings.xml', zeros(64 << 20), 64 << 20);
    expect(new ZipPackage(bomb).find('xl/sharedStrings.xml')!.compressedSize).toBeLessThan(1 << 20);
    const f = file('bomb.xlsx', bomb);
    const r = await run('check', f);
    expect(r.code).toBe(2);
    expect(r.err).toHaveLength(1);
    expect(r.err[0]).toContain('bomb.xlsx');
    expect(r.err[0]).toContain('xl/sharedStrings.xml');
    expect(r.err[0]).toMatch(/nén hơn 100 lần/);
  });

  it('the whole file stops at its inflated budget', () => {
    const zip = new ZipPackage(buildPackage(sheetXml('<row r="1"><c r="A1"><v>1</v></c></row>'.repeat(200))), 4096);
    expect(() => zip.readAll(zip.find('xl/worksheets/sheet1.xml')!)).toThrow(
      new PackageError('too-large', 'xl/worksheets/sheet1.xml'),
    );
  });
});

describe('XML that declares entities', () => {
  it.each([
    ['workbook.xml', 'xl/workbook.xml'],
    ['a worksheet', 'xl/worksheets/sheet1.xml'],
  ])('in %s is refused before any expansion', async (_, part) => {
    const laughs =
      '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>';
    const parts = packageParts(sheetXml('<row r="1"><c r="A1" t="inlineStr"><is><t>&lol2;</t></is></c></row>'));
    const xml = new TextDecoder().decode(parts[part]).replace(/^<\?xml[^>]*\?>/, laughs);
    const f = file(`entities-${part.replace(/\W/g, '')}.xlsx`, zipParts({ ...parts, [part]: enc(xml) }));
    const r = await run('check', f, '--lang', 'en');
    expect(r.code).toBe(2);
    expect(r.err).toEqual([`${f}: part ${part} declares a DTD or entities, which an .xlsx never does: not read`]);
  });
});

describe('entry names and targets that climb out of the package', () => {
  it('a `../` entry beside the workbook is only a name: the workbook is checked and nothing is written', async () => {
    const sub = path.join(dir, 'climb');
    mkdirSync(sub);
    const f = path.join(sub, 'climb.xlsx');
    writeFileSync(
      f,
      zipParts(packageParts(sheetXml('<row r="1"><c r="A1"><v>1</v></c></row>'), { '../../evil.txt': 'x', '/abs.txt': 'y' })),
    );
    const r = await run('check', f, '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).issues.map((i: { code: string }) => i.code)).toEqual(['NO_TABLE_FOUND']);
    const { readdirSync } = await import('node:fs');
    expect(readdirSync(sub)).toEqual(['climb.xlsx']);
    expect(readdirSync(dir)).not.toContain('evil.txt');
  });

  it('a sheet target above the package root is a damaged file', async () => {
    const parts = packageParts(sheetXml(''));
    const rels = new TextDecoder()
      .decode(parts['xl/_rels/workbook.xml.rels'])
      .replace('worksheets/sheet1.xml', '../../../etc/passwd');
    const f = file('escape.xlsx', zipParts({ ...parts, 'xl/_rels/workbook.xml.rels': enc(rels) }));
    const r = await run('check', f);
    expect(r.code).toBe(2);
    expect(r.err).toEqual([`${f}: tệp .xlsx bị hỏng, không đọc được`]);
  });

  it('absolute part targets (as openpyxl writes them) are followed', async () => {
    const parts = packageParts(sheetXml('<row r="1"><c r="A1"><v>1</v></c></row>'));
    const rels = new TextDecoder()
      .decode(parts['xl/_rels/workbook.xml.rels'])
      .replace('"worksheets/sheet1.xml"', '"/xl/worksheets/sheet1.xml"');
    const f = file('absolute.xlsx', zipParts({ ...parts, 'xl/_rels/workbook.xml.rels': enc(rels) }));
    expect((await run('check', f)).code).toBe(0);
  });
});

describe('files that are no workbook', () => {
  const docx = () =>
    zipSync({
      '_rels/.rels': enc(
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
      ),
      'word/document.xml': enc('<w:document xmlns:w="x"/>'),
    });
  const xlsb = () =>
    zipSync({
      '_rels/.rels': enc(
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.bin"/></Relationships>',
      ),
      'xl/workbook.bin': new Uint8Array([0x83, 0x01, 0x00]),
    });
  const ods = () =>
    zipSync({ mimetype: [enc('application/vnd.oasis.opendocument.spreadsheet'), { level: 0 }], 'content.xml': enc('<x/>') });

  it.each([
    ['report.docx.xlsx', docx, 'is a zip file but not an Excel workbook (a Word document)'],
    ['photos.xlsx', () => zipSync({ 'a.jpg': new Uint8Array(10) }), 'is a zip file but not an Excel workbook'],
    ['calc.ods', ods, 'is an OpenDocument spreadsheet (.ods); save it as .xlsx (Excel Workbook)'],
    ['binary.xlsb', xlsb, 'is a binary workbook (.xlsb); open it in Excel and save it as .xlsx'],
    ['secret.xlsx', () => cfb('EncryptionInfo'), 'the workbook is password-protected (encrypted)'],
    ['old.xls', () => cfb('Workbook'), 'is an old .xls workbook; open it in Excel and save it as .xlsx'],
    ['sealed.xlsx', () => encrypted(zipParts(packageParts(sheetXml('')))), 'password-protected'],
  ])('%s gets one line saying what it is', async (name, bytes, says) => {
    const f = file(name, bytes());
    const r = await withoutSoffice(() => run('check', f, '--lang', 'en'));
    expect(r.code).toBe(2);
    expect(r.err).toHaveLength(1);
    expect(r.err[0].startsWith(`${f}: `)).toBe(true);
    expect(r.err[0]).toContain(says);
  });

  it('speaks Vietnamese by default', async () => {
    const f = file('old2.xls', cfb('Workbook'));
    const r = await withoutSoffice(() => run('check', f));
    expect(r.err).toEqual([`${f}: là tệp .xls cũ; hãy mở bằng Excel và lưu thành .xlsx (Sổ làm việc Excel)`]);
  });
});

describe('folders', () => {
  it('a folder named like a workbook, given or listed, gets its line; .xlsm and .xls in a folder are checked too', async () => {
    const inbox = path.join(dir, 'inbox');
    mkdirSync(path.join(inbox, 'x.xlsx'), { recursive: true });
    copyFileSync(SEED_XLSX, path.join(inbox, 'a.xlsm'));
    writeFileSync(path.join(inbox, 'b.xls'), cfb('Workbook'));
    writeFileSync(path.join(inbox, 'notes.txt'), 'x');
    const given = await withoutSoffice(() => run('check', path.join(inbox, 'x.xlsx'), '--json'));
    expect(given.code).toBe(2);
    expect(given.err).toEqual([`${path.join(inbox, 'x.xlsx')}: là một thư mục, không phải tệp .xlsx`]);
    const listed = await withoutSoffice(() => run('check', inbox, '--json'));
    expect(listed.code).toBe(2);
    expect(JSON.parse(listed.out).map((x: { file: string }) => x.file)).toEqual(['a.xlsm', 'b.xls', 'x.xlsx']);
    expect(listed.err).toHaveLength(2);
    expect(JSON.parse(listed.out)[0].criteriaSheets).toHaveLength(1);
  });
});
