// The case core's public face.
export * from './case';
export * from './decisions';
export { CONFIRMATION, SLA_OFFER, NO_AUTO_REPLY, MAIL_LIMIT, holdIfOverLimit, statusEmailKey, reassessEmailKey, emailClaimable } from './emails';
export * from './errors';
export { FLAGS, withFlags, type Flag } from './flags';
export * from './ports';
export * from './names';
export { IDEMPOTENCY_TTL_SECONDS, openCase, type NewCase, type Opened } from './open-case';
export * from './request.schema';
export * from './rma';
export * from './senders';
export * from './sla';
export * from './staff';
export { actionsCarrying, REASSESSABLE, STAFF_ACTION_TABLE, staffActionSpec, type StaffActionSpec } from './staff-actions';
export * from './status';
export * from './updates';
export * from './use-cases';
export { updateAtVersion, withStatus, withFlag } from './write';
