// German and French on the web: the pages speak the browser's language (or `?lang=`), the form's
// answer and the case it creates carry it, the status page and the emails follow the case's.
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { makeAssessHandler } from '../../../../functions/api/assess';
import { makeCreateCaseHandler } from '../../../../functions/api/create-case';
import { makePagesHandler } from '../../../../functions/web/pages';
import { catalogue } from '../../../../shared/adapters/node/language-catalogues';
import { WEB_MESSAGE_ARGUMENTS, WEB_TEXT, webTextIn } from '../../../../web/text';
import { apiEvent, capturingLogger, context } from '../../../support/events';
import { testApp } from '../../../support/fakes';

function setup() {
  const t = testApp();
  const { logger } = capturingLogger();
  const options = { logger, corsOrigins: t.app.config.corsOrigins, siteOrigin: undefined };
  return {
    ...t,
    assess: makeAssessHandler(t.app, options),
    create: makeCreateCaseHandler(t.app, options),
    pages: makePagesHandler(t.app, { ...options, chat: true }),
  };
}

const postJson = (path: string, body: unknown, query?: Record<string, string>) =>
  apiEvent({ method: 'POST', path, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body), ...(query ? { query } : {}) });

/** Every text a customer reads on the pages, by its key, and whether it takes values. */
function customerTexts(): Map<string, 'text' | 'message'> {
  const out = new Map<string, 'text' | 'message'>();
  const walk = (node: unknown, path: string) => {
    if (typeof node === 'string') out.set(path, 'text');
    else if (typeof node === 'function') out.set(path, 'message');
    else if (node && typeof node === 'object' && !Array.isArray(node))
      for (const [key, value] of Object.entries(node)) if (path || (key !== 'staff' && key !== 'api')) walk(value, path ? `${path}.${key}` : key);
  };
  walk(WEB_TEXT, '');
  return out;
}

const placesOf = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort();

describe.each([
  ['de', catalogue('de').web],
  ['fr', catalogue('fr').web],
] as const)('the pages in %s', (language, web) => {
  const texts = customerTexts();

  it('translate every text a customer reads, and nothing that is not one', () => {
    expect([...texts.keys()].filter((key) => web[key] === undefined)).toEqual([]);
    expect(Object.keys(web).filter((key) => !texts.has(key))).toEqual([]);
  });

  it('keep the values of each text: a message takes the names WEB_MESSAGE_ARGUMENTS gives, a text its own placeholders', () => {
    for (const [key, kind] of texts) {
      const translated = web[key] as string;
      if (kind === 'message') {
        const names = WEB_MESSAGE_ARGUMENTS[key];
        expect([key, names?.length]).toEqual([
          key,
          (key.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], WEB_TEXT) as () => string).length,
        ]);
        const used = parse(translated)
          .filter((e: MessageFormatElement) => e.type === TYPE.argument)
          .map((e) => (e as { value: string }).value)
          .sort();
        expect([key, used]).toEqual([key, [...(names ?? [])].sort()]);
      } else {
        const english = key.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], WEB_TEXT) as string;
        expect([key, placesOf(translated)]).toEqual([key, placesOf(english)]);
      }
    }
  });

  it('format a message with its values', () => {
    expect(webTextIn(language).status.title('RMA-ABC123XYZ')).toContain('RMA-ABC123XYZ');
    expect(webTextIn(language).status.title('RMA-ABC123XYZ')).not.toBe(WEB_TEXT.status.title('RMA-ABC123XYZ'));
  });
});

describe('which language a page speaks', () => {
  it("follows the browser's Accept-Language, and ?lang= over it", async () => {
    const { pages } = setup();
    const german = await pages(apiEvent({ method: 'GET', path: '/', headers: { 'accept-language': 'de-CH,de;q=0.9,en;q=0.8' } }), context);
    expect(german.body).toContain('<html lang="de">');
    expect(german.body).toContain(webTextIn('de').landing.title);
    const english = await pages(apiEvent({ method: 'GET', path: '/', headers: { 'accept-language': 'it-IT,it;q=0.9' } }), context);
    expect(english.body).toContain('<html lang="en">');
    const chosen = await pages(apiEvent({ method: 'GET', path: '/form', headers: { 'accept-language': 'de' }, query: { lang: 'fr' } }), context);
    expect(chosen.body).toContain('<html lang="fr">');
    expect(chosen.body).toContain('action="/api/cases?lang=fr"');
    expect(chosen.body).toContain(webTextIn('fr').form.submit);
  });

  it("gives Web Chat the page's locale and the greeting's language", async () => {
    const { pages } = setup();
    const res = await pages(apiEvent({ method: 'GET', path: '/chat', headers: { 'accept-language': 'fr-BE,fr;q=0.9' } }), context);
    expect(res.body).toContain('data-language="fr"');
    expect(res.body).toContain('data-locale="fr-FR"');
  });
});

describe('the form in German, through to the status page', () => {
  it('answers in German as the customer fills it in, and the case it creates keeps German for its email and page', async () => {
    const { assess, create, pages, mailer } = setup();
    const facts = { policy: 'plextor-eu', reason: 'defective', purchaseDate: '2026-03-01', country: 'DE' };
    const english = JSON.parse((await assess(postJson('/api/assess', facts), context)).body as string);
    const german = JSON.parse((await assess(postJson('/api/assess', facts, { lang: 'de' }), context)).body as string);
    expect(german.outcome).toBe(english.outcome);
    expect(german.clauses).toEqual(english.clauses);
    expect(german.notes).toHaveLength(english.notes.length);
    expect(german.notes[0]).not.toBe(english.notes[0]);

    const res = await create(postJson('/api/cases', { ...facts, contact: { name: 'Jonas Weber', email: 'jonas@example.com' } }, { lang: 'de' }), context);
    expect(res.statusCode).toBe(201);
    const { rma, statusUrl } = JSON.parse(res.body as string);
    const mail = mailer.sent.at(-1);
    expect(mail?.subject).toContain(`Rücksendung ${rma}`);
    expect(mail?.text).toContain('Guten Tag Jonas Weber,');
    expect(mail?.html).toContain('<html lang="de">');

    const token = new URL(statusUrl).searchParams.get('token') as string;
    const page = await pages(apiEvent({ method: 'GET', path: `/status/${rma}`, route: '/status/{rma}', query: { token } }), context);
    expect(page.body).toContain('<html lang="de">');
    expect(page.body).toContain(webTextIn('de').status.title(rma));
    expect(page.body).toContain(german.notes[0]);
  });
});
