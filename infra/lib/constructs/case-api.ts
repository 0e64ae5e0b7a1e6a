// The customer API of a return: assess one without storing anything, open a case (and email its
// confirmation), read it and cancel it with the link token from that email.
import type { Construct } from 'constructs';
import type { DeskFunction } from '../desk-function';
import { Capability } from './capability';
import type { TableAccess } from './data';
import type { DeskContext, DeskFunctionOptions } from './desk-context';
import { routedFunction } from './routed-function';
import { ROUTES } from '../../../shared/config/routes';

export const CASE_ROUTES = { assess: ROUTES.assess, createCase: ROUTES.createCase, getCase: ROUTES.getCase, cancelCase: ROUTES.cancelCase } as const;

const TABLE_ACCESS = {
  // Assess stores nothing: no table at all.
  assess: { items: [] },
  // A new case with its idempotency record, and the daily mail quota its confirmation counts against.
  createCase: {
    items: [
      { actions: ['GetItem', 'PutItem'], keys: ['case', 'idempotency'] },
      { actions: ['UpdateItem'], keys: ['quota'] },
    ],
  },
  getCase: { items: [{ actions: ['GetItem'], keys: ['case'] }] },
  // Its "send me my link again" finds a customer's cases by their address: the byChange index.
  cancelCase: { items: [{ actions: ['GetItem', 'PutItem'], keys: ['case'] }], byChange: true },
} as const satisfies Record<keyof typeof CASE_ROUTES, TableAccess>;

const PUBLIC_BECAUSE =
  'A customer route, public by design: anyone may assess or open a return, and a case is read or cancelled only with the link token from its confirmation email, checked by the function.';

export class CaseApi extends Capability {
  readonly assess: DeskFunction;
  readonly createCase: DeskFunction;
  readonly getCase: DeskFunction;
  readonly cancelCase: DeskFunction;

  constructor(scope: Construct, id: string, props: { desk: DeskContext }) {
    super(scope, id);
    const { desk } = props;
    // Each one with its table access and its public routes.
    const caseFunction = (name: keyof typeof CASE_ROUTES, id: string, options: DeskFunctionOptions) =>
      routedFunction(this, desk, name, id, { ...options, table: TABLE_ACCESS[name], routes: CASE_ROUTES[name], access: { publicBecause: PUBLIC_BECAUSE } });
    this.assess = caseFunction('assess', 'Assess', {
      entry: 'api/assess.lambda.ts',
      description: 'Assesses a return request against the policy; stores nothing',
    });
    this.createCase = caseFunction('createCase', 'CreateCase', {
      entry: 'api/create-case.lambda.ts',
      description: 'Opens a return case and emails its confirmation',
      // It counts senders for the mail limits, and trusts the viewer's address only from CloudFront.
      environment: desk.edgeEnvironment,
    });
    // The confirmation email.
    desk.mail.grantSend(this.createCase);
    this.getCase = caseFunction('getCase', 'GetCase', { entry: 'api/get-case.lambda.ts', description: 'Shows a case to the holder of its link token' });
    this.cancelCase = caseFunction('cancelCase', 'CancelCase', {
      entry: 'api/cancel-case.lambda.ts',
      description: 'Cancels a return for the holder of its link token, before the parcel is received',
    });
    // The customer is told the return is cancelled.
    desk.mail.grantSend(this.cancelCase);
  }
}
