import { MemoryStorage } from 'botbuilder';
import { storageBehaviour } from '../../support/storage-behaviour';

// The reference the DynamoDB storage is held to (test/integration/bot-storage.test.ts).
storageBehaviour('MemoryStorage', () => new MemoryStorage());
