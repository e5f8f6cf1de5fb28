"""Boilerplate blocks, section headlines, AI disclaimers and titles, on invented article snippets."""

import pytest

from detente.sources import Block, detect_ai_disclaimer, find_boilerplate, find_headlines, guess_title

ARTICLE = """\
Arcadia Offers Talks With Borduria After Border Standoff
Arcadia's foreign minister has offered to meet her Bordurian counterpart in Geneva later this month, \
officials in both capitals said on Tuesday.
Geneva Venue Still Unconfirmed
Borduria has not yet replied to the offer, according to a statement from its foreign ministry.
Related:
- Arcadia Recalls Ambassador Over Fishing Dispute
- Borduria Holds Naval Drills Near Disputed Islands
The two sides last met in March, when talks collapsed without a joint statement.
Sign up for our Morning Diplomacy newsletter to get the day's top stories.
Disclaimer: Portions of this article were generated with AI and reviewed by our editors.
Photo courtesy: Jane Roe / Shutterstock.com
\u00a9 2025 Example News Group. All rights reserved.
"""


def _kinds(text):
    return [(b.kind, b.text) for b in find_boilerplate(text)]


def test_blocks_of_invented_article():
    blocks = find_boilerplate(ARTICLE)
    assert [b.kind for b in blocks] == ["related_links", "newsletter", "disclaimer", "photo_credit", "copyright"]
    related = blocks[0]
    assert related.text == ("Related:\n- Arcadia Recalls Ambassador Over Fishing Dispute\n"
                            "- Borduria Holds Naval Drills Near Disputed Islands")
    for block in blocks:
        assert ARTICLE[block.start:block.end] == block.text


def test_blocks_never_cover_body():
    body = ["offered to meet", "has not yet replied", "talks collapsed"]
    for block in find_boilerplate(ARTICLE):
        assert not any(phrase in block.text for phrase in body)


def test_block_as_dict():
    block = find_boilerplate("Body text here.\nPhoto: Agency\n")[0]
    assert block == Block(16, 29, "photo_credit", "Photo: Agency")
    assert block.as_dict() == {"start": 16, "end": 29, "kind": "photo_credit", "text": "Photo: Agency"}


@pytest.mark.parametrize("marker", ["See Also:", "Related:", "Read Next:", "Read More:", "Also read:",
                                    "ALSO READ", "Read more", "Related Articles:", "You may also like"])
def test_link_block_markers(marker):
    text = (f"The envoys met for three hours.\n{marker}\n- Talks Stall Over Trade\n"
            "https://example.com/news/123\n\nThe next round is due in spring.")
    blocks = find_boilerplate(text)
    assert [b.kind for b in blocks] == ["related_links"]
    assert blocks[0].text.startswith(marker) and blocks[0].text.endswith("example.com/news/123")


def test_link_block_with_headline_on_marker_line():
    text = "Body sentence one.\nSee also: Envoy Named For Northern Talks\nBody sentence two follows here."
    assert _kinds(text) == [("related_links", "See also: Envoy Named For Northern Talks")]


def test_marker_followed_by_section_heading_keeps_the_heading_out():
    # an emptied link block: the next line is a heading over a body paragraph, not a link
    text = ("Body sentence one.\nSee Also:\nDefence Chiefs Trade Warnings\n"
            "The defence chiefs exchanged sharp words at the forum on Saturday.")
    assert _kinds(text) == [("related_links", "See Also:")]


def test_related_in_body_is_not_a_marker():
    text = "Related talks were held in Vienna last year.\nRead more than a dozen reports."
    assert find_boilerplate(text) == []


@pytest.mark.parametrize("line, kind", [
    ("Disclaimer: The views expressed are the author's own.", "disclaimer"),
    ("This article was produced with the help of AI tools.", "disclaimer"),
    ("Photo: Ministry of Foreign Affairs", "photo_credit"),
    ("Photo courtesy: J. Doe / Example Agency", "photo_credit"),
    ("Image credit: Example Press", "photo_credit"),
    ("Featured image via Shutterstock", "photo_credit"),
    ("Getty Images", "photo_credit"),
    ("Subscribe to our weekly briefing", "newsletter"),
    ("Sign up for the Asia Security newsletter", "newsletter"),
    ("Share this article", "share"),
    ("Share on Facebook", "share"),
    ("Facebook | Twitter | LinkedIn | Email", "share"),
    ("Follow us on X for updates", "share"),
    ("Copyright 2025 Example Media", "copyright"),
    ("\u00a9 2024 Example Wire Service", "copyright"),
    ("Example Media Ltd. All rights reserved.", "copyright"),
    ("Reporting by Ann Example; Editing by Bo Sample", "credit"),
    ("(Reporting by Ann Example in Geneva; Editing by Bo Sample.)", "credit"),
])
def test_line_kinds(line, kind):
    text = f"The ministers met in Oslo on Friday.\n{line}\nThey agreed to meet again."
    assert _kinds(text) == [(kind, line)]


