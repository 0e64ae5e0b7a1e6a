// What the chat says the item is: the problem as first told, and told again more exactly later.
import { aboutFromChat, type ChatState } from '../../../bot/chat-state';
import { ChatTestClient } from '../../support/chat-client';
import { chatDepsFor, FixedClock, sayTo, testApp } from '../../support/fakes';

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

describe('the problem told again at the summary (blind run BL)', () => {
  it('shows in the summary in the customer’s words; a complaint about the line is not added to the story', async () => {
    // Prepare
    const t = testApp({ clock: new FixedClock('2026-11-29T10:00:00.000Z') });
    const client = new ChatTestClient(chatDepsFor(t, '2026-11-29'), { policy: 'plextor-eu' });
    const story =
      'Hallo, ich hab ein Problem mit meinem Plextor Blu-ray Brenner PX-B320SA. Seit ca. 2 Wochen brennt er keine Blu-rays mehr, DVDs gehen aber noch.';
    const retold = 'brennt seit 2 Wochen keine Blu-rays mehr, DVDs funktionieren noch';
    // Act
    for (const text of [
      story,
      'Aus Österreich, Graz',
      '22.09.2025',
      'Jonas Weber, jonas@example.com',
      'Beim Problem steht immer noch nur "es ist defekt".',
      'Nein, etwas ändern',
    ])
      await sayTo(client, text);
    const summary = (await sayTo(client, `Problem: ${retold}`)).join('\n');
    await sayTo(client, 'Ja, registrieren');
    // Assess
    expect(summary).toContain(`Problem: ${retold}`);
    const problem = [...t.store.cases.values()][0]?.about?.problem ?? '';
    expect(problem).toContain(retold);
    expect(problem).not.toContain('steht immer noch');
  });
});
