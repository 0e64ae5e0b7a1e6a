import { InMemoryCaseStore } from '../../../../../shared/adapters/memory/in-memory-case-store';
import { caseStoreBehaviour } from '../../../../support/case-store-behaviour';

caseStoreBehaviour('InMemoryCaseStore', () => new InMemoryCaseStore());
