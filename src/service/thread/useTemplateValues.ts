import { useMemo } from 'react';
import { useGetIdentity, useGetMany } from 'react-admin';
import type { Conversation, Order } from '../../api';
import type { TemplateValues } from '../../domain/service';

/** What a quick reply's variables stand for in this conversation: the buyer, their latest order, the agent. */
export function useTemplateValues(conversation: Conversation): TemplateValues {
  const { identity } = useGetIdentity();
  const { data: orders } = useGetMany<Order>(
    'orders',
    { ids: conversation.orderIds },
    { enabled: conversation.orderIds.length > 0 },
  );
  return useMemo(() => {
    const latest = [...(orders ?? [])].sort((a, b) => Date.parse(b.placedAt) - Date.parse(a.placedAt))[0];
    return {
      buyerName: conversation.buyerName,
      orderNumber: latest?.number ?? null,
      trackingNumber: latest?.trackingNumber ?? null,
      agentName: identity?.fullName ?? null,
    };
  }, [orders, conversation.buyerName, identity?.fullName]);
}
