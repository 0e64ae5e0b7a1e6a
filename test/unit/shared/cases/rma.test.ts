import fc from 'fast-check';
import { parseRma, rmaFromBytes, RMA_RANDOM_BYTES } from '../../../../shared/cases';

describe('RMA numbers', () => {
  it('look like RMA- and nine Crockford base32 characters', () => {
    expect(rmaFromBytes(new Uint8Array([0, 0, 0, 0, 0]))).toMatch(/^RMA-0{8}[0-9A-HJKMNP-TV-Z]$/);
    fc.assert(
      fc.property(fc.uint8Array({ minLength: RMA_RANDOM_BYTES, maxLength: RMA_RANDOM_BYTES }), (bytes) =>
        /^RMA-[0-9A-HJKMNP-TV-Z]{9}$/.test(rmaFromBytes(bytes)),
      ),
    );
  });

  it('use all 40 random bits: different bytes, different numbers', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 5, maxLength: 5 }), fc.uint8Array({ minLength: 5, maxLength: 5 }), (a, b) => {
        const same = a.every((x, i) => x === b[i]);
        return same === (rmaFromBytes(a) === rmaFromBytes(b));
      }),
    );
  });

  it('read back whatever way a person types them', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 5, maxLength: 5 }), (bytes) => {
        const rma = rmaFromBytes(bytes);
        const body = rma.slice(4);
        return [rma, rma.toLowerCase(), body, `rma ${body.slice(0, 4)} ${body.slice(4)}`, body.replace(/1/g, 'l').replace(/0/g, 'o')].every(
          (t) => parseRma(t) === rma,
        );
      }),
    );
  });

  it('catch any single mistyped character', () => {
    const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 5, maxLength: 5 }), fc.nat(8), fc.nat(31), (bytes, pos, shift) => {
        const rma = rmaFromBytes(bytes);
        const chars = rma.slice(4).split('');
        const i = alphabet.indexOf(chars[pos] as string);
        chars[pos] = alphabet[(i + 1 + (shift % 31)) % 32] as string;
        return parseRma(chars.join('')) === undefined;
      }),
    );
  });

  it.each(['', 'RMA-', 'RMA-12345678', 'RMA-1234567890', 'RMA-UUUUUUUUU', '<script>', 'RMA-0000 0000 *'])('refuse %j', (text) => {
    expect(parseRma(text)).toBeUndefined();
  });

  it('need five random bytes', () => {
    expect(() => rmaFromBytes(new Uint8Array(4))).toThrow(RangeError);
  });
});
