import type { Conversation } from '../../src/api';
import { db } from '../db/store';
import type { PlatformUser } from '../db/types';
import { writeSystemLine, type Written } from './messageWriter';
import { validationFailed } from './problem';

/** Who may hold a conversation: active agents and admins of its brand (marketers only read). */
export const isServiceStaff = (user: PlatformUser, brandId: string) =>
  user.brandId === brandId &&
  user.status === 'active' &&
  (user.role === 'cs_agent' || user.role === 'brand_admin');

export function serviceStaffOf(brandId: string): PlatformUser[] {
  return db.users.all().filter((user) => isServiceStaff(user, brandId));
}

function assigneeNamed(conversation: Conversation, assigneeId: string): PlatformUser {
  const user = db.users.find(assigneeId);
  if (!user || !isServiceStaff(user, conversation.brandId))
    throw validationFailed({ assigneeId: 'conversations.assignee_not_staff' });
  return user;
}

/** The staff-only line the thread shows, bilingual like the rest of the platform's own words. */
function lineFor(actor: PlatformUser, assignee: PlatformUser | null): string {
  if (!assignee) return `${actor.name} 释放了会话 / ${actor.name} released the conversation`;
  if (assignee.id === actor.id) return `${actor.name} 接手了会话 / ${actor.name} took the conversation`;
  return `${actor.name} 将会话分配给 ${assignee.name} / ${actor.name} assigned it to ${assignee.name}`;
}

/**
 * Gives the conversation to `assigneeId` (or to nobody) as `actor` decided: a staff decision, so
 * the version goes up, and the thread records it. Taking a conversation from a teammate is allowed:
 * it is an explicit action, and the line tells the teammate.
 */
export function assignConversation(
  conversation: Conversation,
  assigneeId: string | null,
  actor: PlatformUser,
): Written {
  const assignee = assigneeId === null ? null : assigneeNamed(conversation, assigneeId);
  return writeSystemLine(conversation, lineFor(actor, assignee), {
    assigneeId: assignee?.id ?? null,
    assigneeName: assignee?.name ?? null,
    version: conversation.version + 1,
    updatedAt: new Date().toISOString(),
  });
}
