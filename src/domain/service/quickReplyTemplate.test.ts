import { fillTemplate, variablesIn } from './quickReplyTemplate';

describe('fillTemplate', () => {
  it("fills the buyer's name and the order number", () => {
    const filled = fillTemplate('您好 {buyerName}，订单 {orderNumber} 已发货', {
      buyerName: '小鹿',
      orderNumber: 'RED2611240001',
    });
    expect(filled).toEqual({ text: '您好 小鹿，订单 RED2611240001 已发货', missing: [], unknown: [] });
  });

  it('keeps a variable without a value in braces and reports it, so the agent completes it', () => {
    const filled = fillTemplate('Tracking: {trackingNumber}. Thanks, {agentName}', { agentName: 'Jiayi' });
    expect(filled.text).toBe('Tracking: {trackingNumber}. Thanks, Jiayi');
    expect(filled.missing).toEqual(['trackingNumber']);
  });

  it('treats an empty value as missing', () => {
    expect(fillTemplate('{orderNumber}', { orderNumber: '' }).missing).toEqual(['orderNumber']);
  });

  it('leaves unknown names alone and reports them as likely typos', () => {
    const filled = fillTemplate('Hi {buyername}', { buyerName: 'Mia' });
    expect(filled.text).toBe('Hi {buyername}');
    expect(filled.unknown).toEqual(['buyername']);
  });

  it('fills a variable used twice in both places', () => {
    expect(fillTemplate('{buyerName}! {buyerName}?', { buyerName: 'A' }).text).toBe('A! A?');
  });
});

describe('variablesIn', () => {
  it('lists the known variables once, in order of first use', () => {
    expect(variablesIn('{orderNumber} {buyerName} {orderNumber} {nope}')).toEqual([
      'orderNumber',
      'buyerName',
    ]);
  });
});
