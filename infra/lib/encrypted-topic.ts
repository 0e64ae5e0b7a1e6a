// An SNS topic encrypted under a key of the stack's own, which one AWS service may use to publish to
// it (SES and CloudWatch cannot publish to a topic under the AWS-managed SNS key). The key protects
// messages in flight only (SNS keeps none), so it goes with the stack.
import { RemovalPolicy } from 'aws-cdk-lib';
import { ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Key } from 'aws-cdk-lib/aws-kms';
import { Topic } from 'aws-cdk-lib/aws-sns';
import type { Construct } from 'constructs';

export interface EncryptedTopicProps {
  /** Construct id of the key. */
  keyId: string;
  /** The service that publishes, e.g. ses.amazonaws.com. */
  publisher: string;
  displayName: string;
}

export function encryptedTopic(scope: Construct, id: string, props: EncryptedTopicProps): Topic {
  const key = new Key(scope, props.keyId, {
    enableKeyRotation: true,
    description: `Encrypts the topic: ${props.displayName}`,
    removalPolicy: RemovalPolicy.DESTROY,
  });
  key.grant(new ServicePrincipal(props.publisher), 'kms:GenerateDataKey*', 'kms:Decrypt');
  return new Topic(scope, id, { masterKey: key, enforceSSL: true, displayName: props.displayName });
}
