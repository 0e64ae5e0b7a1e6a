// Every word the web pages show a customer, in one place (English; German and French in
// web/text-de.ts and web/text-fr.ts, by the same keys). Staff pages and API errors stay English.
import type { Language } from '../shared/extract/language';
import { STAFF_ACTIONS, staffActionSpec } from '../shared/cases/staff-actions';
import { translateWording, type Translated, type Wording } from '../shared/i18n/format';
import { NEXT_TEXT, nextTextIn } from '../shared/notify/next-steps';
import { API_TEXT } from './api-text';
export const WEB_TEXT = {
  siteName: 'Returns desk',
  landing: {
    title: 'Return a product',
    intro: 'Tell us what is wrong and we will tell you straight away what the policy says. You get an RMA number and packing instructions by email.',
    form: 'Start a return with the form',
    formHint: 'Works on any phone; takes about two minutes.',
    chat: 'Chat with our assistant',
    email: (address: string) => `Or write to ${address}.`,
  },
  form: {
    title: 'Start a return',
    intro: 'Answer what you know. We show what the policy says as you go, and ask only what it needs.',
    policy: 'Where did you buy it, or who made it?',
    dates: 'Dates',
    chooseCountry: 'Choose a country',
    product: 'About the product',
    category: 'It is',
    condition: 'It was sold',
    customOrder: 'Made or configured to order?',
    warrantyMonths: "Manufacturer's warranty (months), if you know it",
    supplierWarrantyMonths: 'Manufacturer’s warranty (months), if any',
    item: 'Its condition now',
    defectCause: 'What do you think caused the fault?',
    chooseCause: 'Choose',
    invoiceCopy: 'Will you send a copy of the invoice with it?',
    contact: 'How we reach you',
    name: 'Your name',
    email: 'Your email',
    submit: 'Get my RMA number',
    submitting: 'Sending…',
    yes: 'Yes',
    no: 'No',
    unknown: "Don't know",
    noScriptHint: 'Fill in what you know and press the button: we will tell you if anything is missing.',
    assessment: 'What the policy says so far',
    stillNeeded: 'We still need:',
    fixField: 'Please check this field',
    /** Field errors in the customer's words, next to the field (the API's own messages are for developers). */
    errors: {
      summary: 'Please correct the answers marked below.',
      name: 'Please give your name.',
      email: 'Please give your email address, for example ann@example.com.',
      date: 'Please give the date as day, month and year (it cannot be in the future).',
      field: 'Please check this answer.',
    },
    needInfo: 'Almost there: we need a little more before we can decide.',
    failed: 'Something went wrong. Your answers are still here; please try again.',
  },
  categories: { hardware: 'Hardware', software: 'Software' },
  conditions: { new: 'New', unboxed_deal: 'As an Unboxed Deal', used: 'Used' },
  items: {
    used: 'Has it been used?',
    damaged: 'Is it physically damaged?',
    labelsAttached: 'Are the original labels and stickers still on?',
    originalPackaging: 'Is it in its original packaging?',
    packagingUndamaged: 'Is that packaging undamaged?',
    sealsIntact: 'Are all seals intact (or did it have none)?',
    accessoriesComplete: 'Are all accessories and parts there?',
    modified: 'Have you modified it?',
    softwareOpened: 'Has the software package been opened?',
  },
  causes: {
    manufacturing: 'A manufacturing fault',
    unknown: "I don't know",
    wear_and_tear: 'Normal wear and tear',
    misuse: 'An accident or incorrect use',
    electrical_surge: 'A power surge',
    sea_air_corrosion: 'Sea air corrosion',
    poor_care: 'It was not looked after well',
    unauthorized_alteration: 'It was altered',
    not_suitable: 'It works, but it does not suit me',
    handling_signs: 'Only signs of handling or repackaging',
  },
  status: {
    title: (rma: string) => `Return ${rma}`,
    yourRma: 'Your RMA number',
    /** Beside the status while a colleague has the customer's question or reply and has not written since. */
    colleagueWrites: 'A colleague has your message and will write to you by email.',
    status: 'Status',
    decision: 'Decision',
    documents: NEXT_TEXT.documents,
    packing: 'How to pack it',
    history: 'History',
    emailSent: 'We have emailed you these instructions.',
    notFound: 'We could not find this return',
    notFoundHint: 'Check that you opened the whole link from your confirmation email.',
  },
  /** awaiting_parcel when the merchant collects the product. */
  awaitingCollection: 'Approved — waiting for the collection',
  awaitingCancellation: 'Approved — nothing to send: a colleague writes to you to cancel the code',
  /** A draft: the customer asked for a person, who has not answered yet ("Draft" is staff's word). */
  withColleague: 'With a colleague, who will write to you',
  /** A draft in the history, once the return has gone on: the request came in (and may have been asked about). */
  draftReceived: 'Request received',
  statuses: {
    draft: 'Draft',
    submitted: 'Submitted',
    approved: 'Approved',
    in_review: 'Under review',
    declined: 'Declined',
    referred: 'Referred',
    awaiting_parcel: 'Approved — waiting for your parcel',
    received: 'Parcel received',
    inspecting: 'Being inspected',
    repairing: 'Being repaired',
    replacing: 'Being replaced',
    resolved: 'Resolved',
    closed: 'Closed',
    cancelled: 'Cancelled',
  },
  photos: {
    title: 'Photos',
    intro:
      'Photos show us what you see: the damage, the packaging, the serial label. Take them before you pack it. Up to 10, each up to 10 MB (JPEG, PNG, WebP or HEIC).',
    requested: 'For this return, please send:',
    take: 'Take a photo',
    choose: 'Choose photos',
    none: 'No photos yet.',
    noScript: 'Adding photos here needs JavaScript. You can also email them, with your RMA number in the subject.',
    formField: 'Photos (optional)',
    formHint: 'Damage, packaging, serial label. They are uploaded when you send the form.',
    thumbAlt: (n: number | string) => `Your photo ${n}`,
    // Used by the browser script (web/client/photos.ts), handed over as data.
    client: {
      uploading: 'Uploading',
      processing: 'Checking the photo…',
      ready: 'Added.',
      failed: 'This photo could not be added. Please try again.',
      tooLarge: 'This file is over 10 MB. Please choose a smaller photo.',
      notPhoto: 'This file is not a JPEG, PNG, WebP or HEIC photo.',
      full: 'This return already has 10 photos, the most it can hold.',
      ended: 'This return has ended, so it takes no more photos.',
      willSend: 'Sent with the form.',
      notAdded: '{n} of the photos chosen on the form could not be added. Please add them again here.',
      slow: 'The photo is uploaded; it will appear here shortly.',
      sendingPhotos: 'Sending your photos…',
    },
    /** Why a photo was refused (the reasons the pipeline records). */
    rejected: {
      empty: 'The file was empty.',
      too_large: 'The file was over 10 MB.',
      not_a_photo: 'The file was not a JPEG, PNG, WebP or HEIC photo.',
      too_many_pixels: 'The image was too large to open.',
      unreadable: 'The image could not be read; it may be damaged.',
      malware: 'The file did not pass our security scan.',
      not_scanned: 'The file could not be checked by our security scan.',
      too_many: 'This return already had 10 photos, the most it can hold.',
      case_ended: 'This return had ended, so the photo was not added.',
    } as Record<string, string>,
    rejectedFallback: 'The file could not be used.',
  },
  cancel: {
    button: 'Cancel this return',
    hint: 'You can cancel until we receive your parcel. We will email you to confirm.',
    confirmTitle: 'Cancel this return?',
    confirmText: (rma: string) =>
      `Return ${rma} will be cancelled and its RMA number will no longer be accepted. This cannot be undone: to send the item later, you would start a new return.`,
    confirm: 'Yes, cancel the return',
    keep: 'No, keep my return',
    /** After the cancellation, on the status page. */
    done: 'Your return is cancelled. We are emailing you a confirmation.',
    /** When cancelling was refused (the parcel arrived meanwhile, or the case has ended). */
    tooLate: 'This return can no longer be cancelled: we have received the parcel, or the case has ended.',
  },
  /** A case registered while its address (or its sender) had all the automatic emails we send in a day. */
  mailLimit: {
    api: (rma: string) =>
      `Your return ${rma} is registered, but the confirmation was not emailed: we send only a few automatic emails a day to one address, or for requests from one connection, and that many have gone today. Our team will send it; meanwhile the status link shows the decision and what to do.`,
    notice:
      'Your return is registered, but the confirmation was not emailed: we send only a few automatic emails a day to one address, or for requests from one connection, and that many have gone today. Our team will send it. Keep this page; it shows the decision and what to do.',
  },
  resolutions: {
    repaired: 'repaired',
    replaced: 'replaced',
    credited: 'credited',
    refunded: 'refunded',
    returned_unrepaired: 'returned unrepaired',
  } as Record<string, string>,
  /** The staff desk (web/pages/staff.ts and its script): words for staff, not customers. */
  staff: {
    title: 'Staff desk',
    noScript: 'The staff desk needs JavaScript.',
    views: { queue: 'Work queue', all: 'All cases', collect: 'To collect', overview: 'Overview' },
    client: {
      signIn: 'Sign in',
      tokenLabel: 'Staff token (for the local desk: printed in the terminal where it runs)',
      signOut: 'Sign out',
      queue: 'Status',
      refresh: 'Refresh',
      runSla: 'Run the 21-day check now',
      slaResult:
        'Checked {checked}, offers sent {offered}, not sent {failed}; approvals whose email never went, flagged: {settled}; late credits flagged: {creditsLate}.',
      empty: 'No cases match.',
      columns: ['RMA', 'Customer', 'Merchant', 'Status', 'Track', 'Waiting', 'Flags'],
      csvColumns: ['RMA', 'Created', 'Last change', 'Merchant', 'Status', 'Track', 'Reason', 'Customer', 'Email', 'Flags'],
      days: '{n} d',
      back: '← Cases',
      contact: 'Customer',
      name: 'Name',
      email: 'Email',
      /** The language the customer wrote in, when not English: answer them in it. */
      writesIn: 'Writes in',
      decision: 'Decision',
      trace: 'Clauses applied',
      facts: 'What we know',
      transcript: 'Conversation and emails',
      byEmail: 'by email',
      unverified: 'sender not verified: changed nothing; check before acting',
      photos: 'Photos',
      attachments: 'Attachments',
      history: 'History',
      actions: 'Actions',
      note: 'Note (for staff only)',
      resolution: 'Resolution',
      apply: 'Apply',
      conflict: 'Someone else changed this case in the meantime; it has been reloaded. Check it and try again.',
      failed: 'That did not work:',
      signedOut: 'Your sign-in has ended. Sign in again.',
      version: 'version',
      noActions: 'Nothing more to do on this case.',
      unreachable: 'The desk cannot be reached. Check your connection and try again.',
      unavailable: 'The desk could not answer just now ({status}). Try again in a minute.',
      retry: 'Try again',
      signInFailed: 'Signing in did not complete. Try again; if it keeps failing, ask whoever runs the desk.',
      emails: 'Emails to the customer',
      heldHint:
        'Held: the mail checks did not vouch for the sender, so nothing was sent. Once you are sure the sender is genuine, send the held emails: one email goes with the decision and a new status link.',
      search: 'Search',
      searchPlaceholder: 'RMA, email, name…',
      view: 'Show',
      anyStatus: 'Any status',
      merchant: 'Merchant',
      anyMerchant: 'Any merchant',
      flag: 'Flag',
      anyFlag: 'Any flag',
      olderThan: 'Waiting more than … days',
      exportCsv: 'Export CSV',
      collectionBooked: 'Collection booked for {day}',
      collectionToBook: 'To collect: booking needed',
      count: '{n} cases',
      countOne: '1 case',
      queueMore: 'The first {n} cases of the queue; search or filter to see more.',
      previous: '← Previous page',
      next: 'Next page →',
      notFound: 'No case {rma}.',
      yes: 'yes',
      no: 'no',
      done: 'Done: {action}.',
      confirm: '{action} for {rma}? This cannot be undone.',
      finding: 'What inspection found',
      findingValue: 'Value (yes / no, a date, a number or a word)',
      findingHint: 'To reassess, give what inspection found: the fact, and its value.',
      findingNeeded: 'Give the value inspection found.',
      collection: 'Collection',
      collectionWaiting: 'The customer has not given the collection address yet (asked in the chat, the confirmation and the status page).',
      collectionAddress: 'Address',
      collectionPhone: 'Phone',
      collectionDays: 'Days that suit',
      collectionNotes: 'For the courier',
      anyDay: 'any working day',
      collectionBookedFor: 'Booked',
      collectedAt: 'Collected',
      bookingDay: 'Collection day',
      bookingCourier: 'Courier',
      bookingReference: 'Courier’s reference',
      writeToCustomer: 'Write to the customer',
      messageLabel: 'Your message (sent by email in the case’s thread, and shown on the status page)',
      messageEmpty: 'Write the message first.',
      messageHint: 'It goes to {email} with the status link. Their answer by email shows above.',
      fromStaff: 'Staff',
      fromCustomer: 'Customer',
      fromAssistant: 'Assistant',
      choice: 'The customer’s choice',
      chose: 'Chose: {remedy}',
      choiceAsked: 'Asked; no choice yet.',
      about: 'The item',
      about_product: 'Product or model',
      about_serial: 'Serial number',
      about_order: 'Order number',
      about_problem: 'The problem, in the customer’s words',
      about_wish: 'What the customer asked for',
      overviewRead: 'Counted over the newest {n} cases.',
      byReason: 'Returns per week, by reason',
      byTrack: 'Returns per week, by track',
      resolutionTitle: 'Time to resolution, and decisions reversed',
      resolvedCount: 'Resolved',
      medianDays: 'Median, request to resolution',
      p90Days: '9 in 10 within',
      daysN: '{n} days',
      reversed: 'Reversed on inspection',
      reversedOf: '{n} of {of} reassessed',
    },
    /** Each action's button: its entry in the staff action table. */
    actions: Object.fromEntries(STAFF_ACTIONS.map((a) => [a, staffActionSpec(a).label])) as Record<string, string>,
  },
  error: { title: 'Something went wrong', retry: 'Please go back and try again.' },
  /** Why the API refused a request before reading what it says (web/api-text.ts). */
  api: API_TEXT,

  chat: {
    title: 'Chat with our returns assistant',
    intro: 'Tell the assistant what is wrong, in your own words. It asks only what the policy needs and gives you an RMA number.',
    noScript: 'The chat needs JavaScript.',
    useForm: 'Use the form instead.',
    placeholder: 'Type your message',
  },
} as const;

