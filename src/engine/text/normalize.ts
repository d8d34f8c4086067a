// Vietnamese text as it arrives from Word, PDF and OCR: one canonical form for
// display (NFC, real Đ) and one folded key for matching (no diacritics, no case).
import type { CellValue } from '../types';

// Lookalikes of Đ/đ that OCR and old fonts produce: Ð (U+00D0 Eth), ð, Ɖ (U+0189).
const D_LOOKALIKES = /[\u00D0\u0189]/g;
const d_LOOKALIKES = /[\u00F0\u0256]/g;
const NBSP = /[\u00A0\u2007\u202F\uFEFF]/g;

/** NFC, real Đ for its lookalikes, ordinary spaces. Keeps line breaks. */
export function canonical(s: string): string {
  return s.normalize('NFC').replace(D_LOOKALIKES, 'Đ').replace(d_LOOKALIKES, 'đ').replace(NBSP, ' ');
}

/** Trims and collapses runs of spaces and tabs on each line; drops blank lines. */
export function tidyLines(s: string): string {
  return s
    .split(/\r\n|\r|\n/)
    .map((line) => line.replace(/[ \t\f\v]+/g, ' ').trim())
    .filter((line) => line.length > 0)
    .join('\n');
}

/**
 * Matching key: lower case, no diacritics, đ -> d, punctuation as spaces, single spaces.
 * Folding also absorbs the OCR slips seen in real documents (CNLD for CNLĐ, TLD for
 * TLĐ, KHỎI / Khởi / Khôi for Khối): they all fold to the same key.
 */
export function fold(s: string): string {
  return canonical(s)
    .toLowerCase()
    .replace(/đ/g, 'd')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9/]+/g, ' ')
    .trim();
}

/** Is this value an Excel error (a `{ error }` object, or its text such as "#DIV/0!")? */
export function errorText(v: CellValue): string | null {
  if (v !== null && typeof v === 'object') return String(v.error);
  if (
    typeof v === 'string' &&
    /^#(DIV\/0!|N\/A|NAME\?|NULL!|NUM!|REF!|VALUE!|SPILL!|CALC!|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!|GETTING_DATA)$/.test(
      v.trim(),
    )
  ) {
    return v.trim();
  }
  return null;
}

/** A cell's text for reading: canonical, trimmed; numbers as Excel would show them. */
export function cellText(v: CellValue): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return canonical(v).trim();
  if (typeof v === 'number') return Number.isFinite(v) ? String(Object.is(v, -0) ? 0 : v) : '';
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return errorText(v) ?? '';
}

/** What a score or cap cell holds. */
export type NumberReading =
  | { kind: 'blank' }
  | { kind: 'number'; value: number }
  | { kind: 'text-number'; value: number; text: string }
  | { kind: 'text'; text: string }
  | { kind: 'error'; text: string };

/** "4,5" -> 4.5, "1.234,5" -> 1234.5, "1,234.5" -> 1234.5, " 5 " -> 5; null if not a number. */
export function parseNumberText(raw: string): number | null {
  let s = canonical(raw)
    .replace(/\s+/g, '')
    .replace(/(điểm|diem|đ)$/i, '');
  if (!/^[+-]?(\d[\d.,]*|[.,]\d+)$/.test(s)) return null;
  const lastComma = s.lastIndexOf(',');
  const lastDot = s.lastIndexOf('.');
  if (lastComma >= 0 && lastDot >= 0) {
    // Both present: the later one is the decimal mark, the other groups thousands.
    const [group, decimal] = lastComma > lastDot ? [/\./g, ','] : [/,/g, '.'];
    s = s.replace(group, '').replace(decimal, '.');
  } else if (lastComma >= 0) {
    s = (s.match(/,/g) ?? []).length > 1 ? s.replace(/,/g, '') : s.replace(',', '.');
  } else if ((s.match(/\./g) ?? []).length > 1) {
    s = s.replace(/\./g, '');
  }
  const n = Number(s);
  return Number.isFinite(n) ? n + 0 : null;
}

export function readNumber(v: CellValue): NumberReading {
  const err = errorText(v);
  if (err !== null) return { kind: 'error', text: err };
  if (v === null || v === undefined) return { kind: 'blank' };
  if (typeof v === 'number') {
    // NaN and ±Infinity are no cell value Excel keeps: they stand for its #NUM! error.
    return Number.isFinite(v) ? { kind: 'number', value: v + 0 } : { kind: 'error', text: '#NUM!' };
  }
  if (typeof v !== 'string') return { kind: 'text', text: cellText(v) };
  const text = canonical(v).trim();
  if (text === '') return { kind: 'blank' };
  const n = parseNumberText(text);
  return n === null ? { kind: 'text', text } : { kind: 'text-number', value: n, text };
}

/** The number a reading stands for, counting numbers stored as text. */
export function numericValue(r: NumberReading): number | null {
  return r.kind === 'number' || r.kind === 'text-number' ? r.value : null;
}

const ROMAN: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100 };

/** "XII" -> 12, "iv" -> 4; null when not a Roman numeral up to 399. */
export function romanValue(s: string): number | null {
  const t = s.trim().toLowerCase();
  if (!/^c{0,3}(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})$/.test(t) || t === '') return null;
  let total = 0;
  for (let i = 0; i < t.length; i++) {
    const v = ROMAN[t[i]];
    const next = ROMAN[t[i + 1]] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}

/** Points declared in a title: "(298/300 điểm)" -> { cap: 300, declared: 298 }. */
export interface DeclaredPoints {
  cap: number;
  declared: number | null;
  /** The title without the points suffix. */
  title: string;
}

// "(300 điểm)", "(298/300 điểm)", "(tối đa 40 điểm)", "(40 điểm tối đa)".
const POINTS =
  /\(\s*(?:tối đa|toi da)?\s*(?:(\d+(?:[.,]\d+)?)\s*\/\s*)?(\d+(?:[.,]\d+)?)\s*(?:điểm|diem|đ)\s*(?:tối đa|toi da)?\s*\)/iu;

export function declaredPoints(title: string): DeclaredPoints | null {
  const text = canonical(title);
  const m = POINTS.exec(text);
  if (!m) return null;
  const cap = parseNumberText(m[2]);
  if (cap === null) return null;
  const declared = m[1] === undefined ? null : parseNumberText(m[1]);
  const stripped = (text.slice(0, m.index) + text.slice(m.index + m[0].length)).replace(/\s+/g, ' ').trim();
  return { cap, declared, title: stripped.replace(/[\s:;,-]+$/, '') };
}
