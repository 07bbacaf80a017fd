"use client";

import { useMemo } from "react";
import { Dashboard } from "@/components/dashboard/dashboard";
import { syntheticDataset } from "@/lib/data/synthetic";
import type { Locale } from "@/lib/view/options";

/** Generates the seeded synthetic dataset where it is used, instead of shipping ~9,000 observations over the wire. */
export function SyntheticDashboard({ serverLocale }: { serverLocale: Locale }) {
  const dataset = useMemo(() => syntheticDataset(), []);
  return <Dashboard dataset={dataset} synthetic serverLocale={serverLocale} />;
}
