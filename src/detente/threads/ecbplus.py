"""Cross-document event coreference on ECB+ (topics 1-35), scored with MUC, B3, CEAF-e and CoNLL F1.

    from detente.threads.ecbplus import score_ecbplus
    score_ecbplus("../shared/gold/ecbplus")   # {"conll_f1", "muc_f1", "b3_f1", "ceafe_f1", "n", ...}

The ECB+ release (Cybulska & Vossen 2014) is read as it ships: `ECB+/<topic>/<topic>_<n>ecb(plus).xml`
in the CAT format (tokens, then markables anchored on tokens, then CROSS_DOC_COREF and
INTRA_DOC_COREF relations), and `ECBplus_coreference_sentences.csv`, the sentences whose mentions
were annotated for coreference: only mentions in those sentences are scored, as the release asks.
Event mentions are the ACTION_* and NEG_ACTION_* markables (gold mentions); a mention in no
relation is a singleton.

Prediction uses the thread linker's logic on ECB+ mentions (docs/threads.md): a mention's *kind* is
its trigger's lemma (from detente's spaCy pipeline), folded to its engagement kind when detente's
event lexicon knows the word; the *parties*, *dates* and *places* are the document's, read by the
Reader's pipeline (named people, organisations and resolved actors, the years its dates name, the
places it names). Documents of a topic that report the same engagement are grouped first (average-link
clustering on a weighted TF-IDF cosine of those features and the content words, never across two
publication years); within a group, mentions of one kind corefer, except statement verbs ("said"),
which corefer only within their document. Baselines: every mention alone, one cluster per lemma per
topic (as tagged, and with inflections folded), and per lemma within the gold ecb/ecbplus halves of a
topic (an oracle document split).
"""

from __future__ import annotations

import csv
import math
import re
import time
import xml.etree.ElementTree as ET
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from detente.errors import EvalError
from detente.events.ontology import NOUN_TRIGGERS, VERB_TRIGGERS
from detente.nlp.statement_speakers import CUE_VERBS
from detente.threads.kinds import consult_kind, family
from detente.threads.coref_metrics import conll

TOPICS = range(1, 36)
SENTENCES_CSV = "ECBplus_coreference_sentences.csv"
EVENT_TAG = re.compile(r"^(NEG_)?ACTION_")
YEAR = re.compile(r"\b(19[5-9]\d|20[0-4]\d)\b")
ENTITY_LABELS = {"PERSON": "who", "ORG": "who", "NORP": "who", "GPE": "where", "LOC": "where", "FAC": "where",
                 "EVENT": "what", "PRODUCT": "what", "WORK_OF_ART": "what", "LAW": "what"}
CONTENT_POS = {"NOUN", "PROPN", "VERB", "NUM", "ADJ"}
# How much each kind of document feature counts in the document similarity.
WEIGHTS = {"who": 3.0, "where": 2.0, "what": 2.0, "when": 2.0, "word": 1.0}
SAYING = CUE_VERBS | {"report"}  # verbs that introduce what someone said
THRESHOLD = 0.03  # average-link cosine above which two documents report the same engagement


class ECBPlusError(EvalError):
    """The ECB+ folder is missing or not in the release's layout."""


@dataclass
class Mention:
    key: tuple[str, str]     # (document, markable id)
    topic: str
    doc: str
    tokens: list[int]        # positions in the document's token list
    sentence: int
    text: str
    gold: str                # gold cluster id
    lemma: str = ""          # the trigger's lemma, inflections folded (normalise_lemmas)
    raw_lemma: str = ""      # the lemma as the tagger gave it


@dataclass
class Document:
    topic: str
    name: str
    tokens: list[str]
    sentences: list[int]
    mentions: list[Mention] = field(default_factory=list)
    features: Counter = field(default_factory=Counter)
    year: str | None = None  # the publication year, from an ecbplus file's URL line

    @property
    def subtopic(self) -> str:
        return "ecbplus" if self.name.endswith("ecbplus") else "ecb"


# -- reading the release ----------------------------------------------------------------------------

def _root(path: Path) -> tuple[Path, Path]:
    """(folder of topic folders, sentences CSV) from the release folder or its ECB+ subfolder."""
    path = Path(path).expanduser()
    for base in (path, path.parent):
        docs, sents = base / "ECB+", base / SENTENCES_CSV
        if docs.is_dir() and sents.is_file():
            return docs, sents
        if base.name == "ECB+" and (base.parent / SENTENCES_CSV).is_file():
            return base, base.parent / SENTENCES_CSV
    missing = "no such folder" if not path.exists() else "not an ECB+ release folder"
    raise ECBPlusError(f"{path}: {missing}; expected ECB+/<topic>/*.xml and {SENTENCES_CSV} "
                       "(e.g. ../shared/gold/ecbplus)")