def test_parenthetical_photo_credit_inside_caption():
    text = "The two leaders shake hands in Geneva on Monday. (Photo by A. Example/Example Agency)\nBody."
    blocks = find_boilerplate(text)
    assert [(b.kind, b.text) for b in blocks] == [("photo_credit", "(Photo by A. Example/Example Agency)")]
    assert text[blocks[0].start:blocks[0].end] == blocks[0].text


@pytest.mark.parametrize("text", [
    "The minister said the photo shows the border post.",
    "Officials shared the draft with both delegations.",
    "The two sides discussed AI safety and export controls.",
    "Negotiators will subscribe to the principles agreed in 2019, the envoy said.",
    "Copyright disputes between the two countries have dragged on for years.",
    "Share this view, the minister told the two delegations.",
    "Reporting by Reuters showed that the talks had failed.",
    "Reporting by state media suggested a thaw.",
])
def test_body_lines_are_not_boilerplate(text):
    assert find_boilerplate(text) == []


def test_offsets_with_crlf_free_text_and_leading_blank_lines():
    text = "\n\nBody one.\n\nPhoto: Example Agency\n"
    block = find_boilerplate(text)[0]
    assert text[block.start:block.end] == "Photo: Example Agency"


# --- headlines ----------------------------------------------------------------------------------

def test_find_headlines_in_invented_article():
    found = [ARTICLE[s:e] for s, e in find_headlines(ARTICLE)]
    assert "Geneva Venue Still Unconfirmed" in found
    assert "Arcadia Offers Talks With Borduria After Border Standoff" in found
    assert not any(h.startswith(("Borduria has", "Related", "- ", "Photo")) for h in found)


@pytest.mark.parametrize("line, is_headline", [
    ("Talks Resume In Vienna", True),
    ("\u2018Red Line\u2019 Remarks Anger Ministry", True),
    ("Naval Drills Raise Tensions in the Strait", True),
    ("TRADE TALKS STALL", True),
    ("Will the Summit Go Ahead?", True),
    ("The talks resumed in Vienna.", False),
    ("the talks resumed in vienna", False),
    ("By Ann Example", False),
    ("Talks", False),
    ("Related:", False),
    ("- Talks Stall Over Trade", False),
    ("Arcadia Said It Would Consider The Proposal, But Borduria Insisted On Preconditions Before Any "
     "Meeting Could Take Place", False),
])
def test_headline_lines(line, is_headline):
    text = f"First body sentence here.\n{line}\nSecond body sentence here."
    found = [text[s:e] for s, e in find_headlines(text)]
    assert (found == [line]) is is_headline, found


def test_headline_offsets_exclude_surrounding_spaces():
    text = "Body.\n  Talks Resume In Vienna  \nMore body."
    (start, end), = find_headlines(text)
    assert text[start:end] == "Talks Resume In Vienna"


# --- AI disclaimers -----------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Disclaimer: Portions of this story were partly written with the help of AI tools and checked by our desk.",
    "This article was generated with AI.",
    "This story was written with the assistance of artificial intelligence.",
    "AI-assisted",
    "This article is AI-generated.",
    "This article was created using automation.",
    "This article was created using AI and checked by a human.",
    "Note: Parts of this report were drafted using a large language model.",
    "Generated with AI tools, edited by the news desk.",
    "This story was translated using machine translation and checked by an editor.",
    "This content was produced with assistance from artificial intelligence.",
    "The envoys met on Monday.\n\nThis summary was produced by an AI system.",
    "Disclaimer: A generative AI tool helped draft this story; an editor checked it.",   # AI as the doer
    "AI software was used to summarise this report.",
])
def test_ai_disclaimer_phrasings(text):
    assert detect_ai_disclaimer(text) is True


@pytest.mark.parametrize("text", [
    "The two sides discussed AI safety.",
    "The ministers agreed to cooperate on artificial intelligence research.",
    "Officials warned about AI-generated disinformation targeting the vote.",
    "The report was produced by the ministry using satellite imagery.",
    "This article was written by Ann Example in Geneva.",
    "Borduria said the leaked memo was generated by AI.",
    "AI tools helped the ministry sort the visa applications, the report said.",   # not about this text
    "",
])
def test_ai_mentions_are_not_disclaimers(text):
    assert detect_ai_disclaimer(text) is False


def test_ai_disclaimer_in_invented_article():
    assert detect_ai_disclaimer(ARTICLE) is True
    body_only = ARTICLE.split("Disclaimer:")[0]
    assert detect_ai_disclaimer(body_only) is False


# --- title --------------------------------------------------------------------------------------

def test_guess_title():
    assert guess_title(ARTICLE) == "Arcadia Offers Talks With Borduria After Border Standoff"
    assert guess_title("\n\n  Borduria weighs offer of talks with Arcadia  \nBody text.") == \
        "Borduria weighs offer of talks with Arcadia"


@pytest.mark.parametrize("text", [
    "Arcadia's foreign minister has offered talks.\nMore body.",  # a sentence
    "Arcadia Offers Talks",  # nothing follows
    "By Ann Example\nBody.",
    "GENEVA \u2014\nBody.",
    "",
])
def test_guess_title_none(text):
    assert guess_title(text) is None
