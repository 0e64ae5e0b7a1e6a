// The staff API: the queue, a case in full with its processed photos, the actions on it, and a run
// of the 21-day check on demand; every route only for a signed-in staff member.
import { HttpUserPoolAuthorizer } from 'aws-cdk-lib/aws-apigatewayv2-authorizers';
import type { Construct } from 'constructs';
import type { DeskFunction } from '../desk-function';
import { Capability } from './capability';
import type { TableAccess } from './data';
import type { DeskContext, FunctionName } from './desk-context';
import type { PhotoPipeline } from './photo-pipeline';
import { routedFunction } from './routed-function';
import type { StaffSignIn } from './staff-sign-in';
import { ROUTES } from '../../../shared/config/routes';

export const STAFF_ROUTES = { staff: ROUTES.staff } as const;
/** The functions whose routes need a staff member signed in (the user pool's JWT); every other route is public. */
export const STAFF_ONLY: readonly FunctionName[] = ['staff'];

/** Cases read and changed; the queue lists them through the byStatus index, the search through byChange. */
const TABLE_ACCESS: TableAccess = { items: [{ actions: ['GetItem', 'PutItem'], keys: ['case'] }], byStatus: true, byChange: true };

export interface StaffDeskProps {
  desk: DeskContext;
  signIn: StaffSignIn;
  /** Staff see a case's processed photos, and nothing else in the bucket. */
  photos: PhotoPipeline;
}

export class StaffDesk extends Capability {
  readonly staff: DeskFunction;

  constructor(scope: Construct, id: string, props: StaffDeskProps) {
    super(scope, id);
    const { desk, signIn, photos } = props;
    // API Gateway checks the staff member's token (signature, expiry, issuer = the pool, audience =
    // the staff client) before the staff function runs; the function also refuses a request without claims.
    const authorizer = new HttpUserPoolAuthorizer('StaffAuthorizer', signIn.userPool, {
      userPoolClients: [signIn.client],
      identitySource: ['$request.header.Authorization'],
    });
    this.staff = routedFunction(this, desk, 'staff', 'Staff', {
      entry: 'staff/staff.lambda.ts',
      description: 'The staff API: the queue, a case in full with its photos, the actions on it (signed-in staff only)',
      environment: photos.environment,
      table: TABLE_ACCESS,
      routes: STAFF_ROUTES.staff,
      access: { authorizer },
    });
    // The staff actions email the customer.
    desk.mail.grantSend(this.staff);
    photos.grantReadProcessed(this.staff);
  }
}
