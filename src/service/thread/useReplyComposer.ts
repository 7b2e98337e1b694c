import { useCallback, useMemo, useState } from 'react';
import { useTranslate } from 'react-admin';
import { MESSAGE_MAX_LENGTH, type Conversation } from '../../api';
import { checkClaims } from '../../domain/claims';
import { variablesIn } from '../../domain/service';
import { rebaseFindings, useClaimCheck, useClaimDictionary } from '../../components/claims';
import { useDraft, useOutbox, useTypingSignal } from '../live';
import type { ReplyMode } from './replyBoxFocus';

/**
 * The reply box's state: the draft of this conversation and mode, its banned claims (replies only: buyers
 * never read notes), and sending through the outbox, which keeps the reply until the platform confirms it.
 */
export function useReplyComposer(conversation: Conversation, mode: ReplyMode) {
  const translate = useTranslate();
  const [value, setDraft, clearDraft] = useDraft(conversation.id, mode);
  const [refusal, setRefusal] = useState<string | null>(null);
  const outbox = useOutbox();
  const signalTyping = useTypingSignal(conversation.id);
  const dictionary = useClaimDictionary();

  const checked = mode === 'reply' ? value : '';
  const report = useClaimCheck(checked, 'service_reply');
  const findings = useMemo(() => rebaseFindings(report.findings, report.text, checked), [report, checked]);
  const blocked = findings.some((f) => f.severity === 'block');
  const unfilled = useMemo(() => (mode === 'reply' ? variablesIn(value) : []), [mode, value]);

  const setValue = useCallback(
    (next: string) => {
      setDraft(next);
      setRefusal(null);
      // Notes too: a teammate writing about this buyer is as much "here" as one replying.
      if (next !== '') signalTyping();
    },
    [setDraft, signalTyping],
  );

  /** Queues the text; answers false (and says why) when it may not go out. */
  const send = useCallback((): boolean => {
    const body = value.trim();
    if (body === '') return false;
    if (body.length > MESSAGE_MAX_LENGTH) {
      setRefusal(translate('service.thread.reply.too_long', { max: MESSAGE_MAX_LENGTH }));
      return false;
    }
    if (mode === 'reply') {
      // The text being sent, not the deferred report on screen: a claim typed a moment ago is still caught.
      if (checkClaims(body, { field: 'service_reply', dictionary }).verdict === 'block') {
        setRefusal(translate('service.thread.reply.blocked'));
        return false;
      }
      const left = variablesIn(body);
      if (left.length > 0) {
        setRefusal(
          translate('service.thread.reply.unfilled', { variables: left.map((v) => `{${v}}`).join(' ') }),
        );
        return false;
      }
    }
    outbox.send(conversation.id, { body, internal: mode === 'note' });
    clearDraft();
    setRefusal(null);
    return true;
  }, [value, mode, dictionary, outbox, conversation.id, clearDraft, translate]);

  return { value, setValue, findings, blocked, unfilled, refusal, send };
}
