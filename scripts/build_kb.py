"""Build the place gazetteer ``places.tsv.gz`` of the knowledge base from the shared data folder.

Usage: ``python scripts/build_kb.py --data DIR --out src/rasd/data/kb``

Sources (folders of the shared data folder): ``geonames-ar`` (cities, admin1 names, countries),
``world-cities-ar-wikidata`` (extra Arabic city labels), ``arwikicats-lexicons`` (nationality adjectives,
English→Arabic place names) and ``news-ant`` (only to learn which Arabic words are too common to be
trusted as the name of a small place). Country centroids come from the ``countryinfo`` package when it
is installed, else from the capital's coordinates.

Kept: every country, every admin1 division with an Arabic name, every Arabic-named place of the region,
and elsewhere only large places and capitals. Places without an Arabic name are dropped (except Libya's,
which ``places_extra.tsv`` names by hand).
"""

from __future__ import annotations

import argparse
import csv
import gzip
import importlib.util
import io
import json
import re
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path


def _load_match_key() -> Callable[[str], str]:
    """``rasd.text.normalize.match_key``, loaded by path so a build does not import the whole package."""
    path = Path(__file__).resolve().parents[1] / "src" / "rasd" / "text" / "normalize.py"
    spec = importlib.util.spec_from_file_location("_rasd_normalize", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    fn: Callable[[str], str] = module.match_key
    return fn


match_key = _load_match_key()

COLUMNS = (
    "id", "name_en", "aliases_ar", "aliases_latin", "demonyms_ar", "lat", "lon", "country", "admin1",
    "population", "kind", "capital_of", "source",
)

# Countries whose every Arabic-named place is kept (North Africa, Sahel, Horn, Levant, Gulf, neighbours).
REGION = {
    "LY", "EG", "TN", "DZ", "MA", "EH", "MR", "SD", "SS", "TD", "NE", "ML", "SY", "IQ", "JO", "LB", "PS",
    "SA", "YE", "OM", "AE", "QA", "BH", "KW", "SO", "DJ", "KM", "ER",
}
# Neighbours whose Arabic-letter names are often Persian/Turkish/Hebrew transliterations: keep larger places.
NEAR_REGION = {"TR", "IR", "IL", "CY", "MT", "AF", "PK", "ET", "NG", "GR", "IT"}
NEAR_REGION_MIN_POP = 20_000
WORLD_MIN_POP = 150_000
WORLD_MIN_POP_NAMED_AR = 40_000
# Single-word place aliases among this many most frequent news words are dropped unless the word is
# often used as a place.
COMMON_WORDS = 5000
FAR_SHORT_NAME_MIN_POP = 300_000
STOPLIST = Path(__file__).resolve().parents[1] / "src" / "rasd" / "lang" / "ar" / "place_alias_stoplist.txt"

ADMIN_PREFIXES = ("شعبية", "محافظة", "ولاية", "منطقة", "إقليم", "مقاطعة", "بلدية", "قضاء", "لواء", "إمارة")
# Labels of a related item rather than the city itself (world-cities quality notes).
LABEL_PREFIXES = ("ميناء", "قرية", "مدينة", "ناحية", "مركز") + ADMIN_PREFIXES

ARABIC_ONLY = re.compile(r"^[\u0621-\u064A\u064B-\u0652\u0670\u0640 \-]+$")


@dataclass
class Place:
    id: str
    name_en: str
    lat: float | None
    lon: float | None
    country: str
    admin1: str = ""
    population: int = 0
    kind: str = "town"
    source: str = "geonames"
    capital_of: str = ""
    aliases_ar: list[str] = field(default_factory=list)
    aliases_latin: list[str] = field(default_factory=list)
    demonyms_ar: list[str] = field(default_factory=list)

    def add_ar(self, names: Iterable[str]) -> None:
        for name in names:
            name = re.sub(r"[\u064B-\u0652\u0670\u0640]", "", name).strip()
            if name and ARABIC_ONLY.match(name) and name not in self.aliases_ar:
                self.aliases_ar.append(name)

    def add_latin(self, names: Iterable[str], limit: int = 8) -> None:
        for name in names:
            name = name.strip()
            if (name and name not in self.aliases_latin and name != self.name_en
                    and len(self.aliases_latin) < limit and not re.search(r"[\u0600-\u06FF]", name)):
                self.aliases_latin.append(name)

    def row(self) -> list[str]:
        def coord(x: float | None) -> str:
            return "" if x is None else f"{x:.5f}"

        return [
            self.id, self.name_en, "|".join(self.aliases_ar), "|".join(self.aliases_latin),
            "|".join(self.demonyms_ar), coord(self.lat), coord(self.lon), self.country, self.admin1,
            str(self.population), self.kind, self.capital_of, self.source,
        ]


def read_tsv(path: Path) -> Iterator[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        yield from csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)


def split(value: str | None) -> list[str]:
    return [v for v in (value or "").split("|") if v.strip()]


def strip_prefix(name: str, prefixes: Iterable[str]) -> str:
    for prefix in prefixes:
        if name.startswith(prefix + " ") and len(name) > len(prefix) + 2:
            return name[len(prefix) + 1:]
    return name


def city_kind(population: int) -> str:
    if population >= 100_000:
        return "city"
    if population >= 10_000:
        return "town"
    return "village"


# Words that announce a place name ("مدينة", "شمال", "ريف" ...), compared by match key. Prepositions
# (في، من، إلى) are not among them: they precede common nouns as often ("في حديثه" is "in his talk").
PLACE_CUES = {"مدينه", "بمدينه", "لمدينه", "مدينتي", "بلده", "ببلده", "بلدتي", "بلدات", "قريه", "بقريه", "عاصمه",
              "العاصمه", "محافظه", "بمحافظه", "ولايه", "قطاع", "ريف", "بريف", "مخيم", "حي", "ميناء", "مطار",
              "منطقه", "بمنطقه", "قرب", "محيط", "اطراف", "ضواحي", "وسط", "داخل", "شمال", "جنوب", "شرق", "غرب",
              "نحو", "مدن"}
PLACE_CUE_RATIO = 0.2


def common_words(news_dir: Path, limit: int) -> set[str]:
    """Frequent words of the news corpus that are seldom used as a place (rarely after "في", "مدينة" ...)."""
    counts: Counter[str] = Counter()
    after_cue: Counter[str] = Counter()
    for path in sorted(news_dir.glob("*.jsonl.gz")):
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            for i, line in enumerate(fh):
                if i >= 12_000:  # a sample is enough for a frequency rank
                    break
                doc = json.loads(line)
                text = " ".join(str(doc.get(k) or "") for k in ("title", "abstract", "content", "text"))
                words = match_key(text).split()
                counts.update(words)
                after_cue.update(w for prev, w in zip(words, words[1:], strict=False) if prev in PLACE_CUES)
    return {w for w, n in counts.most_common(limit) if after_cue[w] < PLACE_CUE_RATIO * n}


def centroids() -> dict[str, tuple[float, float]]:
    """ISO3 → (lat, lon) from the countryinfo package, if installed."""
    try:
        from importlib.resources import files

        data = files("countryinfo") / "data"
    except ModuleNotFoundError:
        print("countryinfo not installed: country points fall back to capitals", file=sys.stderr)
        return {}
    out: dict[str, tuple[float, float]] = {}
    for entry in data.iterdir():
        if not entry.name.endswith(".json"):
            continue
        info = json.loads(entry.read_text(encoding="utf-8"))
        iso3 = (info.get("ISO") or {}).get("alpha3")
        latlng = info.get("latlng") or []
        if iso3 and len(latlng) == 2:
            out[iso3] = (float(latlng[0]), float(latlng[1]))
    return out


def build(data: Path) -> list[Place]:
    geo = data / "geonames-ar"
    countries = list(read_tsv(geo / "countries.tsv"))
    iso3_of = {c["iso"]: c["iso3"] for c in countries}
    name_to_iso = {c["name"].lower(): c["iso"] for c in countries}
    nationalities: dict[str, dict[str, str]] = json.loads(
        (data / "arwikicats-lexicons" / "nationalities_data.json").read_text(encoding="utf-8"))
    city_lexicon: dict[str, str] = json.loads(
        (data / "arwikicats-lexicons" / "cities_full.json").read_text(encoding="utf-8"))
    world_rows = list(csv.DictReader((data / "world-cities-ar-wikidata" / "world-cities.csv")
                                     .open(encoding="utf-8-sig", newline="")))
    common = common_words(data / "news-ant", COMMON_WORDS)
    points = centroids()

    # Countries -----------------------------------------------------------------------------------
    places: dict[str, Place] = {}
    for c in countries:
        iso3 = c["iso3"]
        place = Place(iso3, c["name"], None, None, iso3, population=int(c["population"] or 0),
                      kind="country")
        place.add_ar([c["ar_name_geonames_lang_ar"]])
        lexicon_name = city_lexicon.get(c["name"].lower())
        if lexicon_name:
            place.add_ar([lexicon_name])
        for adj in nationalities.values():
            if adj.get("en", "").lower() == c["name"].lower():
                place.add_ar([adj.get("ar", "")])
                for form in ("male", "female", "males", "the_male", "the_female"):
                    value = adj.get(form, "")
                    if value and " " not in value and value not in place.demonyms_ar:
                        place.demonyms_ar.append(value)
        if iso3 in points:
            place.lat, place.lon = points[iso3]
        places[iso3] = place
    for row in world_rows:
        iso = name_to_iso.get(row["CountryNameEn"].lower())
        if iso:
            places[iso3_of[iso]].add_ar([row["CountryNameAr"]])

    # Admin1 divisions (coordinates: their most populous place) ------------------------------------
    cities = list(read_tsv(geo / "cities_ar.tsv"))
    biggest: dict[str, dict[str, str]] = {}
    for r in cities:
        key = f"{r['country']}.{r['admin1']}"
        if key not in biggest or int(r["population"] or 0) > int(biggest[key]["population"] or 0):
            biggest[key] = r
    for r in read_tsv(geo / "admin_codes_ar.tsv"):
        if r["level"] != "admin1" or r["country"] not in iso3_of:
            continue
        seat = biggest.get(r["code"])
        ar = r["ar_name_geonames_lang_ar"]
        if not seat or not ARABIC_ONLY.match(ar.replace("ـ", "")):
            continue
        bare = strip_prefix(ar, ADMIN_PREFIXES)
        place = Place(f"adm:{r['code']}", f"{seat['name']} Province",
                      float(seat["lat"]), float(seat["lon"]), iso3_of[r["country"]],
                      admin1=r["code"].split(".", 1)[1], kind="admin")
        place.add_ar([ar, bare])
        places[place.id] = place

    # Cities ----------------------------------------------------------------------------------------
    capitals = {(c["iso"], c["capital"].lower()) for c in countries if c["capital"]}
    capital_seen: set[tuple[str, str]] = set()
    for r in sorted(cities, key=lambda r: -int(r["population"] or 0)):
        iso, pop = r["country"], int(r["population"] or 0)
        lang_ar = r["ar_name_geonames_lang_ar"]
        ar_names = [lang_ar] + split(r["ar_alt_names_arabic_letters"])
        ar_names = [n for n in ar_names if n and ARABIC_ONLY.match(n)]
        is_capital = (iso, r["name"].lower()) in capitals and (iso, r["name"].lower()) not in capital_seen
        if is_capital:
            capital_seen.add((iso, r["name"].lower()))
        keep = (
            iso == "LY"
            or (iso in REGION and ar_names)
            or (iso in NEAR_REGION and ar_names and pop >= NEAR_REGION_MIN_POP)
            or (ar_names and (pop >= WORLD_MIN_POP or is_capital))
            or (lang_ar and ARABIC_ONLY.match(lang_ar) and pop >= WORLD_MIN_POP_NAMED_AR)
        )
        if not keep or iso not in iso3_of:
            continue
        place = Place(f"gn:{r['geonameid']}", r["name"], float(r["lat"]), float(r["lon"]), iso3_of[iso],
                      admin1=r["admin1"], population=pop, kind=city_kind(pop),
                      capital_of=iso3_of[iso] if is_capital else "")
        # Outside the region, the untagged Arabic-letter names are mostly Persian/Urdu forms and
        # homographs of Arabic words (كان for Caen): keep only the name GeoNames tags as Arabic.
        place.add_ar(ar_names if iso in REGION else ar_names[:1] if lang_ar else [])
        place.add_ar([strip_prefix(n, LABEL_PREFIXES) for n in list(place.aliases_ar)])
        place.add_latin(split(r["latin_alt_names_mena_only"]))
        places[place.id] = place

    # Extra Arabic labels: world-cities (Wikidata) and the arwikicats place lexicon -------------------
    by_name: dict[tuple[str, str], Place] = {}
    for place in sorted(places.values(), key=lambda p: p.population):
        if place.id.startswith("gn:"):
            for name in [place.name_en, *place.aliases_latin]:
                by_name[(place.country, name.lower())] = place
    for row in world_rows:
        iso = name_to_iso.get(row["CountryNameEn"].lower())
        hit = by_name.get((iso3_of.get(iso or "", ""), row["CityNameEn"].lower()))
        if hit:
            hit.add_ar([strip_prefix(row["CityNameAr"], LABEL_PREFIXES)])
    largest_by_en: dict[str, Place] = {}
    for (_, en), place in by_name.items():
        if en not in largest_by_en or place.population > largest_by_en[en].population:
            largest_by_en[en] = place
    for en, ar in city_lexicon.items():
        if "," in en:
            city, _, country = (s.strip() for s in en.partition(","))
            iso = name_to_iso.get(country)
            hit = by_name.get((iso3_of.get(iso or "", ""), city))
        else:
            hit = largest_by_en.get(en)
        if hit and hit.population >= 50_000:
            hit.add_ar([re.sub(r"\s*\(.*\)$", "", ar)])

    # Drop generic words, and single-word aliases of small places that are common words of news text --
    REGION_ISO3 = {iso3_of[c] for c in REGION | NEAR_REGION if c in iso3_of}  # noqa: N806
    stop = {match_key(line) for line in STOPLIST.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")}
    for place in places.values():
        # Capitals and large cities keep their names even when common (روما is also a football club).
        filtered = (place.country != "LBY" and place.kind != "country" and not place.capital_of
                    and place.population < 1_000_000)
        # Far from the region, a one-word name of three letters or fewer is more often an Arabic word than
        # the place (بري for Brea, بور for Bor): only big cities keep one.
        far_small = (place.country not in REGION_ISO3 and place.kind != "country" and not place.capital_of
                     and place.population < FAR_SHORT_NAME_MIN_POP)
        place.aliases_ar = [a for a in place.aliases_ar if match_key(a) not in stop
                            and not (filtered and " " not in a.strip() and match_key(a) in common)
                            and not (far_small and len(match_key(a)) <= 3)]
    kept = [p for p in places.values() if p.aliases_ar or p.country == "LBY"]

    # Country points: fall back to the capital ------------------------------------------------------
    capital_point = {p.capital_of: (p.lat, p.lon) for p in kept if p.capital_of}
    for p in kept:
        if p.kind == "country" and p.lat is None and p.id in capital_point:
            p.lat, p.lon = capital_point[p.id]
    return sorted(kept, key=lambda p: (p.kind != "country", p.country, -p.population, p.id))


def translit_table(data: Path, min_count: int = 2) -> list[tuple[str, str, int]]:
    """Arabic name token (match key) → its most frequent English spelling in the Wikidata name pairs."""
    best: dict[str, tuple[int, str]] = {}
    path = data / "netransliteration-wd-arabic" / "wd_arabic.normalized.aligned.tokens.tsv"
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            parts = line.rstrip("\n").split("\t")
            if len(parts) != 3 or not parts[2].isdigit() or not parts[0].isalpha():
                continue
            english, arabic, count = parts[0], match_key(parts[1].replace(" ", "")), int(parts[2])
            if count < min_count or not arabic:
                continue
            if arabic not in best or count > best[arabic][0]:
                best[arabic] = (count, english)
    return sorted((ar, en, c) for ar, (c, en) in best.items())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, required=True, help="the shared data folder")
    parser.add_argument("--out", type=Path, required=True, help="output folder (src/rasd/data/kb)")
    args = parser.parse_args(argv)
    places = build(args.data)
    args.out.mkdir(parents=True, exist_ok=True)
    target = args.out / "places.tsv.gz"
    # mtime=0 keeps the file byte-identical between builds of the same data.
    with gzip.GzipFile(target, "wb", mtime=0) as raw, io.TextIOWrapper(raw, encoding="utf-8") as fh:
        writer = csv.writer(fh, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE, escapechar="\\")
        writer.writerow(COLUMNS)
        for place in places:
            writer.writerow(place.row())
    table = args.out / "translit_tokens.tsv.gz"
    with gzip.GzipFile(table, "wb", mtime=0) as raw, io.TextIOWrapper(raw, encoding="utf-8") as fh:
        for arabic, english, count in translit_table(args.data):
            fh.write(f"{arabic}\t{english}\t{count}\n")
    kinds = Counter(p.kind for p in places)
    print(f"{target}: {len(places)} places {dict(kinds)}; {target.stat().st_size} bytes", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
