import type { Order, OrderStatus } from '../../../../src/api';
import { HOUR_MS, iso } from './clock';

type Step = [hoursAfterOrder: number, description: string, place: string];

// What the carrier reports after the order was paid; the first steps of a cross-border order happen at customs.
const crossBorderSteps: Step[] = [
  [6, '保税仓已打包 / Packed at the bonded warehouse', '宁波保税区 Ningbo FTZ'],
  [20, '已向海关申报 / Declared to customs', '宁波海关 Ningbo Customs'],
  [30, '海关已放行 / Cleared customs', '宁波海关 Ningbo Customs'],
  [36, '快递已揽收 / Picked up by the carrier', '宁波保税区 Ningbo FTZ'],
  [44, '运输中 / In transit', '杭州转运中心 Hangzhou hub'],
];
const domesticSteps: Step[] = [
  [8, '商家已发货 / Shipped by the store', '福建省 武夷山市'],
  [14, '快递已揽收 / Picked up by the carrier', '福建省 武夷山市'],
  [30, '运输中 / In transit', '福州转运中心 Fuzhou hub'],
];
const lastMile = (city: string): Step[] => [
  [80, '派送中 / Out for delivery', city],
  [96, '已签收 / Delivered', city],
];

/** The tracking history of a shipped order: every step up to its status, oldest first. */
export function trackingOf(
  placedAt: number,
  status: OrderStatus,
  crossBorder: boolean,
  city: string,
): Order['tracking'] {
  if (status === 'paid' || status === 'cancelled') return [];
  const shipped = crossBorder ? crossBorderSteps : domesticSteps;
  const steps = status === 'shipped' ? shipped : [...shipped, ...lastMile(city)];
  return steps.map(([hours, description, place]) => ({
    at: iso(placedAt + hours * HOUR_MS),
    description,
    place,
  }));
}

/**
 * How old an order has to be for each status: every tracking step its status implies has happened.
 * A cross-border order ships after customs (~44 h) and arrives on day 4.
 */
export function statusByAge(ageMs: number): OrderStatus {
  if (ageMs < 2 * 24 * HOUR_MS) return 'paid';
  if (ageMs < 5 * 24 * HOUR_MS) return 'shipped';
  if (ageMs < 12 * 24 * HOUR_MS) return 'delivered';
  return 'completed';
}
