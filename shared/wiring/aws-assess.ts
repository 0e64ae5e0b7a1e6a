// The assess function's part of the AWS composition root: the rules and a clock, no AWS service.
import { SystemClock } from '../adapters/node/system-clock';
import { makeAssess } from '../cases';
import { POLICIES } from '../rules';
import type { AwsConfig } from './aws-config';

export function awsAssessApp(config: Pick<AwsConfig, 'timeZone'>) {
  return { policies: POLICIES, assess: makeAssess({ clock: new SystemClock(config.timeZone), policies: POLICIES }) };
}
