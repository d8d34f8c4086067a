// The zip container of a package: its central directory, and each entry inflated on
// demand in chunks under a byte budget (the whole file's, and a ratio per entry), so a
// bomb stops early instead of filling memory. Entries are never extracted to disk, and
// names are only looked up, never joined to a path: a `../` name is harmless here.
import { Inflate } from 'fflate';
import { PackageError } from './package-error';

/** Inflated bytes allowed per file, over all the entries read. */
export const INFLATED_BUDGET = 512 * 1024 * 1024;
/** An entry may inflate to this many times its compressed size, plus RATIO_SLACK (small parts compress well). */
export const MAX_RATIO = 100;
export const RATIO_SLACK = 10 * 1024 * 1024;

export interface ZipEntry {
  /** The name as stored, e.g. "xl/worksheets/sheet1.xml". */
  name: string;
  method: number;
  flags: number;
  crc: number;
  compressedSize: number;
  size: number;
  /** Offset of the entry's compressed data in the file. */
  dataOffset: number;
  /** Modification time and date, MS-DOS format, as stored. */
  time: number;
  date: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const CHUNK = 64 * 1024;

export class ZipPackage {
  readonly entries: ZipEntry[] = [];
  private readonly byName = new Map<string, ZipEntry>();
  private inflated = 0;

  constructor(
    readonly bytes: Uint8Array,
    private readonly budget = INFLATED_BUDGET,
  ) {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const end = findEndOfDirectory(view);
    const count = view.getUint16(end + 10, true);
    let at = view.getUint32(end + 16, true);
    const utf8 = new TextDecoder();
    for (let i = 0; i < count; i++) {
      if (at + 46 > bytes.length || view.getUint32(at, true) !== CENTRAL) throw new PackageError('damaged');
      const nameLength = view.getUint16(at + 28, true);
      const skip = nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
      const local = view.getUint32(at + 42, true);
      if (local + 30 > bytes.length || view.getUint32(local, true) !== LOCAL) throw new PackageError('damaged');
      const entry: ZipEntry = {
        name: utf8.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
        flags: view.getUint16(at + 8, true),
        method: view.getUint16(at + 10, true),
        time: view.getUint16(at + 12, true),
        date: view.getUint16(at + 14, true),
        crc: view.getUint32(at + 16, true),
        compressedSize: view.getUint32(at + 20, true),
        size: view.getUint32(at + 24, true),
        dataOffset: local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true),
      };
      if (entry.dataOffset + entry.compressedSize > bytes.length) throw new PackageError('damaged');
      this.entries.push(entry);
      this.byName.set(partKey(entry.name), entry);
      at += 46 + skip;
    }
  }

  /** The entry of a part name ("/xl/workbook.xml" or "xl/workbook.xml"); part names ignore case. */
  find(part: string): ZipEntry | undefined {
    return this.byName.get(partKey(part));
  }

  /** The entry's stored (compressed) bytes, as they are in the file. */
  raw(entry: ZipEntry): Uint8Array {
    return this.bytes.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
  }

  /** Inflates an entry, handing its bytes over in chunks; throws PackageError past a budget. */
  read(entry: ZipEntry, onChunk: (chunk: Uint8Array) => void): void {
    if (entry.flags & 1) throw new PackageError('encrypted');
    const limit = MAX_RATIO * entry.compressedSize + RATIO_SLACK;
    let size = 0;
    const take = (chunk: Uint8Array) => {
      size += chunk.length;
      this.inflated += chunk.length;
      if (this.inflated > this.budget) throw new PackageError('too-large', entry.name);
      if (size > limit) throw new PackageError('ratio', entry.name);
      onChunk(chunk);
    };
    const data = this.raw(entry);
    if (entry.method === 0) {
      for (let i = 0; i < data.length; i += CHUNK) take(data.subarray(i, i + CHUNK));
      return;
    }
    if (entry.method !== 8) throw new PackageError('damaged', entry.name);
    const inflate = new Inflate((chunk) => take(chunk));
    try {
      for (let i = 0; i < data.length; i += CHUNK) inflate.push(data.subarray(i, i + CHUNK), i + CHUNK >= data.length);
      if (data.length === 0) inflate.push(new Uint8Array(0), true);
    } catch (e) {
      if (e instanceof PackageError) throw e;
      throw new PackageError('damaged', entry.name);
    }
  }

  /** The whole inflated entry, for the small parts (workbook, rels, content types). */
  readAll(entry: ZipEntry): Uint8Array {
    const chunks: Uint8Array[] = [];
    this.read(entry, (c) => chunks.push(c.slice()));
    const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
    let at = 0;
    for (const c of chunks) {
      out.set(c, at);
      at += c.length;
    }
    return out;
  }
}

function partKey(name: string): string {
  return name.replace(/^\/+/, '').toLowerCase();
}

function findEndOfDirectory(view: DataView): number {
  const stop = Math.max(0, view.byteLength - 22 - 0xffff);
  for (let at = view.byteLength - 22; at >= stop; at--) {
    if (view.getUint32(at, true) === EOCD) return at;
  }
  throw new PackageError(view.byteLength >= 4 && view.getUint32(0, true) === LOCAL ? 'damaged' : 'not-zip');
}
