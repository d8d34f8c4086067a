// Excel worksheet names: at most 31 characters, none of : \ / ? * [ ],
// not starting or ending with an apostrophe, unique regardless of case;
// "History" is reserved by Excel.

const MAX_LENGTH = 31;
const FORBIDDEN = /[:\\/?*[\]]/g;

/** The base name cleaned into something Excel accepts (never empty). */
export function validSheetName(base: string): string {
  const printable = Array.from(base, (ch) => (ch.charCodeAt(0) < 32 ? ' ' : ch)).join('');
  const cleaned = printable
    .replace(FORBIDDEN, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return trimApostrophes(cleaned.slice(0, MAX_LENGTH)) || 'Sheet';
}

function trimApostrophes(name: string): string {
  return name.replace(/^'+/, '').replace(/'+$/, '').trim();
}

/**
 * A valid sheet name, `base` itself when free, else "base (2)", "base (3)"…,
 * the base shortened so the suffix still fits in 31 characters.
 */
export function uniqueSheetName(base: string, existing: string[]): string {
  const taken = new Set([...existing, 'History'].map((n) => n.toLocaleLowerCase()));
  const name = validSheetName(base);
  if (!taken.has(name.toLocaleLowerCase())) return name;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const stem = trimApostrophes(name.slice(0, MAX_LENGTH - suffix.length)) || 'Sheet';
    const candidate = stem + suffix;
    if (!taken.has(candidate.toLocaleLowerCase())) return candidate;
  }
}
