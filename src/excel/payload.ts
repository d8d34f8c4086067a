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
