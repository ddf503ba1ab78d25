import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';

/** Messages the runner sends a target over IPC (bench/profile-control.ts). */
export type ProfilerCommand = { type: 'profile-start' } | { type: 'profile-stop'; path: string };

function post<T>(session: Session, method: string, params?: object): Promise<T> {
  return new Promise((resolve, reject) => {
    session.post(method, params ?? {}, (error, result) => (error ? reject(error) : resolve(result as T)));
  });
}

/**
 * Lets the runner profile only the measured load: the V8 profiler starts and stops on its
 * command, so start-up and warm-up stay out of the `.cpuprofile`. No-op without an IPC channel.
 */
export function listenForProfiler(): void {
  if (!process.send) return;
  let session: Session | undefined;
  const reply = (message: object): void => void process.send?.(message);
  process.on('message', (message: ProfilerCommand) => {
    void (async () => {
      if (message.type === 'profile-start' && !session) {
        session = new Session();
        session.connect();
        await post(session, 'Profiler.enable');
        await post(session, 'Profiler.start');
        reply({ type: 'profile-started' });
      } else if (message.type === 'profile-stop' && session) {
        const { profile } = await post<{ profile: unknown }>(session, 'Profiler.stop');
        writeFileSync(message.path, JSON.stringify(profile));
        session.disconnect();
        session = undefined;
        reply({ type: 'profile-written' });
      }
    })().catch((error: unknown) => reply({ type: 'profile-failed', message: String(error) }));
  });
}
