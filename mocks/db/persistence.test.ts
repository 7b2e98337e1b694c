// @vitest-environment node
import { memoryStorage, restoreSnapshot, startPersistence, takeSnapshot, type Snapshot } from './persistence';
import { createSeed, SEED_VERSION } from './seed';
import { db, loadSeed } from './store';

beforeEach(() => loadSeed());

describe('persistence', () => {
  it('round-trips the whole platform through serialised JSON', async () => {
    const storage = memoryStorage();
    const product = db.products.find('prod-lumiere-0001');
    if (!product) throw new Error('seed lost prod-lumiere-0001');
    db.products.save({ ...product, stock: 3, version: product.version + 1 });
    await storage.save(takeSnapshot());

    loadSeed();
    expect(db.products.find('prod-lumiere-0001')?.stock).toBe(product.stock);
    expect(restoreSnapshot(await storage.load())).toBe(true);
    expect(db.products.find('prod-lumiere-0001')).toEqual({
      ...product,
      stock: 3,
      version: product.version + 1,
    });
    expect(takeSnapshot()).toEqual(JSON.parse(JSON.stringify(takeSnapshot())));
  });

  it('ignores a snapshot of another seed version', () => {
    const old: Snapshot = { seedVersion: SEED_VERSION - 1, data: { ...createSeed(), products: [] } };
    expect(restoreSnapshot(old)).toBe(false);
    expect(db.products.all()).toHaveLength(148);
  });

  it('saves once, shortly after a burst of changes', async () => {
    vi.useFakeTimers();
    try {
      const storage = memoryStorage();
      const save = vi.spyOn(storage, 'save');
      await startPersistence(storage, 200);
      for (const stock of [1, 2, 3]) {
        const product = db.products.find('prod-lumiere-0002');
        if (product) db.products.save({ ...product, stock });
      }
      expect(save).not.toHaveBeenCalled();
      await vi.advanceTimersByTimeAsync(250);
      expect(save).toHaveBeenCalledTimes(1);
      expect((await storage.load())?.data.products.find((p) => p.id === 'prod-lumiere-0002')?.stock).toBe(3);
    } finally {
      vi.useRealTimers();
    }
  });
});
