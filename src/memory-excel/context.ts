// The request context: proxies queue commands here; sync() hands the queue to the
// host, which executes it against the model in order (see host.ts).
import type { WorkbookModel } from './model';

/** One queued operation. `run` returns the bytes of data it sends back (loads). */
export interface Command {
  run(model: WorkbookModel): number | void;
  /** Bytes of data this command sends to Excel (values written, rules…). */
  requestBytes: number;
  /** Whether it changes the workbook (formulas are recalculated after such a sync). */
  writes: boolean;
  /** Applied after the whole sync succeeded (loaded values become readable). */
  commit?: () => void;
}

export interface SyncExecutor {
  executeSync(ctx: MemoryRequestContext, commands: Command[]): Promise<void>;
}

export class MemoryRequestContext {
  /** Set by the host: the workbook proxy of this context. */
  workbook!: unknown;
  readonly trackedObjects = { add: (): void => undefined, remove: (): void => undefined };
  private queue: Command[] = [];

  /** `delayForCellEdit` (Excel.run's RunOptions, ExcelApi 1.11): syncs wait for the user to leave cell edit mode. */
  constructor(
    private readonly executor: SyncExecutor,
    readonly delayForCellEdit = false,
  ) {}

  enqueue(command: Command): void {
    this.queue.push(command);
  }

  async sync<T>(passThroughValue?: T): Promise<T | undefined> {
    const commands = this.queue;
    this.queue = [];
    await this.executor.executeSync(this, commands);
    return passThroughValue;
  }
}

/** JSON length of what travels over the wire for a value. */
export function payloadBytes(value: unknown): number {
  if (value === undefined) return 0;
  const json = JSON.stringify(value);
  return json === undefined ? 0 : utf8Length(json);
}

function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}
