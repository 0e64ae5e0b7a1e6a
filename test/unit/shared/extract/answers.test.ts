// Short answers to a yes-or-no question: a yes that is also how a statement starts ("it was…") is a
// yes only when little follows it and no date or number (blind run BK: "it was the 18th of March, not
// just March", said to "Shall I register this return?", registered it).
import { findAnswer } from '../../../../shared/extract/answers';

describe('findAnswer', () => {
  it.each([
    ['yes', 'yes'],
    ['Yes it was the 18th', 'yes'],
    ['it was', 'yes'],
    ['It is, still sealed', 'yes'],
    ['I have the invoice', 'yes'],
    ['correct', 'yes'],
    ['right, thanks', 'yes'],
    ['no', 'no'],
    ["it wasn't", 'no'],
    ['not sure', 'unsure'],
  ] as const)('"%s" is %s', (text, answer) => {
    expect(findAnswer(text)).toBe(answer);
  });

  it.each(['it was the 18th of March not just March', 'it was 2 weeks ago', 'I have it here with me now on my desk', 'it is 18 March 2025'])(
    '"%s" is a statement, not a yes',
    (text) => {
      expect(findAnswer(text)).toBeUndefined();
    },
  );
});
