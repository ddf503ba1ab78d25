import { defineProviderContract } from './provider-contract';
import { helpscoutFixture } from './fixtures/helpscout.fixture';

defineProviderContract(helpscoutFixture);
