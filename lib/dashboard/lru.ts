/**
 * A small least-recently-used cache: the server keeps the first screens of the views it was asked for, so a link
 * shared in a group chat costs one model computation, not one per reader. Bounded by entry count, so a stream of
 * distinct links (each weight can take 101 values) evicts old entries instead of growing the server's memory.
 */
export class Lru<V> {
  private readonly entries = new Map<string, V>();

  constructor(readonly capacity: number) {}

  get size(): number {
    return this.entries.size;
  }

  /** The cached value (now the most recently used), or a new one from `make`, stored. */
  getOrCreate(key: string, make: () => V): V {
    const hit = this.entries.get(key);
    if (hit !== undefined) {
      // Map keeps insertion order: re-inserting moves the key to the most recent end.
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit;
    }
    const value = make();
    this.entries.set(key, value);
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value!);
    return value;
  }

  has(key: string): boolean {
    return this.entries.has(key);
  }
}
