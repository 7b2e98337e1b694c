/**
 * Freezes a row and everything in it. Rows are shared between the seed, every reset and every
 * snapshot instead of being copied (10,000 products are too many to copy before each test), which is
 * only safe while nobody changes a row in place: frozen, a handler that tries throws at once.
 */
export function deepFreeze<T>(value: T): T {
  // A frozen object was frozen here, children first, so everything under it is frozen already.
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return value;
  for (const child of Object.values(value)) deepFreeze(child);
  return Object.freeze(value);
}

/** What changed in a collection: rows saved (new or replacing) and ids removed. */
export interface RowChange {
  saved: readonly { id: string }[];
  removedIds: readonly string[];
}

/**
 * A typed in-memory table. Every change calls `onChange` with what changed, which is how
 * persistence learns what to save, other tabs what to replay, and the event stream what to tell.
 * Rows are immutable: a change saves a new row in place of the old one.
 */
export class Collection<T extends { id: string }> {
  private rows: T[] = [];
  /** Where each id sits in `rows`, so finding and saving one of 10,000 products does not scan them. */
  private positions = new Map<string, number>();

  constructor(private readonly onChange: (change: RowChange, remote: boolean) => void) {}

  all(): readonly T[] {
    return this.rows;
  }

  find(id: string): T | undefined {
    const position = this.positions.get(id);
    return position === undefined ? undefined : this.rows[position];
  }

  findBy(predicate: (row: T) => boolean): T | undefined {
    return this.rows.find(predicate);
  }

  insert(row: T): T {
    return this.insertMany([row])[0];
  }

  /** Adds several rows with one change notification, e.g. the products of a completed import. */
  insertMany(rows: readonly T[]): T[] {
    const frozen = rows.map(deepFreeze);
    for (const row of frozen) this.put(row);
    this.onChange({ saved: frozen, removedIds: [] }, false);
    return frozen;
  }

  /** Replaces the row with the same id, or adds it. */
  save(row: T): T {
    const frozen = deepFreeze(row);
    this.put(frozen);
    this.onChange({ saved: [frozen], removedIds: [] }, false);
    return frozen;
  }

  remove(id: string): void {
    this.removeMany([id]);
  }

  removeMany(ids: readonly string[]): void {
    if (ids.length === 0) return;
    const gone = new Set(ids);
    this.rows = this.rows.filter((row) => !gone.has(row.id));
    this.index();
    this.onChange({ saved: [], removedIds: ids }, false);
  }

  /** Replays a change the platform made in another tab; listeners hear it as remote. */
  applyRemote(change: RowChange): void {
    if (change.removedIds.length > 0) {
      const gone = new Set(change.removedIds);
      this.rows = this.rows.filter((row) => !gone.has(row.id));
      this.index();
    }
    const frozen = (change.saved as T[]).map(deepFreeze);
    for (const row of frozen) this.put(row);
    this.onChange({ saved: frozen, removedIds: change.removedIds }, true);
  }

  /**
   * Loading a snapshot is not a change a user made, so it does not notify. The rows are frozen and
   * shared, not copied: loading the seed again before each test costs next to nothing.
   */
  load(rows: readonly T[]): void {
    this.rows = rows.map(deepFreeze);
    this.index();
  }

  /** The rows as they are now; safe to keep, since no row ever changes. */
  snapshot(): T[] {
    return [...this.rows];
  }

  private put(row: T): void {
    const position = this.positions.get(row.id);
    if (position !== undefined) this.rows[position] = row;
    else this.positions.set(row.id, this.rows.push(row) - 1);
  }

  private index(): void {
    this.positions = new Map(this.rows.map((row, position) => [row.id, position]));
  }
}
