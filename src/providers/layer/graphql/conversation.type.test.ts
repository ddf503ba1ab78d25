import { fakeLinkIO, linkContextOf } from '../../../../test/support/link-context';
import { SEED_USER_BODY } from '../../../../test/fixtures/layer/layer.seed.fixture';
import { LAYER } from '../identity';
import { mapLayerConversation } from '../mapping/conversation.mapper';
import { parseLayerConversation } from '../wire/conversation.wire';
import type { LayerLinks, LayerScope } from './links';
import { LayerMessage } from './message.type';

// The class reaches fetch code only through its scope's links, with the IO of its own provider.
const io = fakeLinkIO();
const ctx = linkContextOf(io, LAYER.slug);

function fakeScope(): { scope: LayerScope; links: jest.Mocked<LayerLinks> } {
  const links: jest.Mocked<LayerLinks> = {
    participants: jest.fn().mockResolvedValue([]),
    sender: jest.fn().mockResolvedValue(null),
    newestMessage: jest.fn().mockResolvedValue(null),
    messages: jest.fn().mockResolvedValue({ items: [], hasNextPage: false, totalCount: 0 }),
    conversation: jest.fn(),
  };
  return { scope: { appId: 'app', userId: '1234567', links }, links };
}

describe('Layer classes following their links', () => {
  it('answers the embedded last message without following any link', async () => {
    const { scope, links } = fakeScope();
    const conversation = mapLayerConversation(parseLayerConversation(SEED_USER_BODY), scope, '1234567');
    expect(await conversation.lastMessage(ctx)).toMatchObject({ text: 'hello' });
    expect(links.newestMessage).not.toHaveBeenCalled();
  });

  it('asks its links for the newest message when none was embedded, with its provider\'s IO', async () => {
    const { scope, links } = fakeScope();
    const conversation = mapLayerConversation(parseLayerConversation({ ...SEED_USER_BODY, last_message: undefined }), scope, null);
    await conversation.lastMessage(ctx);
    expect(links.newestMessage).toHaveBeenCalledWith(conversation, io);
  });

  it('asks its links for participants and messages with the request\'s IO', async () => {
    const { scope, links } = fakeScope();
    const conversation = mapLayerConversation(parseLayerConversation(SEED_USER_BODY), scope, '1234567');
    await conversation.participants(ctx);
    await conversation.messages({ first: 5, after: null }, ctx);
    expect(links.participants).toHaveBeenCalledWith(['2222222', '1234567'], ['LayerConversation', 'participants'], io);
    expect(links.messages).toHaveBeenCalledWith(conversation, { first: 5, after: null }, io);
  });

  it('gives each mapped message the same links, for its sender and its conversation', async () => {
    const { scope, links } = fakeScope();
    const conversation = mapLayerConversation(parseLayerConversation(SEED_USER_BODY), scope, '1234567');
    const message = conversation.lastMessageValue;
    if (!(message instanceof LayerMessage)) throw new Error('expected a LayerMessage');
    await message.sender(ctx);
    await message.recipients(ctx);
    await message.conversation(ctx);
    expect(links.sender).toHaveBeenCalledWith({ userId: '1234567', name: null }, { user_id: '1234567' }, io);
    expect(links.participants).toHaveBeenCalledWith(['2222222'], ['LayerMessage', 'recipients'], io);
    expect(links.conversation).toHaveBeenCalledWith('90a3dd7e-59f2-4369-a522-a3e4f767af10', io);
  });
});
