// The desk's own mail: the SES identity it sends as (verified by this stack; a domain with Easy
// DKIM), the configuration set every message goes through (its bounces and complaints published to
// an SNS topic the mail-events function reads; reputation metrics for the alarms), and the one way
// a function is allowed to send.
import { CfnOutput, Stack } from 'aws-cdk-lib';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { ConfigurationSet, EmailIdentity, EmailSendingEvent, EventDestination, Identity, SuppressionReasons } from 'aws-cdk-lib/aws-ses';
import type { Topic } from 'aws-cdk-lib/aws-sns';
import { encryptedTopic } from '../encrypted-topic';
import type { Construct } from 'constructs';
import type { DeskSettings } from '../settings';
import { Capability } from './capability';
import type { DeskData } from './data';

export class OutboundMail extends Capability {
  readonly identity: EmailIdentity;
  /** Every message is sent through it (SES_CONFIGURATION_SET): its events and reputation metrics. */
  readonly configurationSet: ConfigurationSet;
  /** SES publishes each bounce and complaint here (the mail-events function subscribes). */
  readonly feedback: Topic;
  private readonly mailFrom: string;

  private readonly data: DeskData;

  constructor(scope: Construct, id: string, props: { settings: DeskSettings; data: DeskData }) {
    super(scope, id);
    const { settings } = props;
    this.data = props.data;
    this.mailFrom = settings.mailFrom;
    const domainIdentity = !settings.sesIdentity.includes('@');
    this.identity = new EmailIdentity(this, 'MailIdentity', {
      identity: domainIdentity ? Identity.domain(settings.sesIdentity) : Identity.email(settings.sesIdentity),
    });
    // The topic carries addresses: encrypted under a key of ours, which SES may use to publish.
    this.feedback = encryptedTopic(this, 'MailFeedback', {
      keyId: 'MailFeedbackKey',
      publisher: 'ses.amazonaws.com',
      displayName: 'SES bounces and complaints of the returns desk',
    });
    this.configurationSet = new ConfigurationSet(this, 'MailConfigurationSet', {
      reputationMetrics: true,
      // SES's own account-level list too: an address that bounced is not even attempted again.
      suppressionReasons: SuppressionReasons.BOUNCES_AND_COMPLAINTS,
    });
    this.configurationSet.addEventDestination('Feedback', {
      destination: EventDestination.snsTopic(this.feedback),
      events: [EmailSendingEvent.BOUNCE, EmailSendingEvent.COMPLAINT],
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

  /** The configuration set's ARN: sending through it needs ses:SendEmail on it as well as on the identity. */
  get configurationSetArn(): string {
    const stack = Stack.of(this);
    return stack.formatArn({ service: 'ses', resource: 'configuration-set', resourceName: this.configurationSet.configurationSetName });
  }

  /** Lets `sender` send mail through this identity only, and only from the desk's address (mailFrom). */
  grantSend(sender: IFunction): void {
    sender.addToRolePolicy(
      new PolicyStatement({
        actions: ['ses:SendEmail', 'ses:SendRawEmail'],
        resources: [this.identity.emailIdentityArn, this.configurationSetArn],
        conditions: { StringEquals: { 'ses:FromAddress': this.mailFrom } },
      }),
    );
    // Each send is checked against the addresses that bounced for good or complained (SuppressingMailer).
    this.data.grant(sender, { items: [{ actions: ['GetItem'], keys: ['suppressed'] }] });
  }
}
