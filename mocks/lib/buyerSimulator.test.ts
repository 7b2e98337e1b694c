// @vitest-environment node
import { db } from '../db/store';
import { resetPlatform } from '../node';
import { API, signIn } from '../testing/client';
import { letOneBuyerWrite } from './buyerSimulator';
import { brandsWithOpenStreams } from './serviceEventStream';

beforeEach(() => {
  resetPlatform();
});

const buyerMessagesOf = (brandId: string) =>
  db.messages.all().filter((message) => message.brandId === brandId && message.author === 'buyer').length;

describe('the buyer simulator', () => {
  it('makes a buyer write only while someone watches the inbox live', async () => {
    const before = buyerMessagesOf('brand-lumiere');
    const kiwiBefore = buyerMessagesOf('brand-kiwivital');
    letOneBuyerWrite();
    expect(buyerMessagesOf('brand-lumiere')).toBe(before);

    // The console ends its stream by aborting the request, as here.
    const token = await signIn('agent@lumiere.example');
    const watching = new AbortController();
    const headers = { Authorization: `Bearer ${token}` };
    await fetch(`${API}/service/events`, { headers, signal: watching.signal });
    expect(brandsWithOpenStreams()).toEqual(['brand-lumiere']);
    letOneBuyerWrite();
    expect(buyerMessagesOf('brand-lumiere')).toBe(before + 1);
    expect(buyerMessagesOf('brand-kiwivital')).toBe(kiwiBefore);

    watching.abort();
    expect(brandsWithOpenStreams()).toEqual([]);
    letOneBuyerWrite();
    expect(buyerMessagesOf('brand-lumiere')).toBe(before + 1);
  });
});
