// @vitest-environment node
import { startReplication } from './replication';
import { db, loadSeed, onDataChange, type DataChange } from './store';

/** Another tab's end of the channel: what it posts arrives here as it would from another window. */
const otherTab = () => new BroadcastChannel('red-platform-replication');
const nextMessage = (channel: BroadcastChannel) =>
  new Promise<unknown>((resolve) =>
    channel.addEventListener('message', (event) => resolve(event.data), { once: true }),
  );

beforeEach(() => loadSeed());

describe('replication between tabs', () => {
  it("tells the other tabs about this tab's change", async () => {
    const stop = startReplication();
    const other = otherTab();
    try {
      const product = db.products.find('prod-lumiere-0002');
      if (!product) throw new Error('seed lost prod-lumiere-0002');
      const arriving = nextMessage(other);
      db.products.save({ ...product, title: '另一个窗口改的' });
      expect(await arriving).toMatchObject({
        kind: 'change',
        collection: 'products',
        saved: [{ id: 'prod-lumiere-0002', title: '另一个窗口改的' }],
        removedIds: [],
      });
    } finally {
      other.close();
      stop();
    }
  });

  it("replays another tab's change here, heard as remote so it is neither saved nor sent back", async () => {
    const stop = startReplication();
    const other = otherTab();
    const heard: DataChange[] = [];
    const stopHearing = onDataChange((change) => heard.push(change));
    try {
      const product = db.products.find('prod-lumiere-0003');
      if (!product) throw new Error('seed lost prod-lumiere-0003');
      const applied = new Promise<void>((resolve) => {
        const stopWaiting = onDataChange(() => {
          stopWaiting();
          resolve();
        });
      });
      other.postMessage({
        kind: 'change',
        collection: 'products',
        saved: [{ ...product, title: '远程标题' }],
        removedIds: [],
      });
      await applied;
      expect(db.products.find('prod-lumiere-0003')?.title).toBe('远程标题');
      expect(Object.isFrozen(db.products.find('prod-lumiere-0003'))).toBe(true);
      expect(heard).toEqual([expect.objectContaining({ collection: 'products', remote: true })]);
    } finally {
      stopHearing();
      other.close();
      stop();
    }
  });

  it('goes back to the seed when another tab resets', async () => {
    const stop = startReplication();
    const other = otherTab();
    try {
      const product = db.products.find('prod-lumiere-0002');
      if (!product) throw new Error('seed lost prod-lumiere-0002');
      db.products.save({ ...product, title: '改过' });
      other.postMessage({ kind: 'reset' });
      await vi.waitFor(() => expect(db.products.find('prod-lumiere-0002')).toBe(product));
    } finally {
      other.close();
      stop();
    }
  });
});
