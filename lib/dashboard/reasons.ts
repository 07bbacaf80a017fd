/**
 * The engine states why a place or cell has no score in English; the interface says it in the user's language.
 * Known reasons map to catalogue messages; anything else is shown as the engine wrote it.
 */
export interface ReasonMessages {
  allZero: string;
  noData: string;
  noScore: string;
  belowThreshold: string;
  notReported: string;
  noPopulation: string;
  noGdp: string;
  notInData: string;
  belowList: string;
  noEdition: string;
  noEditionYet: string;
  otherLevel: string;
}

export function reasonText(reason: string, m: ReasonMessages, fill: (t: string, v: Record<string, string>) => string) {
  const below = /^coverage (\S+) below threshold (\S+)$/.exec(reason);
  if (below) return fill(m.belowThreshold, { coverage: below[1]!, threshold: below[2]! });
  const list = /^not published: below the top (\d+)$/.exec(reason);
  if (list) return fill(m.belowList, { n: list[1]! });
  const edition = /^no edition by (\d+)$/.exec(reason);
  if (edition) return fill(m.noEdition, { year: edition[1]! });
  const fixed: Record<string, string> = {
    "all weights are zero": m.allZero,
    "no observed data on any weighted indicator": m.noData,
    "no score: no weighted indicator has data": m.noScore,
    "not reported": m.notReported,
    "no population figure": m.noPopulation,
    "no GDP figure": m.noGdp,
    "not in our data": m.notInData,
    "no edition": m.noEditionYet,
    "the list ranks cities only": m.otherLevel,
  };
  return Object.hasOwn(fixed, reason) ? fixed[reason]! : reason;
}
