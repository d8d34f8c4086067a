// The styles a new sheet needs, appended to a workbook's styles.xml: fonts, fills,
// borders, number formats and cell formats go after the existing ones, so every index
// the existing sheets use keeps its meaning.
import type { CellStyle } from '../../engine/types';
import { escapeXml } from './sheet-xml';
import { parseXmlText } from './xml';

/** A styles part with the defaults Excel expects first (font 0, fills none and gray125, an empty border, one format). */
export const MINIMAL_STYLES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  '</styleSheet>';

/** Excel's built-in number formats by their code. */
const BUILTIN_FORMATS: Record<string, number> = {
  General: 0,
  '0': 1,
  '0.00': 2,
  '#,##0': 3,
  '#,##0.00': 4,
  '0%': 9,
  '0.00%': 10,
  '0.00E+00': 11,
  'mm-dd-yy': 14,
  'd-mmm-yy': 15,
  'h:mm': 20,
  '@': 49,
};

/** The lists styles.xml holds, in the order the schema puts them. */
const LISTS = ['numFmts', 'fonts', 'fills', 'borders', 'cellXfs'] as const;
type List = (typeof LISTS)[number];
const ITEM: Record<List, string> = { numFmts: 'numFmt', fonts: 'font', fills: 'fill', borders: 'border', cellXfs: 'xf' };

interface Existing {
  counts: Record<List, number>;
  customFormats: Map<string, number>;
  maxFormatId: number;
  /** Font 0's name and size: a style that names no font keeps the workbook's. */
  defaultFont: { name: string; size: string };
}

function survey(xml: string): Existing {
  const counts: Record<List, number> = { numFmts: 0, fonts: 0, fills: 0, borders: 0, cellXfs: 0 };
  const customFormats = new Map<string, number>();
  const defaultFont = { name: 'Calibri', size: '11' };
  let maxFormatId = 163;
  const stack: string[] = [];
  parseXmlText(xml, 'styles.xml', {
    open(name, a) {
      const parent = stack[stack.length - 1] as List;
      if (LISTS.includes(parent) && ITEM[parent] === name) counts[parent]++;
      if (name === 'numFmt' && parent === 'numFmts') {
        customFormats.set(a.formatCode ?? '', Number(a.numFmtId));
        maxFormatId = Math.max(maxFormatId, Number(a.numFmtId) || 0);
      }
      if (stack[stack.length - 2] === 'fonts' && counts.fonts === 1) {
        if (name === 'name') defaultFont.name = a.val ?? defaultFont.name;
        if (name === 'sz') defaultFont.size = a.val ?? defaultFont.size;
      }
      stack.push(name);
    },
    close() {
      stack.pop();
    },
  });
  return { counts, customFormats, maxFormatId, defaultFont };
}

function fontXml(s: CellStyle, base: Existing['defaultFont']): string {
  const flags = `${s.bold ? '<b/>' : ''}${s.italic ? '<i/>' : ''}${s.underline ? '<u/>' : ''}`;
  return `<font>${flags}<sz val="${s.fontSize ?? base.size}"/><name val="${escapeXml(s.fontName ?? base.name)}"/></font>`;
}

function fillXml(colour: string): string {
  const rgb = `FF${colour.replace('#', '').toUpperCase()}`;
  return `<fill><patternFill patternType="solid"><fgColor rgb="${rgb}"/><bgColor indexed="64"/></patternFill></fill>`;
}

const THIN = '<color auto="1"/>';
function borderXml(all: boolean): string {
  const side = (name: string, on: boolean) => (on ? `<${name} style="thin">${THIN}</${name}>` : `<${name}/>`);
  return `<border>${side('left', all)}${side('right', all)}${side('top', all)}${side('bottom', true)}<diagonal/></border>`;
}

function alignmentXml(s: CellStyle): string {
  const attrs = [
    s.horizontal ? ` horizontal="${s.horizontal}"` : '',
    s.vertical ? ` vertical="${s.vertical === 'middle' ? 'center' : s.vertical}"` : '',
    s.wrap ? ' wrapText="1"' : '',
  ].join('');
  return attrs ? `<alignment${attrs}/>` : '';
}

/** Appends items to a list element (creating it before `before` when absent) and updates its count. */
function appendTo(xml: string, list: List, items: string[], total: number): string {
  if (items.length === 0) return xml;
  const close = new RegExp(`</([\\w.-]+:)?${list}>`).exec(xml);
  if (close) {
    const prefix = close[1] ?? '';
    const withItems =
      xml.slice(0, close.index) + items.join('').replace(/<(\/?)(?=[a-z])/g, `<$1${prefix}`) + xml.slice(close.index);
    return withItems.replace(new RegExp(`<(${prefix}${list})\\b([^>]*?)\\s+count="\\d+"`), `<$1$2 count="${total}"`);
  }
  // No such list yet (numFmts often): it goes before the next list the schema puts after it.
  const next = LISTS.slice(LISTS.indexOf(list) + 1)
    .map((l) => new RegExp(`<([\\w.-]+:)?${l}[\\s>/]`).exec(xml))
    .find((m) => m);
  const at = next ? next.index : xml.lastIndexOf('</');
  const prefix = next?.[1] ?? '';
  const block = `<${list} count="${total}">${items.join('')}</${list}>`.replace(/<(\/?)(?=[a-z])/g, `<$1${prefix}`);
  return xml.slice(0, at) + block + xml.slice(at);
}

/** styles.xml with the spec's styles appended; `index` maps each style key to its cellXfs index. */
export function appendStyles(xml: string, styles: Record<string, CellStyle>): { xml: string; index: Map<string, number> } {
  const existing = survey(xml);
  const added: Record<List, string[]> = { numFmts: [], fonts: [], fills: [], borders: [], cellXfs: [] };
  const at = (list: List, item: string): number => {
    const i = added[list].indexOf(item);
    if (i >= 0) return existing.counts[list] + i;
    added[list].push(item);
    return existing.counts[list] + added[list].length - 1;
  };
  const formats = new Map(existing.customFormats);
  const formatId = (code: string): number => {
    if (code in BUILTIN_FORMATS) return BUILTIN_FORMATS[code];
    if (!formats.has(code)) {
      const id = Math.max(existing.maxFormatId, ...formats.values()) + 1;
      formats.set(code, id);
      added.numFmts.push(`<numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`);
    }
    return formats.get(code)!;
  };
  const index = new Map<string, number>();
  for (const [key, s] of Object.entries(styles)) {
    const numFmt = s.numberFormat ? formatId(s.numberFormat) : 0;
    const font = at('fonts', fontXml(s, existing.defaultFont));
    const fill = s.fill ? at('fills', fillXml(s.fill)) : 0;
    const border = s.border || s.borderBottom ? at('borders', borderXml(Boolean(s.border))) : 0;
    const align = alignmentXml(s);
    const xf =
      `<xf numFmtId="${numFmt}" fontId="${font}" fillId="${fill}" borderId="${border}" xfId="0"` +
      ` applyNumberFormat="1" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1"` +
      (align ? `>${align}</xf>` : '/>');
    index.set(key, at('cellXfs', xf));
  }
  let out = xml;
  for (const list of LISTS) out = appendTo(out, list, added[list], existing.counts[list] + added[list].length);
  return { xml: out, index };
}
