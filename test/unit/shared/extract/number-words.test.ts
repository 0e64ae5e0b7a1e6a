// Counts said in digits or in words, as the date and warranty readers take them.
import { extract } from '../../../../shared/extract';
import { saidNumber } from '../../../../shared/extract/number-words';

describe('saidNumber', () => {
  it('reads digits, and the words either reader accepts in any case, a compound with a hyphen or a space', () => {
    // Prepare
    const said = ['18', '3', 'an', 'One', 'twelve', 'EIGHTEEN', 'twenty', 'thirty', 'twenty-four', 'Thirty six'];
    // Act
    const read = said.map(saidNumber);
    // Assess
    expect(read).toEqual([18, 3, 1, 1, 12, 18, 20, 30, 24, 36]);
  });

  it('is undefined for anything else', () => {
    expect(['', 'dozen', 'twentyfour', '1.5', 'constructor'].map(saidNumber)).toEqual([undefined, undefined, undefined, undefined, undefined]);
  });

  it('gives the date reader and the warranty reader the same numbers', () => {
    // Prepare / Act
    const { facts } = extract('I bought it eighteen months ago and it came with a twenty-four month warranty.', { today: '2026-03-20', dateOrder: 'DMY' });
    // Assess
    expect(facts).toMatchObject({ purchaseDate: '2024-09-20', 'product.warrantyMonths': 24 });
  });
});
