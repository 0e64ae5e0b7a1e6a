// A capability of the desk (the case API, the chat, inbound mail, the photo pipeline, …) is a
// construct of its own, but its resources keep the CloudFormation logical IDs they had when the stack
// built everything in one constructor: a logical ID is derived from the construct path, and a new
// path would make CloudFormation replace the retained table, buckets, user pool, secrets and log
// groups (orphaning the old ones) and every function with its role and routes. RmaStack computes each
// logical ID from the path without its capability scopes (logicalIdWithoutCapabilities), with CDK's
// own scheme; its construct paths (aws:cdk:path, cdk-nag's findings) do show the capability.
import { createHash } from 'node:crypto';
import { Stack, type CfnElement } from 'aws-cdk-lib';
import { Construct, type IConstruct } from 'constructs';

const CAPABILITY = Symbol.for('rma-desk.capability');

export class Capability extends Construct {
  static isCapability(x: unknown): boolean {
    return typeof x === 'object' && x !== null && CAPABILITY in x;
  }

  constructor(scope: Construct, id: string) {
    super(scope, id);
    Object.defineProperty(this, CAPABILITY, { value: true });
  }
}

/**
 * The logical ID `element` would have with its capability scopes left out of its path, or undefined
 * when none is on its path (CDK's own allocation applies unchanged). Two resources of different
 * capabilities with the same id under the same parent would collide: claimLogicalId refuses that.
 */
export function logicalIdWithoutCapabilities(element: CfnElement): string | undefined {
  const scopes = element.node.scopes;
  const path = scopes.slice(scopes.indexOf(element.stack) + 1);
  if (!path.some((scope) => Capability.isCapability(scope))) return undefined;
  return cdkUniqueId(path.filter((scope) => !Capability.isCapability(scope)).map((scope) => scope.node.id));
}

/**
 * CDK's logical-ID scheme (makeUniqueId in aws-cdk-lib's core, not exported): the path's ids without
 * "Default"; a lone id as it is, otherwise the ids without "Resource" (and without a repeat of the
 * id before) and 8 hex digits of the MD5 of the whole path. test/infra/logical-ids.test.ts checks it
 * against CDK's own allocation.
 */
export function cdkUniqueId(ids: readonly string[]): string {
  const path = ids.filter((id) => id !== 'Default');
  if (path.length === 0) throw new Error('a logical ID needs at least one construct id');
  const alphanumeric = (id: string) => id.replace(/[^A-Za-z0-9]/g, '');
  if (path.length === 1 && alphanumeric(path[0] as string).length <= 255) return alphanumeric(path[0] as string);
  const hash = createHash('md5').update(path.join('/')).digest('hex').slice(0, 8).toUpperCase();
  const human: string[] = [];
  for (const id of path) if (human.length === 0 || !(human[human.length - 1] as string).endsWith(id)) human.push(id);
  return (
    human
      .filter((id) => id !== 'Resource')
      .map(alphanumeric)
      .join('')
      .slice(0, 240) + hash
  );
}

const claimed = new WeakMap<Stack, Map<string, string>>();

/** Records that `element` holds `logicalId` in its stack, refusing a second element with the same one (naming both paths). */
export function claimLogicalId(stack: Stack, element: CfnElement, logicalId: string): string {
  const holders = claimed.get(stack) ?? new Map<string, string>();
  claimed.set(stack, holders);
  const holder = holders.get(logicalId);
  if (holder !== undefined && holder !== element.node.path) {
    throw new Error(`logical ID ${logicalId} is given to both ${holder} and ${element.node.path}: rename one of the two constructs`);
  }
  holders.set(logicalId, element.node.path);
  return logicalId;
}

/** `<LogicalId.Arn>`: how cdk-nag writes a resource's ARN in the finding ids of IAM5 (`AwsSolutions-IAM5[Resource::<…>/prefix/*]`). */
export function nagArn(resource: IConstruct): string {
  const stack = Stack.of(resource);
  return `<${stack.resolve(stack.getLogicalId(resource.node.defaultChild as CfnElement)) as string}.Arn>`;
}
