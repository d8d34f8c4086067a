// XML of a zip entry, parsed as it inflates. No DTD is accepted (a DOCTYPE is refused
// before any entity it declares could be used) and only XML's five entities are known.
// Element names come without their namespace prefix (`x:c` is `c`).
import { SaxesParser, type SaxesTag } from 'saxes';
import { PackageError } from './package-error';
import type { ZipEntry, ZipPackage } from './zip';

export interface XmlHandlers {
  open(name: string, attrs: Record<string, string>): void;
  close?(name: string): void;
  text?(text: string): void;
}

function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

function makeParser(part: string, handlers: XmlHandlers): SaxesParser {
  const parser = new SaxesParser({ position: false });
  parser.on('doctype', () => {
    throw new PackageError('doctype', part);
  });
  parser.on('opentag', (tag: SaxesTag) => handlers.open(localName(tag.name), tag.attributes as Record<string, string>));
  if (handlers.close) {
    const close = handlers.close;
    parser.on('closetag', (tag: SaxesTag) => close(localName(tag.name)));
  }
  if (handlers.text) {
    parser.on('text', handlers.text);
    parser.on('cdata', handlers.text);
  }
  return parser;
}

function asPackageError(e: unknown, part: string): PackageError {
  return e instanceof PackageError ? e : new PackageError('damaged', part);
}

/** UTF-16 parts start with a byte-order mark; everything else is UTF-8. */
function encodingOf(start: Uint8Array): string {
  if (start[0] === 0xff && start[1] === 0xfe) return 'utf-16le';
  if (start[0] === 0xfe && start[1] === 0xff) return 'utf-16be';
  return 'utf-8';
}

/** Streams one entry through the handlers; throws PackageError when it is not well-formed XML. */
export function parseXml(zip: ZipPackage, entry: ZipEntry, handlers: XmlHandlers): void {
  const parser = makeParser(entry.name, handlers);
  let decoder: TextDecoder | null = null;
  try {
    zip.read(entry, (chunk) => {
      decoder ??= new TextDecoder(encodingOf(chunk));
      parser.write(decoder.decode(chunk, { stream: true }));
    });
    if (decoder) parser.write((decoder as TextDecoder).decode());
    parser.close();
  } catch (e) {
    throw asPackageError(e, entry.name);
  }
}

/** The same over XML already in memory (a part about to be edited). */
export function parseXmlText(xml: string, part: string, handlers: XmlHandlers): void {
  try {
    makeParser(part, handlers).write(xml).close();
  } catch (e) {
    throw asPackageError(e, part);
  }
}

/** A part's text, decoded as parseXml does. */
export function partText(zip: ZipPackage, entry: ZipEntry): string {
  const bytes = zip.readAll(entry);
  return new TextDecoder(encodingOf(bytes)).decode(bytes);
}

/** Resolves a relationship target against the folder of the part that names it; null when it leaves the package. */
export function resolveTarget(fromPart: string, target: string): string | null {
  const base = target.startsWith('/') ? [] : fromPart.replace(/^\/+/, '').split('/').slice(0, -1);
  const parts = [...base];
  for (const seg of decodeURI(target.split('#')[0]).split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') {
      if (parts.length === 0) return null;
      parts.pop();
    } else parts.push(seg);
  }
  return parts.join('/');
}

export interface Relationship {
  id: string;
  type: string;
  /** The part it points to, resolved; null for external or out-of-package targets. */
  part: string | null;
}

/** The relationships of a part (its `_rels/NAME.rels`), empty when it has none. */
export function readRelationships(zip: ZipPackage, part: string): Relationship[] {
  const slash = part.lastIndexOf('/');
  const relsName = `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
  const entry = zip.find(relsName);
  if (!entry) return [];
  const rels: Relationship[] = [];
  parseXml(zip, entry, {
    open(name, a) {
      if (name !== 'Relationship' || !a.Id) return;
      let resolved: string | null;
      try {
        resolved = a.TargetMode === 'External' ? null : resolveTarget(part, a.Target ?? '');
      } catch {
        resolved = null; // a malformed %-escape
      }
      rels.push({ id: a.Id, type: a.Type ?? '', part: resolved });
    },
  });
  return rels;
}

/** Relationship types end the same in transitional and strict OOXML: ".../worksheet". */
export function isType(rel: Relationship, kind: string): boolean {
  return rel.type.endsWith(`/${kind}`);
}
