"use client";

import dynamic from "next/dynamic";
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useMemo, useState } from "react";
import { CopyLink } from "@/components/copy-link";
import { DatasetProvider, useDataset, type DatasetState } from "@/components/data/dataset-provider";
import type { DatasetSource } from "@/components/data/dataset-source";
import { LanguageSwitch } from "@/components/language-switch";
import { Tabs } from "@/components/dashboard/tabs";
import { TimePanels } from "@/components/dashboard/time-panels";
import { AsOf } from "@/components/time/as-of";
import { leftOutAsOf } from "@/lib/dashboard/editions";
import { mapReport } from "@/lib/dashboard/map-model";
import { yearRange } from "@/lib/time/trend";
import { withAsOf } from "@/lib/view/time";
import { PrintLink } from "@/components/print-link";
import { EditsBanner, ImportedBanner } from "@/components/edits/data-banners";
import { EmbedDialog } from "@/components/export/embed-dialog";
import { ExportMenu } from "@/components/export/export-menu";
import { PrintHeader } from "@/components/export/print-header";
import { PrintTable } from "@/components/export/print-table";
import { usePrinting } from "@/components/export/use-printing";
import { peekImport } from "@/components/import/store";
import { reportInputFrom } from "@/lib/export/from-model";
import { cn } from "@/lib/cn";
import { useUiStore } from "@/components/dashboard/ui-store";
import { useView } from "@/components/dashboard/use-view";
import { I18nProvider, useI18n } from "@/components/i18n";
import { MethodControls, type MethodSettings } from "@/components/method/method-controls";
import { MethodNotes } from "@/components/method/method-notes";
import { Notices } from "@/components/notices";
import { RankingView } from "@/components/ranking/ranking-view";
import { TopOfRanking } from "@/components/ranking/top-of-ranking";
import { WeightsPanel } from "@/components/weights/weights-panel";
import { useModel } from "@/components/dashboard/use-model";
import { refusalText } from "@/lib/dashboard/problem-text";
import { messagesFor } from "@/lib/i18n";
import { fill } from "@/lib/i18n/format";
import { makeViewContext, type ViewContext } from "@/lib/view/context";
import type { Locale } from "@/lib/view/options";
import { viewContextFor } from "@/lib/dashboard/context";
import { firstScreenKey } from "@/lib/dashboard/first-screen";
import { canonicalQuery, type DashboardFrame } from "@/lib/dashboard/frame";
import { activePreset, PRESETS, presetRatings } from "@/lib/presets";
import { serializeView } from "@/lib/view/codec";
import { withLevel } from "@/lib/view/level";
import { DEFAULT_DRAWS } from "@/lib/robustness/vocabulary";
import type { RobustView, View } from "@/lib/view/types";
import { useRobustness } from "@/components/robustness/use-robustness";
import type { PlaceRow } from "@/lib/dashboard/rows";
import type { ScreenModel } from "@/lib/dashboard/derive";

// Views that are not on screen at first load on demand, keeping the first visit's JavaScript small.
const CompareView = dynamic(() => import("@/components/compare/compare-view").then((x) => x.CompareView));
const HeadToHead = dynamic(() => import("@/components/h2h/head-to-head").then((x) => x.HeadToHead));
const ScoresTable = dynamic(() => import("@/components/table/scores-table").then((x) => x.ScoresTable));
const Methodology = dynamic(() => import("@/components/method/methodology").then((x) => x.Methodology));
const YoursPanel = dynamic(() => import("@/components/edits/yours-panel").then((x) => x.YoursPanel));
const DataPanel = dynamic(() => import("@/components/import/data-panel").then((x) => x.DataPanel));
const RobustnessView = dynamic(() => import("@/components/robustness/robustness-view").then((x) => x.RobustnessView));
const FlipPanel = dynamic(() => import("@/components/robustness/flip-panel").then((x) => x.FlipPanel));
const DistrictTable = dynamic(() => import("@/components/districts/district-table").then((x) => x.DistrictTable));
const LevelNote = dynamic(() => import("@/components/districts/level-note").then((x) => x.LevelNote));

/**
 * The whole dashboard for one dataset. Every view setting lives in the URL; this component derives the rest.
 *
 * Data flow: the dataset comes from `source` (see components/data/README.md). The server sends `frame` instead of
 * the dataset: the codec's context and the link's first screen, which the server's HTML and the browser's first
 * render show alike. Once the dataset is loaded, the browser computes every view itself. Without a frame (a dataset
 * only the browser has), the dashboard waits for the dataset.
 */
