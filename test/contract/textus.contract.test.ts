import { defineProviderContract } from './provider-contract';
import { textusFixture } from './fixtures/textus.fixture';

defineProviderContract(textusFixture);
