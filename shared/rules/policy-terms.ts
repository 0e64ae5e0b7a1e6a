// The policy format's vocabulary: outcomes, remedies, what the customer pays, documents, photos and
// transports. Apart from the schema (policy.schema.ts), which only validates the policies when they are
// compiled (npm run policies), so that no function builds it at run time.
export const OUTCOMES = ['approved', 'review', 'declined', 'referred', 'need_info'] as const;
export const DECIDED_OUTCOMES = ['approved', 'review', 'declined', 'referred'] as const;
export const REMEDIES = ['replace_new', 'repair', 'replace', 'correct_product', 'credit', 'refund', 'supplier_remedy'] as const;
export const CUSTOMER_PAYS = ['original_shipping', 'return_shipping', 'repair_costs', 'transport_costs', 'duties_taxes', 'restocking_fee'] as const;
export const DOCUMENTS = ['rma_number_on_parcel', 'invoice_copy', 'signed_proforma_invoice'] as const;
/** What the customer photographs for the desk (uploaded on the status page). */
export const PHOTO_KINDS = ['damage', 'contents', 'packaging', 'serial_label', 'fault'] as const;

export type Outcome = (typeof OUTCOMES)[number];
export type DecidedOutcome = (typeof DECIDED_OUTCOMES)[number];
export type Remedy = (typeof REMEDIES)[number];
/** How the product goes back: collected, sent by the customer, or nothing to send (a code or download). */
export const TRANSPORTS = ['collection', 'send', 'none'] as const;
export type Transport = (typeof TRANSPORTS)[number];
export type CustomerPays = (typeof CUSTOMER_PAYS)[number];
export type DocumentKind = (typeof DOCUMENTS)[number];
export type PhotoKind = (typeof PHOTO_KINDS)[number];
