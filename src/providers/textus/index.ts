import { Provider } from '../../schema/enums';
import { placeholderAdapter } from '../shared/placeholder';

export const textUsAdapter = placeholderAdapter('textus', Provider.TEXT_US, 'TextUs', 'TextUsConversation');
