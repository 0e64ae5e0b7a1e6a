// A collected return after its decision: the customer says where and when (status page, chat, email
// reply), staff book the courier and mark the pick-up, and the customer is told each step once.
import { CaseNotFoundError, CollectionClosedError, InvalidTransitionError, availableActions } from '../../../../shared/cases';
import { readCollectionDetails } from '../../../../shared/intake/collection-text';
import { AFTER_TEXT, afterTextIn, collectionNoted } from '../../../../shared/notify/after-text';
import { act, newCase, PLC_DEFECTIVE, PLEXTOR_DEFECTIVE, staffApp } from '../../../support/staff';

const DETAILS = { address: '12 Long Street, Cape Town 8001', phone: '082 555 1234', days: 'weekdays after 2pm' };

describe('collection details in the customer’s own words', () => {
  it.each([
    ['12 Long Street, Cape Town 8001, phone 082 555 1234, weekdays after 2pm', DETAILS],
    // "Any weekday" beside a time keeps both, in their words (blind run BG).
    [
      '14 Ridge Road, Glenwood, Durban 4001\nPhone 083 455 1290\nAny weekday is fine, I work from home most days. Mornings are best.',
      { address: '14 Ridge Road, Glenwood, Durban 4001', phone: '083 455 1290', days: 'Any weekday is fine, Mornings are best', anyDay: true },
    ],
    [
      'Hauptstraße 5, 10115 Berlin\nTel. 030 1234567\nam liebsten vormittags',
      { address: 'Hauptstraße 5, 10115 Berlin', phone: '030 1234567', days: 'am liebsten vormittags' },
    ],
    [
      '5 rue de la Paix, 75002 Paris. Tél : 06 12 34 56 78. Le mardi ou le jeudi.',
      { address: '5 rue de la Paix, 75002 Paris', phone: '06 12 34 56 78', days: 'Le mardi ou le jeudi' },
    ],
    [
      'Hi,\n\nAddress: 3 Oak Road, Durban 4001\nPhone: +27 31 555 0000\nAny day is fine\n\nThanks\nAnna Smith',
      { address: '3 Oak Road, Durban 4001', phone: '+27 31 555 0000', anyDay: true },
    ],
    ['Flat 2, 17 Kloof St, Gardens, Cape Town', { address: 'Flat 2, 17 Kloof St, Gardens, Cape Town' }],
    ['0821234567', { phone: '0821234567' }],
    ['no', {}],
    // A question is not a detail; a chat answers it.
    ['Can the courier come on a Saturday?', {}],
    // Blind run BO: asked without a question mark, it had replaced the days he gave.
    ["And you still didn't say if Saturday is possible or not, and whether I must keep the pink one sealed.", {}],
    // Blind run 20: what was said around the details is not part of them.
    [
      '5 Jacaranda Avenue, Waterkloof, Pretoria 0181. My number is 071 234 5678. I work from home so any day is fine really.',
      { address: '5 Jacaranda Avenue, Waterkloof, Pretoria 0181', phone: '071 234 5678', anyDay: true },
    ],
    ['Ag ok. 3 Dorp Street, Stellenbosch 7600.', { address: '3 Dorp Street, Stellenbosch 7600' }],
    ['I told you already, Tuesdays or Thursdays.', { days: 'Tuesdays or Thursdays' }],
    ['My order 12345 arrived yesterday with a cracked case.', {}],
    // The digits of an email address are no phone number.
    ['Dana Smit, dana.1795891143571@example.com', {}],
    [
      'Unit 7, Palm Gardens, 22 Ridge Road, Umhlanga 4319. Phone +27 31 555 0199. Any weekday in the morning is fine. It is a complex so the courier must call me at the gate.',
      {
        address: 'Unit 7, Palm Gardens, 22 Ridge Road, Umhlanga 4319',
        phone: '+27 31 555 0199',
        days: 'Any weekday in the morning is fine',
        notes: 'It is a complex so the courier must call me at the gate.',
      },
    ],
    [
      'Thank you. You can fetch it at 5 Jacaranda Avenue, Waterkloof, Pretoria 0181. My cell is 071 234 5678.\n\nWhen will the courier come?\n\nThandi',
      { address: '5 Jacaranda Avenue, Waterkloof, Pretoria 0181', phone: '071 234 5678' },
    ],
    ['They can get it at the farm stall next to the station in Stellenbosch. Tuesdays or Thursdays are best.', { days: 'Tuesdays or Thursdays are best' }],
    // Blind run BD (session 7): the postcode before a full stop was read into the phone, the days into the address.
    [
      '12 Oak Street, Rosebank, Johannesburg 2196. 082 111 2222. weekdays after 2pm, I work in the mornings',
      { address: '12 Oak Street, Rosebank, Johannesburg 2196', phone: '082 111 2222', days: 'weekdays after 2pm, I work in the mornings' },
    ],
    ['tel 082.111.2222', { phone: '082.111.2222' }],
  ])('%j', (text, expected) => {
    expect(readCollectionDetails(text)).toEqual(expected);
  });
});

