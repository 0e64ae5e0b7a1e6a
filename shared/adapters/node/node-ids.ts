// Ids from node:crypto: random RMA bytes, link tokens, hashes, and sealing for idempotent replies.
import { createCipheriv, createDecipheriv, createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Ids } from '../../cases/ports';

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest();

export class NodeCryptoIds implements Ids {
  randomBytes(n: number): Uint8Array {
    return randomBytes(n);
  }

  token(): string {
    return randomBytes(32).toString('base64url');
  }

  hash(text: string): string {
    return sha256(text).toString('hex');
  }

  matches(text: string, hash: string): boolean {
    const actual = sha256(text);
    const expected = Buffer.from(hash, 'hex');
    return expected.length === actual.length && timingSafeEqual(actual, expected);
  }

  seal(secret: string, text: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', sha256(`seal:${secret}`), iv);
    const body = Buffer.concat([cipher.update(text, 'utf8'), cipher.final()]);
    return Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url');
  }

  open(secret: string, sealed: string): string | undefined {
    try {
      const raw = Buffer.from(sealed, 'base64url');
      const decipher = createDecipheriv('aes-256-gcm', sha256(`seal:${secret}`), raw.subarray(0, 12));
      decipher.setAuthTag(raw.subarray(12, 28));
      return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
    } catch {
      return undefined;
    }
  }
}
