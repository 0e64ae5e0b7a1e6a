// Why the API refused a request before reading what it says: the HTTP edge's JSON error messages, in
// English only (an API client's). Apart from web/text.ts so that the edge every function shares loads
// these sentences and not every page's wording.
export const API_TEXT = {
  unsupportedMediaType: 'Send JSON (Content-Type: application/json) or an HTML form (Content-Type: application/x-www-form-urlencoded).',
  bodyTooLarge: (kb: number) => `The request body is over ${kb} KB.`,
  emptyBody: 'The request body is empty.',
  invalidJson: 'The request body is not valid JSON.',
  duplicateKey: (field: string) => `The request body gives ${field} more than once; give each field once.`,
  duplicateKeyUnnamed: 'The request body gives a field more than once; give each field once.',
  idempotencyKey: 'Idempotency-Key: 1 to 255 visible ASCII characters.',
  unknownField: 'The request has a field we do not know; send only the fields the API describes.',
  crossSite: 'This request came from another website, so we did not act on it. Please use the form or the chat on our own site.',
} as const;
