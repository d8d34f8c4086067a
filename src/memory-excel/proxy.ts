// Proxy objects with Office.js semantics: properties are readable only after
// load() + sync(); writes and methods queue commands that run at sync().
import { payloadBytes, type MemoryRequestContext } from './context';
import { MESSAGES, officeError } from './errors';
import type { WorkbookModel } from './model';

export type LoadSpec = string | string[] | { select?: string; expand?: string } | undefined;

/** "a, b/c" | ["a", "b/c"] | { select, expand } -> ["a", "b/c"]; empty = every scalar property. */
export function loadPaths(spec: LoadSpec): string[] {
  const list = (s: string | undefined): string[] =>
    s
      ? s
          .split(',')
          .map((p) => p.trim())
          .filter(Boolean)
      : [];
  if (spec === undefined) return [];
  if (typeof spec === 'string') return list(spec);
  if (Array.isArray(spec)) return spec.flatMap((s) => list(s));
  return [...list(spec.select), ...list(spec.expand)];
}

interface Collected {
  bytes: number;
  commits: (() => void)[];
}

type Getter<T> = (target: T, model: WorkbookModel) => unknown;

export abstract class ClientProxy<T> {
  private readonly loaded = new Map<string, unknown>();
  private nullFlag: boolean | undefined;

  constructor(protected readonly ctx: MemoryRequestContext) {}

  get context(): MemoryRequestContext {
    return this.ctx;
  }

  /** The model object behind the proxy when a command runs; null for a null object. */
  abstract resolve(model: WorkbookModel): T | null;

  /** Loadable scalar properties. */
  protected scalars(): Record<string, Getter<T>> {
    return {};
  }

  /** Navigation properties that load paths may go through ("format/font/bold"). */
  protected navigation(): Record<string, ClientProxy<unknown>> {
    return {};
  }

  /** Collections: builds item proxies for a load of "items/…". */
  protected collectItems(_target: T, _model: WorkbookModel, _paths: string[], _out: Collected): void {
    throw officeError('InvalidArgument', `${this.constructor.name} has no items`);
  }

  get isNullObject(): boolean {
    if (this.nullFlag === undefined) throw notLoaded('isNullObject');
    return this.nullFlag;
  }

  protected markNull(isNull: boolean): void {
    this.nullFlag = isNull;
  }

  load(spec?: LoadSpec): this {
    const paths = loadPaths(spec);
    let pending: Collected | null = null;
    this.ctx.enqueue({
      requestBytes: 0,
      writes: false,
      run: (model) => {
        pending = { bytes: 0, commits: [] };
        this.collect(model, paths, pending);
        return pending.bytes;
      },
      commit: () => pending?.commits.forEach((c) => c()),
    });
    return this;
  }

  /** Reads the requested properties now (inside a sync); they become visible at commit. */
  collect(model: WorkbookModel, paths: string[], out: Collected): void {
    const target = this.resolve(model);
    out.commits.push(() => this.markNull(target === null));
    if (target === null) return;
    const scalars = this.scalars();
    const nav = this.navigation();
    const groups = new Map<string, string[]>();
    for (const p of paths.length ? paths : Object.keys(scalars)) {
      const [head, ...rest] = p.split('/');
      const list = groups.get(head) ?? [];
      if (rest.length) list.push(rest.join('/'));
      groups.set(head, list);
    }
    for (const [head, rest] of groups) {
      if (head in scalars) {
        const value = scalars[head](target, model);
        out.bytes += payloadBytes(value) + head.length + 3;
        out.commits.push(() => this.loaded.set(head, value));
      } else if (head === 'items') {
        this.collectItems(target, model, rest, out);
      } else if (head in nav) {
        nav[head].collect(model, rest, out);
      } else {
        throw officeError('InvalidArgument', `The property '${head}' does not exist on ${this.constructor.name}.`);
      }
    }
  }

  /** A loaded value, or PropertyNotLoaded as in Office.js. */
  protected get<V>(name: string): V {
    if (!this.loaded.has(name)) throw notLoaded(name);
    return this.loaded.get(name) as V;
  }

  /** Sets a loaded value directly (items built by a collection load). */
  protected preset(name: string, value: unknown): void {
    this.loaded.set(name, value);
  }

  /** Queues a change; it runs at sync on the resolved target (a null object ignores it). */
  protected write(sent: unknown, apply: (target: T, model: WorkbookModel) => void): void {
    this.ctx.enqueue({
      requestBytes: payloadBytes(sent) + 40,
      writes: true,
      run: (model) => {
        const target = this.resolve(model);
        if (target !== null) apply(target, model);
      },
    });
  }

  /** Queues a method returning a value; the ClientResult is readable after sync. */
  protected result<V>(compute: (target: T, model: WorkbookModel) => V): ClientResult<V> {
    const res = new ClientResult<V>();
    let value: V;
    this.ctx.enqueue({
      requestBytes: 40,
      writes: false,
      run: (model) => {
        const target = this.resolve(model);
        if (target === null) throw officeError('InvalidOperation', 'Null object');
        value = compute(target, model);
        return payloadBytes(value);
      },
      commit: () => res.set(value),
    });
    return res;
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.loaded);
  }
}

export class ClientResult<V> {
  private has = false;
  private v: V | undefined;

  set(v: V): void {
    this.has = true;
    this.v = v;
  }

  get value(): V {
    if (!this.has) throw notLoaded('value');
    return this.v as V;
  }
}

/**
 * A proxy returned by a method (getItem, getRange, add…): what it stands for is
 * fixed when its creating command runs, in queue order, like Office.js.
 */
export abstract class BoundProxy<B, T> extends ClientProxy<T> {
  private bound: B | null | undefined;

  /** `sentBytes`: data the creating call sends (settings.add's value). */
  constructor(
    ctx: MemoryRequestContext,
    bind: ((model: WorkbookModel) => B | null) | { value: B },
    nullable = false,
    sentBytes = 0,
  ) {
    super(ctx);
    if (typeof bind !== 'function') {
      this.bound = bind.value;
      this.markNull(false);
      return;
    }
    let isNull = false;
    ctx.enqueue({
      requestBytes: 40 + sentBytes,
      writes: false,
      run: (model) => {
        const b = bind(model);
        if (b === null && !nullable) throw officeError('ItemNotFound', MESSAGES.notFound);
        this.bound = b;
        isNull = b === null;
      },
      commit: () => this.markNull(isNull),
    });
  }

  protected binding(): B | null {
    if (this.bound === undefined) throw officeError('InvalidOperation', 'The object was used before its request ran.');
    return this.bound;
  }
}

/** A proxy reached through a property of another (range.format.font): it resolves through its parent. */
export abstract class ChildProxy<P, T> extends ClientProxy<T> {
  constructor(protected readonly parent: ClientProxy<P>) {
    super(parent.context);
  }

  resolve(model: WorkbookModel): T | null {
    const p = this.parent.resolve(model);
    return p === null ? null : this.fromParent(p, model);
  }

  protected abstract fromParent(parent: P, model: WorkbookModel): T;
}

export function notLoaded(name: string): Error {
  return officeError('PropertyNotLoaded', `${MESSAGES.notLoaded}: '${name}'.`);
}
