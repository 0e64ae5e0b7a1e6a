// Messages as customers write them, and exactly the facts they state. The day is Sunday
// 2026-11-22 unless a row says otherwise; dates are read DMY (both policies' locale) unless MDY.
import type { ExtractContext, Extraction } from '../../../../shared/extract';

export interface CorpusCase {
  text: string;
  facts: Extraction['facts'];
  ctx?: Partial<ExtractContext>;
  /** Other parts of the extraction that must be as given. */
  also?: Partial<Pick<Extraction, 'answer' | 'intents' | 'email' | 'references' | 'policyHint' | 'countryNamedOnly'>>;
}

const DOA = { reason: 'dead_on_arrival' } as const;
const DEF = { reason: 'defective' } as const;
const DMG = { reason: 'damaged_on_delivery' } as const;
const MISS = { reason: 'missing_parts' } as const;
const WRONG = { reason: 'wrong_item' } as const;
const UNW = { reason: 'unwanted' } as const;
const REPAIR = { reason: 'paid_repair' } as const;

export const CORPUS: CorpusCase[] = [
  // — the reason, in ordinary words —
  { text: 'It never worked', facts: DOA },
  // Blind run 11 (2026-11-28).
  {
    text: 'Hi there. I bought a Samsung Galaxy phone from you guys about 8 months ago. Now the battery is swelling up and the back cover is lifting off.',
    facts: { ...DEF, purchaseDate: '2026-03-22', 'product.category': 'hardware' },
  },
  { text: 'I ordered an HP 302XL black ink cartridge but you sent me the normal 302, not the XL.', facts: WRONG },
  {
    text: 'I ordered a HP 302XL on your website, but what arrived on Wednesday is the ordinary HP 302 black, not the XL.',
    facts: { ...WRONG, deliveryDate: '2026-11-18' },
  },
  { text: 'I have a Plextor DVD drive, about 4 years old. The tray is stuck.', facts: { ...DEF, purchaseDate: '2022-11-22', 'product.category': 'hardware' } },
  { text: "The TV keeps switching itself off. It's not even two months old.", facts: { ...DEF, 'product.category': 'hardware' } },
  { text: 'When I unpacked it there was no bag of screws in the box.', facts: MISS },
  // Blind run 13: a reply with a worry is not a change of mind.
  { text: "Ok thanks. In the meantime must I leave it unplugged? I don't want a fire.", facts: {} },
  {
    text: 'It arrived broken: the tray goes in and out, but it does not recognise any disc. It never worked, not even once.',
    facts: DOA,
  },
  {
    text: 'I own a Plextor Blu-ray drive which I purchased a little over two years ago (26 months).',
    facts: { purchaseDate: '2024-10-22', 'product.category': 'hardware' },
  },
  // Blind run 12.
  {
    text: 'Hi, I ordered Adidas running shoes from PLC Technologies, size 9, and the box came yesterday but the shoes inside are size 10.',
    facts: { ...WRONG, deliveryDate: '2026-11-21' },
  },
  { text: 'the drive was dead when I opened it', facts: { ...DOA, 'product.category': 'hardware' } },
  { text: 'DOA - will not power on at all', facts: DOA },
  { text: "Out of the box it didn't work", facts: DOA },
  // Relabelled 2026-11-28 (blind run 12: 'It has not worked from the first day' by email, 'never worked' by chat, two decisions).
  { text: 'It has not worked since day one.', facts: DOA },
  { text: 'It has not worked from the first day: there is no light and the disc does not spin.', facts: DOA },
  { text: "It didn't turn on from the start", facts: DOA },
  { text: 'never powered on, not even a light', facts: DOA },
  { text: 'It was dead on arrival', facts: DOA },
  { text: 'stopped working after a month', facts: DEF },
  { text: 'It keeps crashing when I burn a disc', facts: DEF },
  { text: "the tray won't eject anymore", facts: DEF },
  { text: 'It is faulty', facts: DEF },
  { text: 'My burner is defective', facts: { ...DEF, 'product.category': 'hardware' } },
  { text: 'it makes a loud clicking noise', facts: DEF },
  { text: 'The drive does not read any CDs', facts: { ...DEF, 'product.category': 'hardware' } },
  { text: 'it just died on me yesterday', facts: { ...DEF, defectCause: 'unknown' } },
  { text: 'it overheats after ten minutes', facts: DEF },
  { text: 'Arrived cracked', facts: DMG },
  { text: 'the screen arrived smashed', facts: { ...DMG, 'item.damaged': true, 'product.category': 'hardware' } },
  { text: 'It was damaged in transit', facts: DMG },
  { text: 'the parcel arrived crushed and the case is dented', facts: { ...DMG, 'item.damaged': true } },
  { text: 'The courier dropped it, box and all', facts: DMG },
  { text: 'When it arrived the corner was broken', facts: DMG },
  {
    text: 'My order 12345 arrived yesterday with a cracked case',
    facts: { ...DMG, deliveryDate: '2026-11-21', 'item.damaged': true },
    also: { references: { order: '12345' } },
  },
  { text: 'the power cable is missing', facts: { ...MISS, 'item.accessoriesComplete': false, 'product.category': 'hardware' } },
  { text: 'No manual in the box', facts: MISS },
  { text: 'it came without the remote', facts: MISS },
  { text: 'The fan came without its base so it cannot stand up.', facts: { ...MISS, 'product.category': 'hardware' } },
  { text: 'It arrived without a scratch, I just do not want it.', facts: { reason: 'unwanted' } },
  { text: 'I ordered the model with LightScribe but got the one without it.', facts: WRONG },
  {
    text: 'I ordered a wall bracket for my 55 inch TV but the one you delivered is only for TVs up to 32 inches.',
    facts: { ...WRONG, 'product.category': 'hardware' },
  },
  { text: 'I ordered a kettle but what arrived was broken', facts: { ...DMG, 'product.category': 'hardware' } },
  { text: 'it refuses to eject discs', facts: { reason: 'defective' } },
  { text: 'there is no base in the box, the stand part', facts: MISS },
  { text: 'I told you, the base is missing', facts: MISS },
  { text: 'There was no damage in the box', facts: { 'item.damaged': false } },
  { text: 'when I opened the box there was no base for it, so the fan cannot stand up', facts: { ...MISS, 'product.category': 'hardware' } },
  {
    text: "I asked for the desktop one but when I got home I found they'd given me the slim laptop drive instead.",
    facts: { ...WRONG, 'product.category': 'hardware' },
  },
  { text: 'I was given the slim one instead', facts: WRONG },
  { text: 'Since the first day it does nothing: no light, no noise.', facts: { reason: 'dead_on_arrival' } },
  {
    text: 'I ordered a wall bracket for my 55 inch TV and the one that arrived is for TVs up to 32 inches only',
    facts: { ...WRONG, 'product.category': 'hardware' },
  },
  { text: 'It only worked in the back port, and now it has stopped completely.', facts: { reason: 'defective' } },
  { text: 'missing the screws for mounting', facts: { ...MISS, 'item.accessoriesComplete': false } },
  { text: 'The box was incomplete', facts: MISS },
  { text: 'you sent the wrong colour', facts: WRONG },
  { text: 'I got a different model from the one I ordered', facts: WRONG },
  { text: 'This is not what I ordered', facts: WRONG },
  { text: 'You shipped me the wrong item', facts: WRONG },
  { text: 'It is not as described on the website', facts: WRONG },
  { text: 'received the wrong size', facts: WRONG },
  { text: 'I changed my mind', facts: UNW },
  { text: "I don't need it anymore", facts: UNW },
  { text: 'ordered it by mistake', facts: UNW },
  { text: 'found it cheaper elsewhere so I want to send it back', facts: UNW },
  { text: "we don't like the colour", facts: UNW },
  { text: 'It was an accidental order', facts: UNW },
  { text: 'I ordered two by mistake', facts: UNW },
  { text: 'I would like a paid repair', facts: REPAIR },
  { text: 'Can you give me a quote for a repair? happy to pay', facts: REPAIR },
  { text: "It's out of warranty but I'd like it repaired through your repair service", facts: REPAIR },
  { text: "It's not broken, I just don't want it", facts: { ...UNW, 'item.damaged': false } },

  // — dates, leaning to the past —
  { text: 'it arrived yesterday', facts: { deliveryDate: '2026-11-21' } },
  { text: 'delivered last Tuesday', facts: { deliveryDate: '2026-11-17' } },
  { text: 'I bought it two weeks ago', facts: { purchaseDate: '2026-11-08' } },
  { text: 'bought on 1 May', facts: { purchaseDate: '2026-05-01' } },
  { text: 'It came on the 3rd', facts: { deliveryDate: '2026-11-03' } },
  { text: 'it got here on the 25th', facts: { deliveryDate: '2026-10-25' } },
  { text: 'purchased 3/4/2026', facts: { purchaseDate: '2026-04-03' } },
  { text: 'purchased 3/4/2026', facts: { purchaseDate: '2026-03-04' }, ctx: { dateOrder: 'MDY' } },
  { text: 'ordered on 12.11.2026, delivered 14.11.2026', facts: { purchaseDate: '2026-11-12', deliveryDate: '2026-11-14' } },
  { text: 'I bought it 10 days ago and it arrived last week', facts: { purchaseDate: '2026-11-12', deliveryDate: '2026-11-15' } },
  { text: 'Received on Dec 28', facts: { deliveryDate: '2025-12-28' } },
  { text: 'I got it a month ago', facts: { deliveryDate: '2026-10-22' } },
  { text: 'on Tuesday', facts: { deliveryDate: '2026-11-17' }, ctx: { expecting: 'deliveryDate' } },
  { text: 'the 5th', facts: { purchaseDate: '2026-11-05' }, ctx: { expecting: 'purchaseDate' } },
  { text: '2026-11-12', facts: { purchaseDate: '2026-11-12' }, ctx: { expecting: 'purchaseDate' } },
  { text: 'yesterday', facts: { deliveryDate: '2026-11-21' }, ctx: { expecting: 'deliveryDate' } },
  { text: 'I will send it back next week', facts: {} },
  { text: 'bought it on 14 February', facts: { purchaseDate: '2026-02-14' } },
  { text: 'invoice dated 29 February 2024', facts: { purchaseDate: '2024-02-29' } },
  { text: 'It arrived on March 3rd', facts: { deliveryDate: '2026-03-03' } },
  { text: 'the delivery was on the 20th', facts: { deliveryDate: '2026-11-20' } },
  { text: 'I bought it on 1 March and it came on the 4th', facts: { purchaseDate: '2026-03-01', deliveryDate: '2026-11-04' } },
  // A month without its day: its first day (the intake asks the day where the month's last would decide otherwise).
  { text: 'bought it in December', facts: { purchaseDate: '2025-12-01' } },
  { text: 'I bought it in March this year in Berlin', facts: { purchaseDate: '2026-03-01' } },
  { text: 'Delivered 2 days ago', facts: { deliveryDate: '2026-11-20' } },
  // Blind run BC (session 7): "my order" is what came, not when it was bought; "a few days before" names no day.
  {
    text: 'Hi, I received my order from you 2 days ago and the monitor is broken. The screen is cracked.',
    facts: { ...DMG, deliveryDate: '2026-11-20', 'item.damaged': true, 'product.category': 'hardware' },
  },
  {
    text: '26 Nov is when it was delivered not when I bought it, I ordered it a few days before.',
    facts: { deliveryDate: '2025-11-26' },
  },
  { text: 'I placed my order on 3 November', facts: { purchaseDate: '2026-11-03' } },
  // Blind run BF: a country named in a question is not where they send from; said as the country, it is.
  {
    text: "D'accord merci. Donc je l'envoie directement à Plextor en Belgique, pas au magasin où je l'ai acheté ? Et ça prend combien de temps ?",
    facts: {},
    ctx: { language: 'fr' },
  },
  { text: "le pays c'est la France", facts: { country: 'FR' }, ctx: { language: 'fr' } },
  { text: 'Renvoyé depuis : France', facts: { country: 'FR' }, ctx: { language: 'fr' } },
  { text: 'I live in Belgium, can you help me?', facts: { country: 'BE' } },
  // Blind run BF: the date named as the purchase date.
  { text: "La date d'achat c'est le 18 novembre 2026, pas juste novembre.", facts: { purchaseDate: '2026-11-18' }, ctx: { language: 'fr' } },
  { text: 'Das Kaufdatum ist der 18. November 2026.', facts: { purchaseDate: '2026-11-18' }, ctx: { language: 'de' } },
  { text: 'it arrived on Monday', facts: { deliveryDate: '2026-11-16' }, ctx: { today: '2026-11-18' } },
  { text: 'order placed 5/6/2026', facts: { purchaseDate: '2026-05-06' }, ctx: { dateOrder: 'MDY' } },

  // From blind customers (run 8): a place alone on the last line, under the name; lines on a screen.
  { text: 'It has never worked.\n\nKind regards,\nSanne Bakker\nRotterdam', facts: { reason: 'dead_on_arrival', country: 'NL' } },
  { text: 'Now there are vertical lines across the screen.', facts: { reason: 'defective', 'product.category': 'hardware' } },

  // From a blind customer (run 10): "my fault" about how it broke is not a mistake in the ordering.
  {
    text: 'I opened the case and installed a modified firmware from a forum. After the flash the drive does not boot anymore. I know this is my fault.',
    facts: { reason: 'defective', 'item.modified': true, 'product.category': 'hardware' },
  },

  { text: 'hi, i ordered a watch strap size L from plc technologies but they sent me a size S. i need the L please', facts: { reason: 'wrong_item' } },

  // — countries —
  { text: 'Germany', facts: { country: 'DE' }, ctx: { expecting: 'country' } },
  { text: 'de', facts: { country: 'DE' }, ctx: { expecting: 'country' } },
  { text: 'FR', facts: { country: 'FR' } },
  { text: "I'm in the Netherlands", facts: { country: 'NL' } },
  { text: 'shipping from the UK', facts: { country: 'GB' } },
  { text: 'We live in Norway', facts: { country: 'NO' } },
  { text: 'from Switzerland', facts: { country: 'CH' } },
  { text: 'Turkey', facts: { country: 'TR' }, ctx: { expecting: 'country' } },
  { text: 'in South Africa', facts: { country: 'ZA' } },
  { text: 'Cape Town, South Africa', facts: { country: 'ZA' } },
  { text: 'the United States', facts: { country: 'US' } },
  { text: 'Deutschland', facts: { country: 'DE' } },
  { text: 'sending it from BE', facts: { country: 'BE' } },
  { text: 'no', facts: {}, ctx: { expecting: 'country' }, also: { answer: 'no' } },
  { text: 'it is what it is', facts: {} },

  // — the item's condition —
  { text: 'It is still sealed', facts: { 'item.sealsIntact': true, 'item.softwareOpened': false } },
  { text: 'never opened, still in the shrink wrap', facts: { 'item.sealsIntact': true, 'item.softwareOpened': false } },
  { text: 'the seal is broken', facts: { 'item.sealsIntact': false } },
  { text: "I've opened the box but never used it", facts: { 'item.sealsIntact': false, 'item.used': false } },
  { text: 'I used it twice', facts: { 'item.used': true } },
  { text: 'brand new, unused', facts: { 'item.used': false, 'product.condition': 'new' } },
  { text: 'the box is damaged', facts: { 'item.packagingUndamaged': false } },
  { text: 'the packaging is in perfect condition', facts: { 'item.packagingUndamaged': true } },
  { text: 'still in the original box', facts: { 'item.originalPackaging': true } },
  { text: 'I threw away the box', facts: { 'item.originalPackaging': false } },
  { text: 'labels are still on', facts: { 'item.labelsAttached': true } },
  { text: 'I peeled off the stickers', facts: { 'item.labelsAttached': false } },
  { text: 'everything is still in the box', facts: { 'item.accessoriesComplete': true, 'item.originalPackaging': true } },
  { text: 'I lost the charger', facts: { 'item.accessoriesComplete': false, 'product.category': 'hardware' } },
  { text: 'nothing is missing', facts: { 'item.accessoriesComplete': true } },
  { text: 'The drive is not damaged', facts: { 'item.damaged': false, 'product.category': 'hardware' } },
  { text: 'there is a crack on the front panel', facts: { 'item.damaged': true } },
  { text: 'no visible damage', facts: { 'item.damaged': false } },
  { text: 'I have not modified it', facts: { 'item.modified': false } },
  { text: 'I flashed custom firmware on it', facts: { 'item.modified': true, defectCause: 'unauthorized_alteration' } },
  { text: 'I installed the software already', facts: { 'item.softwareOpened': true, 'item.used': true, 'product.category': 'software' } },
  { text: 'Unopened software, still sealed', facts: { 'item.sealsIntact': true, 'item.softwareOpened': false, 'product.category': 'software' } },
  {
    text: "It's unused, in the original packaging with all the accessories and the labels still attached",
    facts: { 'item.used': false, 'item.originalPackaging': true, 'item.accessoriesComplete': true, 'item.labelsAttached': true },
  },

  // — the product —
  { text: 'it was an unboxed deal', facts: { 'product.condition': 'unboxed_deal' } },
  { text: 'I bought it second-hand', facts: { 'product.condition': 'used' } },
  { text: 'It is a refurbished laptop', facts: { 'product.condition': 'used', 'product.category': 'hardware' } },
  { text: 'custom-built PC', facts: { 'product.customOrder': true, 'product.category': 'hardware' } },
  { text: "no, it's a standard model", facts: { 'product.customOrder': false }, also: { answer: 'no' } },
  { text: 'it has a 2 year supplier warranty', facts: { 'product.supplierWarrantyMonths': 24 } },
  { text: 'The drive came with a 12-month warranty', facts: { 'product.warrantyMonths': 12, 'product.category': 'hardware' } },
  { text: 'three year extended warranty', facts: { 'product.supplierWarrantyMonths': 36 } },
  { text: 'It is covered by the manufacturer warranty directly', facts: { 'product.directWarranty': true } },
  { text: 'an antivirus licence key', facts: { 'product.category': 'software' } },

  // — the cause of a fault —
  { text: 'I dropped it', facts: { defectCause: 'misuse' } },
  { text: 'my son spilled juice on it', facts: { defectCause: 'misuse' } },
  { text: 'There was a power surge during a storm', facts: { defectCause: 'electrical_surge' } },
  { text: 'it died after load shedding', facts: { ...DEF, defectCause: 'electrical_surge' } },
  { text: 'it is all rusty, we live by the sea', facts: { defectCause: 'sea_air_corrosion' } },
  { text: 'just normal wear and tear I guess', facts: { defectCause: 'wear_and_tear' } },
  { text: 'It works but it does not suit my needs', facts: { defectCause: 'not_suitable' } },
  { text: 'I think it is a manufacturing defect', facts: { ...DEF, defectCause: 'manufacturing' } },
  { text: 'it stopped working for no reason', facts: { ...DEF, defectCause: 'unknown' } },
  { text: 'no idea why', facts: { defectCause: 'unknown' } },
  { text: "I don't know", facts: { defectCause: 'unknown' }, ctx: { expecting: 'defectCause' }, also: { answer: 'unsure' } },

  // — the invoice —
  { text: 'I have the invoice', facts: { invoiceCopy: true } },
  { text: "I'll include a copy of the receipt", facts: { invoiceCopy: true } },
  { text: 'I lost the receipt', facts: { invoiceCopy: false } },
  { text: 'invoice attached', facts: { invoiceCopy: true } },
  { text: 'no invoice unfortunately', facts: { invoiceCopy: false } },

  // — yes, no, not sure, answering the question asked —
  { text: 'yes', facts: { invoiceCopy: true }, ctx: { expecting: 'invoiceCopy' }, also: { answer: 'yes' } },
  { text: 'Yep', facts: { 'item.sealsIntact': true }, ctx: { expecting: 'item.sealsIntact' }, also: { answer: 'yes' } },
  { text: 'no', facts: { 'item.used': false }, ctx: { expecting: 'item.used' }, also: { answer: 'no' } },
  { text: 'nope, never', facts: { 'item.modified': false }, ctx: { expecting: 'item.modified' }, also: { answer: 'no' } },
  { text: 'not sure', facts: {}, ctx: { expecting: 'product.customOrder' }, also: { answer: 'unsure' } },
  { text: 'of course', facts: { 'item.labelsAttached': true }, ctx: { expecting: 'item.labelsAttached' }, also: { answer: 'yes' } },
  { text: 'no it wasnt', facts: { 'product.customOrder': false }, ctx: { expecting: 'product.customOrder' }, also: { answer: 'no' } },
  { text: 'yes', facts: {}, also: { answer: 'yes' } },
  { text: 'maybe', facts: {}, also: { answer: 'unsure' } },

  // — requests to the assistant —
  { text: 'help', facts: {}, also: { intents: ['help'] } },
  { text: 'start over', facts: {}, also: { intents: ['restart'] } },
  { text: 'I want to start again', facts: {}, also: { intents: ['restart'] } },
  { text: 'cancel', facts: {}, also: { intents: ['cancel'] } },
  { text: 'never mind', facts: {}, also: { intents: ['cancel'] } },
  { text: 'can I talk to a person?', facts: {}, also: { intents: ['human'] } },
  { text: 'I want to speak to a real person', facts: {}, also: { intents: ['human'] } },
  // From a blind customer: "actual" as well as "real".
  { text: 'ok. can i speak to an actual person about this pls', facts: {}, also: { intents: ['human'] } },
  { text: 'actually it arrived on the 5th', facts: { deliveryDate: '2026-11-05' }, also: { intents: ['correction'] } },
  { text: 'sorry, I meant Belgium', facts: { country: 'BE' }, also: { intents: ['correction'] } },

  // — contact details and references —
  { text: 'my email is ann.smith+returns@example.co.za', facts: {}, also: { email: 'ann.smith+returns@example.co.za' } },
  { text: 'ann@example.com', facts: {}, ctx: { expecting: 'contact.email' }, also: { email: 'ann@example.com' } },
  { text: 'Invoice INV-2026-0042 for order #A77812', facts: {}, also: { references: { invoice: 'INV-2026-0042', order: 'A77812' } } },
  { text: 'serial number: PX4012TA77', facts: {}, also: { references: { serial: 'PX4012TA77' } } },
  // Blind run BC: the number after a comma or "is" is the number.
  { text: "you didn't ask my order number, its PLC-51877", facts: {}, also: { references: { order: 'PLC-51877' } } },
  { text: 'The order number is PLC-51877. Please add it', facts: {}, also: { references: { order: 'PLC-51877' } } },
  { text: 'Meine Bestellnummer lautet 4711-22', facts: {}, also: { references: { order: '4711-22' } } },
  { text: 'S/N 9F2K8811', facts: {}, also: { references: { serial: '9F2K8811' } } },
  { text: 'I placed an order from your shop', facts: {}, also: { references: {} } },
  { text: 'my Plextor drive', facts: { 'product.category': 'hardware' }, also: { policyHint: 'plextor-eu' } },
  { text: 'I bought it from PLC Technologies', facts: {}, also: { policyHint: 'plc-technologies' } },

  // — whole messages stating many facts at once —
  {
    text: 'hi, my Plextor drive I bought on 1 May in Germany was dead when I opened it, I have the invoice',
    facts: { ...DOA, purchaseDate: '2026-05-01', country: 'DE', invoiceCopy: true, 'product.category': 'hardware' },
    also: { policyHint: 'plextor-eu' },
  },
  {
    text: 'I changed my mind. It was delivered on 12 November, never used, still sealed in the original box with everything in it and the labels on.',
    facts: {
      ...UNW,
      deliveryDate: '2026-11-12',
      'item.used': false,
      'item.sealsIntact': true,
      'item.softwareOpened': false,
      'item.originalPackaging': true,
      'item.labelsAttached': true,
    },
  },
  {
    text: 'Hello, the printer I ordered arrived yesterday with a dented side and the box was crushed',
    facts: { ...DMG, deliveryDate: '2026-11-21', 'item.packagingUndamaged': false, 'product.category': 'hardware' },
  },
  {
    text: 'The DVD writer stopped working after 3 months. Bought new, delivered 10 August, not modified, no idea what caused it.',
    facts: { ...DEF, deliveryDate: '2026-08-10', 'product.condition': 'new', 'item.modified': false, defectCause: 'unknown', 'product.category': 'hardware' },
  },
  {
    text: 'Drive bought 5 March 2025 in France has died, it has a 24 month warranty',
    facts: { ...DEF, purchaseDate: '2025-03-05', country: 'FR', 'product.warrantyMonths': 24, 'product.category': 'hardware' },
  },
  {
    text: 'You sent me the wrong model, it came on Friday',
    facts: { ...WRONG, deliveryDate: '2026-11-20' },
  },

  // — messages that state nothing we can use —
  { text: 'hello', facts: {} },
  { text: 'Hi there!', facts: {} },
  { text: 'thanks', facts: {} },
  { text: 'ok', facts: {}, also: { answer: 'yes' } },
  { text: 'what is your returns address?', facts: {} },
  { text: 'How long does shipping take?', facts: {} },
  { text: 'asdfgh', facts: {} },
  { text: '12345', facts: {} },
  { text: 'I need to return something', facts: {} },
  { text: 'Do you sell blank discs?', facts: {} },
  { text: 'good morning, hope you are well', facts: {} },
  { text: '🙂', facts: {} },
  { text: 'can you call me back', facts: {}, also: { intents: ['human'] } },
];

