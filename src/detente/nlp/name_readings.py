"""What the words beside a name tell: its title (before, after or in apposition), its apposition, whether an unknown name is a person or a company, the proper-noun runs in a title (moved out of actors.py to keep it short)."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from detente.nlp.mentions import RANKS, TITLE_PREFIXES
from detente.nlp.title_phrases import _rank_phrase_before, _role_phrase_after, _role_phrase_before, _title_appositive


# Words in an unknown organisation's name (or its apposition) that tell its PLOVER sector.
ORG_SECTOR_WORDS = {
    "BUS": {"company", "companies", "firm", "firms", "corporation", "conglomerate", "producer", "producers",
            "exporter", "lender", "carmaker", "airline"},
    # an intelligence service is SPY even when its name says "agency" or "service": read before GOV
    "SPY": {"intelligence", "espionage"},
    "GOV": {"ministry", "government", "cabinet", "council", "agency", "office", "commission", "embassy"},
    # a police force is police: "police" is read before the armed "force"
    "COP": {"police"}, "MIL": {"army", "military", "forces", "force", "navy", "command", "guard", "junta"},
    "PTY": {"party"}, "JUD": {"court", "tribunal", "prosecutor", "prosecutors", "judiciary"}, "LEG": {"parliament", "assembly", "congress", "senate"},
    "LAB": {"union", "workers"}, "JRN": {"news", "newspaper", "television", "radio"},
}


NOUN_PHRASE_POS = {"DET", "PROPN", "PART", "NUM", "ADJ", "NOUN"}


def _apposition(doc: Doc, span: Span) -> Span | None:
    """The phrase set beside a name, or beside the last of a pair ("Rosneft and Lukoil, Russia's ...");
    read by position when the parser did not mark it (it may take the phrase for a second object)."""
    root = span.root
    holder = root.head if root.dep_ == "conj" else root
    appos = next((c for c in holder.children if c.dep_ == "appos" and c.i > root.i), None)
    if appos is not None:
        return doc[appos.left_edge.i:appos.i + 1]
    after = max([span.end] + [c.i + 1 for c in root.conjuncts])  # past the last of "X and Y"
    if after + 1 >= len(doc) or doc[after].text != ",":
        return None
    end = after + 1
    while end < len(doc) and doc[end].pos_ in NOUN_PHRASE_POS and end - after <= 8:
        end += 1
    closed = end < len(doc) and doc[end].is_punct
    return doc[after + 1:end] if closed and end > after + 1 and doc[end - 1].pos_ == "NOUN" else None


def _leader_titles(doc: Doc) -> dict[int, Span]:
    """"The Chinese leader", "Japan's leader": the word right after the country is a title without a
    name (a "former" or "opposition" leader is someone else, so nothing may stand between)."""
    found = {}
    for t in doc[1:]:
        before = doc[t.i - 1]
        if t.lower_ == "leader" and t.pos_ == "NOUN" and (before.tag_ == "POS" or before.ent_type_ in {"NORP", "GPE"}):
            found[t.i + 1] = doc[t.i:t.i + 1]
    return found


def _read_title(doc: Doc, span: Span, titles: dict[int, Span], unknown: bool) -> tuple[Span | None, bool]:
    """The title phrase beside a name, and whether it is an apposition ("X, an aide to Y"); a person the KB
    knows reads only the title right before the name."""
    title = _title_before(doc, span.start, titles)
    if title is not None or not unknown:
        return title, False
    appositive = _title_appositive(doc, span)
    title = _role_phrase_before(doc, span.start) or _role_phrase_after(doc, span) or appositive \
        or _rank_phrase_before(doc, span.start)
    return title, title is not None and title is appositive


def _title_before(doc: Doc, start: int, titles: dict[int, Span]) -> Span | None:
    """The title span that ends right before a name, skipping ranks ("Admiral"), extended leftwards."""
    end = start
    while end > 0 and doc[end - 1].lower_ in RANKS and end not in titles:
        end -= 1
    title = titles.get(end)
    if title is None:
        return None
    left = title.start
    while left > 0 and doc[left - 1].lower_ in TITLE_PREFIXES and not doc[left].is_sent_start:
        left -= 1
    return doc[left:start] if left < start else title


def _proper_runs(phrase: Span) -> list[str]:
    """Runs of proper nouns in a phrase: "an aide to President Vladimir Putin" -> ["President Vladimir Putin"]."""
    runs, current = [], []
    for t in list(phrase) + [None]:
        if t is not None and t.pos_ == "PROPN":
            current.append(t.text)
        elif current:
            runs.append(" ".join(current))
            runs += [" ".join(current[i:]) for i in range(1, len(current) - 1)]
            current = []
    return runs


def _company_apposition(doc: Doc, span: Span) -> bool:
    """"Sinopec and Cnooc, China's biggest oil producers": a name the tagger took for a person is a company."""
    appos = _apposition(doc, span)
    return appos is not None and any(t.lower_ in ORG_SECTOR_WORDS["BUS"] for t in appos)


def _titled_name(doc: Doc, span: Span) -> bool:
    """A name the tagger took for an organisation but a person's role describes:
    "Masaaki Kanai, the foreign ministry's top Asia official"; no organisation word in it."""
    words = [t for t in span if t.text not in {".", "-"}]
    if not 2 <= len(words) <= 3 or not all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in words):
        return False
    if any(t.lower_ in names for t in words for names in ORG_SECTOR_WORDS.values()):
        return False
    return (_role_phrase_after(doc, span) or _role_phrase_before(doc, span.start)
            or _title_appositive(doc, span)) is not None
