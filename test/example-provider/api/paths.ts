const enc = encodeURIComponent;

/**
 * Every Example Chat path, relative to the base URL so a base path prefix is kept. Keys are
 * validated before they get here; they are encoded anyway, so no id can ever change the path.
 */
export const examplePaths = {
  conversationList: (): string => 'conversations',
  conversations: (page: number): string => `${examplePaths.conversationList()}?page=${page}`,
  conversation: (key: string): string => `${examplePaths.conversationList()}/${enc(key)}`,
  messageList: (key: string): string => `${examplePaths.conversation(key)}/messages`,
  messages: (key: string, page: number): string => `${examplePaths.messageList(key)}?page=${page}`,
};