export function Dashboard({
  source,
  frame,
  synthetic,
  serverLocale,
}: {
  source: DatasetSource;
  frame: DashboardFrame | null;
  synthetic: boolean;
  serverLocale: Locale;
}) {
  return (
    <DatasetProvider source={source}>
      <DashboardOnData source={source} frame={frame} synthetic={synthetic} serverLocale={serverLocale} />
    </DatasetProvider>
  );
}

function DashboardOnData({
  source,
  frame,
  synthetic,
  serverLocale,
}: {
  source: DatasetSource;
  frame: DashboardFrame | null;
  synthetic: boolean;
  serverLocale: Locale;
}) {
  const data = useDataset();
  const { dataset } = data;
  const ctx = useMemo(
    () => (dataset ? viewContextFor(dataset) : frame ? makeViewContext(frame.context) : null),
    [dataset, frame],
  );
  if (!ctx)
    return source.kind === "imported" && data.error?.status === 404 ? (
      <ImportMissing id={source.id} locale={serverLocale} />
    ) : (
      <DataPending data={data} locale={serverLocale} />
    );
  return (
    <DashboardInContext
      ctx={ctx}
      data={data}
      source={source}
      frame={frame}
      synthetic={synthetic}
      serverLocale={serverLocale}
    />
  );
}

/** A link on data imported into another browser: they never leave that machine, so there is nothing to show here. */
function ImportMissing({ id, locale }: { id: string; locale: Locale }) {
  const m = messagesFor(locale);
  const lang = typeof window === "undefined" ? null : new URLSearchParams(window.location.search).get("lang");
  return (
    <main className="mx-auto max-w-2xl space-y-3 p-6" data-testid="import-missing">
      <h1 className="text-xl font-semibold">{m.data.missingTitle}</h1>
      <p className="text-sm text-gray-800">{fill(m.data.missingBody, { id })}</p>
      <p>
        <a className="text-blue-800 underline" href={`/${lang === "zh" || lang === "en" ? `?lang=${lang}` : ""}`}>
          {m.data.openPublished}
        </a>
      </p>
    </main>
  );
}

/** Before a browser-only dataset is there: a status line, or why it could not be loaded. */
function DataPending({ data, locale }: { data: DatasetState; locale: Locale }) {
  const m = messagesFor(locale);
  return (
    <p role={data.error ? "alert" : "status"} className="mx-auto max-w-7xl p-6 text-sm text-gray-700">
      {data.error ? fill(m.dataLoad.failed, { detail: data.error.message }) : m.dataLoad.loading}
    </p>
  );
}

function DashboardInContext({
  ctx,
  data,
  source,
  frame,
  synthetic,
  serverLocale,
}: {
  ctx: ViewContext;
  data: DatasetState;
  source: DatasetSource;
  frame: DashboardFrame | null;
  synthetic: boolean;
  serverLocale: Locale;
}) {
  const state = useView(ctx);
  const locale = state.view.lang ?? serverLocale;
  const composite = data.dataset?.composite ?? frame?.composite;
  useEffect(() => {
    document.documentElement.lang = locale === "zh" ? "zh-CN" : "en";
    if (composite)
      document.title = `${messagesFor(locale).app.title} — ${locale === "zh" ? composite.nameZh : composite.nameEn}`;
  }, [locale, composite]);
  return (
    <I18nProvider locale={locale} messages={messagesFor(locale)}>
      <DashboardBody data={data} source={source} frame={frame} synthetic={synthetic} ctx={ctx} {...state} />
    </I18nProvider>
  );
}

/** The query a shared link carries: the view, and always the data version, even for the default view. */
function shareQuery(view: View, ctx: ViewContext): string {
  return serializeView({ ...view, dataVersion: null }, ctx, { stampDataVersion: "always" });
}

