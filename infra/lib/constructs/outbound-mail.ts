// The desk's own mail: the SES identity it sends as (verified by this stack; a domain with Easy
// DKIM), and the one way a function is allowed to send.
import { CfnOutput } from 'aws-cdk-lib';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { EmailIdentity, Identity } from 'aws-cdk-lib/aws-ses';
import type { Construct } from 'constructs';
import type { DeskSettings } from '../settings';
import { Capability } from './capability';

export class OutboundMail extends Capability {
  readonly identity: EmailIdentity;
  private readonly mailFrom: string;

  constructor(scope: Construct, id: string, props: { settings: DeskSettings }) {
    super(scope, id);
    const { settings } = props;
    this.mailFrom = settings.mailFrom;
    const domainIdentity = !settings.sesIdentity.includes('@');
    this.identity = new EmailIdentity(this, 'MailIdentity', {
      identity: domainIdentity ? Identity.domain(settings.sesIdentity) : Identity.email(settings.sesIdentity),
    });
    if (domainIdentity) {
      // Easy DKIM verifies the domain only once these three CNAMEs exist in its DNS.
      this.identity.dkimRecords.forEach((record, i) => {
        new CfnOutput(this, `DkimRecord${i + 1}`, {
          value: `${record.name} CNAME ${record.value}`,
          description: `SES DKIM record ${i + 1} for ${settings.sesIdentity}`,
        });
      });
    }
  }

  /** Lets `sender` send mail through this identity only, and only from the desk's address (mailFrom). */
  grantSend(sender: IFunction): void {
    sender.addToRolePolicy(
      new PolicyStatement({
        actions: ['ses:SendEmail', 'ses:SendRawEmail'],
        resources: [this.identity.emailIdentityArn],
        conditions: { StringEquals: { 'ses:FromAddress': this.mailFrom } },
      }),
    );
  }
}
