// The desk's WAF web ACL: rate rules per client IP and AWS's common rule set, for the CloudFront
// distribution in front of the API. A web ACL for CloudFront must be created in us-east-1, whatever
// the desk's region, so it is a stack of its own; the desk attaches it by its ARN (context webAclArn,
// the WebAclArn output here), which needs no cross-region machinery and synthesizes offline.
import { CfnOutput, Stack, type StackProps } from 'aws-cdk-lib';
import { CfnWebACL } from 'aws-cdk-lib/aws-wafv2';
import type { Construct } from 'constructs';

/**
 * Requests per client IP in any 5 minutes (WAF's window) before WAF answers 403 for a while:
 * opening cases (POST /api/cases; a real customer opens one or two), and the API as a whole.
 */
export const RATE_LIMITS = { windowSeconds: 300, createCase: 100, api: 1000 } as const;

/**
 * Rules of the common rule set that count instead of block. SizeRestrictions_BODY blocks bodies over
 * 8 KB, and the form API takes up to 64 KB (the function answers 413 above that).
 */
export const COMMON_RULES_COUNTED = ['SizeRestrictions_BODY'] as const;

/** The bot's endpoint: Bot Framework calls it from a few Azure addresses on behalf of every chat. */
const BOT_ENDPOINT = '/api/messages';

const visibility = (metricName: string): CfnWebACL.VisibilityConfigProperty => ({ cloudWatchMetricsEnabled: true, metricName, sampledRequestsEnabled: true });
const matches = (
  field: CfnWebACL.FieldToMatchProperty,
  searchString: string,
  positionalConstraint: 'EXACTLY' | 'STARTS_WITH',
): CfnWebACL.StatementProperty => ({
  byteMatchStatement: { fieldToMatch: field, searchString, positionalConstraint, textTransformations: [{ priority: 0, type: 'NONE' }] },
});

export class RmaWebAclStack extends Stack {
  readonly webAcl: CfnWebACL;

  constructor(scope: Construct, id: string, props: StackProps = {}) {
    super(scope, id, props);
    this.webAcl = new CfnWebACL(this, 'WebAcl', {
      name: `${this.stackName}-edge`,
      description: 'RMA returns desk: per-IP rate limits and the AWS common rule set, in front of its CloudFront distribution',
      scope: 'CLOUDFRONT',
      defaultAction: { allow: {} },
      visibilityConfig: visibility('rma-desk-edge'),
      rules: [
        {
          name: 'create-case-per-ip',
          priority: 0,
          action: { block: {} },
          visibilityConfig: visibility('rma-desk-create-case-per-ip'),
          statement: {
            rateBasedStatement: {
              limit: RATE_LIMITS.createCase,
              evaluationWindowSec: RATE_LIMITS.windowSeconds,
              aggregateKeyType: 'IP',
              scopeDownStatement: {
                andStatement: { statements: [matches({ method: {} }, 'POST', 'EXACTLY'), matches({ uriPath: {} }, '/api/cases', 'EXACTLY')] },
              },
            },
          },
        },
        {
          name: 'api-per-ip',
          priority: 1,
          action: { block: {} },
          visibilityConfig: visibility('rma-desk-api-per-ip'),
          statement: {
            rateBasedStatement: {
              limit: RATE_LIMITS.api,
              evaluationWindowSec: RATE_LIMITS.windowSeconds,
              aggregateKeyType: 'IP',
              // Not the bot's endpoint: one Bot Framework address carries many customers' chats, and the
              // function refuses anything Bot Framework did not sign (its reserved concurrency bounds the rest).
              scopeDownStatement: {
                andStatement: {
                  statements: [
                    matches({ uriPath: {} }, '/api/', 'STARTS_WITH'),
                    { notStatement: { statement: matches({ uriPath: {} }, BOT_ENDPOINT, 'EXACTLY') } },
                  ],
                },
              },
            },
          },
        },
        {
          name: 'aws-common-rule-set',
          priority: 2,
          overrideAction: { none: {} },
          visibilityConfig: visibility('rma-desk-aws-common'),
          statement: {
            managedRuleGroupStatement: {
              vendorName: 'AWS',
              name: 'AWSManagedRulesCommonRuleSet',
              ruleActionOverrides: COMMON_RULES_COUNTED.map((name) => ({ name, actionToUse: { count: {} } })),
            },
          },
        },
      ],
    });
    new CfnOutput(this, 'WebAclArn', { value: this.webAcl.attrArn, description: 'Pass to the desk stack: -c webAclArn=<this>' });
  }
}
