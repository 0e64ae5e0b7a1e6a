// Every message the chat says in German and French exists in both, parses as ICU, and takes the same
// arguments in both: a missing or misspelt one would show as "{name}" or fail for a customer.
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { CHAT_KEYS, CHAT_MESSAGES, chatText } from '../../../../shared/i18n/format';

function argumentsOf(elements: MessageFormatElement[], out = new Set<string>()): Set<string> {
  for (const e of elements) {
    if (e.type === TYPE.argument || e.type === TYPE.number || e.type === TYPE.date || e.type === TYPE.plural || e.type === TYPE.select) out.add(e.value);
    if (e.type === TYPE.plural || e.type === TYPE.select) for (const option of Object.values(e.options)) argumentsOf(option.value, out);
  }
  return out;
}

describe('the chat in German and French', () => {
  it.each(CHAT_KEYS.map((key) => [key]))('%s: in both languages, with the same arguments', (key) => {
    const de = [...argumentsOf(parse(CHAT_MESSAGES.de[key]))].sort();
    const fr = [...argumentsOf(parse(CHAT_MESSAGES.fr[key]))].sort();
    expect(CHAT_MESSAGES.de[key].trim()).not.toBe('');
    expect(CHAT_MESSAGES.fr[key].trim()).not.toBe('');
    expect(fr).toEqual(de);
  });

  it('puts the values in', () => {
    expect(chatText('de', 'askEmail', { name: 'Anna' })).toBe('Danke, Anna. Und Ihre E-Mail-Adresse, für die Bestätigung?');
    expect(chatText('fr', 'created', { rma: 'RMA-ABC', email: 'a@example.com' })).toContain('RMA-ABC');
  });
});
