import { defineProviderContract } from './provider-contract';
import { birdFixture } from './fixtures/bird.fixture';

defineProviderContract(birdFixture);
