import type { ReplyLogEntry } from '../../api';
import { figuresFromLog } from './replyLogFigures';

// 2026-01-05 10:00 China time: in service hours.
const tenAm = Date.parse('2026-01-05T02:00:00.000Z');
const day = { from: Date.parse('2026-01-04T16:00:00.000Z'), to: Date.parse('2026-01-05T16:00:00.000Z') };
const at = (offsetMs: number) => new Date(tenAm + offsetMs).toISOString();
const entry = (
  conversationId: string,
  offsetMs: number,
  author: ReplyLogEntry['author'],
  authorId: string | null = null,
  internal = false,
): ReplyLogEntry => ({
  conversationId,
  at: at(offsetMs),
  author,
  authorId,
  internal,
});

describe('reply figures from the day log', () => {
  it('counts human replies within 3 minutes, not auto-replies, notes or system lines, for me and the team', () => {
    const log = [
      // Mine, answered after 60 s (an auto-reply and a note before it don't count).
      entry('c1', 0, 'buyer'),
      entry('c1', 5_000, 'auto'),
      entry('c1', 30_000, 'agent', 'agent-me', true),
      entry('c1', 60_000, 'agent', 'agent-me'),
      // A teammate's, answered after 5 minutes: late.
      entry('c2', 0, 'buyer'),
      entry('c2', 1_000, 'system'),
      entry('c2', 300_000, 'agent', 'agent-mei'),
    ];
    const { mine, team } = figuresFromLog(log, day, 'agent-me', tenAm + 600_000);
    expect(mine).toEqual({ measured: 1, answeredInTime: 1, rate: 1, averageFirstReplyMs: 60_000 });
    expect(team).toMatchObject({ measured: 2, answeredInTime: 1, rate: 0.5, averageFirstReplyMs: 180_000 });
  });

  it('answers no rate when nothing was measured', () => {
    expect(figuresFromLog([], day, null, tenAm)).toEqual({
      mine: null,
      team: { measured: 0, answeredInTime: 0, rate: null, averageFirstReplyMs: null },
    });
  });
});
