/**
 * Writes a file of the cache folder so that readers see the old file or the new one, never half of one: into a
 * temporary file beside it, then renamed over it. Shared by the persisted index (indexCache.ts) and the names saved
 * with it (knowledgeCache.ts).
 */
import * as fs from 'fs';
import * as path from 'path';

/** Writes `file` through `write`; throws when it can't (the temporary file is removed). */
export async function replaceFile(file: string, write: (handle: fs.promises.FileHandle) => Promise<void>): Promise<void> {
  const dir = path.dirname(file);
  await fs.promises.mkdir(dir, { recursive: true });
  // A server stopped while writing leaves its temporary file behind (hundreds of MB for a big archive): clear those.
  for (const name of await fs.promises.readdir(dir)) {
    if (name.startsWith(`${path.basename(file)}.`) && name.endsWith('.tmp')) await fs.promises.rm(path.join(dir, name), { force: true });
  }
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    const handle = await fs.promises.open(tmp, 'w');
    try {
      await write(handle);
    } finally {
      await handle.close();
    }
    await fs.promises.rename(tmp, file);
  } catch (e) {
    await fs.promises.rm(tmp, { force: true }).catch(() => undefined);
    throw e;
  }
}
