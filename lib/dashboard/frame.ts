/**
 * What the server hands the dashboard with a page instead of the dataset: the codec context's inputs, the composite's
 * names, the dataset revision to fetch, and the link's first screen. Frames are cached per dataset revision, language
 * and canonical view (a link read a thousand times is computed once), in a bounded LRU.
 */
import { viewContextArgs, viewContextFor, type ViewContextArgs } from "@/lib/dashboard/context";
import { screenModel, type ScreenModel } from "@/lib/dashboard/derive";
import { firstScreen, firstScreenKey, type FirstScreen } from "@/lib/dashboard/first-screen";
import { Lru } from "@/lib/dashboard/lru";
import type { Dataset } from "@/lib/data/types";
import { messagesFor } from "@/lib/i18n";
import { serializeView } from "@/lib/view/codec";
import type { ViewContext } from "@/lib/view/context";
import type { Locale } from "@/lib/view/options";
import type { View } from "@/lib/view/types";

export interface DashboardFrame {
  /** The dataset's content revision (part of every first-screen key). */
  revision: string;
  context: ViewContextArgs;
  composite: { nameEn: string; nameZh: string };
  first: FirstScreen;
}

/** Enough for every link of a busy day; each frame is the first screen only (a few KB to a few hundred KB). */
const FRAME_CACHE_SIZE = 256;
const frames = new Lru<DashboardFrame>(FRAME_CACHE_SIZE);
/** Full models (every row with its figures and provenance) are larger: fewer of them, per dataset. */
const MODEL_CACHE_SIZE = 32;
const models = new WeakMap<Dataset, Lru<ScreenModel>>();

/**
 * The full model of a view, cached per dataset, language and canonical view: the page's first screen, its link
 * preview (metadata, og:image) and `/embed` all read the same computation instead of one each per request.
 */
export function cachedScreenModel(dataset: Dataset, view: View, locale: Locale): ScreenModel {
  let lru = models.get(dataset);
  if (!lru) models.set(dataset, (lru = new Lru<ScreenModel>(MODEL_CACHE_SIZE)));
  const key = `${locale}|${canonicalQuery(view, viewContextFor(dataset))}`;
  return lru.getOrCreate(key, () => screenModel(dataset, view, locale, messagesFor(locale)));
}

/**
 * The canonical form of a view for caching: what its link would say, without the data-version stamp and the language
 * (neither changes what is computed; the language is a key of its own).
 */
export function canonicalQuery(view: View, ctx: ViewContext): string {
  return serializeView({ ...view, dataVersion: null, lang: null }, ctx);
}

/** The frame of one view of a dataset in a language; `revision` names the dataset's content (see served.ts). */
export function dashboardFrame(dataset: Dataset, revision: string, view: View, locale: Locale): DashboardFrame {
  const key = firstScreenKey(revision, locale, canonicalQuery(view, viewContextFor(dataset)));
  return frames.getOrCreate(key, () => ({
    revision,
    context: viewContextArgs(dataset),
    composite: { nameEn: dataset.composite.nameEn, nameZh: dataset.composite.nameZh },
    first: firstScreen(cachedScreenModel(dataset, view, locale), view, key, locale),
  }));
}
