// HTML fragments pasted into cells (`<p>…</p> <p>…</p>`, `<ul><li>`, `<br>`) turned
// into plain lines. The text is only ever treated as data: nothing here parses it
// into a DOM or renders it.
import { canonical, tidyLines } from './normalize';

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  laquo: '«',
  raquo: '»',
  ldquo: '“',
  rdquo: '”',
  lsquo: '‘',
  rsquo: '’',
  bull: '•',
};

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

const TAG = /<\/?([a-z][a-z0-9]*)\b[^<>]*>/gi;
const BLOCK = new Set(['p', 'div', 'br', 'ul', 'ol', 'tr', 'table', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote']);

/** Does the text contain something that looks like an HTML tag? */
export function hasHtml(s: string): boolean {
  return /<\/?[a-z][a-z0-9]*\b[^<>]*>/i.test(s);
}

/** Plain lines from text that may hold HTML; plain text passes through tidied. */
export function htmlToLines(s: string): string {
  const text = canonical(s);
  if (!hasHtml(text) && !/&(#x?[0-9a-f]+|[a-z]+);/i.test(text)) return tidyLines(text);
  const withBreaks = text
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, '')
    .replace(TAG, (tag, name: string) => {
      const n = name.toLowerCase();
      if (n === 'li') return tag[1] === '/' ? '\n' : '\n- ';
      return BLOCK.has(n) ? '\n' : '';
    });
  return tidyLines(decodeEntities(withBreaks).replace(/^- -\s*/gm, '- '));
}
