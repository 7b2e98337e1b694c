import { replyFigures, waitsOf, type ServiceMessage } from './replyRate';

const china = (iso: string) => Date.parse(`${iso}+08:00`);
const SEC = 1_000;
const day = { from: china('2026-11-24T00:00:00'), to: china('2026-11-25T00:00:00') };
const endOfDay = china('2026-11-24T23:59:00');

const buyer = (iso: string): ServiceMessage => ({ at: china(iso), from: 'buyer' });
const reply = (iso: string, agentId = 'a1', extra: Partial<ServiceMessage> = {}): ServiceMessage => ({
  at: china(iso),
  from: 'merchant',
  agentId,
  ...extra,
});

describe('waits of a conversation', () => {
  it('starts one wait per unanswered run of buyer messages', () => {
    const waits = waitsOf(
      [buyer('2026-11-24T10:00:00'), buyer('2026-11-24T10:00:30'), reply('2026-11-24T10:01:00')],
      endOfDay,
    );
    expect(waits).toEqual([
      {
        startedAt: china('2026-11-24T10:00:00'),
        answeredAt: china('2026-11-24T10:01:00'),
        answeredBy: 'a1',
        serviceWaitMs: 60 * SEC,
      },
    ]);
  });

  it('ignores auto-replies and internal notes as answers', () => {
    const waits = waitsOf(
      [
        buyer('2026-11-24T10:00:00'),
        reply('2026-11-24T10:00:01', 'bot', { auto: true }),
        reply('2026-11-24T10:00:05', 'a1', { internal: true }),
        reply('2026-11-24T10:05:00'),
      ],
      endOfDay,
    );
    expect(waits[0]?.serviceWaitMs).toBe(300 * SEC);
  });
});

describe('the 3-minute human reply rate', () => {
  it('counts a reply at exactly 3:00 as in time and at 3:01 as late', () => {
    const figures = replyFigures(
      [
        { messages: [buyer('2026-11-24T10:00:00'), reply('2026-11-24T10:03:00')] },
        { messages: [buyer('2026-11-24T11:00:00'), reply('2026-11-24T11:03:01')] },
      ],
      day,
      endOfDay,
    );
    expect(figures).toMatchObject({ measured: 2, answeredInTime: 1, rate: 0.5 });
  });

  it('does not count an auto-reply as the answer', () => {
    const figures = replyFigures(
      [{ messages: [buyer('2026-11-24T10:00:00'), reply('2026-11-24T10:00:02', 'bot', { auto: true })] }],
      day,
      endOfDay,
    );
    expect(figures).toMatchObject({ measured: 1, answeredInTime: 0, rate: 0 });
  });

  it('leaves out waits that start outside service hours', () => {
    const figures = replyFigures(
      [{ messages: [buyer('2026-11-24T08:59:59'), reply('2026-11-24T09:30:00')] }],
      day,
      endOfDay,
    );
    expect(figures).toMatchObject({ measured: 0, rate: null, averageFirstReplyMs: null });
  });

  it('measures a wait from 22:59 answered at 09:01 next day as 2 minutes of service time', () => {
    const nextMorning = china('2026-11-25T12:00:00');
    const figures = replyFigures(
      [{ messages: [buyer('2026-11-24T22:59:00'), reply('2026-11-25T09:01:00')] }],
      day,
      nextMorning,
    );
    expect(figures).toMatchObject({ measured: 1, answeredInTime: 1, averageFirstReplyMs: 120 * SEC });
  });

  it('counts an unanswered wait against the rate once its 3 minutes are gone, not before', () => {
    const conversations = [{ messages: [buyer('2026-11-24T10:00:00')], assigneeId: 'a1' }];
    expect(replyFigures(conversations, day, china('2026-11-24T10:02:00')).measured).toBe(0);
    expect(replyFigures(conversations, day, china('2026-11-24T10:03:01'))).toMatchObject({
      measured: 1,
      rate: 0,
    });
  });

  it('gives an agent their own figures and the team everyone’s', () => {
    const conversations = [
      { messages: [buyer('2026-11-24T10:00:00'), reply('2026-11-24T10:01:00', 'a1')] },
      { messages: [buyer('2026-11-24T10:00:00'), reply('2026-11-24T10:10:00', 'a2')] },
    ];
    expect(replyFigures(conversations, { ...day, agentId: 'a1' }, endOfDay)).toMatchObject({ rate: 1 });
    expect(replyFigures(conversations, { ...day, agentId: 'a2' }, endOfDay)).toMatchObject({ rate: 0 });
    expect(replyFigures(conversations, day, endOfDay)).toMatchObject({
      rate: 0.5,
      averageFirstReplyMs: (60 + 600) * 500,
    });
  });

  it('averages only the first reply of each conversation', () => {
    const figures = replyFigures(
      [
        {
          messages: [
            buyer('2026-11-24T10:00:00'),
            reply('2026-11-24T10:01:00'),
            buyer('2026-11-24T12:00:00'),
            reply('2026-11-24T12:05:00'),
          ],
        },
      ],
      day,
      endOfDay,
    );
    expect(figures).toMatchObject({ measured: 2, answeredInTime: 1, averageFirstReplyMs: 60 * SEC });
  });

  it('keeps waits of other days out of today', () => {
    const figures = replyFigures(
      [{ messages: [buyer('2026-11-23T10:00:00'), reply('2026-11-23T10:01:00')] }],
      day,
      endOfDay,
    );
    expect(figures.measured).toBe(0);
  });
});
