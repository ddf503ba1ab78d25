/**
 * Every MailPerformance path. Relative, so a base URL with a path prefix keeps it; ids are
 * always encoded even though the keys module already refuses anything but UUIDs and codes.
 */
export const mailPerformancePaths = {
  message: (messageId: string): string => `messages/${encodeURIComponent(messageId)}`,
  target: (targetId: string): string => `targets/${encodeURIComponent(targetId)}`,
  action: (actionId: string): string => `actions/${encodeURIComponent(actionId)}`,
} as const;
