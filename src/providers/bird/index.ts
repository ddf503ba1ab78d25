import { Provider } from '../../schema/enums';
import { placeholderAdapter } from '../shared/placeholder';

export const birdAdapter = placeholderAdapter('bird', Provider.BIRD, 'Bird', 'BirdConversation');
