import type { Random } from '../random';
import { closingLine, pendingLine, scripts, snoozeLine, type ScriptStep } from './scripts';
import type { Session, ThreadStep } from './threads';

/** Where a conversation stands: what its last lines are and the status staff left it in. */
export type Shape = 'waiting' | 'answered' | 'pending' | 'snoozed' | 'resolved';

const lastAgentIndex = (steps: ThreadStep[]) => steps.map((step) => step.by).lastIndexOf('agent');
const endsWithAgent = (steps: ThreadStep[]) => steps[steps.length - 1]?.by === 'agent';
const thanks: ScriptStep = { by: 'buyer', text: '好的，谢谢～' };
const agentSays = (text: string): ScriptStep => ({ by: 'agent', text });

/** A script answered to the end and closed, as in any finished exchange. */
export function closedSession(script: ScriptStep[], greeting: string | null): Session {
  const steps: ThreadStep[] = [...script];
  if (greeting) steps.splice(1, 0, { by: 'auto', text: greeting });
  if (endsWithAgent(steps)) steps.push(thanks);
  steps.push(agentSays(closingLine));
  return { steps };
}

/** The buyer's opening lines of a script, before anyone answered them. */
function unansweredOpening(script: ScriptStep[], greeting: string): Session {
  const firstAnswer = script.findIndex((step) => step.by !== 'buyer');
  const opening: ThreadStep[] = script.slice(0, firstAnswer === -1 ? script.length : firstAnswer);
  opening.splice(1, 0, { by: 'auto', text: greeting });
  return { steps: opening };
}

/** The sessions of a conversation of this shape: sometimes an older, closed exchange first. */
export function sessionsFor(shape: Shape, greeting: string, random: Random): Session[] {
  const script = random.pick(scripts);
  const history = random.next() < 0.3 ? [closedSession(random.pick(scripts), null)] : [];
  if (shape === 'waiting') return [...history, unansweredOpening(script, greeting)];
  if (shape === 'resolved') return [closedSession(script, random.next() < 0.5 ? greeting : null)];
  const steps: ThreadStep[] = [...script];
  if (shape === 'answered') return [...history, { steps: steps.slice(0, lastAgentIndex(steps) + 1) }];
  steps.push(agentSays(shape === 'pending' ? pendingLine : snoozeLine));
  return [...history, { steps }];
}