function DashboardBody({
  data,
  source,
  frame,
  synthetic,
  ctx,
  view,
  notices,
  query,
  setView,
}: {
  data: DatasetState;
  source: DatasetSource;
  frame: DashboardFrame | null;
  synthetic: boolean;
  ctx: ViewContext;
} & ReturnType<typeof useView>) {
  const { m, locale, fill, num } = useI18n();
  const composite = data.dataset?.composite ?? frame?.composite;
  const compositeName = (locale === "zh" ? composite?.nameZh : composite?.nameEn) ?? "";
  // Data imported into this browser: the record (name, meta.csv's method) was read when the dataset was loaded.
  const imported = source.kind === "imported" && data.dataset ? peekImport(source.id) : null;
  // The server's first screen is the model of the view it was made for: while the view is that one (and the first
  // screen shows every place), the views render it as is, so the arrival of the dataset hands them the same objects
  // (no second drawing of the charts). Any other view renders the model computed here from the dataset; until the
  // dataset is there, the first screen stays, dimmed and marked busy. Exports always use the computed model (the
  // first screen holds only what its view draws).
  const first = frame?.first ?? null;
  const key = useMemo(
    () => (frame ? firstScreenKey(frame.revision, locale, canonicalQuery(view, ctx)) : null),
    [frame, locale, view, ctx],
  );
  const firstFits = first !== null && first.key === key && first.cut === null;
  const computed = useModel(data.dataset, view, locale, imported?.method ?? null);
  const model = firstFits ? first.model : (computed ?? first?.model)!;
  const full = computed ?? model;
  const pending = !firstFits && computed === null;
  // Districts of the head-to-head pair's cities that report figures of their own (Haidian for Beijing), offered as
  // context when only cities are shown; the filing districts with nothing but the counts are not (the district view
  // ranks those).
  const pairDistricts = useMemo(
    () =>
      view.level === "city" && view.pair
        ? full.placeOptions.filter(
            (p) => p.level === "district" && p.ownFigures && p.parent !== null && view.pair!.includes(p.parent),
          )
        : [],
    [full.placeOptions, view.level, view.pair],
  );
  const stale = pending && first !== null && first.key !== key;
  // The analyses start once the browser has its own model (they share the machine's cores with computing it).
  const analysis = useRobustness(computed ? data.dataset : null, view);
  const dismissed = useUiStore((s) => s.dismissedNoticesFor);
  const dismiss = useUiStore((s) => s.dismissNotices);
  const settingsOpen = useUiStore((s) => s.settingsOpen);
  const toggleSettings = useUiStore((s) => s.toggleSettings);

  const update = useCallback(
    (patch: Partial<View>, editKey: string) => setView({ ...view, ...patch }, editKey),
    [view, setView],
  );

  const onRobust = (patch: Partial<RobustView>) =>
    update({ robust: { ...view.robust, ...patch } }, `r:${Object.keys(patch).join()}`);
  const pillarName = (id: string) => model.pillars.find((p) => p.id === id)?.name ?? id;
  const indicatorName = (id: string) => model.indicators.find((p) => p.id === id)?.name ?? id;

  const ratings = view.weights;
  const defaults = ctx.defaultWeights;
  const setRatings = (next: Record<string, number>, key: string) => update({ weights: next }, key);

  const router = useRouter();
  // The table in parts for paper is rendered only when printing (hundreds of places make it a large DOM).
  const printing = usePrinting();
  const [embedOpen, setEmbedOpen] = useState(false);
  const share = shareQuery(view, ctx);
  const title = composite ? (locale === "zh" ? composite.nameZh : composite.nameEn) : m.app.title;
  // The report every export and the printed header are made from: the rows and weights on screen. Exports wait for
  // the dataset (the first screen may hold only some rows).
  const report = useMemo(
    () =>
      reportInputFrom({
        locale,
        m,
        title,
        view,
        rows: full.rows,
        pillars: full.pillars,
        indicators: full.indicators,
        methodology: full.methodology,
        userNotes: [
          ...(imported ? [fill(m.data.importedName, { name: imported.name })] : []),
          ...full.userChanges.summary,
        ],
        link:
          typeof window === "undefined"
            ? `/?${share}`
            : `${window.location.origin}${window.location.pathname}${share ? `?${share}` : ""}`,
        generatedAt: new Date().toISOString(),
        time: {
          asOf: view.time.asOf,
          editions: full.editions,
          trend: full.time?.trends ?? null,
          changes: full.time?.changes ?? null,
        },
        map: full.geo
          ? mapReport({
              ...full.geo,
              rows: full.rows,
              measure: view.mapMeasure,
              compositeName,
              pillars: full.pillars,
              indicators: full.indicators.filter((i) => !i.context),
              label: (o) =>
                o.kind === "composite"
                  ? m.time.map.composite
                  : fill(o.kind === "pillar" ? m.time.map.pillar : m.time.map.indicator, { name: o.name }),
            })
          : null,
        districts: full.districts,
      }),
    [locale, m, fill, title, view, full, imported, share, compositeName],
  );
  /** Opens an imported dataset (or, with null, the published data): the server page picks the data source anew. */
  const openDataset = (id: string | null) => {
    const lang = view.lang ? `lang=${view.lang}` : "";
    const q = [id ? `ds=${id}` : "", lang].filter((x) => x !== "").join("&");
    router.push(`${window.location.pathname}${q ? `?${q}` : ""}`);
  };
  /** One click back to the published figures: edits and alternative sources dropped, places the user added unpicked. */
  const resetEdits = () => {
    const added = new Set(view.edits.filter((e) => e.kind === "add").map((e) => e.id));
    const compare = view.compare.filter((id) => !added.has(id));
    update(
      {
        edits: [],
        alternatives: {},
        compare: compare.length >= 2 ? compare : [...ctx.defaultCompare],
        pair: view.pair && view.pair.some((id) => added.has(id)) ? ctx.defaultPair : view.pair,
      },
      "edits:reset",
    );
  };
  const sourceName = new Map((data.dataset?.sources ?? []).map((s) => [s.id, s.publisher]));
  const alternativeOptions = model.indicators
    .filter((i) => (ctx.alternativeSources[i.id] ?? []).length > 0)
    .map((i) => ({
      indicator: i.id,
      name: i.name,
      sources: (ctx.alternativeSources[i.id] ?? []).map((id) => ({ id, name: sourceName.get(id) ?? id })),
    }));
  // Names of nodes and places for the method notes, in the interface language.
  const nameOf = (id: string) =>
    model.names[id] ??
    model.placeOptions.find((p) => p.id === id)?.name ??
    model.rows.find((r) => r.id === id)?.name ??
    id;
  const unitOf = (id: string) => model.indicators.find((i) => i.id === id)?.unit ?? "";

  const methods: MethodSettings = {
    normalization: view.normalization,
    aggregation: view.aggregation,
    missing: view.missing,
    coverageThreshold: view.coverageThreshold,
    scale: view.scale,
    level: view.level,
  };

  return (
    <div className={cn("mx-auto max-w-7xl p-4 lg:p-6", settingsOpen && "pb-24 lg:pb-6")}>
      <header className="mb-4 flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-bold">{m.app.title}</h1>
          <p className="text-sm text-gray-600">{m.app.tagline}</p>
          {synthetic && (
            <p className="mt-1 inline-block rounded bg-fuchsia-100 px-2 py-0.5 text-sm font-semibold text-fuchsia-900">
              {m.app.synthetic}
            </p>
          )}
        </div>
        <div className="flex flex-col items-end gap-1">
          <div className="flex flex-wrap items-center justify-end gap-2 print:hidden">
            <LanguageSwitch onChange={(lang) => update({ lang }, "lang")} />
            <CopyLink query={share} note={imported ? m.data.linkNote : undefined} />
            <ExportMenu
              ready={computed !== null}
              report={() => ({ ...report, generatedAt: new Date().toISOString() })}
              view={view}
              query={share}
              extras={{ series: model.series, stacked: model.stacked, compare: view.compare, pair: view.pair }}
            />
            {!synthetic && (
              <button
                type="button"
                data-testid="embed-button"
                // Imported data exist only in this browser: nothing another site could show.
                disabled={source.kind === "imported"}
                title={source.kind === "imported" ? m.data.embedNote : undefined}
                onClick={() => setEmbedOpen(true)}
                className="rounded border border-gray-300 px-2 py-1 text-sm hover:bg-gray-50 disabled:opacity-50"
              >
                {m.embed.button}
              </button>
            )}
          </div>
          <span className="text-xs text-gray-500" data-testid="data-version">
            {fill(m.app.dataVersion, { version: ctx.dataVersion ?? "" })}
          </span>
        </div>
        <PrintLink query={query} />
      </header>
      <PrintHeader report={report} viewName={m.tabs[view.tab]} />
      <EmbedDialog
        open={embedOpen}
        query={share}
        title={`${m.app.title} — ${title}`}
        onClose={() => setEmbedOpen(false)}
      />
      {imported && <ImportedBanner name={imported.name} onBack={() => openDataset(null)} />}
      {(model.userChanges.summary.length > 0 || model.userChanges.skipped.length > 0) && (
        <EditsBanner summary={model.userChanges.summary} skipped={model.userChanges.skipped} onReset={resetEdits} />
      )}

      {dismissed !== query && (
        <Notices notices={notices} currentVersion={ctx.dataVersion ?? ""} onDismiss={() => dismiss(query)} />
      )}

      <DataStatus data={data} pending={pending} stale={stale} cut={first?.cut ?? null} />

      <MethodNotes refused={model.refused} warnings={model.warnings} error={model.error} name={nameOf} unit={unitOf} />

      <div className="grid gap-6 lg:grid-cols-[20rem_minmax(0,1fr)]">
        <button
          type="button"
          aria-expanded={settingsOpen}
          aria-controls="settings"
          onClick={toggleSettings}
          className="rounded border border-gray-300 px-3 py-1.5 text-left text-sm font-medium lg:hidden print:hidden"
        >
          {settingsOpen ? "▾" : "▸"} {m.share.settings}
        </button>
        <aside id="settings" className={cn("space-y-6 print:hidden", settingsOpen ? "block" : "hidden lg:block")}>
          <WeightsPanel
            pillars={model.weightTree}
            ratings={ratings}
            presets={
              // Presets name the published framework's pillars; imported frameworks have their own.
              source.kind === "imported" ? [] : PRESETS.map((p) => ({ id: p.id, label: m.presets[p.labelKey] }))
            }
            activePreset={activePreset(ratings, defaults)}
            onRate={(id, v) => setRatings({ ...ratings, [id]: v }, `w:${id}`)}
            onReset={() => setRatings({ ...defaults }, "w:reset")}
            onEqual={() => setRatings(Object.fromEntries(Object.keys(defaults).map((k) => [k, 5])), "w:equal")}
            leftOut={
              view.time.asOf === null
                ? null
                : { ids: leftOutAsOf(model.editions, model.weightTree), year: view.time.asOf }
            }
            onPreset={(id) => {
              const p = PRESETS.find((x) => x.id === id);
              if (p) setRatings(presetRatings(p, defaults), `preset:${id}`);
            }}
          />
          <MethodControls
            settings={methods}
            onChange={(patch) =>
              patch.level !== undefined
                ? setView(withLevel(view, patch.level, ctx), "m:level")
                : update(patch, `m:${Object.keys(patch).join()}`)
            }
            refusals={model.refusals}
            describe={(r) => refusalText(r, { m, fill, name: nameOf, num }, unitOf)}
          />
        </aside>

        {settingsOpen && <TopOfRanking rows={model.rows} />}
        <main id="main" className="min-w-0">
          <AsOf
            years={yearRange(ctx.years)}
            asOf={view.time.asOf}
            onAsOf={(asOf) => update({ time: withAsOf(view.time, asOf) }, "yr")}
            editions={model.editions}
          />
          <div className="print:hidden">
            <Tabs active={view.tab} onSelect={(tab) => update({ tab }, "tab")} />
          </div>
          <div
            id="view-panel"
            role="tabpanel"
            aria-labelledby={`tab-${view.tab}`}
            aria-busy={stale}
            className={cn("pt-4", stale && "opacity-60")}
          >
            {view.tab === "ranking" && (
              <RankingView
                rows={model.rows}
                series={model.series}
                stacked={model.stacked}
                coverageThreshold={view.coverageThreshold}
                rests={model.rests}
                indicators={model.indicators}
                figureRows={computed?.rows ?? null}
                intervals={analysis.intervals}
                onShowIntervals={view.robust.draws === null ? () => onRobust({ draws: DEFAULT_DRAWS }) : undefined}
              />
            )}
            {view.tab === "ranking" && model.districts.length > 0 && (
              <div className="mt-6">
                <DistrictTable lines={model.districts} rows={model.rows} indicators={model.indicators} />
              </div>
            )}
            {view.tab === "compare" && (
              <CompareView
                rows={model.rows}
                allPlaces={model.placeOptions.filter((p) => view.level === "all" || p.level === view.level)}
                chosen={view.compare}
                onChoose={(compare) => update({ compare }, "compare")}
                pillars={model.pillars}
                indicators={model.indicators}
              />
            )}
            {view.tab === "h2h" && view.pair && <H2HLevelNote rows={model.rows} pair={view.pair} model={model} />}
            {view.tab === "h2h" && view.pair && (
              <>
                <HeadToHead
                  rows={model.rows}
                  pair={view.pair}
                  onPair={(pair) => update({ pair }, "pair")}
                  pillars={model.pillars}
                  indicators={model.indicators}
                  nodes={model.nodes}
                  districts={pairDistricts}
                  onShowDistricts={() =>
                    view.pair &&
                    update(
                      {
                        tab: "compare",
                        level: "all",
                        compare: [...view.pair, ...pairDistricts.map((d) => d.id)].slice(0, 4),
                      },
                      "h2h-districts",
                    )
                  }
                />
                <FlipPanel
                  pair={view.pair}
                  rows={model.rows}
                  analysis={analysis}
                  pillarName={pillarName}
                  indicatorName={indicatorName}
                />
              </>
            )}
            {view.tab === "table" && (
              <>
                <div className="print:hidden">
                  <ScoresTable
                    rows={model.rows}
                    pillars={model.pillars}
                    indicators={model.indicators}
                    sort={view.sort}
                    onSort={(sort) => update({ sort }, "sort")}
                    scale={view.scale}
                    intervals={analysis.intervals}
                  />
                </div>
                {printing && <PrintTable rows={model.rows} pillars={model.pillars} indicators={model.indicators} />}
              </>
            )}
            {view.tab === "robust" && (
              <RobustnessView
                robust={view.robust}
                onRobust={onRobust}
                rows={model.rows}
                analysis={analysis}
                place={view.pair?.[0] ?? model.rows[0]?.id ?? ""}
                onPlace={(id) => {
                  const other = view.pair?.[1] === id ? view.pair[0] : (view.pair?.[1] ?? id);
                  update({ pair: [id, other] }, "pair");
                }}
                pillars={model.pillars}
                indicators={model.indicators}
              />
            )}
            {view.tab === "method" && <Methodology {...model.methodology} synthetic={synthetic} />}
            {view.tab === "data" && (
              <DataPanel
                current={source.kind === "imported" ? source.id : null}
                currentLabel={
                  imported
                    ? fill(m.data.importedName, { name: imported.name })
                    : fill(m.data.published, { version: ctx.dataVersion ?? "" })
                }
                openDataset={openDataset}
              >
                <YoursPanel
                  rows={model.rows}
                  places={model.placeOptions}
                  indicators={model.indicators}
                  edits={view.edits}
                  alternatives={view.alternatives}
                  alternativeOptions={alternativeOptions}
                  onChange={(edits, alternatives) => update({ edits, alternatives }, "edits")}
                />
              </DataPanel>
            )}
            <TimePanels view={view} model={model} compositeName={compositeName} update={update} />
          </div>
        </main>
      </div>
    </div>
  );
}

