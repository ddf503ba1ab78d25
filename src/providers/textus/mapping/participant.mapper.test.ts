import { ParticipantRole } from '../../../schema/enums';
import { TextUsContact, TextUsUser } from '../graphql/participant.type';
import { SEED_SENDER, seedConversation } from '../simulator/seed';
import { parseContact, parseUser } from '../wire/people.wire';
import { mapContact, mapUser } from './participant.mapper';

describe('TextUs participant mappers', () => {
  it('maps a user to an AGENT with its e-mail and settings', () => {
    const user = mapUser(parseUser(SEED_SENDER));
    expect(user).toBeInstanceOf(TextUsUser);
    expect(user).toMatchObject({
      id: 'textus:user:hikvlD', role: ParticipantRole.AGENT, displayName: 'Carlos Ray', email: 'carlos@textus.example',
      phone: null, avatarUrl: null, membershipsPath: '/users/hikvlD/memberships', settings: { customSettings: {} },
    });
  });

  it('maps an automated actor to a BOT', () => {
    expect(mapUser(parseUser({ ...SEED_SENDER, automatedActor: true })).role).toBe(ParticipantRole.BOT);
  });

  it('maps a contact to a CUSTOMER whose phone is its first number and whose e-mail is null', () => {
    const associated = seedConversation()['associatedContacts'] as { members: unknown[] };
    const contact = mapContact(parseContact(associated.members[0]));
    expect(contact).toBeInstanceOf(TextUsContact);
    expect(contact).toMatchObject({
      id: 'textus:contact:Vled2N', role: ParticipantRole.CUSTOMER, displayName: 'Jamel Hirthe', phone: '+13035551234',
      email: null, firstName: 'Jamel', lastName: 'Hirthe', conversationsPath: '/contacts/DQeeO69/conversations',
      createdAt: '2020-01-06T21:49:58.312Z', data: {}, formattedData: {},
      notes: { totalItems: 0, jsonLd: { path: '/contacts/DQeeO69/notes' } },
      phones: {
        totalItems: 1,
        members: [{
          phoneNumber: '+13035551234', formattedPhoneNumber: '(303) 555-1234', extension: null, type: 'Mobile',
          deliverabilityStatus: 'unknown', contactPath: '/contacts/DQeeO69', jsonLd: { path: '/contact_phones/mxvbRw' },
        }],
      },
    });
  });
});
