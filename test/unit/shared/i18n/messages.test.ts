// Every message the chat says in German and French exists in both, parses as ICU, and takes the same
// arguments in both: a missing or misspelt one would show as "{name}" or fail for a customer.
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { catalogueFile, compiledFile } from '../../../../shared/adapters/node/language-catalogues';
import { compileCatalogue } from '../../../../shared/i18n/compile';
import { catalogue, CHAT_KEYS, chatText, DESK_KEYS, deskText, EMAIL_KEYS, emailText } from '../../../../shared/i18n/format';

const CHAT_MESSAGES = { de: catalogue('de').chat, fr: catalogue('fr').chat } as Record<'de' | 'fr', Record<string, string>>;
const DESK_MESSAGES = { de: catalogue('de').desk, fr: catalogue('fr').desk };
const EMAIL_MESSAGES = { de: catalogue('de').email, fr: catalogue('fr').email };

function argumentsOf(elements: MessageFormatElement[], out = new Set<string>()): Set<string> {
  for (const e of elements) {
    if (e.type === TYPE.argument || e.type === TYPE.number || e.type === TYPE.date || e.type === TYPE.plural || e.type === TYPE.select) out.add(e.value);
    if (e.type === TYPE.plural || e.type === TYPE.select) for (const option of Object.values(e.options)) argumentsOf(option.value, out);
  }
  return out;
}

describe('the chat in German and French', () => {
  it.each(CHAT_KEYS.map((key) => [key]))('%s: in both languages, with the same arguments', (key) => {
    const de = [...argumentsOf(parse(CHAT_MESSAGES.de[key] as string))].sort();
    const fr = [...argumentsOf(parse(CHAT_MESSAGES.fr[key] as string))].sort();
    expect((CHAT_MESSAGES.de[key] as string).trim()).not.toBe('');
    expect((CHAT_MESSAGES.fr[key] as string).trim()).not.toBe('');
    expect(fr).toEqual(de);
  });

  it('puts the values in', () => {
    expect(chatText('de', 'askEmail', { name: 'Anna' })).toBe('Danke, Anna. Und Ihre E-Mail-Adresse, für die Bestätigung?');
    expect(chatText('fr', 'created', { rma: 'RMA-ABC', email: 'a@example.com' })).toContain('RMA-ABC');
  });
});

describe.each([
  ['the desk (next steps, composed notes)', DESK_KEYS, DESK_MESSAGES],
  ['the emails', EMAIL_KEYS, EMAIL_MESSAGES],
] as const)('%s in German and French', (_name, keys, messages) => {
  it.each(keys.map((key) => [key]))('%s: in both languages, with the same arguments', (key) => {
    const catalogue = messages as Record<'de' | 'fr', Record<string, string>>;
    expect(catalogue.de[key]?.trim()).toBeTruthy();
    expect(catalogue.fr[key]?.trim()).toBeTruthy();
    expect([...argumentsOf(parse(catalogue.fr[key] as string))].sort()).toEqual([...argumentsOf(parse(catalogue.de[key] as string))].sort());
  });

  it('has no message outside its list of keys (a misspelt key would never be said)', () => {
    for (const language of ['de', 'fr'] as const) expect(Object.keys(messages[language]).sort()).toEqual([...keys].sort());
  });
});

describe('formatting the desk and email messages', () => {
  it('puts values in, and chooses by them', () => {
    expect(deskText('de', 'next.restocking', { percent: 15 })).toBe('Es kann eine Wiedereinlagerungsgebühr von bis zu 15 % anfallen.');
    expect(emailText('de', 'update.slaWait', { work: 'repair' })).toContain('auf die Reparatur warten');
    expect(emailText('de', 'update.slaWait', { work: 'replacement' })).toContain('auf den Ersatz warten');
    expect(emailText('fr', 'intro', { merchant: 'Plextor Europe', rma: 'RMA-X' })).toBe(
      'Merci pour votre demande de retour à Plextor Europe. Son numéro RMA est RMA-X.',
    );
  });
});

describe('the messages parsed ahead (npm run i18n)', () => {
  it.each(['de', 'fr'] as const)('%s: the compiled file is the catalogue as it is now (run npm run i18n after changing it)', (language) => {
    const dir = join(__dirname, '../../../../shared/i18n');
    const texts = JSON.parse(readFileSync(join(dir, catalogueFile(language)), 'utf8'));
    const compiled = JSON.parse(readFileSync(join(dir, compiledFile(language)), 'utf8'));
    expect(compiled).toEqual(JSON.parse(JSON.stringify(compileCatalogue(texts))));
  });
});