// Answers to the warranty-length questions.
CORPUS.push(
  { text: '2 years', facts: { 'product.supplierWarrantyMonths': 24 }, ctx: { expecting: 'product.supplierWarrantyMonths' } },
  { text: '18 months', facts: { 'product.warrantyMonths': 18 }, ctx: { expecting: 'product.warrantyMonths' } },
  { text: 'no, none', facts: { 'product.supplierWarrantyMonths': 0 }, ctx: { expecting: 'product.supplierWarrantyMonths' }, also: { answer: 'no' } },
  { text: 'Hardware', facts: { 'product.category': 'hardware' }, ctx: { expecting: 'product.category' } },
);
CORPUS.push({ text: 'it has no extended warranty', facts: { 'product.supplierWarrantyMonths': 0 } });
CORPUS.push({ text: 'unused and not damaged', facts: { 'item.used': false, 'item.damaged': false } });

// Negation, everyday phrasing and the words around a fact: a cue (not, n't, never, no, without,
// nothing, un-/non-) in the same clause before the words denies them; a later clause does not.
const NO_CUSTOM = { 'product.customOrder': false } as const;
CORPUS.push(
  { text: 'It was not made or configured to order', facts: NO_CUSTOM },
  { text: 'not made to order', facts: NO_CUSTOM },
  { text: "it's not a custom order", facts: NO_CUSTOM },
  { text: 'Custom order: no', facts: NO_CUSTOM },
  { text: 'Made to order? No', facts: NO_CUSTOM },
  { text: "it wasn't custom-built, just a standard model", facts: NO_CUSTOM },
  { text: "It isn't personalised or engraved", facts: NO_CUSTOM },
  { text: 'it was a non-custom build', facts: NO_CUSTOM },
  { text: "I'm not sure if it was made to order", facts: {} },
  { text: 'The packaging is undamaged', facts: { 'item.packagingUndamaged': true } },
  { text: 'packaging not damaged', facts: { 'item.packagingUndamaged': true } },
  { text: 'the box is not crushed', facts: { 'item.packagingUndamaged': true } },
  { text: "the carton wasn't torn", facts: { 'item.packagingUndamaged': true } },
  { text: "there's no damage to the box", facts: { 'item.packagingUndamaged': true } },
  { text: "dead right out of the box, doesn't power on", facts: DOA },
  { text: "it doesn't work straight out of the box", facts: DOA },
  { text: "nothing wrong with it, I just don't want it", facts: UNW },
  { text: 'ordered a red one, got a black one', facts: WRONG },
  { text: 'I got a blue one instead of the green one', facts: WRONG },
  { text: 'I ordered a red one and got a red one', facts: {} },
  { text: "won't open the tray", facts: DEF },
  { text: "I don't have the invoice anymore", facts: { invoiceCopy: false } },
  { text: "I haven't got the receipt any more", facts: { invoiceCopy: false } },
  { text: 'never used', facts: { 'item.used': false } },
  { text: 'not used', facts: { 'item.used': false } },
  { text: 'unused', facts: { 'item.used': false } },
  { text: "I haven't used it", facts: { 'item.used': false } },
  { text: "hasn't been opened", facts: { 'item.sealsIntact': true, 'item.softwareOpened': false } },
  { text: "I haven't opened it", facts: { 'item.sealsIntact': true, 'item.softwareOpened': false } },
  { text: 'still sealed, never opened', facts: { 'item.sealsIntact': true, 'item.softwareOpened': false } },
  { text: 'not damaged', facts: { 'item.damaged': false } },
  { text: 'no damage', facts: { 'item.damaged': false } },
  { text: "the drive isn't scratched", facts: { 'item.damaged': false, 'product.category': 'hardware' } },
  { text: 'the seal is not broken', facts: { 'item.sealsIntact': true } },
  { text: "the labels aren't removed", facts: { 'item.labelsAttached': true } },
  { text: 'I haven’t used it and it’s not damaged', facts: { 'item.used': false, 'item.damaged': false } },
  { text: "it didn't arrive damaged, it just stopped working", facts: { ...DEF, defectCause: 'unknown' } },
  { text: "I didn't drop it, it stopped working", facts: DEF },
);
// Blind run 15: everyday wording the extractor missed or misread.
CORPUS.push(
  { text: 'Since I unpacked it the tray does not open at all, I press the button and nothing happens.', facts: DOA },
  { text: 'I ordered the black earphones and when the parcel came there were white ones inside', facts: { ...WRONG, 'product.category': 'hardware' } },
  { text: 'The charging port has become loose and it only charges if I hold the cable at an angle', facts: { ...DEF, 'product.category': 'hardware' } },
  { text: 'Will I know the price before they repair it, or do I have to pay anyway once I send it?', facts: {} },
  { text: "I'd pay for a repair if it's reasonable - how much would that be?", facts: { reason: 'paid_repair' } },
  {
    text: 'my airfryer i got from you guys 2 months ago is giving problems',
    facts: { ...DEF, deliveryDate: '2026-09-22', 'product.category': 'hardware' },
  },
  { text: "It's not software, it's a whole gaming PC", facts: { 'product.category': 'hardware' } },
  { text: "it runs all my games beautifully, I just don't want it", facts: UNW },
  { text: 'I went through your custom builder and chose every component myself', facts: { 'product.customOrder': true } },
  { text: 'It was bought in the USA, not in Europe', facts: { country: 'US' }, also: { countryNamedOnly: true } },
  { text: 'I live in Stockholm and bought it in New York', facts: { country: 'SE' } },
  { text: 'I have no software', facts: {} },
  {
    text: "I'm not sure about the warranty, I think laptops usually have a year?",
    facts: { 'product.supplierWarrantyMonths': 12, 'product.category': 'hardware' },
    ctx: { expecting: 'product.supplierWarrantyMonths' },
    also: { answer: 'unsure' },
  },
);
