// Writing a zip whose entries are either copied from another zip as they are stored
// (compressed bytes, CRC and sizes untouched: the part is byte for byte the same) or
// deflated anew. No data descriptors, no zip64: a workbook package never needs them.
import { deflateSync } from 'fflate';
import type { ZipEntry, ZipPackage } from './zip';

export interface ZipWriteEntry {
  name: string;
  method: number;
  crc: number;
  size: number;
  /** The bytes as stored (compressed when method is 8). */
  data: Uint8Array;
  time: number;
  date: number;
}

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

export function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (let i = 0; i < bytes.length; i++) c = CRC_TABLE[(c ^ bytes[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** 1 January 2000, 00:00, in MS-DOS form: new parts get a fixed time, so the output depends on the input only. */
const DOS_DATE = ((2000 - 1980) << 9) | (1 << 5) | 1;

export function deflatedEntry(name: string, bytes: Uint8Array): ZipWriteEntry {
  return {
    name,
    method: 8,
    crc: crc32(bytes),
    size: bytes.length,
    data: deflateSync(bytes, { level: 6 }),
    time: 0,
    date: DOS_DATE,
  };
}

export function copiedEntry(zip: ZipPackage, e: ZipEntry): ZipWriteEntry {
  return { name: e.name, method: e.method, crc: e.crc, size: e.size, data: zip.raw(e), time: e.time, date: e.date };
}

/** The fields local and central headers share, in the same order (version needed to name length). */
function shared(view: DataView, at: number, e: ZipWriteEntry, nameLength: number): void {
  view.setUint16(at, 20, true);
  view.setUint16(at + 2, /[^\x20-\x7e]/.test(e.name) ? 0x800 : 0, true);
  view.setUint16(at + 4, e.method, true);
  view.setUint16(at + 6, e.time, true);
  view.setUint16(at + 8, e.date, true);
  view.setUint32(at + 10, e.crc, true);
  view.setUint32(at + 14, e.data.length, true);
  view.setUint32(at + 18, e.size, true);
  view.setUint16(at + 22, nameLength, true);
}

export function writeZip(entries: ZipWriteEntry[]): Uint8Array {
  const enc = new TextEncoder();
  const names = entries.map((e) => enc.encode(e.name));
  const localSize = entries.reduce((n, e, i) => n + 30 + names[i].length + e.data.length, 0);
  const centralSize = names.reduce((n, name) => n + 46 + name.length, 0);
  const out = new Uint8Array(localSize + centralSize + 22);
  const view = new DataView(out.buffer);
  const offsets: number[] = [];
  let at = 0;
  entries.forEach((e, i) => {
    offsets.push(at);
    view.setUint32(at, 0x04034b50, true);
    shared(view, at + 4, e, names[i].length);
    out.set(names[i], at + 30);
    out.set(e.data, at + 30 + names[i].length);
    at += 30 + names[i].length + e.data.length;
  });
  const centralStart = at;
  entries.forEach((e, i) => {
    view.setUint32(at, 0x02014b50, true);
    view.setUint16(at + 4, 20, true);
    shared(view, at + 6, e, names[i].length);
    view.setUint32(at + 42, offsets[i], true);
    out.set(names[i], at + 46);
    at += 46 + names[i].length;
  });
  view.setUint32(at, 0x06054b50, true);
  view.setUint16(at + 8, entries.length, true);
  view.setUint16(at + 10, entries.length, true);
  view.setUint32(at + 12, at - centralStart, true);
  view.setUint32(at + 16, centralStart, true);
  return out;
}
