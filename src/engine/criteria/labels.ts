// The words a criteria table's rows are recognised by: order numbers (1, 1.2), section
// labels (Mục I, I, II.), total rows (Cộng, Tổng cộng) and what follows a table
// (Ghi chú, signatures, the date line).
import { canonical, fold, romanValue } from '../text/normalize';

/** Sections go up to XXXIX; "C", "D" or "L" alone are letters, not sections. */
const MAX_SECTION_NUMBER = 39;

/** "1", "2.", "1.2", "1.2.3)" -> the order's parts; null for anything else. */
export function orderParts(order: string): number[] | null {
  if (/^\d+$/.test(order)) return [Number(order)];
  const m = /^(\d+(?:\s*[.,]\s*\d+)*)\s*[.)]?$/.exec(order);
  return m ? m[1].split(/\s*[.,]\s*/).map(Number) : null;
}

/** Is `child` numbered under `parent` ("1.1" under "1")? */
export function isChildOrder(child: string, parent: number): boolean {
  const parts = orderParts(child);
  return parts !== null && parts.length > 1 && parts[0] === parent;
}

export interface SectionLabel {
  /** "I" for "Mục I", "II." or "II"; digits for "Mục 2". */
  label: string;
  /** Does the cell hold more than the label (the section's title)? */
  hasTitle: boolean;
}

/** "Mục I", "Phần II: …", "I", "II.", "III. Tiêu chí …" -> the section label. */
export function sectionLabel(text: string): SectionLabel | null {
  // Every label starts with M(ục), P(hần) or a numeral: most cells are let go at once.
  if (!/^\s*[MmPpIVXL]/.test(text)) return null;
  const named = /^(?:muc|phan) ([ivxl]+|\d+)\b(.*)$/.exec(fold(text));
  if (named) {
    const numeral = named[1];
    const label = /^\d+$/.test(numeral) ? String(Number(numeral)) : numeral.toUpperCase();
    if (!/^\d+$/.test(numeral) && !isSectionNumeral(label)) return null;
    return { label, hasTitle: named[2].trim() !== '' };
  }
  const bare = /^([IVXL]+)(?:\s*[.):–-]\s*|\s+|$)(.*)$/su.exec(canonical(text).trim());
  if (!bare || !isSectionNumeral(bare[1])) return null;
  return { label: bare[1], hasTitle: bare[2].trim() !== '' };
}

function isSectionNumeral(numeral: string): boolean {
  const value = romanValue(numeral);
  return value !== null && value >= 1 && value <= MAX_SECTION_NUMBER;
}

/** Which totals a total row states: its own scope first, then the ones it may mean. */
export type TotalScope = 'group' | 'section' | 'table';

/**
 * "Cộng", "Cộng nhóm", "Cộng mục I", "Cộng (1+2)", "Tổng cộng", "Tổng điểm" -> the scopes to compare
 * with, most likely first; null when the text is no total label. "Công tác …" is not
 * "Cộng": without diacritics only the bare forms ("Cong", "Cong nhom", …) count.
 */
export function totalScopes(text: string): TotalScope[] | null {
  if (!/^\s*[CcTt]/.test(text)) return null;
  const key = fold(text);
  if (/^tong( (cong|so|diem)\b.*)?$/.test(key)) return ['table', 'section', 'group'];
  const accented = /^cộng(?![\p{L}])/u.test(canonical(text).trim().toLowerCase());
  // Folding made "Cong (I+II)" "cong i ii" and "Cong 1.2" "cong 1 2".
  const bare = /^cong( (nhom|muc|phan|diem|linh vuc)\b.*|( [ivxl]+)+|( \d+)+)?$/.test(key);
  if (!accented && !bare) return null;
  if (/^cong (muc|phan)\b/.test(key)) return ['section', 'table', 'group'];
  return ['group', 'section', 'table'];
}

const FOOTER =
  /^(ghi chu|luu y|chu y|nguoi lap|nguoi ky|nguoi tong hop|xac nhan|noi nhan|tm |t\/m|kt |chu tich|pho chu tich|thu truong|giam doc|truong ban|dai dien)/;
const DATE_LINE = /\bngay\b.*\bthang\b.*\bnam\b/;
/** The date line of a signature block is short; criteria text may cite a date too. */
const MAX_DATE_LINE = 80;

/** Does this text start what follows a table (notes, signatures, the date line)? */
export function isFooterText(text: string): boolean {
  const key = fold(text);
  return FOOTER.test(key) || (key.length <= MAX_DATE_LINE && DATE_LINE.test(key));
}

/** Does the text carry on a sentence from the row above ("thiếu được …", "- …")? */
export function continuesSentence(text: string): boolean {
  const first = canonical(text).trim().charAt(0);
  if (/[-+•–,;.(…]/.test(first)) return true;
  return first !== first.toUpperCase() && first === first.toLowerCase();
}

/** A lettered part of a criterion: its letter, its title, and the label as written before the title. */
export interface PartLetter {
  letter: string;
  title: string;
  /** "a) " as the title line would start with it ("a. ", "(a) " when the title held the letter). */
  label: string;
}

// Lower-case letters only (đ is a letter of its own): "A | Phần …" and "I" are headings.
const ORDER_LETTER = /^(?:\(([a-zđ])\)|([a-zđ])\s*[.)]?)$/;
const TITLE_LETTER = /^(\(([a-zđ])\)\s*|([a-zđ])\)\s*|([a-zđ])\.\s+)(\S[\s\S]*)$/;

/**
 * "a", "a)", "a.", "(a)" in the order column, or, with the order column blank, a title
 * that opens with "a) ", "a. ", "(a) " -> the part's letter; null for anything else
 * ("- …" is a dash, not a letter).
 */
export function partLetter(order: string, title: string): PartLetter | null {
  if (order !== '') {
    const m = ORDER_LETTER.exec(order);
    const letter = m ? (m[1] ?? m[2]) : null;
    return letter ? { letter, title, label: `${letter}) ` } : null;
  }
  const m = TITLE_LETTER.exec(title);
  return m ? { letter: m[2] ?? m[3] ?? m[4], title: m[5], label: m[1] } : null;
}
