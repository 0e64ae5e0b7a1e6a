// What the chat says the item is: the problem as first told, and told again more exactly later.
import { aboutFromChat, type ChatState } from '../../../bot/chat-state';

const chat = (...texts: string[]) => ({ transcript: texts.map((text) => ({ from: 'customer', text })) }) as unknown as ChatState;

describe('the problem in the customer’s words', () => {
  it('is the first message that tells something, without its question', () => {
    expect(aboutFromChat(chat('Hi', 'My drive stopped reading discs last week. What can I do?'))?.problem).toBe('My drive stopped reading discs last week.');
  });

  it.each([
    [
      'Beim Problem bitte genauer: jetzt liest er überhaupt keine Discs mehr (weder CD noch DVD).',
      'jetzt liest er überhaupt keine Discs mehr (weder CD noch DVD).',
    ],
    ['The problem is: it makes a clicking noise before it stops.', 'it makes a clicking noise before it stops.'],
    ['Le problème : le tiroir ne s’ouvre plus du tout.', 'le tiroir ne s’ouvre plus du tout.'],
  ])('takes a later message that tells it again more exactly (blind run BG): %j', (later, added) => {
    const about = aboutFromChat(chat('My drive worked a few days and now reads nothing.', 'Germany', later));
    expect(about?.problem).toBe(`My drive worked a few days and now reads nothing. ${added}`);
  });

  it('does not take a later message that only answers a question', () => {
    expect(aboutFromChat(chat('My drive worked a few days and now reads nothing.', 'Germany, I live in Munich.'))?.problem).toBe(
      'My drive worked a few days and now reads nothing.',
    );
  });
});
