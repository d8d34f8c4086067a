// The kind of a section or group, from its title: base criteria, bonus points (Điểm
// thưởng, Điểm cộng) or penalty points (Điểm trừ). Titles are folded (no diacritics, any
// case); "khen thưởng" alone names no kind (Công tác thi đua khen thưởng is base work).
import { fold } from '../text/normalize';
import type { ScoreKind } from '../types';

const BONUS = /\b(diem thuong|tieu chi thuong|thuong diem|diem cong|cong diem)\b/;
const PENALTY = /\b(diem tru|tru diem|tieu chi tru|diem phat)\b/;

/** The kind a title names, or null when it names none. */
export function namedKind(title: string): ScoreKind | null {
  const key = fold(title);
  const bonus = key.search(BONUS);
  const penalty = key.search(PENALTY);
  if (bonus < 0 && penalty < 0) return null;
  // Both named ("Điểm cộng, điểm trừ"): the first one named.
  return penalty < 0 || (bonus >= 0 && bonus < penalty) ? 'bonus' : 'penalty';
}

/** A section's kind (`inherited` 'base'), or a group's (`inherited` its section's): the title's own kind wins. */
export function kindOf(title: string, inherited: ScoreKind = 'base'): ScoreKind {
  return namedKind(title) ?? inherited;
}
