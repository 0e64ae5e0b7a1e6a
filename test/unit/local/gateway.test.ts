// The local gateway hands bodies over as API Gateway's HTTP APIs do: text types as text, form
// posts, binary bodies and bodies of no named type base64-encoded.
import type { IncomingMessage } from 'node:http';
import { Readable } from 'node:stream';
import { toEvent } from '../../../local/gateway';

function request(body: string, contentType?: string): IncomingMessage {
  const req = Readable.from([Buffer.from(body)]) as unknown as IncomingMessage;
  Object.assign(req, { method: 'POST', url: '/api/cases', headers: { host: '127.0.0.1:3000', ...(contentType ? { 'content-type': contentType } : {}) } });
  return req;
}

describe('the local gateway’s request bodies', () => {
  it.each([['application/json; charset=utf-8'], ['text/plain'], ['application/xml']])('%s stays text', async (type) => {
    const event = await toEvent(request('{"a":1}', type), 'POST /api/cases', {});
    expect({ body: event.body, isBase64Encoded: event.isBase64Encoded }).toEqual({ body: '{"a":1}', isBase64Encoded: false });
  });

  it.each([
    ['a form post', 'application/x-www-form-urlencoded'],
    ['a multipart post', 'multipart/form-data; boundary=x'],
    ['bytes', 'application/octet-stream'],
    ['a photo', 'image/jpeg'],
    ['a body of no named type', undefined],
  ])('%s arrives base64-encoded', async (_what, type) => {
    const event = await toEvent(request('token=a+b%2Fc', type), 'POST /api/cases', {});
    expect(event.isBase64Encoded).toBe(true);
    expect(Buffer.from(event.body as string, 'base64').toString('utf8')).toBe('token=a+b%2Fc');
  });
});
