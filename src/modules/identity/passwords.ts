import { hash, verify } from '@node-rs/argon2';

/** Minimum length for staff passwords (NIST 800-63B: length over composition rules). */
export const MIN_PASSWORD_LENGTH = 12;

/** argon2id (the library's default) with its recommended memory and time costs. */
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

export async function verifyPassword(passwordHash: string | null, password: string): Promise<boolean> {
  // Verify against a fixed hash when the account has none, so timing does not reveal which accounts exist.
  const target = passwordHash ?? DUMMY_HASH;
  const ok = await verify(target, password).catch(() => false);
  return ok && passwordHash !== null;
}

const DUMMY_HASH =
  '$argon2id$v=19$m=19456,t=2,p=1$PUDt0yQ+JV329pekE4r87w$LRE7Qf+e/rWMavI9vcbAP8jRUQumMP4bdBeBvQmaYPE';
