import { describe, expect, it } from "vitest";
import { placeLabels } from "./labels";
import { relax, RELAX_DEFAULTS, type Circle } from "./layout";
import { neighbour } from "./nav";
import { fitProjection } from "./project";
import { colourFor, radiusFor } from "./scale";

describe("fitProjection", () => {
  it("scales longitude by cos(mid-latitude) and fits the points, centred, north up", () => {
    // Points (100°E, 30°N) and (110°E, 40°N); mid-latitude 35°, k = cos 35° = 0.819152.
    // Spans: x 10·k = 8.19152°, y 10°. Scale s = min(200 / 8.19152, 200 / 10) = 20 units per degree.
    // Horizontal offset (200 − 8.19152·20) / 2 = 18.0848; vertical 0.
    const p = fitProjection(
      [
        { lon: 100, lat: 30 },
        { lon: 110, lat: 40 },
      ],
      { width: 200, height: 200, padding: 0, marginDeg: 0, gridStep: 5 },
    );
    const sw = p.project({ lon: 100, lat: 30 });
    const ne = p.project({ lon: 110, lat: 40 });
    expect(sw.x).toBeCloseTo(18.0848, 3);
    expect(sw.y).toBeCloseTo(200, 9);
    expect(ne.x).toBeCloseTo(181.9152, 3);
    expect(ne.y).toBeCloseTo(0, 9);
    expect(p.meridians.map((m) => [m.value, Number(m.at.toFixed(3))])).toEqual([
      [100, 18.085],
      [105, 100],
      [110, 181.915],
    ]);
    expect(p.parallels.map((m) => [m.value, m.at])).toEqual([
      [30, 200],
      [35, 100],
      [40, 0],
    ]);
  });
});

describe("relax", () => {
  const box = { width: 300, height: 300 };
  const overlapping = (pos: { x: number; y: number }[], cs: Circle[], gap: number) =>
    cs.some((a, i) =>
      cs.some((b, j) => j > i && Math.hypot(pos[i]!.x - pos[j]!.x, pos[i]!.y - pos[j]!.y) < a.r + b.r + gap - 1e-6),
    );

  it("pushes two equal overlapping circles apart by half the overlap each", () => {
    // Radii 10 and 10, centres 5 apart, no gap and no pull: overlap 20 − 5 = 15, each moves 7.5.
    const pos = relax(
      [
        { x: 50, y: 50, r: 10 },
        { x: 55, y: 50, r: 10 },
      ],
      { gap: 0, pull: 0, iterations: 50, ...box },
    );
    expect(pos[0]!.x).toBeCloseTo(42.5, 9);
    expect(pos[1]!.x).toBeCloseTo(62.5, 9);
    expect(pos[0]!.y).toBe(50);
  });

  it("leaves a circle that overlaps nothing exactly at its coordinates", () => {
    const cs = [
      { x: 20, y: 20, r: 5 },
      { x: 200, y: 200, r: 12 },
      { x: 205, y: 203, r: 12 },
    ];
    const pos = relax(cs, { ...RELAX_DEFAULTS, ...box });
    expect(pos[0]).toEqual({ x: 20, y: 20 });
  });

  it("ends with no overlaps for a crowded cluster, the larger circles moving less, the same way every time", () => {
    // A Yangtze-delta-like cluster: seven circles within 20 units of each other.
    const cs: Circle[] = [
      { x: 150, y: 150, r: 20 },
      { x: 140, y: 148, r: 8 },
      { x: 136, y: 144, r: 10 },
      { x: 138, y: 160, r: 15 },
      { x: 152, y: 165, r: 6 },
      { x: 120, y: 140, r: 12 },
      { x: 150, y: 150, r: 4 },
    ];
    const a = relax(cs, { ...RELAX_DEFAULTS, ...box });
    expect(overlapping(a, cs, RELAX_DEFAULTS.gap)).toBe(false);
    expect(relax(cs, { ...RELAX_DEFAULTS, ...box })).toEqual(a);
    const moved = (i: number) => Math.hypot(a[i]!.x - cs[i]!.x, a[i]!.y - cs[i]!.y);
    expect(moved(0)).toBeLessThan(moved(6));
    for (const [i, p] of a.entries()) {
      expect(p.x).toBeGreaterThanOrEqual(cs[i]!.r);
      expect(p.y).toBeLessThanOrEqual(box.height - cs[i]!.r);
    }
  });
});

describe("scale", () => {
  it("makes the area linear in the score between the minimum and maximum radius", () => {
    // rMin 4, rMax 20: r(50) = √(16 + (400 − 16) · 0.5) = √208 = 14.4222.
    expect(radiusFor(0, 4, 20)).toBe(4);
    expect(radiusFor(100, 4, 20)).toBe(20);
    expect(radiusFor(50, 4, 20)).toBeCloseTo(14.4222, 4);
    expect(radiusFor(-5, 4, 20)).toBe(4);
    expect(radiusFor(140, 4, 20)).toBe(20);
  });

  it("runs the ramp light to dark, interpolating between stops", () => {
    expect(colourFor(0)).toBe("#dbeafe");
    expect(colourFor(50)).toBe("#3b82f6");
    expect(colourFor(100)).toBe("#1e3a8a");
    // 12.5 is halfway between #dbeafe (219, 234, 254) and #93c5fd (147, 197, 253): (183, 215.5, 253.5) → b7 d8 fe.
    expect(colourFor(12.5)).toBe("#b7d8fe");
  });
});

describe("neighbour", () => {
  // 0 at the origin; 1 straight right; 2 straight up; 3 up and to the right (6 up, 8 right).
  const pts = [
    { x: 0, y: 0 },
    { x: 10, y: 0 },
    { x: 0, y: -10 },
    { x: 8, y: -6 },
  ];
  it("moves to the nearest place in the arrow's direction, preferring straight ahead", () => {
    // Right: 1 costs 10·(2 − 1) = 10, 3 costs 10·(2 − 0.8) = 12.
    expect(neighbour(pts, 0, "ArrowRight")).toBe(1);
    // Up: 2 costs 10, 3 costs 10·(2 − 0.6) = 14.
    expect(neighbour(pts, 0, "ArrowUp")).toBe(2);
    expect(neighbour(pts, 1, "ArrowLeft")).toBe(0);
  });
  it("stays put when nothing lies that way", () => {
    expect(neighbour(pts, 0, "ArrowLeft")).toBe(0);
    expect(neighbour(pts, 0, "ArrowDown")).toBe(0);
  });
});

describe("placeLabels", () => {
  it("puts a label to the right, else left, above or below, avoiding circles and other labels", () => {
    const circles = [
      { x: 50, y: 50, r: 10 },
      { x: 80, y: 50, r: 10 },
    ];
    const [a, b] = placeLabels(
      circles,
      [
        { circle: 0, width: 40, height: 10 },
        { circle: 1, width: 40, height: 10 },
      ],
      { width: 200, height: 100, gap: 2 },
    );
    // A: right would cover B, left would leave the box (50 − 10 − 2 − 40 = −2): above, centred.
    expect(a).toMatchObject({ x: 50, y: 38, anchor: "middle" });
    // B: right is free: starts at 80 + 10 + 2 = 92.
    expect(b).toMatchObject({ x: 92, anchor: "start" });
  });
  it("leaves a label out when it fits nowhere", () => {
    expect(
      placeLabels([{ x: 10, y: 10, r: 9 }], [{ circle: 0, width: 50, height: 10 }], { width: 20, height: 20, gap: 1 }),
    ).toEqual([null]);
  });
});