/** Head to head across levels: says so first, with the district's share of its city (issue 16). */
function H2HLevelNote({ rows, pair, model }: { rows: PlaceRow[]; pair: [string, string]; model: ScreenModel }) {
  const a = rows.find((r) => r.id === pair[0]);
  const b = rows.find((r) => r.id === pair[1]);
  if (!a || !b || (a.level !== "district" && b.level !== "district")) return null;
  return (
    <div className="mb-4">
      <LevelNote a={a} b={b} districts={model.districts} indicators={model.indicators} />
    </div>
  );
}

/** Where the figures on screen come from while the dataset loads: the first rows only, a view not yet computed, or an error. */
function DataStatus({
  data,
  pending,
  stale,
  cut,
}: {
  data: DatasetState;
  /** The data for this view are not computed yet: the first screen is shown. */
  pending: boolean;
  stale: boolean;
  cut: { shown: number; total: number } | null;
}) {
  const { m, fill } = useI18n();
  if (data.error) {
    const text = data.error.status === 404 ? m.dataLoad.gone : fill(m.dataLoad.failed, { detail: data.error.message });
    return (
      <p role="alert" className="mb-4 rounded border border-red-300 bg-red-50 p-3 text-sm text-red-900">
        {text}{" "}
        <button type="button" className="underline" onClick={() => window.location.reload()}>
          {m.dataLoad.reload}
        </button>
      </p>
    );
  }
  if (!pending || (!stale && !cut)) return null;
  return (
    <p role="status" className="mb-4 text-sm text-gray-600" data-testid="data-status">
      {stale
        ? m.dataLoad.loading
        : fill(m.dataLoad.firstRows, { shown: String(cut!.shown), total: String(cut!.total) })}
    </p>
  );
}
