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
