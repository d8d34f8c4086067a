// Writing an output file without ever losing one: the bytes go to a temporary file in
// OUT's own folder, then a rename puts them in place (complete or absent, never half);
// an OUT that is one of the inputs (the same file through a hard link or a symlink too)
// is refused, and so is an existing OUT unless the user said --force.
import { promises as fs } from 'node:fs';
import path from 'node:path';

export type SafeWriteProblem = 'same-as-input' | 'exists' | 'not-a-file' | 'folder-missing';

/** Why OUT was not written; the caller puts it into words (file, language). */
export class SafeWriteError extends Error {
  constructor(
    readonly problem: SafeWriteProblem,
    readonly file: string,
  ) {
    super(`${file}: ${problem}`);
  }
}

async function identity(file: string): Promise<string | null> {
  const stat = await fs.stat(file).catch(() => null);
  return stat ? `${stat.dev}:${stat.ino}` : null;
}

export interface SafeWriteOptions {
  /** Files OUT must not be (compared by device and inode, so links count). */
  inputs: string[];
  /** Replace an existing OUT. */
  force?: boolean;
}

/** Throws SafeWriteError when OUT may not be written; otherwise resolves. */
export async function checkOutput(out: string, opts: SafeWriteOptions): Promise<void> {
  const outId = await identity(out);
  if (outId !== null) {
    const inputIds = await Promise.all(opts.inputs.map(identity));
    if (inputIds.includes(outId)) throw new SafeWriteError('same-as-input', out);
    const stat = await fs.stat(out);
    if (!stat.isFile()) throw new SafeWriteError('not-a-file', out);
    if (!opts.force) throw new SafeWriteError('exists', out);
  }
  const folder = await fs.stat(path.dirname(path.resolve(out))).catch(() => null);
  if (!folder?.isDirectory()) throw new SafeWriteError('folder-missing', out);
}

/** Writes OUT atomically after checkOutput's checks. A failure leaves no OUT and no temporary file. */
export async function writeFileSafely(out: string, bytes: Uint8Array, opts: SafeWriteOptions): Promise<void> {
  await checkOutput(out, opts);
  const target = path.resolve(out);
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${Date.now()}.tmp`);
  try {
    const handle = await fs.open(temp, 'wx');
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    // Checked again just before the rename: OUT may have appeared meanwhile.
    await checkOutput(out, opts);
    await fs.rename(temp, target);
  } catch (e) {
    await fs.rm(temp, { force: true });
    throw e;
  }
}
