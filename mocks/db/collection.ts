/** A typed in-memory table. Every change calls `onChange`, which is how persistence learns to save. */
export class Collection<T extends { id: string }> {
  private rows: T[] = [];

  constructor(private readonly onChange: () => void) {}

  all(): readonly T[] {
    return this.rows;
  }

  find(id: string): T | undefined {
    return this.rows.find((row) => row.id === id);
  }

  findBy(predicate: (row: T) => boolean): T | undefined {
    return this.rows.find(predicate);
  }

  insert(row: T): T {
    this.rows.push(row);
    this.onChange();
    return row;
  }

  /** Replaces the row with the same id, or adds it. */
  save(row: T): T {
    const index = this.rows.findIndex((existing) => existing.id === row.id);
    if (index === -1) this.rows.push(row);
    else this.rows[index] = row;
    this.onChange();
    return row;
  }

  remove(id: string): void {
    this.rows = this.rows.filter((row) => row.id !== id);
    this.onChange();
  }

  /** Loading a snapshot is not a change a user made, so it does not notify. */
  load(rows: readonly T[]): void {
    this.rows = structuredClone([...rows]);
  }

  snapshot(): T[] {
    return structuredClone(this.rows);
  }
}
