// The questions the desk asks a customer, in one place: the chat asks them one at a time and the
// form labels its fields with them, so both ask in the same words.
import type { FactPath, FactValue } from '../rules';

export interface Option {
  label: string;
  value: FactValue;
}

export interface Question {
  text: string;
  /** Buttons for a closed question; tapping one sends its label. */
  options?: Option[];
  /** Said with the question again when an answer could not be read. */
  hint: string;
}

const YES_NO_UNSURE: Option[] = [
  { label: 'Yes', value: true },
  { label: 'No', value: false },
  { label: "I don't know", value: 'unknown' },
];
const DATE_HINT = 'You can write a date like "3 May", "12/11/2026" or "two weeks ago".';
const YES_NO_HINT = 'Just "yes", "no" or "I don\'t know" is fine.';

/** A yes/no question, with "not sure" for what the customer cannot tell. */
function yesNo(text: string): Question {
  return { text, options: YES_NO_UNSURE, hint: YES_NO_HINT };
}

/** Buttons from their labels and the values they answer with, in order. */
function choices(byLabel: Record<string, FactValue>): Option[] {
  return Object.entries(byLabel).map(([label, value]) => ({ label, value }));
}

export const QUESTIONS: Record<FactPath, Question> = {
  reason: {
    text: "What's the problem with it?",
    options: choices({
      'It never worked': 'dead_on_arrival',
      'It stopped working': 'defective',
      'It arrived damaged': 'damaged_on_delivery',
      'Parts are missing': 'missing_parts',
      'Wrong item': 'wrong_item',
      'I changed my mind': 'unwanted',
      'Paid repair': 'paid_repair',
    }),
    hint: 'Tell me in your own words, for example "it stopped working" or "it arrived damaged".',
  },
  asOf: { text: 'What is the date today?', hint: DATE_HINT },
  purchaseDate: { text: 'When did you buy it? (the date on the invoice)', hint: DATE_HINT },
  deliveryDate: { text: 'When was it delivered to you, or collected by you?', hint: DATE_HINT },
  country: { text: 'Which country will you send it back from?', hint: 'A country name like "Germany" or a code like "DE".' },
  customerType: {
    text: 'Are you a consumer, a dealer or a distributor?',
    options: choices({
      Consumer: 'consumer',
      Dealer: 'dealer',
      Distributor: 'distributor',
    }),
    hint: 'Choose one of the buttons.',
  },
  'product.category': {
    text: 'Is it hardware or software?',
    options: choices({
      Hardware: 'hardware',
      Software: 'software',
    }),
    hint: 'Choose "Hardware" or "Software".',
  },
  'product.condition': {
    text: 'Did you buy it new, as an Unboxed Deal, or used?',
    options: choices({
      New: 'new',
      'Unboxed Deal': 'unboxed_deal',
      Used: 'used',
    }),
    hint: 'Choose "New", "Unboxed Deal" or "Used".',
  },
  'product.customOrder': yesNo('Was it made or configured to order for you?'),
  'product.warrantyMonths': { text: 'How long is the manufacturer’s warranty, in months?', hint: 'A number of months, like "24", or "2 years".' },
  'product.supplierWarrantyMonths': {
    text: 'How long is the manufacturer’s warranty on it (printed on the box or in the manual)?',
    options: choices({
      None: 0,
      '12 months': 12,
      '24 months': 24,
      '36 months': 36,
    }),
    hint: 'A length like "24 months" or "2 years", or "none".',
  },
  'product.directWarranty': yesNo('Does the manufacturer handle its warranty directly?'),
  'product.digital': yesNo('Did it come as a code or download (by email), not in a parcel?'),
  'item.used': yesNo('Have you used it?'),
  'item.damaged': yesNo('Is it physically damaged — cracks, dents or similar?'),
  'item.labelsAttached': yesNo('Are the original labels and stickers still on it?'),
  'item.originalPackaging': yesNo('Is it in its original packaging?'),
  'item.packagingUndamaged': yesNo('Is that packaging undamaged?'),
  'item.sealsIntact': yesNo('Are all the seals still intact? (Say yes if it never had any.)'),
  'item.accessoriesComplete': yesNo('Are all the accessories and parts there?'),
  'item.modified': yesNo('Have you modified it in any way?'),
  'item.softwareOpened': yesNo('Has the software package been opened?'),
  defectCause: {
    text: 'Do you know what caused the fault?',
    options: choices({
      'A manufacturing fault': 'manufacturing',
      "I don't know": 'unknown',
      'It was dropped or got wet': 'misuse',
      'A power surge': 'electrical_surge',
      'Wear and tear': 'wear_and_tear',
    }),
    hint: 'Tell me in your own words, or choose "I don\'t know".',
  },
  invoiceCopy: yesNo('Can you send a copy of the purchase invoice with it?'),
};
