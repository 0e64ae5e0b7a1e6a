// What each function may do, as the template grants it: its DynamoDB actions item prefix by item
// prefix, mail only from the desk's address, and the reserved concurrency of the public functions.
import { Template } from 'aws-cdk-lib/assertions';
import type { RmaStack } from '../../infra/lib/rma-stack';
import { DEFAULT_RESERVED_CONCURRENCY, deskSettings } from '../../infra/lib/settings';
import { asList, buildApp, logicalId, statementsOf, tableGrants, type Json } from './template';

type Name = keyof RmaStack['functions'];

describe('RmaDeskStack, least privilege per function', () => {
  let stack: RmaStack;
  let template: Template;
  let ids: Record<Name, string>;

  beforeAll(() => {
    ({ stack } = buildApp({ '@aws-cdk/core:failSynthOnValidationErrors': false }));
    template = Template.fromStack(stack);
    ids = Object.fromEntries(Object.entries(stack.functions).map(([name, fn]) => [name, logicalId(stack, fn)])) as typeof ids;
  });

  it('grants each function exactly the DynamoDB actions its adapters call, on the partition-key prefixes it touches', () => {
    // Prepare
    const table = logicalId(stack, stack.table);
    const cases = '[CASE#*]';
    const casesAndKeys = '[CASE#*,IDEM#*]';
    // Every function that sends mail checks the address against the suppression list first.
    const suppressed = 'dynamodb:GetItem table [SUPPRESSED#*]';
    // Act
    const granted = Object.fromEntries(Object.entries(ids).map(([name, id]) => [name, tableGrants(statementsOf(template, id), table)]));
    // Assess
    expect(granted).toEqual({
      assess: [],
      // The token exchange records who opened each conversation; the bot reads it back.
      chatToken: ['dynamodb:PutItem table [CONV#*]'],
      getCase: [`dynamodb:GetItem table ${cases}`],
      pages: [`dynamodb:GetItem table ${cases}`],
      photos: [`dynamodb:GetItem table ${cases}`],
      processPhoto: [`dynamodb:GetItem table ${cases}`, `dynamodb:PutItem table ${cases}`],
      // "Send me my link again" finds a customer's cases by their address (byChange).
      cancelCase: [`dynamodb:GetItem table ${cases}`, suppressed, `dynamodb:PutItem table ${cases}`, 'dynamodb:Query index/byChange any'],
      createCase: [`dynamodb:GetItem table ${casesAndKeys}`, suppressed, `dynamodb:PutItem table ${casesAndKeys}`, 'dynamodb:UpdateItem table [QUOTA#*]'],
      messages: [
        'dynamodb:BatchGetItem table [BOT#*]',
        `dynamodb:GetItem table ${casesAndKeys}`,
        'dynamodb:GetItem table [CONV#*]',
        suppressed,
        'dynamodb:PutItem table [BOT#*]',
        `dynamodb:PutItem table ${casesAndKeys}`,
        'dynamodb:UpdateItem table [QUOTA#*]',
      ],
      inboundMail: [
        'dynamodb:BatchGetItem table [THREAD#*]',
        `dynamodb:GetItem table ${casesAndKeys}`,
        suppressed,
        'dynamodb:PutItem table [CASE#*,IDEM#*]',
        'dynamodb:PutItem table [MSG#*,REPLY#*,THREAD#*]',
        'dynamodb:UpdateItem table [QUOTA#*]',
      ],
      // The staff queue and the 21-day check list cases through the byStatus index, and only that index.
      // The search over every case (byChange) is the staff desk's alone.
      staff: [
        `dynamodb:GetItem table ${cases}`,
        suppressed,
        `dynamodb:PutItem table ${cases}`,
        'dynamodb:Query index/byChange any',
        'dynamodb:Query index/byStatus any',
      ],
      sla: [`dynamodb:GetItem table ${cases}`, suppressed, `dynamodb:PutItem table ${cases}`, 'dynamodb:Query index/byStatus any'],
      // Bounces and complaints: the address suppressed, the case flagged.
      mailEvents: [`dynamodb:GetItem table ${cases}`, `dynamodb:PutItem table ${cases}`, 'dynamodb:PutItem table [SUPPRESSED#*]'],
    });
  });

  it('lets no function scan, delete, write in batches, use PartiQL or describe the table, and none reach another table or index', () => {
    // Prepare
    const forbidden = /^dynamodb:(Scan|DeleteItem|BatchWriteItem|PartiQL\w*|DescribeTable|ConditionCheckItem|GetRecords|GetShardIterator|\*)$/;
    // Act
    const statements = Object.entries(ids).flatMap(([name, id]) => statementsOf(template, id).map((st) => ({ name, st })));
    const dynamodb = statements.filter(({ st }) => asList(st.Action).some((a) => a.startsWith('dynamodb:')));
    // Assess
    expect(
      statements.flatMap(({ name, st }) =>
        asList(st.Action)
          .filter((a) => forbidden.test(a))
          .map((a) => `${name} ${a}`),
      ),
    ).toEqual([]);
    for (const { name, st } of dynamodb) {
      // A statement on the table always carries its key condition; only the index query goes without.
      const onIndex = asList(st.Action).every((a) => a === 'dynamodb:Query');
      expect({ name, keyed: onIndex || st.Condition?.['ForAllValues:StringLike'] !== undefined }).toEqual({ name, keyed: true });
      expect({ name, wildcard: JSON.stringify(st.Resource).includes('*') }).toEqual({ name, wildcard: false });
    }
  });

  it('lets exactly the six senders send mail, each only from the configured From address of the SES identity', () => {
    // Prepare
    const { stack: custom } = buildApp({ '@aws-cdk/core:failSynthOnValidationErrors': false, mailFrom: 'rma@shop.test', sesIdentity: 'shop.test' });
    const customTemplate = Template.fromStack(custom);
    const identityArn = (s: RmaStack) => s.resolve(s.emailIdentity.emailIdentityArn) as Json;
    // Sending through the configuration set (its events, the bounces) needs the permission on it too.
    const configurationSetArn = (s: RmaStack) => s.resolve(s.mail.configurationSetArn) as Json;
    const sesOf = (t: Template, s: RmaStack) =>
      Object.fromEntries(
        Object.entries(s.functions)
          .map(([name, fn]) => [name, statementsOf(t, logicalId(s, fn)).filter((st) => asList(st.Action).some((a) => a.startsWith('ses:')))] as const)
          .filter(([, statements]) => statements.length > 0),
      );
    // Act
    const plain = sesOf(template, stack);
    const shop = sesOf(customTemplate, custom);
    // Assess
    expect(Object.keys(plain).sort()).toEqual(['cancelCase', 'createCase', 'inboundMail', 'messages', 'sla', 'staff']);
    for (const statements of Object.values(plain)) {
      expect(statements).toEqual([
        {
          Effect: 'Allow',
          Action: ['ses:SendEmail', 'ses:SendRawEmail'],
          Resource: [configurationSetArn(stack), identityArn(stack)],
          Condition: { StringEquals: { 'ses:FromAddress': 'returns@example.com' } },
        },
      ]);
    }
    for (const statements of Object.values(shop)) {
      expect(statements).toEqual([
        {
          Effect: 'Allow',
          Action: ['ses:SendEmail', 'ses:SendRawEmail'],
          Resource: [configurationSetArn(custom), identityArn(custom)],
          Condition: { StringEquals: { 'ses:FromAddress': 'rma@shop.test' } },
        },
      ]);
    }
  });

  it('reserves concurrency for each public function (100 of the default 1000 in all) and for no other', () => {
    // Prepare
    const reservedOf = (t: Template, s: RmaStack) =>
      Object.fromEntries(
        Object.entries(s.functions).map(([name, fn]) => [
          name,
          (t.toJSON().Resources[logicalId(s, fn)] as { Properties: Json }).Properties.ReservedConcurrentExecutions,
        ]),
      );
    const { stack: tuned } = buildApp({ '@aws-cdk/core:failSynthOnValidationErrors': false, reservedConcurrency: 'pages=40, messages=30' });
    const { stack: off } = buildApp({ '@aws-cdk/core:failSynthOnValidationErrors': false, reservedConcurrency: 'off' });
    // Act
    const plain = reservedOf(template, stack);
    // Assess
    expect(plain).toEqual({
      ...DEFAULT_RESERVED_CONCURRENCY,
      // Not public: started by S3 or GuardDuty, by signed-in staff, by the schedule.
      processPhoto: undefined,
      staff: undefined,
      sla: undefined,
    });
    expect(Object.values(plain).reduce<number>((sum, n) => sum + ((n as number | undefined) ?? 0), 0)).toBe(100);
    expect(reservedOf(Template.fromStack(tuned), tuned)).toMatchObject({ pages: 40, messages: 30, createCase: 10 });
    expect(Object.values(reservedOf(Template.fromStack(off), off)).filter((n) => n !== undefined)).toEqual([]);
  });

  it('reads reservedConcurrency from `-c` pairs and cdk.json objects alike, and refuses a bad one naming the setting', () => {
    // Prepare
    const read = (value: unknown) => () => deskSettings((key) => (key === 'reservedConcurrency' ? value : undefined));
    // Act
    const fromJson = read({ createCase: 25 })();
    // Assess
    expect(fromJson.reservedConcurrency).toMatchObject({ createCase: 25, pages: 20 });
    expect(read('staff=5')).toThrow(/context reservedConcurrency: unknown function "staff"/);
    expect(read('pages=0')).toThrow(/context reservedConcurrency: pages needs a whole number of at least 1/);
    expect(read('pages=many')).toThrow(/context reservedConcurrency: pages needs a whole number/);
    expect(read(20)).toThrow(/context reservedConcurrency: expected off or function=number pairs/);
  });
});
