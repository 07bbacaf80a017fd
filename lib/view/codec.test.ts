import { describe, expect, it } from "vitest";
import { defaultView, describeNotice, parseView, serializeView, type Notice, type View } from "@/lib/view/codec";
import { ctx, oddCtx } from "@/lib/view/test-fixture";
import { viewProblems } from "@/lib/view/validate";

const parse = (q: Parameters<typeof parseView>[0], c = ctx) => parseView(q, c);
const def = defaultView(ctx);
/** The view for a query, asserting it is valid. */
const viewOf = (q: string, c = ctx): View => {
  const { view } = parse(q, c);
  expect(viewProblems(view, c)).toEqual([]);
  return view;
};
const codes = (q: string, c = ctx) => parse(q, c).notices.map((n) => `${n.param}:${n.code}`);
const withView = (patch: Partial<View>, c = ctx): View => ({ ...defaultView(c), ...patch });
const withView1 = (patch: Partial<View>, c = ctx): View => ({ ...defaultView(c, 1), ...patch });
const weights = (patch: Record<string, number>) => ({ ...def.weights, ...patch });

describe("defaultView / serializeView", () => {
  it("serializes the default view to the empty string, and parses the empty string to it", () => {
    expect(serializeView(def, ctx)).toBe("");
    expect(parse("")).toEqual({ view: def, notices: [] });
    expect(parse("?")).toEqual({ view: def, notices: [] });
    expect(serializeView(defaultView(oddCtx), oddCtx)).toBe("");
  });

  it("writes only what differs, readably", () => {
    expect(serializeView(withView({ weights: weights({ talent: 8, capital: 3 }) }), ctx)).toBe(
      "v=2&w=talent:8,capital:3",
    );
    expect(serializeView(withView({ weights: weights({ vc_deals: 2.5, talent: 5 }) }), ctx)).toBe("v=2&w=vc_deals:2.5");
  });

  it("writes params in a fixed order whatever the view's key order", () => {
    const v = withView({
      dataVersion: "2026-11-28.abcd1234",
      lang: "zh",
      sort: { column: "pillar:talent", desc: true },
      tab: "table",
      pair: ["shanghai", "beijing"],
      compare: ["chengdu", "beijing"],
      scale: "per_capita",
      rankDecimals: 1,
      coverageThreshold: 65,
      missing: "mean",
      transformOverrides: { pflops: "ln" },
      aggregationOverrides: { vc: "harmonic" },
      aggregation: "geometric",
      normalizationOverrides: { vc_amount: "goalposts", ai_top_talent_share: "rank" },
      normalization: "zscore",
      weights: weights({ pflops: 0, talent: 10 }),
    });
    expect(serializeView(v, ctx)).toBe(
      "v=2&w=talent:10,pflops:0&n=zscore&no=ai_top_talent_share:rank,vc_amount:goalposts&a=geometric&ao=vc:harmonic" +
        "&tf=pflops:ln&m=mean&cov=65&rd=1&s=per_capita&p=chengdu,beijing&h=shanghai,beijing&tab=table" +
        "&sort=-pillar:talent&lang=zh&d=2026-11-28.abcd1234",
    );
    expect(parse(serializeView(v, ctx))).toEqual({ view: v, notices: [] });
  });

  it("rounds weights and coverage to one decimal and clamps them, so links stay short and round-trip", () => {
    const q = serializeView(
      withView({ weights: weights({ talent: 3.14159, capital: 12 }), coverageThreshold: 33.333 }),
      ctx,
    );
    expect(q).toBe("v=2&w=talent:3.1,capital:10&cov=33.3");
  });

  it("escapes only what an id needs", () => {
    const v = withView(
      {
        weights: { ...defaultView(oddCtx).weights, "a,b": 4, "50% share": 2, "p+q&r=s#t": 1 },
        compare: ["北京", "xi'an"],
      },
      oddCtx,
    );
    const q = serializeView(v, oddCtx);
    expect(q).toBe("v=2&w=a%2Cb:4,50%25%20share:2,p%2Bq%26r%3Ds%23t:1&p=%E5%8C%97%E4%BA%AC,xi'an");
    expect(parse(q, oddCtx)).toEqual({ view: v, notices: [] });
  });

  it("stamps the current data version on non-empty links when asked", () => {
    const v = withView({ tab: "compare" });
    expect(serializeView(v, ctx, { stampDataVersion: true })).toBe("v=2&tab=compare&d=2026-11-28.abcd1234");
    expect(serializeView(def, ctx, { stampDataVersion: true })).toBe("");
    expect(serializeView(withView({ tab: "compare" }, oddCtx), oddCtx, { stampDataVersion: true })).toBe(
      "v=2&tab=compare",
    );
    // Share links carry the version even for the default view, and still read back as the current default.
    expect(serializeView(def, ctx, { stampDataVersion: "always" })).toBe("v=2&d=2026-11-28.abcd1234");
    expect(parse("v=2&d=2026-11-28.abcd1234").view).toEqual({ ...def, dataVersion: "2026-11-28.abcd1234" });
  });
});

