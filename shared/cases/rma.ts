// RMA numbers: "RMA-" + 8 Crockford base32 characters + 1 check character (Luhn mod 32).
// Drawn from 40 random bits, never counted; a typo in any one character is caught by the check.

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const RANDOM_BYTES = 5;

function luhnMod32(body: string, withCheck: boolean): number {
  let factor = withCheck ? 1 : 2;
  let sum = 0;
  for (let i = body.length - 1; i >= 0; i--) {
    let addend = factor * ALPHABET.indexOf(body[i] as string);
    factor = factor === 2 ? 1 : 2;
    addend = Math.floor(addend / 32) + (addend % 32);
    sum += addend;
  }
  return sum % 32;
}

function checkChar(body: string): string {
  return ALPHABET[(32 - luhnMod32(body, false)) % 32] as string;
}

/** How many random bytes `rmaFromBytes` needs. */
export const RMA_RANDOM_BYTES = RANDOM_BYTES;

export function rmaFromBytes(bytes: Uint8Array): string {
  if (bytes.length < RANDOM_BYTES) throw new RangeError(`need ${RANDOM_BYTES} random bytes`);
  let bits = 0n;
  for (let i = 0; i < RANDOM_BYTES; i++) bits = (bits << 8n) | BigInt(bytes[i] as number);
  let body = '';
  for (let i = 0; i < 8; i++) {
    body = (ALPHABET[Number(bits & 31n)] as string) + body;
    bits >>= 5n;
  }
  return `RMA-${body}${checkChar(body)}`;
}

/**
 * Reads what a person typed ("rma-7kq2 m9xa-4", "RMA7KQ2M9XA4", "7KQ2M9XAA") into the canonical
 * form, or undefined when it is not a valid RMA number. Crockford: I and L read as 1, O as 0.
 */
export function parseRma(text: string): string | undefined {
  const compact = text.toUpperCase().replace(/[\s-]/g, '').replace(/^RMA/, '').replace(/[IL]/g, '1').replace(/O/g, '0');
  if (!/^[0-9A-HJKMNP-TV-Z]{9}$/.test(compact)) return undefined;
  const body = compact.slice(0, 8);
  if (luhnMod32(compact, true) !== 0) return undefined;
  return `RMA-${body}${compact.slice(8)}`;
}

export const RMA_PATTERN = /RMA-?[0-9A-HJKMNP-TV-Z]{9}/i;
