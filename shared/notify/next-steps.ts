// What the customer does next once a return is approved, and what it costs them: one source for the
// chat, the confirmation email and the status page, so the three never say different things
// (a collected parcel is not "waiting for your parcel"; a customer who posts it is not told
// "it costs you nothing").
import type { Language } from '../extract/language';
import { deskText, labelled, type DeskKey, type Translated, type Wording } from '../i18n/format';
import { listIn, sentenceIn } from '../i18n/policy-text';
import { afterTextIn } from './after-text';
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

type Terms = Pick<Decision, 'outcome' | 'transport' | 'documents' | 'photos'> & Partial<Pick<Decision, 'customerPays'>>;

/** What the steps need of the merchant: its name, the address a posted return goes to, who pays its way back. */
export type StepsMerchant = Pick<Policy['merchant'], 'name' | 'returnAddress' | 'shipsBackFree'>;

/** Who pays each leg of a posted return: the way there is the customer's; the way back the merchant's where it says so, or invoiced. */
function postageLines(d: Terms, merchant: StepsMerchant, language: Language | undefined, payTold: boolean): string[] {
  const P = afterTextIn(language).postage;
  const back = d.customerPays?.includes('transport_costs') ? [P.invoicedBack(merchant.name)] : merchant.shipsBackFree ? [P.merchantBack(merchant.name)] : [];
  return [...(payTold ? [] : [P.youThere(merchant.name)]), ...back];
}

/** The next steps' words in the customer's language (English: NEXT_TEXT). */
export type NextText = Wording<typeof NEXT_TEXT>;

const BUILT = new Map<Translated, NextText>();

/** NEXT_TEXT in `language`, built once per language. */
export function nextTextIn(language: Language | undefined): NextText {
  if (language === undefined || language === 'en') return NEXT_TEXT;
  let built = BUILT.get(language);
  if (!built) {
    const t = (key: DeskKey, values?: Record<string, string | number>) => deskText(language, key, values);
    built = {
      youGet: t('next.youGet'),
      merchantDecides: (remedies, merchant) => t('next.merchantDecides', { remedies, merchant }),
      youPay: t('next.youPay'),
      payNothing: t('next.payNothing'),
      postageOnly: t('next.postageOnly'),
      restocking: (percent) => t('next.restocking', { percent }),
      collectionTitle: t('next.collectionTitle'),
      collection: (merchant) => t('next.collection', { merchant }),
      sendTitle: t('next.sendTitle'),
      nothingTitle: t('next.nothingTitle'),
      nothingToSend: (merchant) => t('next.nothingToSend', { merchant }),
      sendTo: (merchant, address) => t('next.sendTo', { merchant, address: address.join(', ') }),
      sendWhere: (merchant) => t('next.sendWhere', { merchant }),
      documents: t('next.documents'),
      photos: t('next.photos'),
      photosWhere: t('next.photosWhere'),
      slaTerm: (days) => t('next.slaTerm', { days }),
    };
    BUILT.set(language, built);
  }
  return built;
}

/** A name as its owner's: "Plextor Europe's", "PLC Technologies'". */
export const possessive = (name: string): string => (name.endsWith('s') ? `${name}'` : `${name}'s`);

/** Items as an English sentence says them: "a", "a and b", "a, b and c". */
export const listInWords = (items: readonly string[]): string => listIn('en', items);

/** What the customer pays, in words ("nothing", "only the postage to send it", "shipping and …"). */
export function paysText(d: Pick<Decision, 'customerPays' | 'transport'>, language?: Language): string {
  if (d.customerPays.length > 0)
    return listIn(
      language,
      d.customerPays.map((p) => sentenceIn(language, CUSTOMER_PAYS_LABELS[p])),
    );
  const T = nextTextIn(language);
  return d.transport === 'send' ? T.postageOnly : T.payNothing;
}

/** What the customer can get; where the merchant's terms leave the choice to it, said so ("…, as Plextor Europe decides"). Undefined when the decision offers no remedy. */
export function getsText(
  d: Pick<Decision, 'remedies'>,
  merchant?: Pick<Policy['merchant'], 'name' | 'remedyChosenBy'>,
  language?: Language,
): string | undefined {
  if (d.remedies.length === 0) return undefined;
  const or = language === 'de' || language === 'fr' ? ` ${deskText(language, 'list.or')} ` : ', or ';
  const list = d.remedies.map((r) => sentenceIn(language, REMEDY_LABELS[r])).join(or);
  return merchant?.remedyChosenBy === 'merchant' && d.remedies.length > 1 ? nextTextIn(language).merchantDecides(list, merchant.name) : list;
}

export interface NextStep {
  /** What the step is about: how it goes back (collection, send, nothing to send), the parcel's documents, the photos. */
  kind: 'collection' | 'send' | 'nothing' | 'documents' | 'photos';
  title: string;
  lines: string[];
}

/** The steps as sentences, for a chat message: the transport line as it is, the lists after their title. */
export function nextStepsInSentences(steps: readonly NextStep[], language?: Language): string[] {
  return steps.map((step) => {
    if (step.kind !== 'documents' && step.kind !== 'photos') return step.lines.join(' ');
    const list = `${labelled(language, step.title, step.lines.join('; '))}.`;
    return step.kind === 'photos' ? `${list} ${nextTextIn(language).photosWhere}` : list;
  });
}

/**
 * How the product goes back, what goes in the parcel and the photos wanted: for an approved return,
 * in this order. Empty for every other outcome (nothing is sent before a review is decided).
 */
export function nextSteps(
  d: Terms,
  merchant: StepsMerchant,
  language?: Language,
  /** The message says what the customer pays already ("What you pay: only the postage"): the way there is not said twice. */
  payTold = false,
): NextStep[] {
  if (d.outcome !== 'approved') return [];
  const T = nextTextIn(language);
  const out: NextStep[] = [];
  if (d.transport === 'collection') out.push({ kind: 'collection', title: T.collectionTitle, lines: [T.collection(merchant.name)] });
  else if (d.transport === 'none') out.push({ kind: 'nothing', title: T.nothingTitle, lines: [T.nothingToSend(merchant.name)] });
  else
    out.push({
      kind: 'send',
      title: T.sendTitle,
      lines: [
        merchant.returnAddress ? T.sendTo(merchant.name, merchant.returnAddress) : T.sendWhere(merchant.name),
        ...postageLines(d, merchant, language, payTold),
      ],
    });
  if (d.documents.length > 0) out.push({ kind: 'documents', title: T.documents, lines: d.documents.map((doc) => sentenceIn(language, DOCUMENT_LABELS[doc])) });
  if (d.photos.length > 0) out.push({ kind: 'photos', title: T.photos, lines: d.photos.map((p) => sentenceIn(language, PHOTO_LABELS[p])) });
  return out;
}
