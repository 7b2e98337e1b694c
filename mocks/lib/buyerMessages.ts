import type { Conversation } from '../../src/api';
import { db } from '../db/store';
import { writeMessage, type Written } from './messageWriter';

/** What demo buyers ask, in both languages, like RED's buyers do. */
export const buyerLines = [
  '请问什么时候发货？',
  'Is this suitable for sensitive skin?',
  '我的快递到哪里了？',
  '可以开发票吗？',
  'Can I change the shade after ordering?',
  '清关要多久呀？',
  'The parcel says customs abnormal, what should I do?',
  '收到的瓶子有点漏，可以换一个吗？',
  '有没有小样可以先试用？',
  'Do you ship to Hong Kong?',
] as const;

export const randomBuyerLine = (): string => buyerLines[Math.floor(Math.random() * buyerLines.length)];

/** A conversation a demo buyer might write in: not resolved, of that brand. */
export function activeConversationsOf(brandId: string): Conversation[] {
  return db.conversations
    .all()
    .filter((conversation) => conversation.brandId === brandId && conversation.status !== 'resolved');
}

export const pickAtRandom = <T>(rows: readonly T[]): T | undefined =>
  rows.length === 0 ? undefined : rows[Math.floor(Math.random() * rows.length)];

/** The conversation's buyer writes `body`: unread, waiting and reopened, as any buyer message. */
export const writeAsBuyer = (conversation: Conversation, body: string): Written =>
  writeMessage(conversation, {
    author: 'buyer',
    authorId: conversation.buyerId,
    authorName: conversation.buyerName,
    body,
  });
