// Which merchant a message is for when it names none: a manufacturer covers only what it makes.
import { merchantByProduct } from '../../../../shared/intake/merchant';
import { POLICIES } from '../../../../shared/rules';

describe('the merchant a product can be from', () => {
  it.each([
    ["I ordered a De'Longhi coffee machine from you guys and the tank is cracked", 'plc-technologies'],
    ['My Samsung phone stopped charging', 'plc-technologies'],
    ['I bought Microsoft Office 2021 and I no longer need it', 'plc-technologies'],
  ])('"%s" is for %s: not something the manufacturer makes', (text, policy) => {
    expect(merchantByProduct(text, POLICIES)).toBe(policy);
  });

  it.each([
    'my DVD writer stopped working',
    'I bought an external drive from you',
    // Plextor made SSDs too (a blind customer's Plextor M8V was taken for PLC Technologies').
    "Hi, I bought an SSD from you back in March and it's started acting up",
    'hello',
    'it stopped working',
  ])('"%s" could be either (or names nothing): the customer is asked', (text) => {
    expect(merchantByProduct(text, POLICIES)).toBeUndefined();
  });
});
