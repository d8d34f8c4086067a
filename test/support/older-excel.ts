// An older Excel over the in-memory host: the APIs of the requirement sets it lacks
// are simply absent (undefined), as on a real host, so code that uses one anyway
// fails with a TypeError instead of quietly working.
import type { ExcelRunner, Requirements } from '../../src/excel/runner';
import type { MemoryExcel } from '../../src/memory-excel';

/** Members each ExcelApi version brought that the gateway may touch. */
const MEMBERS_OF: Record<string, string[]> = {
  '1.1': ['charts'],
  '1.4': ['settings'],
  '1.6': ['conditionalFormats'],
  '1.7': ['onChanged', 'freezePanes', 'getRangeByIndexes', 'setXAxisValues'],
  '1.8': ['dataValidation'],
  '1.9': ['pageLayout'],
  '1.13': ['getMergedAreasOrNullObject'],
};

function isPlain(v: object): boolean {
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null || v instanceof Promise;
}

function hiding<T>(value: T, hidden: Set<string>): T {
  if (Array.isArray(value)) return value.map((v) => hiding(v, hidden)) as T;
  if (value === null || typeof value !== 'object' || isPlain(value)) return value;
  return new Proxy(value, {
    get(target, prop) {
      if (typeof prop === 'string' && hidden.has(prop)) return undefined;
      const v = Reflect.get(target, prop);
      if (typeof v === 'function') return (...args: unknown[]) => hiding(v.apply(target, args), hidden);
      return hiding(v, hidden);
    },
    set(target, prop, v) {
      (target as Record<PropertyKey, unknown>)[prop] = v;
      return true;
    },
  });
}

export interface OlderExcel {
  excel: ExcelRunner;
  requirements: Requirements;
}

/** `host` as an Excel whose requirement check says no to the given ExcelApi versions, and lacks their members. */
export function olderExcel(host: MemoryExcel, missing: string[]): OlderExcel {
  const hidden = new Set(missing.flatMap((v) => MEMBERS_OF[v] ?? []));
  type Batch = (ctx: unknown) => Promise<unknown>;
  const run = (a: unknown, b?: unknown) => {
    const batch = (typeof a === 'function' ? a : b) as Batch;
    const wrapped = (ctx: unknown) => batch(hiding(ctx, hidden));
    return typeof a === 'function' ? host.run(wrapped as never) : host.run(a as never, wrapped as never);
  };
  return {
    excel: { run: run as unknown as typeof Excel.run },
    requirements: (set, version) => set === 'ExcelApi' && !missing.includes(version),
  };
}
