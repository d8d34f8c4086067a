// What a plan row's TT and text cells say: a month marker, a task number, a
// heading, a footnote, a year in a title.
import { fold } from '../text/normalize';

export interface MonthMarker {
  month: number;
  year: number | null;
  /** "Tháng 4 (tiếp)": the month goes on after a page break. */
  continued: boolean;
}

// Folded forms: "thang 01", "thang 3 nam 2024", "thang 04/2024", "thang 4 2024" (from 4-2024 or 4.2024),
// optionally followed by "tiep" / "tiep theo".
const MONTH = /^thang (\d{1,2})(?:(?: nam | ?\/ ?| )(\d{4}))?( tiep(?: theo)?)?$/;

export function monthMarker(text: string): MonthMarker | null {
  // The longest marker ("Tháng 04 năm 2024 (tiếp theo)", even in NFD) is far shorter: a task's text is not folded.
  if (text.length > 60) return null;
  const m = MONTH.exec(fold(text));
  if (!m) return null;
  const month = Number(m[1]);
  if (month < 1 || month > 12) return null;
  return { month, year: m[2] ? plausibleYear(Number(m[2])) : null, continued: m[3] !== undefined };
}

function plausibleYear(y: number): number | null {
  return y >= 1900 && y <= 2200 ? y : null;
}

/** "NHIỆM VỤ CỤ THỂ NĂM 2024" -> 2024; null when the text names no year. */
export function yearInTitle(text: string): number | null {
  const m = /\bnam (\d{4})\b/.exec(fold(text));
  return m ? plausibleYear(Number(m[1])) : null;
}

/** A task's number in the TT column: "1", "1.", "2)", "1.2" -> "1", "1", "2", "1.2"; null otherwise. */
export function taskOrder(tt: string): string | null {
  const m = /^(\d{1,4}(?:\.\d{1,4})*)[.)]?$/.exec(tt.trim());
  return m ? m[1] : null;
}

/** A bullet standing in the TT column instead of a number. */
export function isBullet(tt: string): boolean {
  return /^[-+•*–]$/.test(tt.trim());
}

/** "Ghi chú: …", "Nơi nhận: …": text after the table, not part of it. */
export function isFootnote(text: string): boolean {
  return /^[^:]{0,20}:/.test(text) && /^(ghi chu|luu y|noi nhan)\b/.test(fold(text.slice(0, 30)));
}

/** The "1 | 2 | 3" (or "(1) | (2)", "A | B") row numbering the columns under a header. */
export function isColumnNumbering(tt: string, text: string): boolean {
  const bare = (s: string) =>
    s
      .trim()
      .replace(/^\((.*)\)$/, '$1')
      .toUpperCase();
  const pair = `${bare(tt)}|${bare(text)}`;
  return pair === '1|2' || pair === 'A|B';
}
