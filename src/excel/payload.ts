// Sizes of what a sync carries, to keep each request under Excel on the web's 5 MB.

/** Budget per sync, with room under the 5 MB limit for Office's own envelope. */
export const SYNC_BUDGET_BYTES = 3_500_000;

/** UTF-8 bytes of the value as JSON (Vietnamese letters take 2–3 bytes). */
export function jsonBytes(value: unknown): number {
  const json = JSON.stringify(value) ?? '';
  let n = 0;
  for (let i = 0; i < json.length; i++) {
    const c = json.charCodeAt(i);
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
  }
  return n;
}

/** Estimated bytes of Office's request envelope for one API call (object path, method, ids). */
export const CALL_BYTES = 150;

/** A queued write and the bytes it sends. */
export interface SizedOp<T> {
  bytes: number;
  apply(target: T): void;
}

/** Splits ops, in order, into syncs of at most the budget (at least one op per sync). */
export function packIntoSyncs<T>(ops: SizedOp<T>[], budget = SYNC_BUDGET_BYTES): SizedOp<T>[][] {
  const syncs: SizedOp<T>[][] = [[]];
  let used = 0;
  for (const op of ops) {
    if (used + op.bytes > budget && syncs[syncs.length - 1].length) {
      syncs.push([]);
      used = 0;
    }
    syncs[syncs.length - 1].push(op);
    used += op.bytes;
  }
  return syncs;
}

/** An op of `calls` API calls sending `data`. */
export function sizedOp<T>(calls: number, data: unknown, apply: (target: T) => void): SizedOp<T> {
  return { bytes: calls * CALL_BYTES + (data === undefined ? 0 : jsonBytes(data)), apply };
}

/** Row blocks [start, count) of a matrix write, each about `budget` bytes at most (one row at least). */
export function rowBlocks(matrix: unknown[][], budget: number): { start: number; count: number }[] {
  const perRow = Math.max(1, jsonBytes(matrix) / Math.max(1, matrix.length));
  const size = Math.max(1, Math.floor(budget / perRow));
  const out: { start: number; count: number }[] = [];
  for (let start = 0; start < matrix.length; start += size) out.push({ start, count: Math.min(size, matrix.length - start) });
  return out;
}
