import { Provider } from '../../schema/enums';
import { placeholderAdapter } from '../shared/placeholder';

export const helpScoutAdapter = placeholderAdapter('helpscout', Provider.HELP_SCOUT, 'Help Scout', 'HelpScoutConversation');
