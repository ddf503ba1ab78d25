import { defineProviderContract } from './provider-contract';
import { layerFixture } from './fixtures/layer.fixture';

defineProviderContract(layerFixture);
