/**
 * Where the places are: the gazetteer file `data/research/gazetteer-geonames.csv` (one GeoNames record per place,
 * every field of the export row verbatim except `alternatenames`) and the source record the map cites.
 * `npm run data:build` attaches each record's coordinates to its place (`Place.location`); a place without a record
 * is not on the map, never placed by guess.
 */
import type { SelectedSource } from "@/lib/data/build/selection-types";

export const GAZETTEER_FILE = "gazetteer-geonames.csv";

export const GAZETTEER_SOURCE: SelectedSource & { retrieved: string } = {
  id: "geonames-cities15000",
  cells: [],
  publisher: "GeoNames",
  title: "GeoNames gazetteer, cities15000 export (places with more than 15,000 inhabitants), CC BY 4.0",
  date: "",
  // Read on a copy of the export kept in a public repository (the export itself is a daily zip at
  // https://download.geonames.org/export/dump/cities15000.zip); each record is checkable on geonames.org.
  url: "https://github.com/DrElegantia/european-universities-dataset/blob/24fd411c70425b9485684152a7f572990b0b8910/cities15000.txt",
  grade: "repost",
  retrieved: "2026-11-29",
  covers:
    "Coordinates (WGS84 decimal degrees) of the 20 cities: one GeoNames record each, modified 2024-03-26 to 2026-04-13; every record can be checked at https://www.geonames.org/<id>.",
};
