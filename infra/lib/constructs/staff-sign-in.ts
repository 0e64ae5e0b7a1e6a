// Staff sign in through Cognito's hosted pages (authorization code with PKCE, from the staff page),
// with a password and an authenticator app (TOTP). Only an administrator creates staff users. The
// staff routes accept only this pool's tokens for this client (staff-desk.ts); the pages function
// learns where to send a browser to sign in (STAFF_SIGN_IN).
import { CfnOutput, Duration, Fn, RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import {
  AccountRecovery,
  FeaturePlan,
  Mfa,
  OAuthScope,
  UserPool,
  UserPoolClientIdentityProvider,
  type UserPoolClient,
  type UserPoolDomain,
} from 'aws-cdk-lib/aws-cognito';
import type { Construct } from 'constructs';
import type * as z from '../../../shared/validation/zod';
import type { STAFF_SIGN_IN_JSON } from '../../../shared/config/function-env';
import type { DeskSettings } from '../settings';
import { Capability } from './capability';

/** The staff page, under the desk's public base URL (which may have a path). */
export function staffPageUrl(publicBaseUrl: string): string {
  return `${publicBaseUrl.replace(/\/+$/, '')}/staff`;
}

export interface StaffSignInProps {
  settings: DeskSettings;
  /** Where customers open the desk: the staff page is <publicBaseUrl>/staff. */
  publicBaseUrl: string;
}

export class StaffSignIn extends Capability {
  readonly userPool: UserPool;
  readonly domain: UserPoolDomain;
  readonly client: UserPoolClient;
  /** STAFF_SIGN_IN_JSON, resolved at deploy: what the staff page needs to send a browser to the hosted sign-in (PKCE; the client has no secret). */
  readonly pagesConfig: string;

  constructor(scope: Construct, id: string, props: StaffSignInProps) {
    super(scope, id);
    const { settings, publicBaseUrl } = props;
    const page = staffPageUrl(publicBaseUrl);
    this.userPool = new UserPool(this, 'StaffUsers', {
      selfSignUpEnabled: false,
      // The invitation `aws cognito-idp admin-create-user` sends (from Cognito's own sender: at most 50 a day).
      userInvitation: {
        emailSubject: 'Your returns desk staff account',
        emailBody: `You have a staff account on the returns desk. Sign in at ${page} as {username} with the temporary password {####}; you will choose a new password and set up an authenticator app.`,
      },
      signInAliases: { email: true },
      autoVerify: { email: true },
      standardAttributes: { email: { required: true, mutable: true } },
      // TOTP only: no SMS, so no SMS role and no text-message costs. A new staff member sets up the
      // authenticator app at the first sign-in.
      mfa: Mfa.REQUIRED,
      mfaSecondFactor: { sms: false, otp: true },
      passwordPolicy: {
        minLength: 12,
        requireLowercase: true,
        requireUppercase: true,
        requireDigits: true,
        requireSymbols: true,
        tempPasswordValidity: Duration.days(3),
      },
      accountRecovery: AccountRecovery.EMAIL_ONLY,
      featurePlan: FeaturePlan.ESSENTIALS,
      // The staff accounts (and their MFA enrolments) must outlive a deleted or replaced stack.
      removalPolicy: RemovalPolicy.RETAIN,
    });
    Validations.of(this.userPool).acknowledge({
      id: 'AwsSolutions-COG8',
      reason:
        "Essentials, not Plus: the pool holds a few staff accounts, created by an administrator, each with a strong password and a required authenticator app; Plus's threat protection is billed per user and opt-in.",
    });
    // Cognito prefix domains are unique per region across all accounts: without a chosen prefix, the
    // stack's own id (a UUID, known at deploy) makes one that no one else has.
    const stackUuid = Fn.select(2, Fn.split('/', Stack.of(this).stackId));
    this.domain = this.userPool.addDomain('StaffSignIn', {
      cognitoDomain: { domainPrefix: settings.staffDomainPrefix ?? Fn.join('-', ['rma-desk-staff', stackUuid]) },
    });
    this.client = this.userPool.addClient('StaffPage', {
      // A browser page cannot keep a secret: a public client, with PKCE on the code flow.
      generateSecret: false,
      authFlows: { userSrp: true },
      oAuth: {
        flows: { authorizationCodeGrant: true },
        scopes: [OAuthScope.OPENID, OAuthScope.EMAIL, OAuthScope.PROFILE],
        callbackUrls: [page],
        logoutUrls: [page],
      },
      supportedIdentityProviders: [UserPoolClientIdentityProvider.COGNITO],
      preventUserExistenceErrors: true,
      idTokenValidity: Duration.hours(1),
      accessTokenValidity: Duration.hours(1),
      // A working day: after that, staff sign in again (with the authenticator app).
      refreshTokenValidity: Duration.hours(12),
    });
    const config: Record<keyof z.infer<typeof STAFF_SIGN_IN_JSON>, string> = { domain: this.domain.baseUrl(), clientId: this.client.userPoolClientId };
    this.pagesConfig = Stack.of(this).toJsonString(config);

    new CfnOutput(this, 'StaffUserPoolId', {
      value: this.userPool.userPoolId,
      description: 'The staff user pool (create staff users in it: README, Deploying to AWS)',
    });
    new CfnOutput(this, 'StaffClientId', { value: this.client.userPoolClientId, description: 'The app client of the staff page' });
    new CfnOutput(this, 'StaffSignInDomain', { value: this.domain.baseUrl(), description: 'Base URL of the hosted staff sign-in' });
    new CfnOutput(this, 'StaffPageUrl', { value: page, description: 'The staff page' });
  }
}
