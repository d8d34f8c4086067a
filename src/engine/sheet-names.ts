// Excel worksheet names: at most 31 characters, none of : \ / ? * [ ],
// not starting or ending with an apostrophe, unique regardless of case;
// "History" is reserved by Excel. Names are compared in NFC, so a name typed in NFD
// (some Vietnamese keyboards) is the same name.

const MAX_LENGTH = 31;
const FORBIDDEN = /[:\\/?*[\]]/g;

/** The base name cleaned into something Excel accepts (never empty). */
export function validSheetName(base: string): string {
  const printable = Array.from(base.normalize('NFC'), (ch) => (ch.charCodeAt(0) < 32 ? ' ' : ch)).join('');
  const cleaned = printable.replace(FORBIDDEN, ' ').replace(/\s+/g, ' ').trim();
  return trimApostrophes(cut(cleaned, MAX_LENGTH)) || 'Sheet';
}

/** The first `n` UTF-16 units, without splitting a surrogate pair. */
function cut(s: string, n: number): string {
  const head = s.slice(0, n);
  return /[\uD800-\uDBFF]$/.test(head) ? head.slice(0, -1) : head;
}

const key = (name: string) => name.normalize('NFC').toLocaleLowerCase();

function trimApostrophes(name: string): string {
  return name.replace(/^'+/, '').replace(/'+$/, '').trim();
}

/**
 * A valid sheet name, `base` itself when free, else "base (2)", "base (3)"…,
 * the base shortened so the suffix still fits in 31 characters.
 */
export function uniqueSheetName(base: string, existing: string[]): string {
  const taken = new Set([...existing, 'History'].map(key));
  const name = validSheetName(base);
  if (!taken.has(key(name))) return name;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const stem = trimApostrophes(cut(name, MAX_LENGTH - suffix.length)) || 'Sheet';
    const candidate = stem + suffix;
    if (!taken.has(key(candidate))) return candidate;
  }
}