describe("input shapes", () => {
  const q = "w=talent:8&p=beijing,chengdu&tab=compare";
  const want = withView({ weights: weights({ talent: 8 }), compare: ["beijing", "chengdu"], tab: "compare" });

  it("reads a string with or without ?, a full URL, URLSearchParams and Next's searchParams object", () => {
    for (const input of [q, `?${q}`, `https://example.org/?${q}#top`, new URLSearchParams(q)]) {
      expect(parse(input)).toEqual({ view: want, notices: [] });
    }
    expect(parse({ w: "talent:8", p: "beijing,chengdu", tab: "compare", lang: undefined })).toEqual({
      view: want,
      notices: [],
    });
  });

  it("reads repeated params (arrays in Next's object) as the first, with a notice", () => {
    const r = parse({ tab: ["compare", "table"] });
    expect(r.view.tab).toBe("compare");
    expect(r.notices).toEqual([
      { param: "tab", code: "duplicate_param", value: "table", detail: "2 values; the first is used" },
    ]);
    expect(codes("tab=h2h&tab=table")).toEqual(["tab:duplicate_param"]);
    expect(viewOf("tab=h2h&tab=table").tab).toBe("h2h");
  });

  it("treats an empty value as missing", () => {
    expect(parse("w=&n=&tab")).toEqual({ view: def, notices: [] });
  });

  it("ignores unknown params with a notice, and analytics / WeChat share params silently", () => {
    expect(parse("foo=1&tab=table").notices).toEqual([{ param: "foo", code: "unknown_param", value: "1" }]);
    expect(parse("utm_source=x&from=singlemessage&isappinstalled=0&fbclid=1").notices).toEqual([]);
  });

  it("survives malformed percent-escapes in keys and values", () => {
    expect(codes("%E0%A4%A=1")).toEqual(["%E0%A4%A:unknown_param"]);
    expect(codes("n=%E0%A4%A")).toEqual(["n:bad_format"]);
    const r = parse("w=talent:8,capital:%zz,%E0:1&p=beijing,%E0%A4%A,hangzhou");
    expect(r.view.weights.talent).toBe(8);
    expect(r.view.compare).toEqual(["beijing", "hangzhou"]);
    expect(r.notices.map((n) => n.code)).toEqual(["bad_format", "bad_format", "bad_format"]);
  });

  it("ignores over-long values and anything past 8,000 characters", () => {
    const long = `w=${"talent:1,".repeat(250)}&tab=table`;
    expect(codes(long)).toEqual(["w:too_long"]);
    expect(viewOf(long).tab).toBe("table");
    const huge = `tab=table&${Array.from({ length: 10 }, (_, i) => `x${i}=${"y".repeat(1000)}`).join("&")}&lang=zh`;
    const r = parse(huge);
    expect(r.view.tab).toBe("table");
    expect(r.view.lang).toBeNull();
    expect(r.notices.at(-1)).toMatchObject({ param: "*", code: "too_long", value: "x7" });
  });

  it("never throws on hostile objects", () => {
    const hostile = new Proxy(
      {},
      {
        ownKeys: () => {
          throw new Error("boom");
        },
      },
    );
    expect(parse(hostile as never)).toEqual({ view: def, notices: [] });
    expect(parse(null as never).view).toEqual(def);
    expect(parse(42 as never).view).toEqual(def);
  });
});

