import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import type { ReplyLogEntry } from '../../api';
import { chinaDayOf, type ReplyFigures } from '../../domain/service';
import { useLiveContext } from './LiveContext';
import { figuresFromLog, logEntryOf } from './replyLogFigures';
import { useNow } from './useNow';
import { useOnReconnect, useServiceEvent } from './useServiceEvent';

export interface ReplyFiguresResult {
  mine: ReplyFigures | null;
  team: ReplyFigures | null;
  isLoading: boolean;
  isError: boolean;
}

export const FIGURES_EVERY_MS = 30_000;

interface LiveEntries {
  /** Messages streamed after this instant are not in the fetched log. */
  since: number;
  byId: Readonly<Record<string, ReplyLogEntry>>;
}

/**
 * Today's (China day) 3-minute reply rate and average first reply for me and for the team, from
 * GET /service/reply-log and kept current from 'message' events; recomputed each 30 s.
 */
export function useReplyFigures(): ReplyFiguresResult {
  const live = useLiveContext();
  const now = useNow(FIGURES_EVERY_MS);
  const dayStart = chinaDayOf(now).from;
  const day = useMemo(() => chinaDayOf(dayStart), [dayStart]);
  const [streamed, setStreamed] = useState<LiveEntries>({ since: 0, byId: {} });
  const [assignees, setAssignees] = useState<Readonly<Record<string, string | null>>>({});

  const log = useQuery({
    queryKey: ['service', 'reply-log', dayStart],
    enabled: live !== null,
    queryFn: async () => {
      const since = Date.now();
      const entries = await (live ? live.dataProvider.getReplyLog(day.from, day.to) : Promise.resolve([]));
      setStreamed((current) => ({ since, byId: current.byId }));
      return Array.isArray(entries) ? entries : [];
    },
  });

  useServiceEvent('message', (message) => {
    setStreamed((current) => ({ ...current, byId: { ...current.byId, [message.id]: logEntryOf(message) } }));
  });
  useServiceEvent('conversation', (conversation) => {
    setAssignees((current) => ({ ...current, [conversation.id]: conversation.assigneeId }));
  });
  const { refetch } = log;
  useOnReconnect(() => void refetch());

  const figures = useMemo(() => {
    if (!log.data) return null;
    const fresh = Object.values(streamed.byId).filter((entry) => Date.parse(entry.at) >= streamed.since);
    return figuresFromLog([...log.data, ...fresh], day, live?.userId ?? null, now, assignees);
  }, [log.data, streamed, day, live?.userId, now, assignees]);

  return {
    mine: figures?.mine ?? null,
    team: figures?.team ?? null,
    isLoading: live !== null && log.isPending,
    isError: log.isError,
  };
}
