// The name a customer signs with, for mail whose From names nobody (blind run BI: "Hello," for Aisha Patel).
import { signatureName } from '../../../../shared/email/signature';

describe('the name in a signature', () => {
  it.each([
    ['Hi,\n\nThe speaker is blue.\n\nThanks\nAisha Patel\n071 552 9034', 'Aisha Patel'],
    ['Good day\n\nIt will not charge.\n\nThank you\n\nThabo Mokoena\n082 640 7715', 'Thabo Mokoena'],
    ['Hello,\nIt broke.\nKind regards,\nJohan van Wyk', 'Johan van Wyk'],
    ['Guten Tag,\nDer Brenner liest nichts.\nMit freundlichen Grüßen\nMarkus Weber', 'Markus Weber'],
  ])('%j is signed by %s', (text, name) => {
    expect(signatureName(text)).toBe(name);
  });

  it.each([
    // No sign-off: the last line may be anything.
    'The speaker is blue.\nAisha Patel',
    // What follows the sign-off is no name.
    'It broke.\nThanks\nsee you soon',
    'It broke.\nThanks\n082 640 7715',
    // A sign-off far above the end is not this message's.
    'Thanks\nAisha Patel\none\ntwo\nthree\nfour\nfive\nsix',
  ])('%j names nobody', (text) => {
    expect(signatureName(text)).toBeUndefined();
  });
});
