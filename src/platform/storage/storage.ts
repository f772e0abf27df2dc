import { createHash, randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';

/** Where files (photos, attachments, logos) live. Local disk by default; an S3-compatible store later. */
export interface Storage {
  put(prefix: string, body: Buffer, extension: string): Promise<string>;
  get(key: string): Promise<Buffer | null>;
  delete(key: string): Promise<void>;
}

/** Files under a root directory, written atomically (temporary file, then rename). */
export class LocalStorage implements Storage {
  private readonly root: string;
  constructor(root: string) {
    this.root = resolve(root);
  }

  private pathOf(key: string): string {
    const path = resolve(this.root, key);
    if (!path.startsWith(this.root + sep)) throw new Error('storage key escapes the root');
    return path;
  }

  async put(prefix: string, body: Buffer, extension: string): Promise<string> {
    const digest = createHash('sha256').update(body).digest('hex').slice(0, 16);
    const key = join(
      prefix.replace(/[^a-zA-Z0-9/_-]/g, ''),
      `${digest}-${randomUUID().slice(0, 8)}.${extension.replace(/[^a-z0-9]/g, '')}`,
    );
    const path = this.pathOf(key);
    await mkdir(dirname(path), { recursive: true });
    const tmp = `${path}.tmp-${process.pid}`;
    await writeFile(tmp, body);
    await rename(tmp, path);
    return key;
  }

  async get(key: string): Promise<Buffer | null> {
    try {
      return await readFile(this.pathOf(key));
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw err;
    }
  }

  async delete(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }
}