def _selected(csv_path: Path) -> dict[str, set[int]]:
    """Annotated sentence numbers per document name ("1_10ecbplus")."""
    out: dict[str, set[int]] = defaultdict(set)
    with open(csv_path, newline="", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            out[f"{row['Topic'].strip()}_{row['File'].strip()}"].add(int(row["Sentence Number"]))
    return out


def read_document(path: Path, topic: str, selected: set[int]) -> Document:
    """One CAT XML file: its tokens and its event mentions in annotated sentences, with gold clusters."""
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError as exc:
        raise ECBPlusError(f"{path}: not readable as ECB+ XML: {exc}") from exc
    name = path.stem
    tokens, sentences, position = [], [], {}
    for tok in root.iter("token"):
        position[tok.get("t_id")] = len(tokens)
        tokens.append(tok.text or "")
        sentences.append(int(tok.get("sentence")))
    doc = Document(topic=topic, name=name, tokens=tokens, sentences=sentences)
    markables = root.find("Markables")
    anchored = {}
    for m in markables if markables is not None else []:
        if not EVENT_TAG.match(m.tag):
            continue
        ids = [position[a.get("t_id")] for a in m.findall("token_anchor") if a.get("t_id") in position]
        if ids:
            anchored[m.get("m_id")] = sorted(ids)
    gold: dict[str, str] = {}
    relations = root.find("Relations")
    for rel in relations if relations is not None else []:
        if rel.tag == "CROSS_DOC_COREF":
            cluster = f"x:{rel.get('note')}"
        elif rel.tag == "INTRA_DOC_COREF":
            cluster = f"i:{name}:{rel.get('r_id')}"
        else:
            continue
        for src in rel.findall("source"):
            gold.setdefault(src.get("m_id"), cluster)
    for m_id, ids in anchored.items():
        sentence = sentences[ids[0]]
        if sentence not in selected:
            continue
        doc.mentions.append(Mention(key=(name, m_id), topic=topic, doc=name, tokens=ids, sentence=sentence,
                                    text=" ".join(tokens[i] for i in ids), gold=gold.get(m_id, f"s:{name}:{m_id}")))
    return doc


def load(path: str | Path, limit: int | None = None) -> list[Document]:
    """The documents of topics 1-35 (the first `limit` topics present, when given)."""
    docs_dir, csv_path = _root(Path(path))
    selected = _selected(csv_path)
    topics = [t for t in TOPICS if (docs_dir / str(t)).is_dir()]
    if limit is not None:
        topics = topics[:limit]
    if not topics:
        raise ECBPlusError(f"{docs_dir}: no topic folders 1..35")
    out = []
    for t in topics:
        for xml in sorted((docs_dir / str(t)).glob("*.xml"), key=lambda p: (len(p.stem), p.stem)):
            out.append(read_document(xml, str(t), selected.get(xml.stem, set())))
    return out


# -- reading the documents with detente's pipeline -------------------------------------------------

def _text(doc: Document) -> tuple[str, list[int]]:
    """The document as text (one line per sentence; an ecbplus file's sentence 0 is its URL) and
    each token's character offset (-1 for tokens left out)."""
    parts, offsets, pos, current = [], [], 0, None
    for token, sentence in zip(doc.tokens, doc.sentences):
        if doc.subtopic == "ecbplus" and sentence == 0:
            offsets.append(-1)
            continue
        if current is not None and sentence != current:
            parts.append("\n")
            pos += 1
        elif parts:
            parts.append(" ")
            pos += 1
        current = sentence
        offsets.append(pos)
        parts.append(token)
        pos += len(token)
    return "".join(parts), offsets


def _key(text: str) -> str:
    words = [w for w in re.findall(r"[a-z0-9]+", text.lower()) if w not in {"the", "a", "an", "s"}]
    return " ".join(words)


def analyse(doc: Document, reader) -> None:
    """Set each mention's lemma and the document's features (who, where, what, words) and years."""
    from detente.nlp.readout import mentioned_actors, readout_from_doc
    from detente.records import ArticleMeta, article_id
    text, offsets = _text(doc)
    spacy_doc = reader.nlp.make_doc(text)
    spacy_doc._.article = ArticleMeta(id=article_id(text or doc.name), text=text)
    spacy_doc._.published = None
    complete = True
    for name, proc in reader.nlp.pipeline:
        try:
            spacy_doc = proc(spacy_doc)
        except Exception:  # a reading-stage failure on an odd document: keep what the model gave
            if not name.startswith("detente_"):
                raise
            complete = False
            break
    by_char = {}
    for tok in spacy_doc:
        for i in range(tok.idx, tok.idx + len(tok.text)):
            by_char[i] = tok
    for m in doc.mentions:
        toks = [by_char.get(offsets[i]) for i in m.tokens if offsets[i] >= 0]
        toks = [t for t in toks if t is not None]
        if not toks:
            m.lemma = m.raw_lemma = m.text.lower()
            continue
        inside = {t.i for t in toks}
        head = next((t for t in toks if t.head.i not in inside or t.head.i == t.i), toks[-1])
        if head.pos_ not in {"VERB", "NOUN", "ADJ", "PROPN"}:
            head = next((t for t in toks if t.pos_ in {"VERB", "NOUN"}), head)
        m.lemma = m.raw_lemma = head.lemma_.lower()
    feats: Counter = Counter()

    def add(feature: tuple[str, str], at: int) -> None:
        feats[feature] += 1

    for ent in spacy_doc.ents:
        kind = ENTITY_LABELS.get(ent.label_)
        if kind:
            add((kind, _key(ent.text)), ent.start_char)
            if ent.label_ == "PERSON" and len(ent) > 1:
                add((kind, _key(ent[-1].text)), ent.start_char)  # "Lohan" and "Lindsay Lohan"
        if ent.label_ == "DATE":
            for year in YEAR.findall(ent.text):
                add(("when", year), ent.start_char)
    readout = readout_from_doc(spacy_doc) if complete else None
    for actor in mentioned_actors(spacy_doc) if readout else []:  # all named, not only the listed
        add(("who", f"id:{actor.id}"), len(text))
    for event in readout.events if readout else []:
        if event.location and (event.location.name or event.location.country):
            add(("where", _key(event.location.name or event.location.country)), event.evidence.start)
    for tok in spacy_doc:
        if tok.pos_ in CONTENT_POS and not tok.is_stop and tok.is_alpha and len(tok) > 2:
            add(("word", tok.lemma_.lower()), tok.idx)
    if doc.subtopic == "ecbplus":  # the URL line often carries the publication year
        url = "".join(t for t, s in zip(doc.tokens, doc.sentences) if s == 0)
        years = set(YEAR.findall(url))
        doc.year = years.pop() if len(years) == 1 else None
    doc.features = feats


# -- predicting clusters ---------------------------------------------------------------------------

def _vectors(docs: list[Document]) -> list[dict[Any, float]]:
    """TF-IDF vectors over the documents of one topic, each feature kind weighted."""
    df = Counter(f for d in docs for f in d.features)
    n = len(docs)
    out = []
    for d in docs:
        vec = {f: WEIGHTS[f[0]] * (1 + math.log(c)) * math.log((n + 1) / df[f])
               for f, c in d.features.items()}
        norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
        out.append({f: v / norm for f, v in vec.items()})
    return out


def _cosine(a: dict, b: dict) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(v * b.get(f, 0.0) for f, v in a.items())


def group_documents(docs: list[Document], threshold: float = THRESHOLD) -> list[list[Document]]:
    """Documents of one topic grouped by engagement: average-link clustering on the weighted cosine,
    never across two different years."""
    vecs = _vectors(docs)
    years = [d.year for d in docs]
    n = len(docs)
    sim = [[0.0] * n for _ in range(n)]
    for i in range(n):
        for j in range(i + 1, n):
            s = 0.0 if years[i] and years[j] and years[i] != years[j] else _cosine(vecs[i], vecs[j])
            sim[i][j] = sim[j][i] = s
    clusters = [[i] for i in range(n)]
    while len(clusters) > 1:
        best, pair = threshold, None
        for a in range(len(clusters)):
            for b in range(a + 1, len(clusters)):
                ca, cb = clusters[a], clusters[b]
                if any(years[i] and years[j] and years[i] != years[j] for i in ca for j in cb):
                    continue
                s = sum(sim[i][j] for i in ca for j in cb) / (len(ca) * len(cb))
                if s > best:
                    best, pair = s, (a, b)
        if pair is None:
            break
        a, b = pair
        clusters[a] = clusters[a] + clusters[b]
        del clusters[b]
    return [[docs[i] for i in c] for c in clusters]


def normalise_lemmas(docs: list[Document]) -> None:
    """Fold inflected forms the tagger left as lemmas ("checks", "dies", "escaped") into a lemma seen
    elsewhere in the corpus ("check", "die", "escape")."""
    vocab = Counter(m.lemma for d in docs for m in d.mentions if m.lemma)
    for d in docs:
        for m in d.mentions:
            word = m.lemma
            for suffix, repl in (("ies", "y"), ("ied", "y"), ("es", ""), ("s", ""), ("ed", ""), ("ed", "e"),
                                 ("ing", ""), ("ing", "e"), ("d", "")):
                if word.endswith(suffix) and len(word) - len(suffix) >= 3:
                    base = word[: -len(suffix)] + repl
                    if vocab.get(base, 0) > vocab.get(word, 0):
                        m.lemma = base
                        break


def kind_key(lemma: str) -> str:
    """What the thread linker compares: the engagement kind of a trigger word detente's event lexicon
    knows ("talks" and "meeting" are one family, "arrest" and "detain" one mode), else the lemma."""
    trigger = VERB_TRIGGERS.get(lemma) or NOUN_TRIGGERS.get(lemma)
    if trigger is None:
        return lemma
    if trigger.type == "CONSULT":
        return "CONSULT/" + family(consult_kind(trigger.mode, lemma))
    return f"{trigger.type}/{trigger.mode}" if trigger.mode else lemma


def predict(docs: list[Document], method: str = "detente", threshold: float = THRESHOLD) -> list[list[tuple]]:
    """Predicted clusters (lists of mention keys). Methods: `detente` (documents grouped by engagement,
    then one cluster per engagement kind), `spacy-lemma` (one cluster per tagger lemma per topic),
    `lemma` (the same with inflections folded), `subtopic-lemma` (per lemma within the gold ecb and
    ecbplus halves of a topic: an oracle document split), `singletons`."""
    by_topic: dict[str, list[Document]] = defaultdict(list)
    for d in docs:
        by_topic[d.topic].append(d)
    clusters: list[list[tuple]] = []
    for topic, topic_docs in by_topic.items():
        if method == "singletons":
            clusters.extend([m.key] for d in topic_docs for m in d.mentions)
            continue
        if method in ("lemma", "spacy-lemma"):
            groups = [topic_docs]
        elif method == "subtopic-lemma":
            groups = [[d for d in topic_docs if d.subtopic == s] for s in ("ecb", "ecbplus")]
        elif method == "detente":
            groups = group_documents(topic_docs, threshold)
        else:
            raise ValueError(f"unknown method {method!r}")
        for group in groups:
            by_lemma: dict[tuple, list[tuple]] = defaultdict(list)
            for d in group:
                for m in d.mentions:
                    lemma = (m.raw_lemma if method == "spacy-lemma" else m.lemma) or m.text.lower()
                    if method == "detente":
                        lemma = kind_key(lemma)
                    # as in threads, a statement is no engagement of its own: one document's "said"
                    # is not another's
                    own = d.name if method == "detente" and lemma in SAYING else None
                    by_lemma[(lemma, own)].append(m.key)
            clusters.extend(by_lemma.values())
    return clusters


def gold_clusters(docs: list[Document]) -> list[list[tuple]]:
    """The gold clusters of the scored mentions (never across topics)."""
    out: dict[tuple[str, str], list[tuple]] = defaultdict(list)
    for d in docs:
        for m in d.mentions:
            out[(d.topic, m.gold)].append(m.key)
    return list(out.values())


def evaluate(docs: list[Document], reader, method: str = "detente") -> dict[str, Any]:
    """Read the documents with `reader`, predict, and score against their gold clusters."""
    for d in docs:
        analyse(d, reader)
    normalise_lemmas(docs)
    key = gold_clusters(docs)
    result: dict[str, Any] = {k: round(v, 4) for k, v in conll(key, predict(docs, method)).items()}
    result["n"] = sum(len(d.mentions) for d in docs)
    result["documents"] = len(docs)
    result["topics"] = len({d.topic for d in docs})
    result["gold_clusters"] = len(key)
    result["method"] = method
    result["baselines"] = {
        name: {k: round(v, 4) for k, v in conll(key, predict(docs, name)).items() if k.endswith("f1")}
        for name in ("singletons", "spacy-lemma", "lemma", "subtopic-lemma") if name != method}
    return result


def score_ecbplus(path: str | Path, limit: int | None = None, reader=None,
                  method: str = "detente") -> dict[str, Any]:
    """Score cross-document event coreference on ECB+ topics 1-35 (the first `limit` topics when
    given): {"conll_f1", "muc_f1", "b3_f1", "ceafe_f1", "n" (scored mentions), ...} with recall and
    precision of each metric, the same for the baselines under "baselines", and counts.

    Raises ECBPlusError (an EvalError) when PATH is not the release's layout."""
    start = time.perf_counter()
    docs = load(path, limit)
    if reader is None:
        from detente.api import default_reader
        reader = default_reader()
    result = evaluate(docs, reader, method)
    result["seconds"] = round(time.perf_counter() - start, 1)
    return result
