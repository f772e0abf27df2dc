import { generateSecret, generateURI, verify } from 'otplib';

/** TOTP as authenticator apps expect it: SHA-1, 6 digits, 30-second steps. */
export const TOTP_STEP_SECONDS = 30;
/** One step either side of now, for clocks that drift and people who type slowly. */
const TOLERANCE_SECONDS = TOTP_STEP_SECONDS;

export const TOTP_CODE_PATTERN = '^[0-9]{6}$';

export function newTotpSecret(): string {
  return generateSecret();
}

/** The otpauth:// URI an authenticator app reads from the QR code. */
export function totpUri(issuer: string, account: string, secret: string): string {
  return generateURI({ issuer, label: account, secret });
}

/** True when `code` is the current code (±1 step) for `secret`; never throws on bad input. */
export async function checkTotpCode(secret: string | null, code: string): Promise<boolean> {
  const token = code.replace(/\s+/g, '');
  if (!secret || !/^\d{6}$/.test(token)) return false;
  try {
    const result = await verify({ secret, token, epochTolerance: TOLERANCE_SECONDS });
    return result.valid;
  } catch {
    return false;
  }
}
