"""Coreference metrics, the ECB+ reader on a made-up release, and (when ../shared is there) the real score."""

from __future__ import annotations

from pathlib import Path

import pytest

from detente.threads.coref_metrics import b_cubed, ceaf_e, conll, muc
from detente.threads.ecbplus import ECBPlusError, gold_clusters, load, predict, score_ecbplus

GOLD = Path(__file__).resolve().parents[3] / "shared" / "gold" / "ecbplus"


def approx(x):
    return pytest.approx(x, abs=1e-4)


# -- metrics: the worked example of Pradhan et al. (2014), "Scoring coreference partitions" ---------

KEY = [frozenset("abc"), frozenset("defg")]
RESPONSE = [frozenset("ab"), frozenset("cd"), frozenset("fghi")]


def test_muc_b3_ceafe_on_the_reference_example():
    assert muc(KEY, RESPONSE) == (approx(0.4), approx(0.4), approx(0.4))
    r, p, _ = b_cubed(KEY, RESPONSE)
    assert (r, p) == (approx(35 / 84), approx(0.5))
    r, p, _ = ceaf_e(KEY, RESPONSE)
    assert (r, p) == (approx(1.3 / 2), approx(1.3 / 3))


def test_perfect_and_singleton_responses():
    assert conll(KEY, KEY)["conll_f1"] == approx(1.0)
    alone = [frozenset(m) for c in KEY for m in c]
    scores = conll(KEY, alone)
    assert scores["muc_f1"] == 0.0 and scores["b3_precision"] == approx(1.0)


def test_ceafe_assignment_is_optimal_not_greedy():
    key = [frozenset("ab"), frozenset("cd")]
    response = [frozenset("abc"), frozenset("d")]
    # greedy would pair {a,b,c} with {c,d}? no: the best total is {a,b}-{a,b,c} (0.8) + {c,d}-{d} (0.667)
    assert ceaf_e(key, response)[0] == approx((0.8 + 2 / 3) / 2)


# -- the reader, on a made-up release in the ECB+ layout ------------------------------------------

def _doc(name: str, sentences: list[list[str]], mentions: dict[str, list[int]], cross: dict[str, list[str]],
         intra: dict[str, list[str]] | None = None) -> str:
    tokens, t = [], 0
    for s, words in enumerate(sentences):
        for n, w in enumerate(words):
            t += 1
            tokens.append(f'<token t_id="{t}" sentence="{s}" number="{n}">{w}</token>')
    marks = "".join(f'<ACTION_OCCURRENCE m_id="{m}" >' + "".join(f'<token_anchor t_id="{i}"/>' for i in ids)
                    + "</ACTION_OCCURRENCE>" for m, ids in mentions.items())
    marks += '<HUMAN_PART_PER m_id="99" ><token_anchor t_id="1"/></HUMAN_PART_PER>'
    rels = "".join(f'<CROSS_DOC_COREF r_id="{i}" note="{inst}" >' + "".join(f'<source m_id="{m}" />' for m in ms)
                   + '<target m_id="500" /></CROSS_DOC_COREF>' for i, (inst, ms) in enumerate(cross.items()))
    rels += "".join(f'<INTRA_DOC_COREF r_id="{rid}" >' + "".join(f'<source m_id="{m}" />' for m in ms)
                    + '<target m_id="501" /></INTRA_DOC_COREF>' for rid, ms in (intra or {}).items())
    return (f'<Document doc_name="{name}.xml" doc_id="x">' + "".join(tokens) + f"<Markables>{marks}</Markables>"
            f"<Relations>{rels}</Relations></Document>")


@pytest.fixture
def release(tmp_path):
    root = tmp_path / "ecbplus"
    (root / "ECB+" / "1").mkdir(parents=True)
    (root / "ECB+" / "1" / "1_1ecb.xml").write_text(_doc(
        "1_1ecb",
        [["Norway", "and", "Sweden", "met", "in", "Oslo", "in", "2019", "."],
         ["The", "meeting", "lasted", "an", "hour", "."],
         ["Officials", "said", "little", "."]],
        {"1": [4], "2": [11], "3": [12], "4": [17]}, {"ACT1": ["1", "2"]}), encoding="utf-8")
    (root / "ECB+" / "1" / "1_2ecb.xml").write_text(_doc(
        "1_2ecb",
        [["Sweden", "and", "Norway", "held", "a", "meeting", "in", "Oslo", "in", "2019", "."]],
        {"1": [6]}, {"ACT1": ["1"]}), encoding="utf-8")
    (root / "ECBplus_coreference_sentences.csv").write_text(
        "Topic,File,Sentence Number\n1,1ecb,0\n1,1ecb,1\n1,2ecb,0\n", encoding="utf-8")
    return root


def test_load_reads_mentions_in_annotated_sentences_with_gold_clusters(release):
    docs = load(release)
    assert [d.name for d in docs] == ["1_1ecb", "1_2ecb"]
    first = docs[0]
    assert [m.text for m in first.mentions] == ["met", "meeting", "lasted"]   # "said" is not annotated
    assert [m.gold for m in first.mentions][:2] == ["x:ACT1", "x:ACT1"]
    assert sorted(len(c) for c in gold_clusters(docs)) == [1, 3]
    assert load(release / "ECB+")[0].name == "1_1ecb"   # the ECB+ folder itself works too


def test_score_on_the_made_up_release(release, reader):
    result = score_ecbplus(release, reader=reader)
    assert result["n"] == 4 and result["documents"] == 2 and result["topics"] == 1
    assert set(result) >= {"conll_f1", "muc_f1", "b3_f1", "ceafe_f1", "n", "baselines"}
    assert result["conll_f1"] == approx(1.0)   # met / meeting / meeting: one engagement; "lasted" alone
    assert predict(load(release), "singletons") == [[("1_1ecb", "1")], [("1_1ecb", "2")], [("1_1ecb", "3")],
                                                     [("1_2ecb", "1")]]


def test_not_a_release(tmp_path):
    with pytest.raises(ECBPlusError, match="not an ECB\\+ release folder"):
        load(tmp_path)


# -- the real data, when it is there ----------------------------------------------------------------

@pytest.mark.skipif(not (GOLD / "ECB+").is_dir(), reason="../shared/gold/ecbplus is not present")
def test_score_on_ecbplus_topic_1(reader):
    result = score_ecbplus(GOLD, limit=1, reader=reader)
    assert result["topics"] == 1 and result["n"] > 100
    assert result["conll_f1"] > result["baselines"]["singletons"]["conll_f1"]
    assert result["conll_f1"] >= result["baselines"]["spacy-lemma"]["conll_f1"] - 0.02


def test_eval_task_adapter(release, reader):
    from detente.eval.predict import Engine
    from detente.threads import ecbplus_task
    topics = ecbplus_task.load(release)
    assert [len(t) for t in topics] == [2]
    result = ecbplus_task.score(topics, Engine(reader), str(release))
    assert result.task == "ecbplus" and result.n == 4
    assert result.metrics["conll_f1"] == approx(1.0)
    assert {"muc_f1", "b3_f1", "ceafe_f1"} <= set(result.metrics)