describe("v (format version)", () => {
  it("reads v=1 and a link the v1 app made (stamped d=, no v) alike", () => {
    expect(parse("v=1&tab=table&d=2026-11-28.abcd1234")).toEqual(parse("tab=table&d=2026-11-28.abcd1234"));
    expect(parse("v=1&tab=table").view).toEqual(withView1({ tab: "table" }));
  });
  it("v2 (2026-11-29): the default minimum coverage is 60 %; a v1 link keeps v1's 0 %, so it shows what its sender saw", () => {
    expect(def.coverageThreshold).toBe(60);
    expect(parse("").view.coverageThreshold).toBe(60);
    expect(parse("utm_source=wechat").view.coverageThreshold).toBe(60);
    // The v1 app stamped every link it wrote with d=: with d and without v, a link is v1.
    expect(viewOf("w=talent:8&d=2026-11-28.abcd1234").coverageThreshold).toBe(0);
    expect(viewOf("d=2026-11-28.abcd1234").coverageThreshold).toBe(0); // a v1 "Copy link" of the default view
    expect(viewOf("v=1&tab=table").coverageThreshold).toBe(0);
    // Written by hand (no v, no d): the current defaults.
    expect(viewOf("w=talent:8").coverageThreshold).toBe(60);
    expect(viewOf("m=median&tab=table").coverageThreshold).toBe(60);
    expect(viewOf("v=2&tab=table").coverageThreshold).toBe(60);
    expect(viewOf("v=2&cov=0").coverageThreshold).toBe(0);
    // Editing a v1 view writes a v2 link that states the v1 default it relied on.
    const edited = { ...viewOf("w=talent:8&d=2026-11-28.abcd1234"), tab: "table" as const, dataVersion: null };
    expect(serializeView(edited, ctx)).toBe("v=2&w=talent:8&cov=0&tab=table");
    expect(parse(serializeView(edited, ctx))).toEqual({ view: edited, notices: [] });
  });
  it("a v1 link that asks for a geometric or harmonic mean is told that the floor now applies", () => {
    const d = "&d=2026-11-28.abcd1234";
    expect(codes(`a=geometric${d}`)).toEqual(["a:method_changed"]);
    expect(codes(`ao=vc:harmonic${d}`)).toEqual(["ao:method_changed"]);
    expect(codes(`a=arithmetic${d}`)).toEqual([]);
    expect(codes("a=geometric")).toEqual([]); // hand-written: read as v2
    expect(codes(`v=2&a=geometric${d}`)).toEqual([]);
  });
  it("reports a newer format and reads what it can", () => {
    const r = parse("v=3&tab=table&zz=1");
    expect(r.view.tab).toBe("table");
    expect(r.notices.map((n) => n.code)).toEqual(["newer_format", "unknown_param"]);
  });
  it("reports an unreadable version and reads the link as v1", () => {
    expect(codes("v=abc&tab=table")).toEqual(["v:bad_format"]);
    expect(codes("v=0")).toEqual(["v:bad_format"]);
  });
});

