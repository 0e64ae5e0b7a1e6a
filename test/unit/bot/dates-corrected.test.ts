// A purchase date put right in the chat (blind run BK, Aoife): "the invoice says 18 March 2025" had
// been read as March 2025; "it was the 18th of March not just March", said to "Shall I register this
// return?", registered it as March; and the warranty was said to end on 1 March 2027.
import { ChatTestClient } from '../../support/chat-client';
import { chatDepsFor, FixedClock, sayTo, testApp } from '../../support/fakes';

const TODAY = '2026-11-29';
const STORY = 'Hi, my Plextor external DVD writer has stopped working. Every time I try to burn a disc it fails about half way through. What can I do?';

async function chat(...messages: string[]) {
  const t = testApp({ clock: new FixedClock(`${TODAY}T10:00:00.000Z`) });
  const client = new ChatTestClient(chatDepsFor(t, TODAY), { policy: 'plextor-eu' });
  const replies: string[][] = [];
  for (const text of messages) replies.push(await sayTo(client, text));
  return { t, replies };
}

describe('a purchase date put right in the chat', () => {
  it('the day said after the month in one answer is the date, and the warranty ends on its anniversary', async () => {
    // Act
    const { t, replies } = await chat(
      STORY,
      'Ireland',
      'March last year I think, hang on.. ok the invoice says 18 March 2025',
      'Aoife Byrne, aoife@example.com',
      'yes',
    );
    // Assess
    expect(replies[3]?.join('\n')).toContain('Bought on: 18 March 2025');
    expect(t.mailer.sent[0]?.text).toContain('Warranty ends on: 18 March 2027.');
  });

  it('"it was the 18th of March not just March" at the summary corrects the date and registers nothing', async () => {
    // Act
    const { t, replies } = await chat(STORY, 'Ireland', 'March 2025', 'Aoife Byrne, aoife@example.com', 'it was the 18th of March not just March');
    // Assess
    expect(t.store.cases.size).toBe(0);
    expect(replies[4]?.join('\n')).toContain('Bought on: 18 March 2025');
  });

  it('after the correction, a yes registers it with the day', async () => {
    // Act
    const { t } = await chat(STORY, 'Ireland', 'March 2025', 'Aoife Byrne, aoife@example.com', 'the date, its 18 March 2025', 'yes');
    // Assess
    expect(t.store.cases.size).toBe(1);
    expect(t.mailer.sent[0]?.text).toContain('Warranty ends on: 18 March 2027.');
  });
});
