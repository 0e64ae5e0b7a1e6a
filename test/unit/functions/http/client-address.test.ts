// Behind CloudFront every request reaches API Gateway from an edge server: the mail limits must count
// the viewer, named by CloudFront, and trust that name only on a request that carries the edge secret.
import { makeCreateCaseHandler } from '../../../../functions/api/create-case';
import { makeChatTokenHandler } from '../../../../functions/chat/token';
import { readEdgeEnv } from '../../../../functions/env';
import { clientAddress, EDGE_SECRET_HEADER, requestSender, VIEWER_ADDRESS_HEADER } from '../../../../functions/http/request';
import { InMemoryConversationOrigins } from '../../../../shared/adapters/memory/in-memory-conversation-origins';
import { NodeCryptoIds } from '../../../../shared/adapters/node/node-ids';
import { clientSender } from '../../../../shared/cases';
import { apiEvent, capturingLogger, context } from '../../../support/events';
import { PLC_UNWANTED, testApp } from '../../../support/fakes';

const SECRET = 'k7Qm2ZrT9vXw4Lp8Nc3Hs6Jd1Fg5Bb0Ye7Ua2Wq';
const EDGE = { secret: SECRET };
/** An edge server's address: what API Gateway sees as sourceIp for every viewer that edge serves. */
const EDGE_SERVER = '130.176.1.10';
const ids = new NodeCryptoIds();

const request = (headers: Record<string, string>, sourceIp = EDGE_SERVER, body?: unknown) => {
  const event = apiEvent({
    method: 'POST',
    path: '/api/cases',
    headers: { 'content-type': 'application/json', ...headers },
    ...(body ? { body: JSON.stringify(body) } : {}),
  });
  return { ...event, requestContext: { ...event.requestContext, http: { ...event.requestContext.http, sourceIp } } };
};
/** As API Gateway hands it over: header names lowercased. */
const viaEdge = (viewer: string, secret = SECRET) => request({ 'x-desk-edge': secret, 'cloudfront-viewer-address': viewer });

describe('clientAddress', () => {
  it.each([
    ['an IPv4 viewer', '198.51.100.10:46532', '198.51.100.10'],
    ['an IPv6 viewer (no brackets: the address before the last colon)', '2001:db8:85a3::8a2e:370:7334:443', '2001:db8:85a3::8a2e:370:7334'],
    ['a short IPv6 viewer', '::1:8080', '::1'],
  ])('names %s when the request carries the edge secret', (_, viewer, ip) => {
    // Prepare
    const event = viaEdge(viewer);
    // Act
    const address = clientAddress(event, EDGE);
    // Assess
    expect(address).toBe(ip);
  });

  it.each([
    ['without the edge secret', { [VIEWER_ADDRESS_HEADER]: '198.51.100.10:46532' }],
    ['with a wrong edge secret', { [EDGE_SECRET_HEADER]: 'not-the-secret', [VIEWER_ADDRESS_HEADER]: '198.51.100.10:46532' }],
    ['with the secret one character short', { [EDGE_SECRET_HEADER]: SECRET.slice(0, -1), [VIEWER_ADDRESS_HEADER]: '198.51.100.10:46532' }],
    ['with the secret and no viewer header', { [EDGE_SECRET_HEADER]: SECRET }],
    ['with the secret and a viewer header that is no address', { [EDGE_SECRET_HEADER]: SECRET, [VIEWER_ADDRESS_HEADER]: 'evil.example:80' }],
    ['with the secret and a viewer without a port', { [EDGE_SECRET_HEADER]: SECRET, [VIEWER_ADDRESS_HEADER]: '198.51.100.10' }],
    ['with the secret and two viewers', { [EDGE_SECRET_HEADER]: SECRET, [VIEWER_ADDRESS_HEADER]: '198.51.100.10:1,198.51.100.11:2' }],
  ])('keeps API Gateway’s sourceIp %s', (_, headers) => {
    // Prepare
    const event = request(headers, '203.0.113.50');
    // Act
    const address = clientAddress(event, EDGE);
    // Assess
    expect(address).toBe('203.0.113.50');
  });

  it('keeps sourceIp where no edge secret is configured (locally), whatever the headers say', () => {
    // Prepare
    const event = request({ [EDGE_SECRET_HEADER]: SECRET, [VIEWER_ADDRESS_HEADER]: '198.51.100.10:46532' }, '127.0.0.1');
    // Act
    const address = clientAddress(event);
    // Assess
    expect(address).toBe('127.0.0.1');
  });
});

