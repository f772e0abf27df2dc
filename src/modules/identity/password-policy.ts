import { randomInt } from 'node:crypto';
import type { FieldError } from '../../platform/errors/catalogue.js';
import { MIN_PASSWORD_LENGTH } from './passwords.js';

/** Longest password accepted: argon2 handles more, but nobody types a novel and it bounds the work. */
export const MAX_PASSWORD_LENGTH = 256;

/**
 * Checks a password someone chose (NIST 800-63B: length, not composition rules) and returns the
 * problems as field errors on `field`, with messages from identity/messages.ts.
 */
export function passwordProblems(password: string, email: string, field: string): FieldError[] {
  if (password.length < MIN_PASSWORD_LENGTH)
    return [
      {
        path: field,
        code: 'minLength',
        message: 'identity.password.tooShort',
        params: { limit: MIN_PASSWORD_LENGTH },
      },
    ];
  if (password.length > MAX_PASSWORD_LENGTH)
    return [
      {
        path: field,
        code: 'maxLength',
        message: 'validation.maxLength',
        params: { limit: MAX_PASSWORD_LENGTH },
      },
    ];
  const lowered = password.trim().toLowerCase();
  const mail = email.trim().toLowerCase();
  if (lowered === mail || lowered === mail.split('@')[0])
    return [{ path: field, code: 'sameAsEmail', message: 'identity.password.sameAsEmail' }];
  return [];
}

/** No look-alike characters (0/O, 1/l/I), so a temporary password can be read out on the phone. */
const ALPHABET = 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/**
 * A random password in groups of four (`abcd-efgh-…`): 4 groups carry about 92 bits, well above
 * what an online or offline attack against argon2id can reach.
 */
export function generatePassword(groups = 4): string {
  const parts: string[] = [];
  for (let g = 0; g < groups; g++) {
    let part = '';
    for (let i = 0; i < 4; i++) part += ALPHABET[randomInt(ALPHABET.length)];
    parts.push(part);
  }
  return parts.join('-');
}
