// The worksheet reader on hand-written XML: each kind of cell value, shared formulas,
// rows and cells without addresses, merges, dates in both date systems.
import { openPackage } from '../../src/cli/read-workbook';
import { shiftFormula } from '../../src/cli/xlsx/shared-formula';
import { buildPackage, sheetXml } from '../support/package-builder';

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const styles =
  `<styleSheet xmlns="${MAIN}"><numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts>` +
  '<cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/></cellXfs></styleSheet>';
const strings = `<sst xmlns="${MAIN}"><si><t>một</t></si><si><r><t>hai </t></r><r><rPr><b/></rPr><t>ba</t></r><rPh><t>ふりがな</t></rPh></si></sst>`;

function read(rows: string, workbookPr = '', extra = '') {
  const rels =
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
    `<Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/>` +
    `<Relationship Id="rId2" Type="${REL}/styles" Target="/xl/styles.xml"/>` +
    `<Relationship Id="rId3" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`;
  const workbook = `<workbook xmlns="${MAIN}" xmlns:r="${REL}">${workbookPr}<sheets><sheet name="S" sheetId="1" r:id="rId1"/><sheet name="Ẩn" sheetId="2" state="hidden" r:id="rId1"/></sheets></workbook>`;
  const sheet = sheetXml(rows).replace('</worksheet>', `${extra}</worksheet>`);
  return openPackage(
    buildPackage(sheet, {
      'xl/_rels/workbook.xml.rels': rels,
      'xl/workbook.xml': workbook,
      'xl/styles.xml': styles,
      'xl/sharedStrings.xml': strings,
    }),
  );
}

describe('the worksheet reader', () => {
  it('reads every kind of value', () => {
    const { snapshots } = read(
      '<row r="1"><c r="A1"><v>1.5</v></c><c r="B1" t="s"><v>0</v></c><c r="C1" t="s"><v>1</v></c>' +
        '<c r="D1" t="inlineStr"><is><r><t>x &amp; </t></r><r><t>y</t></r></is></c><c r="E1" t="b"><v>1</v></c>' +
        '<c r="F1" t="e"><v>#N/A</v></c><c r="G1" t="str"><f>"a"&amp;"b"</f><v>ab</v></c><c r="H1" s="1"/></row>',
    );
    expect(snapshots[0].values).toEqual([[1.5, 'một', 'hai ba', 'x & y', true, { error: '#N/A' }, 'ab']]);
    expect(snapshots[0].formulas?.[0]?.[6]).toBe('="a"&"b"');
  });

  it('shows dates as Excel shows them (built-in and custom formats, 1900 and 1904 systems)', () => {
    const rows =
      '<row r="1"><c r="A1" s="1"><v>45383</v></c><c r="B1" s="2"><f>A1</f><v>45383</v></c><c r="C1" t="d"><v>2024-04-01T00:00:00</v></c></row>';
    expect(read(rows).snapshots[0].values[0]).toEqual(['01/04/2024', '01/04/2024', '01/04/2024']);
    expect(read(rows, '<workbookPr date1904="1"/>').snapshots[0].values[0].slice(0, 2)).toEqual(['02/04/2028', '02/04/2028']);
  });

  it('expands shared formulas and keeps their cached results', () => {
    const { snapshots } = read(
      '<row r="1"><c r="A1"><f t="shared" ref="A1:C1" si="0">SUM($A$5:A5)*B$2</f><v>1</v></c><c r="B1"><f t="shared" si="0"/><v>2</v></c><c r="C1"><f t="shared" si="0"/></c></row>',
    );
    expect(snapshots[0].formulas?.[0]).toEqual(['=SUM($A$5:A5)*B$2', '=SUM($A$5:B5)*C$2', '=SUM($A$5:C5)*D$2']);
    expect(snapshots[0].values[0]).toEqual([1, 2, null]);
  });

  it('places rows and cells written without addresses after the ones before them', () => {
    const { snapshots } = read('<row><c><v>1</v></c><c><v>2</v></c></row><row r="3"><c r="B3"><v>3</v></c><c><v>4</v></c></row>');
    expect(snapshots[0].values.map((r) => Array.from(r, (v) => v ?? null))).toEqual([[1, 2], [], [null, 3, 4]]);
  });

  it('keeps only the top-left value of a merged area, and counts the rows merges reach', () => {
    const { snapshots } = read(
      '<row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c></row>',
      '',
      '<mergeCells><mergeCell ref="A1:B3"/></mergeCells>',
    );
    expect(snapshots[0].values).toEqual([[1], [], []]);
    expect(snapshots[0].merges).toEqual(['A1:B3']);
  });

  it('reads hidden sheets too, and says they are hidden', () => {
    const { info, snapshots } = read('');
    expect(info.sheets.map((s) => [s.name, s.state])).toEqual([
      ['S', 'visible'],
      ['Ẩn', 'hidden'],
    ]);
    expect(snapshots.map((s) => s.name)).toEqual(['S', 'Ẩn']);
  });
});

describe('shiftFormula', () => {
  it('moves relative parts only, never inside quoted text or sheet names, nor function names', () => {
    expect(shiftFormula(`SUM('A1 x'!B2,"C3")+LOG10(D4)+$E$5+F$6+$G7`, 1, 1)).toBe(`SUM('A1 x'!C3,"C3")+LOG10(E5)+$E$5+G$6+$G8`);
    expect(shiftFormula('A1-1', -1, 0)).toBe('#REF!-1');
  });
});

describe('part encodings', () => {
  it.each(['utf-16le', 'utf-16be'] as const)('reads a %s worksheet (with its byte-order mark)', (encoding) => {
    const xml = sheetXml('<row r="1"><c r="A1" t="inlineStr"><is><t>Điểm</t></is></c></row>').replace('UTF-8', 'UTF-16');
    const le = Buffer.from(`\ufeff${xml}`, 'utf16le');
    const bytes = encoding === 'utf-16le' ? le : Buffer.from(le).swap16();
    expect(openPackage(buildPackage('', { 'xl/worksheets/sheet1.xml': bytes })).snapshots[0].values).toEqual([['Điểm']]);
  });
});
