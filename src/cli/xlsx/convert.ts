// .xls and .ods through LibreOffice, when its `soffice` is on the PATH: converted to a
// temporary .xlsx that the package reader then reads like any other.
import { execFile } from 'node:child_process';
import { constants, promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/** The soffice program on the PATH, or null. */
export async function findSoffice(): Promise<string | null> {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    if (!dir) continue;
    const candidate = path.join(dir, 'soffice');
    if (
      await fs.access(candidate, constants.X_OK).then(
        () => true,
        () => false,
      )
    )
      return candidate;
  }
  return null;
}

/** The bytes of `file` saved as .xlsx by LibreOffice; throws when it fails. */
export async function convertToXlsx(soffice: string, file: string): Promise<Buffer> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'thidua-convert-'));
  try {
    // Its own profile folder: a running LibreOffice (or another conversion) cannot block this one.
    const profile = pathToFileURL(path.join(dir, 'profile')).href;
    const args = ['--headless', '--norestore', `-env:UserInstallation=${profile}`, '--convert-to', 'xlsx', '--outdir', dir];
    await new Promise<void>((resolve, reject) =>
      execFile(soffice, [...args, path.resolve(file)], { timeout: 120_000 }, (e) => (e ? reject(e) : resolve())),
    );
    return await fs.readFile(path.join(dir, `${path.parse(file).name}.xlsx`));
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}
