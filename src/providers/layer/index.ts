import { Provider } from '../../schema/enums';
import { placeholderAdapter } from '../shared/placeholder';

export const layerAdapter = placeholderAdapter('layer', Provider.LAYER, 'Layer', 'LayerConversation');
