import { mailperformanceFixture } from './fixtures/mailperformance.fixture';
import { defineProviderContract } from './provider-contract';

defineProviderContract(mailperformanceFixture);
