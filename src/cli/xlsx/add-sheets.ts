// New worksheets added to a package without touching anything else: every existing part
// is copied as it is stored (same compressed bytes), except the few that must list the new
// sheets: workbook.xml (+ its print titles), its rels, [Content_Types].xml, styles.xml
// (styles appended) and docProps/app.xml. Macros, charts, images, comments, custom XML and
// the page setup of the existing sheets stay as they were.
import { uniqueSheetName } from '../../engine/sheet-names';
import type { SheetSpec } from '../../engine/types';
import { escapeXml, renderSheetXml } from './sheet-xml';
import { appendStyles, MINIMAL_STYLES } from './styles-append';
import { readWorkbookPart, type WorkbookInfo } from './workbook';
import { partText } from './xml';
import { ZipPackage } from './zip';
import { copiedEntry, deflatedEntry, writeZip, type ZipWriteEntry } from './zip-write';

const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const WORKSHEET_TYPE = `${REL_NS}/worksheet`;
const STYLES_TYPE = `${REL_NS}/styles`;
const WORKSHEET_CT = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';
const STYLES_CT = 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml';

/** Inserts `text` before the closing tag of `element` (any namespace prefix); unchanged when there is none. */
function beforeClose(xml: string, element: string, text: string): string {
  const m = new RegExp(`</([\\w.-]+:)?${element}>`).exec(xml);
  return m ? xml.slice(0, m.index) + text + xml.slice(m.index) : xml;
}

/** The namespace prefix of the document's root element ("" or "x:"). */
function rootPrefix(xml: string): string {
  return /<([\w.-]+:)?[\w.-]+[\s>]/.exec(xml.replace(/<\?[^>]*\?>/g, '').replace(/<!--[\s\S]*?-->/g, ''))?.[1] ?? '';
}

/** "7:7" -> "'Sheet'!$7:$7". */
function printTitles(sheet: string, rows: string): string {
  const [a, b = a] = rows.split(':');
  return `'${sheet.replace(/'/g, "''")}'!$${a}:$${b}`;
}

