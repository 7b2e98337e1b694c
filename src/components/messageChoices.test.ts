import { messageChoices } from './messageChoices';

describe('messageChoices', () => {
  it('names each choice by its message key, in the order given', () => {
    expect(messageChoices(['paid', 'shipped'], 'resources.orders.statuses')).toEqual([
      { id: 'paid', name: 'resources.orders.statuses.paid' },
      { id: 'shipped', name: 'resources.orders.statuses.shipped' },
    ]);
  });
});
