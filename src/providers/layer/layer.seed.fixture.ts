// The seed document's two example bodies, verbatim (test data for the parsers and mappers).

export const SEED_USER_BODY = {
  id: 'layer:///conversations/90a3dd7e-59f2-4369-a522-a3e4f767af10',
  url: 'https://api.layer.com/apps/1ab339a8-adb6-11e5-ad04-192ee3134c94/users/1234567/conversations/90a3dd7e-59f2-4369-a522-a3e4f767af10',
  messages_url: 'https://api.layer.com/apps/1ab339a8-adb6-11e5-ad04-192ee3134c94/users/1234567/conversations/90a3dd7e-59f2-4369-a522-a3e4f767af10/messages',
  created_at: '2015-12-28T22:59:57.433Z',
  participants: ['2222222', '1234567'],
  metadata: { background_color: '#3c3c3c' },
  distinct: true,
  last_message: {
    id: 'layer:///messages/62a1469c-4257-4515-a3e9-3f816dd0e3c5',
    position: 5494669312,
    conversation: {
      id: 'layer:///conversations/90a3dd7e-59f2-4369-a522-a3e4f767af10',
      url: 'https://api.layer.com/apps/1ab339a8-adb6-11e5-ad04-192ee3134c94/users/1234567/conversations/90a3dd7e-59f2-4369-a522-a3e4f767af10',
    },
    parts: [{ id: 'layer:///messages/62a1469c-4257-4515-a3e9-3f816dd0e3c5/parts/0', mime_type: 'text/plain', body: 'hello' }],
    sent_at: '2015-12-28T23:07:51.112Z',
    received_at: '2015-12-28T23:07:51.123Z',
    sender: { user_id: '1234567' },
    is_unread: false,
    recipient_status: { '2222222': 'sent', '1234567': 'read' },
  },
  unread_message_count: 0,
};

export const SEED_SYSTEM_BODY = {
  id: 'layer:///conversations/f3cc7b32-3c92-11e4-baad-164230d1df67',
  url: 'https://api.layer.com/apps/24f43c32-4d95-11e4-b3a2-0fd00000020d/conversations/f3cc7b32-3c92-11e4-baad-164230d1df67',
  messages_url: 'https://api.layer.com/apps/24f43c32-4d95-11e4-b3a2-0fd00000020d/conversations/f3cc7b32-3c92-11e4-baad-164230d1df67/messages',
  created_at: '2014-09-15T04:44:47+00:00',
  participants: ['1234', '5678'],
  distinct: false,
  metadata: { background_color: '#3c3c3c' },
};

export const IDENTITY_BODY = {
  id: 'layer:///identities/FrodoDodo',
  url: 'https://api.layer.com/apps/APP/identities/FrodoDodo',
  user_id: 'FrodoDodo',
  display_name: 'Frodo the Dodo',
  avatar_url: 'https://example.com/frodo.png',
  first_name: 'Frodo',
  last_name: 'Baggins',
  phone_number: '13791379137',
  email_address: 'frodo@example.com',
  identity_type: 'user',
  metadata: { level: '35' },
};
