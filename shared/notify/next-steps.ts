// What the customer does next once a return is approved, and what it costs them: one source for the
// chat, the confirmation email and the status page, so the three never say different things
// (a collected parcel is not "waiting for your parcel"; a customer who posts it is not told
// "it costs you nothing").
import { CUSTOMER_PAYS_LABELS, DOCUMENT_LABELS, PHOTO_LABELS, REMEDY_LABELS, type Decision, type Policy } from '../rules';

export const NEXT_TEXT = {
  youGet: 'What you can get',
  merchantDecides: (remedies: string, merchant: string) => `${remedies}, as ${merchant} decides`,
  youPay: 'What you pay',
  payNothing: 'nothing',
  /** The customer posts it and nothing else is charged: the postage is still theirs. */
  postageOnly: 'only the postage to send it',
  restocking: (percent: number) => `A restocking fee of up to ${percent}% may apply.`,
  collectionTitle: 'Collection',
  collection: (merchant: string) => `${merchant} arranges the collection with you, at no charge: you do not post anything. Have it packed and ready.`,
  sendTitle: 'Send it to',
  nothingTitle: 'Nothing to send',
  /** A code or download (transport "none"): nothing goes back; staff cancel it (flagged on the case). */
  nothingToSend: (merchant: string) =>
    `It came as a code or download, so nothing is collected or posted. Do not use (activate) it: a colleague writes to you to cancel it with ${merchant}, and what you get follows.`,
  sendTo: (merchant: string, address: readonly string[]) => `Send the parcel to ${merchant}: ${address.join(', ')}.`,
  sendWhere: (merchant: string) =>
    `${possessive(merchant)} conditions give no return address, so a colleague emails it to you. Wait for it before you post anything.`,
  documents: 'The parcel needs',
  photos: 'Photos we need',
  photosWhere: 'Take them before you pack it, and add them on your status page.',
  /** The 21-day promise as the policy makes it: not a handling time, an offer if the work runs late. */
  slaTerm: (days: number) => `If the repair or replacement takes longer than ${days} days, you are offered a credit or refund instead.`,
} as const;

type Terms = Pick<Decision, 'outcome' | 'transport' | 'documents' | 'photos'>;

/** A name as its owner's: "Plextor Europe's", "PLC Technologies'". */
export const possessive = (name: string): string => (name.endsWith('s') ? `${name}'` : `${name}'s`);

/** Items as a sentence says them: "a", "a and b", "a, b and c". */
export function listInWords(items: readonly string[], and = 'and'): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1] as string}`;
}

/** What the customer pays, in words ("nothing", "only the postage to send it", "shipping and …"). */
export function paysText(d: Pick<Decision, 'customerPays' | 'transport'>): string {
  if (d.customerPays.length > 0) return listInWords(d.customerPays.map((p) => CUSTOMER_PAYS_LABELS[p]));
  return d.transport === 'send' ? NEXT_TEXT.postageOnly : NEXT_TEXT.payNothing;
}

/** What the customer can get, in words; undefined when the decision offers no remedy. */
/** What the customer can get; where the merchant's terms leave the choice to it, said so ("…, as Plextor Europe decides"). */
export function getsText(d: Pick<Decision, 'remedies'>, merchant?: Pick<Policy['merchant'], 'name' | 'remedyChosenBy'>): string | undefined {
  if (d.remedies.length === 0) return undefined;
  const list = d.remedies.map((r) => REMEDY_LABELS[r]).join(', or ');
  return merchant?.remedyChosenBy === 'merchant' && d.remedies.length > 1 ? NEXT_TEXT.merchantDecides(list, merchant.name) : list;
}

export interface NextStep {
  title: string;
  lines: string[];
}

/** The steps as sentences, for a chat message: the transport line as it is, the lists after their title. */
export function nextStepsInSentences(steps: readonly NextStep[]): string[] {
  return steps.map((step) => {
    if (step.title === NEXT_TEXT.collectionTitle || step.title === NEXT_TEXT.sendTitle || step.title === NEXT_TEXT.nothingTitle) return step.lines.join(' ');
    const list = `${step.title}: ${step.lines.join('; ')}.`;
    return step.title === NEXT_TEXT.photos ? `${list} ${NEXT_TEXT.photosWhere}` : list;
  });
}

/**
 * How the product goes back, what goes in the parcel and the photos wanted: for an approved return,
 * in this order. Empty for every other outcome (nothing is sent before a review is decided).
 */
export function nextSteps(d: Terms, merchant: Pick<Policy['merchant'], 'name' | 'returnAddress'>): NextStep[] {
  if (d.outcome !== 'approved') return [];
  const out: NextStep[] = [];
  if (d.transport === 'collection') out.push({ title: NEXT_TEXT.collectionTitle, lines: [NEXT_TEXT.collection(merchant.name)] });
  else if (d.transport === 'none') out.push({ title: NEXT_TEXT.nothingTitle, lines: [NEXT_TEXT.nothingToSend(merchant.name)] });
  else
    out.push({
      title: NEXT_TEXT.sendTitle,
      lines: [merchant.returnAddress ? NEXT_TEXT.sendTo(merchant.name, merchant.returnAddress) : NEXT_TEXT.sendWhere(merchant.name)],
    });
  if (d.documents.length > 0) out.push({ title: NEXT_TEXT.documents, lines: d.documents.map((doc) => DOCUMENT_LABELS[doc]) });
  if (d.photos.length > 0) out.push({ title: NEXT_TEXT.photos, lines: d.photos.map((p) => PHOTO_LABELS[p]) });
  return out;
}
