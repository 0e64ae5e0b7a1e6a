// Lambda entry: the SES receipt rule's action for the RMA addresses.
import { awsInbound } from '../../shared/wiring/aws-inbound';
import { readInboundEnv } from '../env';
import { awsRuntime } from '../runtime';
import { makeInboundMailHandler } from './inbound';

const { config, logger } = awsRuntime();
const inbound = awsInbound(config, readInboundEnv());
export const handler = makeInboundMailHandler({ readRaw: inbound.readRaw, handle: inbound.handle, logger });