describe("w (weights)", () => {
  it("sets ratings by id, rounding to one decimal", () => {
    expect(viewOf("w=talent:8,vc_deals:2.55,pflops:0").weights).toEqual(
      weights({ talent: 8, vc_deals: 2.6, pflops: 0 }),
    );
  });
  it.each([
    ["w=bogus:3", "unknown_id", "bogus"],
    ["w=ai_city_index:3", "unknown_id", "ai_city_index"],
    ["w=talent:11", "out_of_range", "talent:11"],
    ["w=talent:-1", "out_of_range", "talent:-1"],
    ["w=talent:abc", "not_a_number", "talent:abc"],
    ["w=talent:1e1", "not_a_number", "talent:1e1"],
    ["w=talent:Infinity", "not_a_number", "talent:Infinity"],
    ["w=talent", "bad_format", "talent"],
    ["w=talent:1:2", "bad_format", "talent:1:2"],
  ])("%s → %s, default kept", (q, code, value) => {
    const r = parse(q);
    expect(r.view).toEqual(def);
    expect(r.notices).toMatchObject([{ param: "w", code, value }]);
  });
  it("keeps the valid part of a list", () => {
    const r = parse("w=talent:8,bogus:3,capital:x,talent:2");
    expect(r.view.weights).toEqual(weights({ talent: 8 }));
    expect(r.notices.map((n) => n.code)).toEqual(["unknown_id", "not_a_number", "bad_format"]);
  });
  it("cuts lists longer than the ids they could name", () => {
    const r = parse(`w=${Array.from({ length: 30 }, () => "talent:1").join(",")}`);
    expect(r.view.weights.talent).toBe(1);
    expect(r.notices[0]).toMatchObject({ code: "too_many", value: "30 items" });
    expect(r.notices.length).toBeLessThanOrEqual(11);
  });
  it("reads no item past the cap (ids the list could name + 10): a valid entry after it is not applied", () => {
    // ctx has 10 weighted nodes, so at most 20 items are read. Items 1–20 name no node; item 21 is valid.
    const junk = Array.from({ length: 20 }, (_, k) => `nope${k}:1`);
    const r = parse(`w=${[...junk, "talent:7"].join(",")}`);
    expect(r.view.weights.talent).toBe(def.weights.talent);
    expect(r.notices[0]).toMatchObject({ param: "w", code: "too_many", value: "21 items" });
    // One item fewer of junk and talent:7 is item 20, within the cap: it is applied.
    expect(parse(`w=${[...junk.slice(1), "talent:7"].join(",")}`).view.weights.talent).toBe(7);
    // The same cap for per-node methods: ctx has 7 indicators, so 17 items are read.
    const overrides = Array.from({ length: 17 }, (_, k) => `nope${k}:rank`);
    expect(parse(`no=${[...overrides, "pflops:rank"].join(",")}`).view.normalizationOverrides).toEqual({});
  });
  it("keeps an imported framework's off-grid or >10 default weights untouched, and never writes them", () => {
    const v = viewOf("", oddCtx);
    expect(v.weights["x:y"]).toBe(25);
    expect(v.weights["a,b"]).toBe(2.35);
    expect(serializeView(v, oddCtx)).toBe("");
    expect(Object.getPrototypeOf(viewOf("w=__proto__:9", oddCtx).weights)).toBe(Object.prototype);
    expect(viewOf("w=__proto__:9", oddCtx).weights["__proto__"]).toBe(9);
  });
});

describe.each([
  ["n", "normalization", "zscore", "astrology"],
  ["a", "aggregation", "geometric", "median"],
  ["m", "missing", "mean", "zero"],
  ["s", "scale", "per_capita", "per_km2"],
] as const)("%s (%s)", (param, field, good, bad) => {
  it("valid, case-insensitive", () => {
    expect(viewOf(`${param}=${good}`)[field]).toBe(good);
    expect(viewOf(`${param}=${good.toUpperCase()}`)[field]).toBe(good);
    expect(serializeView(withView({ [field]: good }), ctx)).toBe(`v=2&${param}=${good}`);
  });
  it("invalid → unknown_method, default kept", () => {
    const r = parse(`${param}=${bad}`);
    expect(r.view[field]).toBe(def[field]);
    expect(r.notices).toMatchObject([{ param, code: "unknown_method", value: bad }]);
  });
  it("missing → default", () => expect(viewOf("")[field]).toBe(def[field]));
});

