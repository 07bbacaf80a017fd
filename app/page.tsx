import { IndicatorBars, type IndicatorBarRow } from "@/components/indicator-bars";
import { IndicatorTable } from "@/components/indicator-table";
import { getDataset } from "@/lib/data/load";

const SLICE_INDICATOR = "ai_tech_talent_demand_share";

export default async function Home({ searchParams }: { searchParams: Promise<Record<string, string | string[]>> }) {
  await searchParams;
  const dataset = getDataset();
  const indicator = dataset.indicators.find((i) => i.id === SLICE_INDICATOR);
  if (!indicator) throw new Error(`The bundled dataset has no indicator ${SLICE_INDICATOR}`);
  const sources = new Map(dataset.sources.map((s) => [s.id, s]));
  const places = new Map(dataset.places.map((p) => [p.id, p]));
  const rows: IndicatorBarRow[] = dataset.observations
    .filter((o) => o.indicator === SLICE_INDICATOR)
    .map((o) => {
      const s = sources.get(o.sourceId);
      return {
        id: o.place,
        name: places.get(o.place)?.nameEn ?? o.place,
        value: o.value,
        provenance: `${s ? `${s.publisher}, ${s.title}` : o.sourceId} · ${o.year} · ${o.qualifier}`,
      };
    })
    .sort((a, b) => (indicator.direction === 1 ? b.value - a.value : a.value - b.value));
  const missing = dataset.places.filter((p) => !rows.some((r) => r.id === p.id));

  return (
    <main className="mx-auto max-w-4xl p-6">
      <h1 className="text-2xl font-bold">AI City Index</h1>
      <h2 className="mt-4 text-lg font-semibold">{indicator.nameEn}</h2>
      <p className="text-sm text-gray-600">{indicator.definition}</p>
      <IndicatorBars rows={rows} unit={indicator.unit} label={indicator.nameEn} />
      <IndicatorTable rows={rows.map((r, i) => ({ ...r, rank: i + 1 }))} unit={indicator.unit} />
      <p className="mt-3 text-sm text-gray-600">No figure reported for: {missing.map((p) => p.nameEn).join(", ")}.</p>
    </main>
  );
}
