// The bot's DynamoDB storage on DynamoDB Local, held to MemoryStorage's behaviour.
import { DynamoDbStorage } from '../../bot/dynamodb-storage';
import { LOCAL_TABLE } from '../../local/stack';
import { runDesk, type RunningDesk } from '../support/local-desk';
import { storageBehaviour } from '../support/storage-behaviour';

jest.setTimeout(120_000);

let running: RunningDesk;
afterAll(async () => {
  await running?.stop();
});

storageBehaviour('DynamoDbStorage', async () => {
  running = await runDesk();
  return new DynamoDbStorage({ client: running.desk.app.clients.documents, tableName: LOCAL_TABLE });
});
