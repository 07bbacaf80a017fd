import { describe, expect, it } from "vitest";
import { Lru } from "./lru";

describe(Lru, () => {
  it("computes a value once and serves it from the cache after", () => {
    const lru = new Lru<number>(2);
    let made = 0;
    const make = () => ++made;
    expect(lru.getOrCreate("a", make)).toBe(1);
    expect(lru.getOrCreate("a", make)).toBe(1);
    expect(made).toBe(1);
  });

  it("evicts the least recently used entry past its capacity", () => {
    const lru = new Lru<string>(2);
    lru.getOrCreate("a", () => "A");
    lru.getOrCreate("b", () => "B");
    lru.getOrCreate("a", () => "A2"); // a is now the most recent; b the least
    lru.getOrCreate("c", () => "C");
    expect(lru.has("a")).toBe(true);
    expect(lru.has("b")).toBe(false);
    expect(lru.has("c")).toBe(true);
    expect(lru.size).toBe(2);
  });

  it("stays at its capacity under a stream of distinct keys", () => {
    const lru = new Lru<number>(10);
    for (let k = 0; k < 1000; k++) lru.getOrCreate(`k${k}`, () => k);
    expect(lru.size).toBe(10);
    expect(lru.has("k999")).toBe(true);
    expect(lru.has("k989")).toBe(false);
  });
});