function toUtf8(xml: string): Uint8Array {
  return new TextEncoder().encode(xml.replace(/^(<\?xml[^>]*encoding=")[^"]*"/i, '$1UTF-8"'));
}

interface NewSheet {
  name: string;
  part: string;
  relId: string;
  spec: SheetSpec;
}

/** Relationship ids not yet taken in the workbook's rels: rId1, rId2… */
function idAllocator(info: WorkbookInfo): () => string {
  const taken = new Set(info.rels.map((r) => r.id));
  let n = 1;
  return () => {
    while (taken.has(`rId${n}`)) n++;
    taken.add(`rId${n}`);
    return `rId${n}`;
  };
}

function planSheets(zip: ZipPackage, info: WorkbookInfo, specs: SheetSpec[], nextId: () => string): NewSheet[] {
  const names = info.sheets.map((s) => s.name);
  const folder = info.part.slice(0, info.part.lastIndexOf('/') + 1);
  let n = 1;
  return specs.map((spec) => {
    const name = uniqueSheetName(spec.name, names);
    names.push(name);
    while (zip.find(`${folder}worksheets/sheet${n}.xml`)) n++;
    return { name, part: `${folder}worksheets/sheet${n++}.xml`, relId: nextId(), spec };
  });
}

function editWorkbookXml(xml: string, info: WorkbookInfo, added: NewSheet[]): string {
  const p = rootPrefix(xml);
  const wrap = (list: string, items: string[]) => `<${p}${list}>${items.join('')}</${p}${list}>`;
  let sheetId = Math.max(0, ...[...xml.matchAll(/\bsheetId="(\d+)"/g)].map((m) => Number(m[1])));
  // The relationships prefix is declared on the element itself: writers declare it in different places.
  const sheets = added.map(
    (s) => `<${p}sheet xmlns:r="${REL_NS}" name="${escapeXml(s.name)}" sheetId="${++sheetId}" r:id="${s.relId}"/>`,
  );
  let out = /<\/([\w.-]+:)?sheets>/.test(xml)
    ? beforeClose(xml, 'sheets', sheets.join(''))
    : xml.replace(/<([\w.-]+:)?sheets\s*\/>/, wrap('sheets', sheets));
  const names = added.flatMap((s, i) => {
    const rows = s.spec.print.titleRows;
    if (!rows) return [];
    const id = info.sheets.length + i;
    return [
      `<${p}definedName name="_xlnm.Print_Titles" localSheetId="${id}">${escapeXml(printTitles(s.name, rows))}</${p}definedName>`,
    ];
  });
  if (names.length === 0) return out;
  if (/<\/([\w.-]+:)?definedNames>/.test(out)) return beforeClose(out, 'definedNames', names.join(''));
  const empty = /<([\w.-]+:)?definedNames\s*\/>/.exec(out);
  if (empty) return out.replace(empty[0], wrap('definedNames', names));
  // definedNames follow sheets (and externalReferences, when there are any).
  const after = /<\/([\w.-]+:)?externalReferences>/.exec(out) ?? /<\/([\w.-]+:)?sheets>/.exec(out);
  if (!after) return out;
  const at = after.index + after[0].length;
  out = out.slice(0, at) + wrap('definedNames', names) + out.slice(at);
  return out;
}

function relationship(id: string, type: string, target: string): string {
  return `<Relationship Id="${id}" Type="${type}" Target="${escapeXml(target)}"/>`;
}

function override(part: string, type: string): string {
  return `<Override PartName="/${escapeXml(part)}" ContentType="${type}"/>`;
}

/** docProps/app.xml: the first heading (the worksheets) counts the new sheets, and their names follow the others'. */
function editAppXml(xml: string, added: NewSheet[]): string {
  const heading = /(<HeadingPairs>[\s\S]*?<vt:i4>)(\d+)<\/vt:i4>/.exec(xml);
  const vector = /(<TitlesOfParts>\s*<vt:vector\b[^>]*?\bsize=")(\d+)"[^>]*>/.exec(xml);
  if (!heading || !vector || heading.index > vector.index) return xml;
  const sheets = Number(heading[2]);
  // The existing sheets' names come first, then the named ranges': the new names go between.
  const closing = /<\/vt:lpstr>/g;
  closing.lastIndex = vector.index + vector[0].length;
  let at = closing.lastIndex;
  for (let i = 0; i < sheets; i++) {
    const m = closing.exec(xml);
    if (!m) return xml;
    at = m.index + m[0].length;
  }
  // Edited from the end, so the earlier positions stay right.
  const names = added.map((s) => `<vt:lpstr>${escapeXml(s.name)}</vt:lpstr>`).join('');
  const replaceAt = (text: string, index: number, length: number, by: string) =>
    text.slice(0, index) + by + text.slice(index + length);
  let out = replaceAt(xml, at, 0, names);
  out = replaceAt(out, vector.index + vector[1].length, vector[2].length, String(Number(vector[2]) + added.length));
  return replaceAt(out, heading.index + heading[1].length, heading[2].length, String(sheets + added.length));
}

/** The package with the sheets added after the existing ones; returns its bytes and the names the sheets got. */
export function addSheets(zip: ZipPackage, info: WorkbookInfo, specs: SheetSpec[]): { bytes: Uint8Array; names: string[] } {
  const nextId = idAllocator(info);
  const added = planSheets(zip, info, specs, nextId);
  const edited = new Map<string, Uint8Array>();
  const extra: ZipWriteEntry[] = [];
  const text = (part: string) => partText(zip, zip.find(part)!);

  const folder = info.part.slice(0, info.part.lastIndexOf('/') + 1);
  const stylesPart = info.styles && zip.find(info.styles) ? info.styles : null;
  let stylesXml = stylesPart ? text(stylesPart) : MINIMAL_STYLES;
  const sheetXml = added.map((s) => {
    const styles = appendStyles(stylesXml, s.spec.styles);
    stylesXml = styles.xml;
    return renderSheetXml(s.spec, styles.index);
  });
  if (stylesPart) edited.set(stylesPart, toUtf8(stylesXml));
  else extra.push(deflatedEntry(`${folder}styles.xml`, toUtf8(stylesXml)));

  edited.set(info.part, toUtf8(editWorkbookXml(text(info.part), info, added)));

  const relsPart = `${folder}_rels/${info.part.slice(folder.length)}.rels`;
  const rels = added.map((s) => relationship(s.relId, WORKSHEET_TYPE, s.part.slice(folder.length)));
  if (!stylesPart) rels.push(relationship(nextId(), STYLES_TYPE, 'styles.xml'));
  const relsXml = zip.find(relsPart)
    ? text(relsPart)
    : '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';
  const relsBytes = toUtf8(beforeClose(relsXml, 'Relationships', rels.join('')));
  if (zip.find(relsPart)) edited.set(relsPart, relsBytes);
  else extra.push(deflatedEntry(relsPart, relsBytes));

  const types = added.map((s) => override(s.part, WORKSHEET_CT));
  if (!stylesPart) types.push(override(`${folder}styles.xml`, STYLES_CT));
  edited.set('[Content_Types].xml', toUtf8(beforeClose(text('[Content_Types].xml'), 'Types', types.join(''))));

  if (zip.find('docProps/app.xml')) edited.set('docProps/app.xml', toUtf8(editAppXml(text('docProps/app.xml'), added)));

  const entries = zip.entries.map((e) => {
    const key = [...edited.keys()].find((k) => k.toLowerCase() === e.name.replace(/^\/+/, '').toLowerCase());
    return key ? deflatedEntry(e.name, edited.get(key)!) : copiedEntry(zip, e);
  });
  added.forEach((s, i) => extra.push(deflatedEntry(s.part, toUtf8(sheetXml[i]))));
  return { bytes: writeZip([...entries, ...extra]), names: added.map((s) => s.name) };
}

/** The parts of a workbook with no sheet yet: what newWorkbookPackage adds its sheets to. */
function emptyWorkbook(): Uint8Array {
  const enc = (s: string) => new TextEncoder().encode(s);
  const head = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
  const pkgRels = 'http://schemas.openxmlformats.org/package/2006/relationships';
  return writeZip([
    deflatedEntry(
      '[Content_Types].xml',
      enc(
        `${head}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
          '<Default Extension="xml" ContentType="application/xml"/>' +
          override('xl/workbook.xml', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml') +
          override('xl/styles.xml', STYLES_CT) +
          '</Types>',
      ),
    ),
    deflatedEntry(
      '_rels/.rels',
      enc(
        `${head}<Relationships xmlns="${pkgRels}">${relationship('rId1', `${REL_NS}/officeDocument`, 'xl/workbook.xml')}</Relationships>`,
      ),
    ),
    deflatedEntry(
      'xl/workbook.xml',
      enc(
        `${head}<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${REL_NS}">` +
          '<bookViews><workbookView/></bookViews><sheets></sheets></workbook>',
      ),
    ),
    deflatedEntry(
      'xl/_rels/workbook.xml.rels',
      enc(`${head}<Relationships xmlns="${pkgRels}">${relationship('rId1', STYLES_TYPE, 'styles.xml')}</Relationships>`),
    ),
    deflatedEntry('xl/styles.xml', enc(MINIMAL_STYLES)),
  ]);
}

/** A brand-new .xlsx package holding the given sheets, rendered as `plan` renders its sheet. */
export function newWorkbookPackage(specs: SheetSpec[]): Uint8Array {
  const zip = new ZipPackage(emptyWorkbook());
  return addSheets(zip, readWorkbookPart(zip), specs).bytes;
}