describe('a collected return after its decision', () => {
  it('the customer gives the details on the status page; the same again changes nothing; staff book, then mark the pick-up; each step is emailed once', async () => {
    const { app, mailer } = staffApp();
    const { rma, token, c } = await newCase(app, PLC_DEFECTIVE);
    expect([c.status, c.decision.transport]).toEqual(['awaiting_parcel', 'collection']);
    // Nothing to book before the customer said where.
    expect(availableActions(c)).not.toContain('book_collection');
    const view = await app.giveCollectionDetails(rma, token, DETAILS);
    expect(view.collection).toMatchObject(DETAILS);
    const version = (await app.getCaseForStaff(rma)).version;
    await app.giveCollectionDetails(rma, token, DETAILS);
    expect((await app.getCaseForStaff(rma)).version).toBe(version);
    expect(availableActions(await app.getCaseForStaff(rma))).toEqual(expect.arrayContaining(['book_collection']));

    const sentBefore = mailer.sent.length;
    const booked = await act(app, rma, {
      action: 'book_collection',
      booking: { day: '2026-12-02', courier: 'Dawn Wing', reference: 'DW-4471' },
      staffMember: 'sam@plc.example',
    });
    expect(booked.collection?.booking).toMatchObject({ day: '2026-12-02', courier: 'Dawn Wing', reference: 'DW-4471', by: 'sam@plc.example' });
    expect(booked.status).toBe('awaiting_parcel');
    expect(mailer.sent.length).toBe(sentBefore + 1);
    expect(mailer.sent.at(-1)?.text).toContain(AFTER_TEXT.collection.booked('Dawn Wing', '2 December 2026', 'DW-4471'));
    expect(availableActions(booked)).toEqual(expect.arrayContaining(['collected']));
    expect(availableActions(booked)).not.toContain('book_collection');
    // Booked: the details are staff's to change now.
    await expect(app.giveCollectionDetails(rma, token, { ...DETAILS, days: 'Mondays' })).rejects.toBeInstanceOf(CollectionClosedError);
    const page = await app.getCase(rma, token);
    expect(page.collection?.booking).toEqual({ day: '2026-12-02', courier: 'Dawn Wing', reference: 'DW-4471' });

    const collected = await act(app, rma, { action: 'collected' });
    expect(collected.collection?.collectedAt).toBeDefined();
    expect(mailer.sent.at(-1)?.text).toContain(AFTER_TEXT.collection.collected);
    expect(mailer.sent.length).toBe(sentBefore + 2);
    await expect(act(app, rma, { action: 'collected' })).rejects.toBeInstanceOf(InvalidTransitionError);
    // Then the parcel arrives as any other.
    expect((await act(app, rma, { action: 'received' })).status).toBe('received');
  });

  it('a wrong link finds nothing; a return the customer posts takes no collection details', async () => {
    const { app } = staffApp();
    const { rma } = await newCase(app, PLC_DEFECTIVE);
    await expect(app.giveCollectionDetails(rma, 'not-the-token', DETAILS)).rejects.toBeInstanceOf(CaseNotFoundError);
    const posted = await newCase(app, PLEXTOR_DEFECTIVE);
    await expect(app.giveCollectionDetails(posted.rma, posted.token, DETAILS)).rejects.toBeInstanceOf(CollectionClosedError);
  });

  it('in the customer’s language, the booking and the details said back', async () => {
    const { app, mailer } = staffApp();
    const { rma } = await newCase(app, PLC_DEFECTIVE, { language: 'de' });
    await app.recordCollectionDetails(rma, { address: 'Hauptstraße 5, 10115 Berlin' }, 'chat');
    await act(app, rma, { action: 'book_collection', booking: { day: '2026-12-02', courier: 'DHL', reference: 'X1' } });
    expect(mailer.sent.at(-1)?.text).toContain(afterTextIn('de').collection.booked('DHL', '2. Dezember 2026', 'X1'));
    expect(collectionNoted('fr', { address: '5 rue de la Paix, 75002 Paris' })).toBe(
      'Merci, nous avons les informations pour l’enlèvement : Adresse\u00a0: 5 rue de la Paix, 75002 Paris; Téléphone\u00a0: —; Jours qui vous conviennent\u00a0: n’importe quel jour ouvrable. Vous pouvez les modifier sur votre page de suivi tant que l’enlèvement n’est pas réservé.',
    );
  });
});