describe.each([
  ["no", "normalizationOverrides", "ai_top_talent_share:rank,vc_amount:goalposts", "talent:rank", "vc_amount:magic"],
  ["ao", "aggregationOverrides", "ai_city_index:harmonic,vc:geometric", "pflops:harmonic", "vc:mode"],
  ["tf", "transformOverrides", "vc_amount:ln,pflops:log1p", "capital:ln", "pflops:sqrt"],
] as const)("%s (%s)", (param, field, good, wrongNode, badMethod) => {
  it("valid: read and written back as is", () => {
    const v = viewOf(`${param}=${good}`);
    expect(Object.keys(v[field])).toHaveLength(2);
    expect(serializeView({ ...v, coverageThreshold: def.coverageThreshold }, ctx)).toBe(`v=2&${param}=${good}`);
  });
  it("an id of the wrong kind → unknown_id; an unknown method → unknown_method; valid part kept", () => {
    const r = parse(`v=2&${param}=${wrongNode},${badMethod},${good}`);
    expect(r.notices.map((n) => n.code)).toEqual(["unknown_id", "unknown_method"]);
    expect(Object.keys(r.view[field])).toHaveLength(2);
  });
  it("missing → {}", () => expect(viewOf("")[field]).toEqual({}));
});

describe("cov (coverage threshold, percent)", () => {
  it("valid", () => {
    expect(viewOf("cov=65").coverageThreshold).toBe(65);
    expect(viewOf("cov=12.34").coverageThreshold).toBe(12.3);
    expect(viewOf("cov=100").coverageThreshold).toBe(100);
  });
  it.each([
    ["cov=101", "out_of_range"],
    ["cov=-5", "out_of_range"],
    ["cov=abc", "not_a_number"],
    ["cov=0x10", "not_a_number"],
  ])("%s → %s", (q, code) => {
    expect(codes(q)).toEqual([`cov:${code}`]);
    expect(viewOf(q).coverageThreshold).toBe(60);
    expect(viewOf(`${q}&d=2026-11-28.abcd1234`).coverageThreshold).toBe(0); // a v1 link: v1's default
  });
});

describe("rd (rank decimals)", () => {
  it("valid 0–6", () => {
    expect(viewOf("rd=0").rankDecimals).toBe(0);
    expect(viewOf("rd=6").rankDecimals).toBe(6);
    expect(serializeView(withView({ rankDecimals: 0 }), ctx)).toBe("v=2&rd=0");
  });
  it.each([
    ["rd=7", "out_of_range"],
    ["rd=1.5", "bad_format"],
    ["rd=two", "not_a_number"],
  ])("%s → %s", (q, code) => {
    expect(codes(q)).toEqual([`rd:${code}`]);
    expect(viewOf(q).rankDecimals).toBeNull();
  });
});

describe("p (compare) and h (head to head)", () => {
  it("valid lists keep their order", () => {
    expect(viewOf("p=chengdu,beijing,shenzhen").compare).toEqual(["chengdu", "beijing", "shenzhen"]);
    expect(viewOf("h=shanghai,beijing").pair).toEqual(["shanghai", "beijing"]);
  });
  it("drops unknown and repeated ids with notices", () => {
    const r = parse("p=beijing,atlantis,beijing,chengdu");
    expect(r.view.compare).toEqual(["beijing", "chengdu"]);
    expect(r.notices.map((n) => n.code)).toEqual(["unknown_id", "bad_format"]);
  });
  it("keeps the first 4 (p) or 2 (h) and reports the rest", () => {
    expect(viewOf("p=beijing,hangzhou,shanghai,shenzhen,chengdu").compare).toHaveLength(4);
    expect(codes("p=beijing,hangzhou,shanghai,shenzhen,chengdu")).toEqual(["p:too_many"]);
    expect(viewOf("h=chengdu,beijing,hangzhou").pair).toEqual(["chengdu", "beijing"]);
    expect(codes("h=chengdu,beijing,hangzhou")).toEqual(["h:too_many"]);
  });
  it("fewer than 2 valid → the default, with one notice", () => {
    expect(viewOf("p=beijing").compare).toEqual(def.compare);
    expect(codes("p=beijing")).toEqual(["p:too_few_places"]);
    expect(viewOf("h=beijing,beijing").pair).toEqual(def.pair);
    expect(codes("h=beijing,beijing")).toEqual(["h:too_few_places"]);
    expect(codes("p=atlantis")).toEqual(["p:too_few_places"]);
  });
  it("a repeated place gives one notice however often it repeats", () => {
    expect(codes("p=beijing,beijing,beijing,chengdu")).toEqual(["p:bad_format"]);
    expect(viewOf("p=beijing,beijing,beijing,chengdu").compare).toEqual(["beijing", "chengdu"]);
    expect(codes("h=beijing,beijing,chengdu")).toEqual(["h:bad_format"]);
  });
});

