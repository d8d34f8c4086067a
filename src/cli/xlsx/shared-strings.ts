// The shared strings part: one string per <si>, rich text runs joined, phonetic
// guides (<rPh>) left out, as Excel shows the cell.
import { parseXml } from './xml';
import type { ZipPackage } from './zip';

export function readSharedStrings(zip: ZipPackage, part: string | null): string[] {
  const entry = part ? zip.find(part) : undefined;
  if (!entry) return [];
  const strings: string[] = [];
  let current: string[] | null = null;
  let inText = false;
  let phonetic = 0;
  parseXml(zip, entry, {
    open(name) {
      if (name === 'si') current = [];
      else if (name === 'rPh') phonetic++;
      else if (name === 't') inText = phonetic === 0;
    },
    close(name) {
      if (name === 'si' && current) {
        strings.push(current.join(''));
        current = null;
      } else if (name === 'rPh') phonetic--;
      else if (name === 't') inText = false;
    },
    text(text) {
      if (inText && current) current.push(text);
    },
  });
  return strings;
}
