// A customer's name is a name: letters of any script, not a link, a sentence or a look-alike.
import { NAME_MAX_CHARACTERS, NAME_MESSAGES, nameFromHeader, personName } from '../../../../shared/cases';

const refusal = (text: string) => {
  const parsed = personName.safeParse(text);
  return parsed.success ? undefined : parsed.error.issues[0]?.message;
};

describe('personName', () => {
  it.each([
    ['Ann Example', 'Ann Example'],
    // Blind run 15: typed all in lower case, greeted with capitals; any capital keeps it as typed.
    ['aisha patel', 'Aisha Patel'],
    ["john o'neill", "John O'Neill"],
    ['van der Merwe', 'van der Merwe'],
    ["Seán O'Brien", "Seán O'Brien"],
    ['D’Angelo', 'D’Angelo'],
    ['Jean-Luc Picard', 'Jean-Luc Picard'],
    ['J.R.R. Tolkien', 'J.R.R. Tolkien'],
    ['Ольга Петрова', 'Ольга Петрова'],
    ['Νίκος Παπαδόπουλος', 'Νίκος Παπαδόπουλος'],
    ['王小明', '王小明'],
    ['محمد علي', 'محمد علي'],
    ['अनिल कुमार', 'अनिल कुमार'],
    ['Anna-Мария Smith', 'Anna-Мария Smith'],
    ['  Ann   Example  ', 'Ann Example'],
    ['Zoe\u0308', 'Zoë'],
  ])('takes %j as %j (NFC, trimmed, single spaces)', (input, kept) => {
    expect(personName.parse(input)).toBe(kept);
  });

  it.each([
    ['the mail-relay trick', 'Your account is locked, log in at https://evil.example', NAME_MESSAGES.characters],
    ['a bare web address', 'Visit evil.example today', NAME_MESSAGES.webAddress],
    ['digits', 'Ann 2', NAME_MESSAGES.characters],
    ['a zero-width space', 'Ann\u200bExample', NAME_MESSAGES.characters],
    ['a right-to-left override', 'Ann \u202eelpmaxE', NAME_MESSAGES.characters],
    ['a zero-width joiner', 'An\u200dn', NAME_MESSAGES.characters],
    ['a control character', 'Ann\nExample', NAME_MESSAGES.characters],
    ['angle brackets', 'Ann <b>', NAME_MESSAGES.characters],
    ['only punctuation', "'-.", NAME_MESSAGES.characters],
    ['a combining mark on nothing', '\u0301Ann', NAME_MESSAGES.characters],
    ['a heap of combining marks', 'An\u0301\u0302\u0303\u0304\u0305\u0306n', NAME_MESSAGES.characters],
    ['Latin with a Cyrillic а in one word', 'P\u0430ypal Support', NAME_MESSAGES.mixedScripts],
    ['Latin with a Greek ο in one word', 'G\u03bfogle', NAME_MESSAGES.mixedScripts],
    ['nothing', '   ', NAME_MESSAGES.empty],
    ['a name over the limit', 'a'.repeat(NAME_MAX_CHARACTERS + 1), NAME_MESSAGES.tooLong],
  ])('refuses %s', (_what, input, message) => {
    expect(refusal(input)).toBe(message);
  });

  it('counts characters, not UTF-16 units: 100 letters outside the BMP are a name', () => {
    expect(personName.parse('𝒜'.repeat(NAME_MAX_CHARACTERS))).toHaveLength(NAME_MAX_CHARACTERS * 2);
  });

  it('never repeats what was sent in its message', () => {
    const sent = 'Your account is locked, log in at https://evil.example';
    for (const message of Object.values(NAME_MESSAGES)) expect(message).not.toContain('evil');
    expect(refusal(sent)).not.toContain(sent);
  });
});

describe('nameFromHeader', () => {
  it.each([
    ['"Ann Example"', 'Ann Example'],
    ['Ann\r\n Example', 'Ann Example'],
    ['Seán O’Brien', 'Seán O’Brien'],
  ])('takes %j as %j', (header, name) => {
    expect(nameFromHeader(header)).toBe(name);
  });

  it.each([
    ['an address', 'ann@example.com'],
    ['the mail-relay trick', 'Your account is locked, log in at https://evil.example'],
    ['a look-alike', 'P\u0430yPal'],
    ['an invisible character', 'Ann\u200b'],
    ['nothing', '""'],
  ])('gives no name for %s', (_what, header) => {
    expect(nameFromHeader(header)).toBeUndefined();
  });
});