describe("tab, sort, lang", () => {
  it("tab", () => {
    expect(viewOf("tab=h2h").tab).toBe("h2h");
    expect(codes("tab=nope")).toEqual(["tab:bad_format"]);
    expect(viewOf("").tab).toBe("ranking");
  });
  it("sort: plain and kind:id columns, - for descending", () => {
    expect(viewOf("sort=score").sort).toEqual({ column: "score", desc: false });
    expect(viewOf("sort=-name").sort).toEqual({ column: "name", desc: true });
    expect(viewOf("sort=%2Dname").sort).toEqual({ column: "name", desc: true });
    expect(viewOf("sort=-raw%3Apflops").sort).toEqual({ column: "raw:pflops", desc: true });
    expect(viewOf("sort=-pillar:vc").sort).toEqual({ column: "pillar:vc", desc: true });
    expect(viewOf("sort=norm:pflops").sort).toEqual({ column: "norm:pflops", desc: false });
    expect(serializeView(withView({ sort: { column: "raw:vc_deals", desc: true } }), ctx)).toBe(
      "v=2&sort=-raw:vc_deals",
    );
  });
  it.each([
    ["sort=height", "bad_format"],
    ["sort=pillar:pflops", "unknown_id"],
    ["sort=raw:talent", "unknown_id"],
    ["sort=col:talent", "bad_format"],
  ])("%s → %s, no sort", (q, code) => {
    expect(codes(q)).toEqual([`sort:${code}`]);
    expect(viewOf(q).sort).toBeNull();
  });
  it("lang reads zh / en and language tags", () => {
    expect(viewOf("lang=zh").lang).toBe("zh");
    expect(viewOf("lang=zh-CN").lang).toBe("zh");
    expect(viewOf("lang=EN_gb").lang).toBe("en");
    expect(codes("lang=fr")).toEqual(["lang:bad_format"]);
    expect(viewOf("").lang).toBeNull();
  });
});

describe("d (data version)", () => {
  it("the current version: kept, no notice", () => {
    expect(parse("d=2026-11-28.abcd1234")).toEqual({
      view: withView1({ dataVersion: "2026-11-28.abcd1234" }),
      notices: [],
    });
  });
  it("another version: kept so the UI can say so, with a notice", () => {
    const r = parse("d=2026-01-01.00000000&w=talent:8");
    expect(r.view.dataVersion).toBe("2026-01-01.00000000");
    expect(r.view.weights.talent).toBe(8);
    expect(r.notices).toEqual([
      {
        param: "d",
        code: "other_data_version",
        value: "2026-01-01.00000000",
        detail: "current version is 2026-11-28.abcd1234",
      },
    ]);
  });
  it("not a version → bad_format, null", () => {
    expect(codes("d=<script>")).toEqual(["d:bad_format"]);
    expect(viewOf("d=<script>").dataVersion).toBeNull();
  });
});

