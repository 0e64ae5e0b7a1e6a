// The use cases of the case core, one per file, as factories over their ports.
export { canonical } from './canonical';
export { replyHeaders } from './emails';
export { updateWithRetry } from './write';
export { CUSTOMER_ASKED, SEND_ADDRESS, WANTS_PERSON } from './flags';
export * from './case-deps';
export * from './assess';
export * from './create-case';
export * from './request-human';
export * from './get-case';
export * from './record-attachments';
