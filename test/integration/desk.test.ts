// The desk end to end on the real local stand-ins: DynamoDB Local, the local SES, s3rver.
import { request as httpRequest } from 'node:http';
import { GetCommand, ScanCommand } from '@aws-sdk/lib-dynamodb';
import { LOCAL_TABLE } from '../../local/stack';
import type { AwsConfig } from '../../shared/wiring/aws-config';
import { awsReaderApp } from '../../shared/wiring/aws-readers';
import { daysAgo, outbox, runDesk, useDesk } from '../support/local-desk';
import { plcUnwantedRequest } from '../support/returns';

jest.setTimeout(120_000);

const desk = useDesk();

const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${desk().desk.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });

const plcUnwanted = (email: string) => plcUnwantedRequest({ email, name: 'Ann Example' }, daysAgo(10));

async function casesInTable(): Promise<Record<string, unknown>[]> {
  const out = await desk().table.send(
    new ScanCommand({
      TableName: LOCAL_TABLE,
      FilterExpression: '#t = :case',
      ExpressionAttributeNames: { '#t': 'type' },
      ExpressionAttributeValues: { ':case': 'case' },
    }),
  );
  return out.Items ?? [];
}

describe('the local desk', () => {
  it("the status page's reader, which loads the DynamoDB client on its first read, reads the case as the desk stored it", async () => {
    const res = await post('/api/cases', plcUnwanted('reader@example.com'));
    expect(res.status).toBe(201);
    const { rma, statusUrl } = (await res.json()) as { rma: string; statusUrl: string };
    const token = new URL(statusUrl).searchParams.get('token') as string;
    const reader = awsReaderApp(desk().desk.app.config as AwsConfig);
    await expect(reader.getCase(rma, token)).resolves.toMatchObject({ rma, status: 'awaiting_parcel', policy: 'plc-technologies' });
    await expect(reader.getCase(rma, 'not-the-token')).rejects.toThrow();
  });

  it('create → stored in DynamoDB → confirmation in the outbox with the RMA and the packing list', async () => {
    // Act
    const res = await post('/api/cases', plcUnwanted('create@example.com'));
    // Assess
    expect(res.status).toBe(201);
    const { rma, status, statusUrl } = (await res.json()) as { rma: string; status: string; statusUrl: string };
    expect(status).toBe('awaiting_parcel');
    const { Item } = await desk().table.send(new GetCommand({ TableName: LOCAL_TABLE, Key: { pk: `CASE#${rma}`, sk: 'CASE' } }));
    expect(Item).toMatchObject({ rma, status: 'awaiting_parcel', policy: 'plc-technologies', channel: 'form', version: 2 });
    const mail = (await outbox(desk().desk)).filter((m) => m.to.includes('create@example.com'));
    expect(mail).toHaveLength(1);
    expect(mail[0]?.subject).toContain(rma);
    expect(mail[0]?.text).toContain('HOW TO PACK IT');
    expect(mail[0]?.text).toContain('Clearly mark your return reference (the RMA number) on the outside of the parcel.');
    expect(mail[0]?.text).toContain(statusUrl);
    const view = await fetch(statusUrl.replace(/^http:\/\/127\.0\.0\.1:\d+\/status\//, `${desk().desk.url}/api/cases/`));
    expect(view.status).toBe(200);
  });

  it.each([
    ['bounce@simulator.amazonses.com', 'email_bounced'],
    ['complaint+drill@simulator.amazonses.com', 'email_complaint'],
  ])('mail to %s (SES’s mailbox simulator) comes back: the case is flagged %s and nothing more is sent to it', async (address, flag) => {
    // Arrange: the confirmation goes, and the local SES reports it back as SES would
    const res = await post('/api/cases', plcUnwanted(address));
    expect(res.status).toBe(201);
    const { rma } = (await res.json()) as { rma: string };
    const store = desk().desk.app.ports.store;
    let c = await store.get(rma);
    for (let i = 0; i < 100 && !c?.flags.includes(flag as 'email_bounced'); i++) {
      await new Promise((r) => setTimeout(r, 50));
      c = await store.get(rma);
    }
    expect(c?.flags).toContain(flag);
    const sent = async () => (await outbox(desk().desk)).filter((m) => m.to.includes(address)).length;
    expect(await sent()).toBe(1);
    // Act: staff record the parcel, which would email the customer
    const after = await desk().desk.app.applyAction(rma, { action: 'received', expectedVersion: c!.version });
    // Assess: recorded as refused for that reason, and not sent
    expect(after.emails['status:received']?.state).toBe('rejected');
    expect(await sent()).toBe(1);
  });

  it('counts the business metrics CloudWatch would show (GET /_local/metrics)', async () => {
    const before = (await (await fetch(`${desk().desk.url}/_local/metrics`)).json()) as Record<string, number>;
    const res = await post('/api/cases', plcUnwanted('metrics@example.com'));
    expect(res.status).toBe(201);
    const after = (await (await fetch(`${desk().desk.url}/_local/metrics`)).json()) as Record<string, number>;
    const grew = (key: string) => (after[key] ?? 0) - (before[key] ?? 0);
    expect(grew('CasesCreated policy=plc-technologies channel=form track=unwanted_return')).toBe(1);
    expect(grew('Emails state=sent')).toBe(1);
  });

  it('serves the customer API’s OpenAPI 3.1 description', async () => {
    const res = await fetch(`${desk().desk.url}/api/openapi.json`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('application/json');
    const doc = (await res.json()) as { openapi: string; paths: Record<string, unknown> };
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toContain('/api/cases');
  });

  it('a Plextor DOA case lists the invoice copy', async () => {
    const res = await post('/api/cases', {
      policy: 'plextor-eu',
      contact: { email: 'doa@example.de', name: 'Dirk' },
      reason: 'dead_on_arrival',
      country: 'DE',
      purchaseDate: daysAgo(10),
      item: { damaged: false },
      invoiceCopy: true,
    });
    expect(res.status).toBe(201);
    const body = (await res.json()) as { decision: { track: string; documents: string[] } };
    expect(body.decision.track).toBe('doa');
    const mail = (await outbox(desk().desk)).find((m) => m.to.includes('doa@example.de'));
    expect(mail?.text).toContain('a copy of the purchase invoice');
  });

  it('200 parallel submits with one Idempotency-Key: exactly one case and one email', async () => {
    // Prepare
    const before = (await casesInTable()).length;
    const body = plcUnwanted('parallel@example.com');
    // Act
    const responses = await Promise.all(Array.from({ length: 200 }, () => post('/api/cases', body, { 'idempotency-key': 'parallel-1' })));
    const bodies = (await Promise.all(responses.map((r) => r.json()))) as { rma: string; statusUrl: string }[];
    // Assess
    expect(responses.map((r) => r.status).filter((s) => s !== 201 && s !== 200)).toEqual([]);
    expect(responses.filter((r) => r.status === 201)).toHaveLength(1);
    expect(new Set(bodies.map((b) => b.rma)).size).toBe(1);
    expect(new Set(bodies.map((b) => b.statusUrl)).size).toBe(1);
    expect((await casesInTable()).length).toBe(before + 1);
    expect((await outbox(desk().desk)).filter((m) => m.to.includes('parallel@example.com'))).toHaveLength(1);
  });

  it('asks for what is missing with 422, and creates nothing', async () => {
    const before = (await casesInTable()).length;
    const res = await post('/api/cases', { policy: 'plc-technologies', contact: { email: 'x@example.com', name: 'X' }, reason: 'unwanted' });
    expect(res.status).toBe(422);
    expect(((await res.json()) as { decision: { missing: string[] } }).decision.missing[0]).toBe('deliveryDate');
    expect((await casesInTable()).length).toBe(before);
  });
});

describe('the local desk as a browser meets it', () => {
  it('cancels from the status page’s form, whose post arrives base64-encoded as on AWS', async () => {
    // Prepare
    const created = (await (await post('/api/cases', plcUnwanted('cancel-form@example.com'))).json()) as { rma: string; statusUrl: string };
    const token = new URL(created.statusUrl).searchParams.get('token') as string;
    // Act
    const res = await fetch(`${desk().desk.url}/api/cases/${created.rma}/cancel`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html' },
      body: new URLSearchParams({ token }).toString(),
      redirect: 'manual',
    });
    // Assess
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toContain('notice=cancelled');
    const { Item } = await desk().table.send(new GetCommand({ TableName: LOCAL_TABLE, Key: { pk: `CASE#${created.rma}`, sk: 'CASE' } }));
    expect(Item?.status).toBe('cancelled');
  });

  it('answers only to its own host names (no DNS rebinding)', async () => {
    // Prepare
    const { port } = new URL(desk().desk.url);
    const ask = (host: string) =>
      new Promise<number>((resolve, reject) => {
        // fetch() will not send a Host header of our choosing (or none); node:http will ('' for none).
        const to = { host: '127.0.0.1', port: Number(port), path: '/api/cases/RMA-000000000' };
        const req = httpRequest(host === '' ? { ...to, setHost: false } : { ...to, headers: { host } }, (res) => {
          res.resume();
          resolve(res.statusCode as number);
        });
        req.on('error', reject);
        req.end();
      });
    // Act
    const answers = await Promise.all(
      [`127.0.0.1:${port}`, `localhost:${port}`, `evil.example:${port}`, 'evil.example', `127.0.0.1:${Number(port) + 1}`, ''].map(ask),
    );
    // Assess: the desk's own names reach the route (404, no such case); any other is refused
    // (a request naming no host at all, node:http's server refuses by itself)
    expect(answers).toEqual([404, 404, 421, 421, 421, 400]);
  });
});

describe('the local desk’s data', () => {
  it('survives a restart', async () => {
    // Prepare: a desk that keeps its data on disk
    const first = await runDesk({ persist: true });
    const res = await fetch(`${first.desk.url}/api/cases`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(plcUnwanted('restart@example.com')),
    });
    const { rma, statusUrl } = (await res.json()) as { rma: string; statusUrl: string };
    await first.stop({ keepData: true });
    // Act
    const second = await runDesk({ persist: true, dataDir: first.dataDir });
    try {
      const token = new URL(statusUrl).searchParams.get('token') as string;
      const view = await fetch(`${second.desk.url}/api/cases/${rma}`, { headers: { authorization: `Bearer ${token}` } });
      // Assess
      expect(view.status).toBe(200);
      expect(((await view.json()) as { rma: string }).rma).toBe(rma);
    } finally {
      await second.stop();
    }
  });
});
