import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Env } from './env.js';

/**
 * The cookie-signing secret. Production requires SESSION_SECRET (env.ts enforces it). For a laptop
 * demo a random secret is kept in the data directory, so sessions survive a restart without setup.
 */
export function resolveSecret(env: Env): { secret: string; generated: boolean } {
  if (env.SESSION_SECRET) return { secret: env.SESSION_SECRET, generated: false };
  const path = join(env.DATA_DIR, 'development-secret');
  try {
    const stored = readFileSync(path, 'utf8').trim();
    if (stored.length >= 32) return { secret: stored, generated: true };
  } catch {
    // none yet: create it below
  }
  const secret = randomBytes(32).toString('base64url');
  mkdirSync(env.DATA_DIR, { recursive: true });
  writeFileSync(path, secret, { mode: 0o600 });
  return { secret, generated: true };
}
