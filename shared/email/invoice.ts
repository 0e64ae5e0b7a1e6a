// Customers often answer "send a copy of the invoice" by attaching it and saying nothing about it.
// A PDF or a photo whose file name names a purchase document is that copy; the words still win
// ("I lost the invoice, here is the order confirmation" still means no invoice copy).
import type { FactPath, FactValue } from '../rules';
import type { InboundAttachment } from './parse';

/**
 * Words that end German and Dutch compounds ("Handyrechnung", "Kaufbeleg") or carry a plural or a
 * suffix ("invoices", "facturation"): matched anywhere in the name. They are long and specific
 * enough not to turn up inside unrelated words.
 */
const ANYWHERE = /invoice|receipt|rechnung|quittung|kaufbeleg|kassenbon|kassenzettel|factur|fattura|faktura|bestellbestatigung|auftragsbestatigung/;

/** Short or common words: only as words of their own ("bill_0042", not "billing" or "billboard"). */
const WORDS =
  /(?<![a-z])(?:bills?|beleg|recibo|ricevuta|kvitto|kvittering|proof ?of ?purchase|order ?confirmation|confirmation de commande|ticket de caisse)(?![a-z])/;

const DOCUMENT_TYPES = /^(?:application\/pdf|image\/[a-z0-9.+-]+)$/i;

/** The file name as words: accents off, camelCase and separators split, lower case, no extension. */
function words(filename: string): string {
  return filename
    .replace(/\.[a-z0-9]{1,5}$/i, '')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Whether a file name says it is an invoice, a receipt or another proof of purchase. */
export function namesPurchaseDocument(filename: string): boolean {
  const w = words(filename);
  return ANYWHERE.test(w.replace(/ /g, '')) || WORDS.test(w);
}

/** Whether the message carries a PDF or a photo that is, by its name, the proof of purchase. */
export function carriesInvoice(attachments: readonly Pick<InboundAttachment, 'filename' | 'contentType'>[]): boolean {
  return attachments.some((a) => DOCUMENT_TYPES.test(a.contentType) && namesPurchaseDocument(a.filename));
}

/** The facts a message states: an attached invoice says "I have the invoice" unless the words say otherwise. */
export function withAttachedInvoice<T extends Partial<Record<FactPath, FactValue>>>(
  facts: T,
  attachments: readonly Pick<InboundAttachment, 'filename' | 'contentType'>[],
): T {
  if (facts.invoiceCopy !== undefined || !carriesInvoice(attachments)) return facts;
  return { ...facts, invoiceCopy: true };
}