describe("describeNotice", () => {
  const say = (q: string) => parse(q).notices.map(describeNotice);
  it("gives one plain English sentence per notice", () => {
    expect(say("w=talent:8,bogus:3")).toEqual(['Ignored weight "bogus": no such pillar or indicator.']);
    // A context indicator exists but is never scored: the notice says so (it used to read "no such pillar or
    // indicator"), and the weight is not kept, so no link can score it.
    expect(say("w=haidian_ai_scholars:9")).toEqual([
      'Ignored weight "haidian_ai_scholars": a context indicator, shown beside the scores but never scored (fewer than 5 cities report it, or only districts do).',
    ]);
    expect(parse("w=haidian_ai_scholars:9").view.weights).not.toHaveProperty("haidian_ai_scholars");
    expect(say("w=talent:99")).toEqual(['Ignored weight "talent:99": out of range (ratings run from 0 to 10).']);
    expect(say("p=beijing,atlantis,chengdu")).toEqual(['Ignored "atlantis" in the compare list: no such place.']);
    expect(say("p=atlantis")).toEqual([
      'Ignored "atlantis" in the compare list: needs 2–4 different known places; the default is used.',
    ]);
    expect(say("zz=1")).toEqual(['Ignored "zz": not a setting this app knows.']);
    expect(say("d=2020-01-01.ffffffff")).toEqual([
      "This link was made on data version 2020-01-01.ffffffff (current version is 2026-11-28.abcd1234); scores may differ.",
    ]);
  });
  it("covers every code", () => {
    const all: Notice[] = [
      "unknown_param unknown_id out_of_range not_a_number unknown_method duplicate_param too_long too_many bad_format",
      "other_data_version newer_format method_changed too_few_places",
    ]
      .join(" ")
      .split(" ")
      .map((code) => ({ param: "w", code: code as Notice["code"], value: "x" }));
    for (const n of all) expect(describeNotice(n)).toMatch(/^[A-Z"].*\.$/);
  });
});

describe("mc, seed, spr, bnd, unc (robustness)", () => {
  it("reads and writes the analysis settings", () => {
    const { view, notices } = parseView("v=2&mc=5000&seed=42&spr=12.5&bnd=10-40&unc=methods,weights", ctx);
    expect(notices).toEqual([]);
    expect(view.robust).toEqual({
      draws: 5000,
      seed: 42,
      spread: 12.5,
      bounds: { lo: 10, hi: 40 },
      perturb: ["weights", "methods"],
    });
    expect(serializeView(view, ctx)).toBe("v=2&mc=5000&seed=42&spr=12.5&bnd=10-40&unc=weights,methods");
    expect(parseView("unc=none", ctx).view.robust.perturb).toEqual([]);
    expect(serializeView(parseView("v=2&unc=none", ctx).view, ctx)).toBe("v=2&unc=none");
    expect(serializeView(parseView("v=2&unc=weights,data&spr=20&seed=1", ctx).view, ctx)).toBe("");
  });
  it("keeps the default, with a notice, for a bad value", () => {
    const bad = (q: string) => {
      const { view, notices } = parseView(q, ctx);
      expect(view.robust).toEqual(defaultView(ctx).robust);
      return notices.map((n) => n.code);
    };
    expect(bad("mc=0")).toEqual(["out_of_range"]);
    expect(bad("mc=20001")).toEqual(["out_of_range"]);
    expect(bad("mc=2.5")).toEqual(["bad_format"]);
    expect(bad("seed=-1")).toEqual(["out_of_range"]);
    expect(bad("spr=100")).toEqual(["out_of_range"]);
    expect(bad("bnd=40-10")).toEqual(["out_of_range"]);
    expect(bad("bnd=10")).toEqual(["bad_format"]);
    expect(bad("bnd=a-b")).toEqual(["not_a_number"]);
    expect(bad("unc=vibes")).toEqual(["unknown_method"]);
    // A list keeps its valid part.
    expect(parseView("unc=weights,vibes", ctx).view.robust.perturb).toEqual(["weights"]);
  });
});