export type WebText = Wording<typeof WEB_TEXT>;

/** Parts of the pages that stay English in every language: the staff desk and the API's errors. */
const ENGLISH_ONLY = new Set(['staff', 'api']);

const BUILT = new Map<Translated, WebText>();

/**
 * WEB_TEXT in `language`: each text found by its key ("status.history"); a text with values is an ICU
 * message (FormatJS's intl-messageformat) taking them by the English function's parameter names
 * (WEB_MESSAGE_ARGUMENTS). What a catalogue lacks stays English.
 */
export function webTextIn(language: Language | undefined): WebText {
  if (language === undefined || language === 'en') return WEB_TEXT;
  let built = BUILT.get(language);
  if (!built) {
    built = translateWording(WEB_TEXT, 'web', language, WEB_MESSAGE_ARGUMENTS, ENGLISH_ONLY);
    built = { ...built, status: { ...built.status, documents: nextTextIn(language).documents } };
    BUILT.set(language, built);
  }
  return built;
}

/**
 * The names the messages give the values of each wording function, by its key, in its parameters'
 * order (a function's own parameter names do not survive minifying). A test checks every function a
 * customer reads is here, with as many names as it takes parameters.
 */
export const WEB_MESSAGE_ARGUMENTS: Readonly<Record<string, readonly string[]>> = {
  'landing.email': ['address'],
  'status.title': ['rma'],
  'photos.thumbAlt': ['n'],
  'cancel.confirmText': ['rma'],
  'mailLimit.api': ['rma'],
};
