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
    const skus = product.skus.map((sku) => ({ ...sku, stock: 1 }));
    db.products.save({ ...product, skus, stock: skus.length, version: product.version + 1 });
    await storage.save(takeSnapshot());

    loadSeed();
    expect(db.products.find('prod-lumiere-0001')?.stock).toBe(product.stock);
    expect(restoreSnapshot(await storage.load())).toBe(true);
    expect(db.products.find('prod-lumiere-0001')).toEqual({
      ...product,
      skus,
      stock: skus.length,
      version: product.version + 1,
    });
    expect(db.products.all()).toHaveLength(10_112);
    expect(takeSnapshot()).toEqual(JSON.parse(JSON.stringify(takeSnapshot())));
  });

  it('ignores a snapshot of another seed version', () => {
    const old: Snapshot = { seedVersion: SEED_VERSION - 1, data: { ...createSeed(), products: [] } };
    expect(restoreSnapshot(old)).toBe(false);
    expect(db.products.all()).toHaveLength(10_112);
  });

  it('shares the seed’s frozen rows instead of copying them, so a change in place throws', () => {
    const product = db.products.find('prod-lumiere-0001');
    if (!product) throw new Error('seed lost prod-lumiere-0001');
    expect(Object.isFrozen(product)).toBe(true);
    expect(Object.isFrozen(product.skus[0])).toBe(true);
    expect(() => {
      (product as { stock: number }).stock = 1;
    }).toThrow(TypeError);
    loadSeed();
    expect(db.products.find('prod-lumiere-0001')).toBe(product);
  });

  it('freezes saved rows too, and a reset forgets them', () => {
    const product = db.products.find('prod-lumiere-0002');
    if (!product) throw new Error('seed lost prod-lumiere-0002');
    const saved = db.products.save({ ...product, title: '改过的标题' });
    expect(Object.isFrozen(saved)).toBe(true);
    loadSeed();
    expect(db.products.find('prod-lumiere-0002')).toBe(product);
  });

  it('saves once, shortly after a burst of changes', async () => {
    vi.useFakeTimers();
    try {
      const storage = memoryStorage();
      const save = vi.spyOn(storage, 'save');
      await startPersistence(storage, 200);
      for (const title of ['一', '二', '三']) {
        const product = db.products.find('prod-lumiere-0002');
        if (product) db.products.save({ ...product, title });
      }
      expect(save).not.toHaveBeenCalled();
      await vi.advanceTimersByTimeAsync(250);
      expect(save).toHaveBeenCalledTimes(1);
      expect((await storage.load())?.data.products?.find((p) => p.id === 'prod-lumiere-0002')?.title).toBe(
        '三',
      );
    } finally {
      vi.useRealTimers();
    }
  });

  it('saves only the collections that changed, so a new message does not rewrite the products', async () => {
    vi.useFakeTimers();
    try {
      const storage = memoryStorage();
      const save = vi.spyOn(storage, 'save');
      await startPersistence(storage, 200);
      const brand = db.brands.find('brand-lumiere');
      if (!brand) throw new Error('seed lost brand-lumiere');
      db.brands.save({ ...brand, intro: '新的介绍' });
      await vi.advanceTimersByTimeAsync(250);
      expect(save).toHaveBeenCalledTimes(1);
      expect(Object.keys(save.mock.calls[0][0].data)).toEqual(['brands']);

      // A reload restores the change over the seed; the collections never saved come from the seed.
      loadSeed();
      expect(restoreSnapshot(await storage.load())).toBe(true);
      expect(db.brands.find('brand-lumiere')?.intro).toBe('新的介绍');
      expect(db.products.all()).toHaveLength(10_112);
    } finally {
      vi.useRealTimers();
    }
  });
});
