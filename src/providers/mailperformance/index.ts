import { Provider } from '../../schema/enums';
import { placeholderAdapter } from '../shared/placeholder';

export const mailPerformanceAdapter = placeholderAdapter('mailperformance', Provider.MAIL_PERFORMANCE, 'MailPerformance', 'MailPerformanceConversation');