describe('requestSender behind CloudFront', () => {
  it('makes two viewers served by one edge server two senders, and one viewer through two edges one sender', () => {
    // Prepare
    const ann = viaEdge('198.51.100.10:40001');
    const bob = viaEdge('198.51.100.20:40002');
    const annElsewhere = {
      ...viaEdge('198.51.100.10:51000'),
      requestContext: { ...ann.requestContext, http: { ...ann.requestContext.http, sourceIp: '130.176.9.99' } },
    };
    // Act
    const senders = [ann, bob, annElsewhere].map((event) => requestSender(event, ids, EDGE));
    // Assess
    expect(senders[0]).not.toBe(senders[1]);
    expect(senders[2]).toBe(senders[0]);
  });

  it('lets a direct caller who forges the viewer header without the secret stay one sender', () => {
    // Prepare
    const forged = ['198.51.100.1:1', '198.51.100.2:2', '2001:db8::3:3'].map((viewer) => request({ [VIEWER_ADDRESS_HEADER]: viewer }, '203.0.113.66'));
    // Act
    const senders = new Set(forged.map((event) => requestSender(event, ids, EDGE)));
    // Assess
    expect(senders.size).toBe(1);
  });

  it('keys the hash with the edge secret, so that no one can reverse it by hashing every address', () => {
    // Prepare
    const event = viaEdge('198.51.100.10:40001');
    // Act
    const sender = requestSender(event, ids, EDGE);
    const otherDeployment = requestSender(event, ids, { secret: 'another-deployment-secret-of-32-chars!' });
    // Assess
    expect(sender).toMatch(/^ip:[0-9a-f]{64}$/);
    expect(sender).not.toBe(clientSender('198.51.100.10', ids));
    expect(sender).not.toContain('198.51.100.10');
    expect(otherDeployment).not.toBe(sender);
  });

  it('counts one IPv6 viewer as one sender whichever case its address is written in', () => {
    // Prepare / Act
    const senders = ['2001:DB8::A:443', '2001:db8::a:443'].map((viewer) => requestSender(viaEdge(viewer), ids, EDGE));
    // Assess
    expect(senders[0]).toBe(senders[1]);
  });

  it('stays the plain hash of sourceIp without an edge secret (locally)', () => {
    // Prepare
    const event = request({}, '127.0.0.1');
    // Act
    const sender = requestSender(event, ids);
    // Assess
    expect(sender).toBe(clientSender('127.0.0.1', ids));
  });
});

describe('POST /api/cases behind CloudFront, one sender a day', () => {
  function setup() {
    const t = testApp({ mailLimits: { perRecipientPerDay: 10, perSenderPerDay: 1 } });
    const create = makeCreateCaseHandler(t.app, { logger: capturingLogger().logger, corsOrigins: [], siteOrigin: undefined, edge: EDGE });
    const to = (email: string) => ({ ...PLC_UNWANTED, contact: { ...PLC_UNWANTED.contact, email } });
    return { create, to };
  }

  it('does not hold the mail of a customer who shares an edge server with another', async () => {
    // Prepare
    const { create, to } = setup();
    const ann = { ...viaEdge('198.51.100.10:40001'), body: JSON.stringify(to('ann@example.com')) };
    const bob = { ...viaEdge('198.51.100.20:40002'), body: JSON.stringify(to('bob@example.com')) };
    // Act
    const codes = [(await create(ann, context)).statusCode, (await create(bob, context)).statusCode];
    // Assess
    expect(codes).toEqual([201, 201]);
  });

  it('holds the mail of a direct caller who rotates a forged viewer header', async () => {
    // Prepare
    const { create, to } = setup();
    const forged = (viewer: string, email: string) => request({ [VIEWER_ADDRESS_HEADER]: viewer, [EDGE_SECRET_HEADER]: 'guess' }, '203.0.113.66', to(email));
    // Act
    const codes = [
      (await create(forged('198.51.100.1:1', 'a@example.com'), context)).statusCode,
      (await create(forged('198.51.100.2:2', 'b@example.com'), context)).statusCode,
    ];
    // Assess
    expect(codes).toEqual([201, 429]);
  });
});

describe('POST /api/chat/token behind CloudFront', () => {
  it('records the viewer as the conversation’s opener: the same sender as the form’s from that viewer', async () => {
    // Prepare
    const origins = new InMemoryConversationOrigins();
    const token = makeChatTokenHandler(
      { issue: async () => ({ token: 'conv-token', conversationId: 'conv-1', expiresIn: 1800 }), directLineDomain: 'https://dl.example', origins, ids },
      { logger: capturingLogger().logger, corsOrigins: [], siteOrigin: undefined, edge: EDGE },
    );
    // Act
    const answer = await token({ ...viaEdge('198.51.100.10:40001'), rawPath: '/api/chat/token' }, context);
    // Assess
    expect(answer.statusCode).toBe(200);
    expect(await origins.senderOf('conv-1')).toBe(requestSender(viaEdge('198.51.100.10:51999'), ids, EDGE));
    expect(await origins.senderOf('conv-1')).not.toBe(requestSender(viaEdge('198.51.100.20:40001'), ids, EDGE));
  });
});

describe('readEdgeEnv', () => {
  it('reads EDGE_SECRET, gives nothing when unset, and refuses a short one', () => {
    // Prepare / Act
    const read = (env: NodeJS.ProcessEnv) => () => readEdgeEnv(env);
    // Assess
    expect(read({ EDGE_SECRET: SECRET })()).toEqual({ edge: { secret: SECRET } });
    expect(read({})()).toEqual({});
    expect(read({ EDGE_SECRET: 'short' })).toThrow('environment variable EDGE_SECRET: expected at least 32 characters');
  });
});
