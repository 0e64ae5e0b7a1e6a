// The one table's shape, shared by the CDK stack and the local desk so both build the same table.
export const TABLE = {
  partitionKey: 'pk',
  sortKey: 'sk',
  ttlAttribute: 'ttl',
  /** Cases by status, oldest change first: staff queues and the 21-day check. */
  byStatusIndex: { name: 'byStatus', partitionKey: 'gsi1pk', sortKey: 'gsi1sk' },
  /** Every case, most recently changed first: the staff desk's search and filters (one partition, `CASES`). */
  byChangeIndex: { name: 'byChange', partitionKey: 'gsi2pk', sortKey: 'gsi2sk' },
} as const;

/** The index definitions for DynamoDB Local's CreateTable / UpdateTable. */
export function indexInput(index: { name: string; partitionKey: string; sortKey: string }) {
  return {
    IndexName: index.name,
    KeySchema: [
      { AttributeName: index.partitionKey, KeyType: 'HASH' as const },
      { AttributeName: index.sortKey, KeyType: 'RANGE' as const },
    ],
    Projection: { ProjectionType: 'ALL' as const },
  };
}

/** CreateTable input (plain data, no SDK types) for DynamoDB Local. */
export function createTableInput(tableName: string) {
  const { partitionKey: pk, sortKey: sk, byStatusIndex: gsi, byChangeIndex: all } = TABLE;
  return {
    TableName: tableName,
    BillingMode: 'PAY_PER_REQUEST' as const,
    AttributeDefinitions: [pk, sk, gsi.partitionKey, gsi.sortKey, all.partitionKey, all.sortKey].map((name) => ({
      AttributeName: name,
      AttributeType: 'S' as const,
    })),
    KeySchema: [
      { AttributeName: pk, KeyType: 'HASH' as const },
      { AttributeName: sk, KeyType: 'RANGE' as const },
    ],
    GlobalSecondaryIndexes: [indexInput(gsi), indexInput(all)],
  };
}
