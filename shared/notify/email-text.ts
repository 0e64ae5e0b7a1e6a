// Every word the desk writes to a customer by email, in one place.
import type { Decision } from '../rules';

export const EMAIL_TEXT = {
  subject: (merchant: string, rma: string, outcome: Decision['outcome']) =>
    `${merchant} return ${rma}: ${SUBJECT_OUTCOME[outcome]}`,
  greeting: (name: string) => `Hello ${name},`,
  intro: (merchant: string, rma: string) => `Thank you for your return request to ${merchant}. Its RMA number is ${rma}.`,
  keepNumber: 'Please quote this number whenever you contact us about this return.',
  decision: 'Decision',
  why: (merchant: string) => `Why — what the policy of ${merchant} says`,
  terms: 'What you get and what you pay',
  youGet: 'What you can get',
  youPay: 'What you pay',
  payNothing: 'nothing',
  restocking: (percent: number) => `A restocking fee of up to ${percent}% may apply.`,
  sla: (days: number) => `${days} days`,
  slaLabel: 'Promised handling time',
  deadlines: 'Dates',
  documents: 'Send with the parcel',
  packing: 'How to pack it',
  photos: 'Photos we need',
  photosHow: (max: number) =>
    `Take them before you pack the product: open your return's page with this link and take them there with your phone (at most ${max} photos).`,
  returnAddress: 'Send it to',
  noAddress: (merchant: string) => `${merchant} will tell you where to send it, or arrange the collection, with your RMA number.`,
  contact: 'Questions?',
  contactLine: (merchant: string, ways: string) => `Contact ${merchant}: ${ways}. Quote your RMA number.`,
  contactReply: 'Reply to this email and quote your RMA number.',
  statusLink: 'Follow your return',
  statusHint: 'This link is personal: anyone who has it can see the status of this return.',
  notApproved: {
    review: 'We will look at your request and write to you with the answer.',
    declined: 'We are sorry we cannot accept this return. If you think we misunderstood something, reply to this email.',
    referred: 'This return is handled elsewhere, as explained above.',
  },
  signOff: (merchant: string) => `Kind regards,\n${merchant} returns desk`,
  autoNote: 'This message was sent automatically by the returns desk.',
  missingIntro: (merchant: string, rma: string) =>
    `Thank you for writing to ${merchant} about a return. Before we can tell you what the policy says, we need to know (your reference is ${rma}):`,
  missingHow: 'Just reply to this email in your own words — one line per answer is fine. Keep the reference in the subject.',
} as const;

const SUBJECT_OUTCOME: Record<Decision['outcome'], string> = {
  approved: 'approved — packing instructions inside',
  review: 'received — under review',
  declined: 'our answer',
  referred: 'where to send it',
  need_info: 'we need a few details',
};
