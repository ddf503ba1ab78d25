import { SIM_ACCESS_KEY } from '../../src/providers/bird/simulator/seed';
import { SIM_APP, SIM_TOKEN as HELPSCOUT_TOKEN } from '../../src/providers/helpscout/simulator/seed';
import { SIM_TOKEN as LAYER_TOKEN } from '../../src/providers/layer/simulator/seed';
import { SIM_API_KEY } from '../../src/providers/mailperformance/simulator/seed';
import { SIM_TOKEN as TEXTUS_TOKEN } from '../../src/providers/textus/simulator/seed';

/**
 * The credentials the gateway holds in the chaos runs. The simulators accept only their fixed
 * seed credentials, so those are the canaries: any of them in a response or a log line is a
 * leak. Matched case-insensitively, because an upper-cased MailPerformance key once got through
 * a case-sensitive filter (issue 9, finding 5). Help Scout tokens issued by its OAuth endpoint
 * are credentials too.
 */
export const CANARIES: readonly string[] = [SIM_ACCESS_KEY, HELPSCOUT_TOKEN, SIM_APP.secret, 'hs-sim-issued-', LAYER_TOKEN, SIM_API_KEY, TEXTUS_TOKEN].map((c) => c.toLowerCase());

/** Occurrences of every canary in `text`. */
export function countCanaries(text: string): number {
  const lower = text.toLowerCase();
  let hits = 0;
  for (const canary of CANARIES) {
    for (let at = lower.indexOf(canary); at >= 0; at = lower.indexOf(canary, at + canary.length)) hits += 1;
  }
  return hits;
}
