import type { Metadata } from "next";
import { DashboardPage, type SearchParams } from "@/app/dashboard-page";
import { syntheticDataset } from "@/lib/data/synthetic";
import type { Dataset } from "@/lib/data/types";

export const metadata: Metadata = { title: "AI City Index — synthetic data (300 places)", robots: "noindex" };

let synthetic: Dataset | undefined;

/**
 * The same dashboard on a seeded synthetic dataset (300 places × 30 indicators), for scale tests and benchmarks. The
 * browser generates the same dataset itself (Fisher–Yates on a seeded stream: identical in every engine) instead of
 * downloading ~9,000 observations.
 */
export default function Synthetic({ searchParams }: { searchParams: SearchParams }) {
  synthetic ??= syntheticDataset();
  return (
    <DashboardPage
      dataset={synthetic}
      revision={`synthetic-${synthetic.version.hash}`}
      source={{ kind: "synthetic" }}
      synthetic
      searchParams={searchParams}
    />
  );
}
