"""How likely a link is (bot.answer.likelihood), on hand-made sagas."""

from __future__ import annotations

import datetime as dt

from bot.answer.likelihood import (
    GRACE_DAYS,
    HALF_LIFE_DAYS,
    describe,
    explain,
    label_for,
    likelihood,
    link_likelihood,
    live_claims,
)
from bot.answer.records import Record
from tests.answer.sagas import claim, d

TODAY = d("2024-02-01")


def test_a_tier_one_here_we_go_beats_three_tier_four_mentions():
    here_we_go = likelihood([claim("Ana", "Reds", "agreement", "Fabrizio Romano", "2024-01-30", tier=1)], TODAY)
    mentions = likelihood([claim("Ana", "Blues", "interest", f"Gossip {i}", "2024-01-30", tier=4) for i in range(3)],
                          TODAY)
    assert here_we_go is not None and mentions is not None
    assert here_we_go.probability > 0.6 > 0.3 > mentions.probability
    assert here_we_go.label == "likely" and mentions.label == "long shot"


def test_more_independent_sources_and_further_stages_raise_it():
    one = likelihood([claim("Ana", "Reds", "interest", "Sky", "2024-01-30", tier=2)], TODAY)
    two = likelihood([claim("Ana", "Reds", "interest", "Sky", "2024-01-30", tier=2),
                      claim("Ana", "Reds", "interest", "Bild", "2024-01-30", tier=2)], TODAY)
    bid = likelihood([claim("Ana", "Reds", "bid", "Sky", "2024-01-30", tier=2)], TODAY)
    assert one is not None and two is not None and bid is not None
    assert one.probability < two.probability < bid.probability


def test_outlets_repeating_one_journalist_are_one_source():
    relayed = [claim("Ana", "Reds", "interest", "Fabrizio Romano", "2024-01-30", tier=1, article=f"a{i}",
                     outlet=f"Outlet {i}") for i in range(5)]
    lk = likelihood(relayed, TODAY)
    assert lk is not None and len(lk.evidence) == 1
    assert lk.evidence[0].articles == ("a0", "a1", "a2", "a3", "a4")


def test_a_link_with_no_report_for_months_decays():
    saga = [claim("Ana", "Reds", "bid", "Sky", "2024-01-30", tier=2)]
    fresh = likelihood(saga, TODAY)
    stale = likelihood(saga, d("2024-06-01"))
    assert fresh is not None and stale is not None
    assert fresh.freshness == 1.0
    assert stale.probability < fresh.probability / 4
    age = (d("2024-06-01") - d("2024-01-30")).days
    assert abs(stale.freshness - 0.5 ** ((age - GRACE_DAYS) / HALF_LIFE_DAYS)) < 1e-9


def test_a_measured_record_moves_the_tier():
    saga = [claim("Ana", "Reds", "talks", "Gossip", "2024-01-30", tier=4)]
    tier_only = likelihood(saga, TODAY)
    proven = likelihood(saga, TODAY, records={"gossip": Record(came_true=8, decided=9)})
    wrong = likelihood(saga, TODAY, records={"gossip": Record(came_true=0, decided=9)})
    assert tier_only is not None and proven is not None and wrong is not None
    assert wrong.probability < tier_only.probability < proven.probability
    assert proven.evidence[0].record == Record(8, 9)


def test_only_the_live_stretch_counts():
    saga = [
        claim("Ana", "Reds", "agreement", "Sky", "2023-06-01", tier=2),  # before he moved to the Greens
        claim("Ana", "Greens", "signed", None, "2023-07-01"),
        claim("Ana", "Reds", "interest", "Sky", "2024-01-10", tier=2),
        claim("Ana", "Blues", "bid", "Sky", "2024-01-05", tier=2),
        claim("Ana", "Blues", "ended", "Sky", "2024-01-20", tier=2),
    ]
    assert [c.kind for c in live_claims(saga, "Reds")] == ["interest"]
    assert link_likelihood(saga, "Blues", TODAY) is None
    assert link_likelihood(saga, "Greens", TODAY) is None
    lk = link_likelihood(saga, "Reds", TODAY)
    assert lk is not None and lk.stage == "interest"


def test_labels_and_explanation():
    assert (label_for(0.7), label_for(0.45), label_for(0.1)) == ("likely", "possible", "long shot")
    assert describe(0.724) == "likely (72%)"
    lk = likelihood([claim("Ana", "Reds", "agreement", "Fabrizio Romano", "2024-01-30", tier=1),
                     claim("Ana", "Reds", "interest", "Sky", "2024-01-02", tier=2)], TODAY)
    assert lk is not None
    text = "\n".join(explain(lk))
    assert "Fabrizio Romano (tier 1): reliability 0.85 × agreement 3.2 = +2.72" in text
    assert "Sky (tier 2): reliability 0.70 × interest 0.6 × 0.5 (corroboration) = +0.21" in text
    assert "no decay" in text


async def test_answers_rate_live_links_only(store):
    from bot.answer.compose import answer_question
    from bot.render.json import answer_json
    from bot.render.text import render_text

    answer = await answer_question(store, "who wants itakura", dt.date(2024, 1, 20))
    rated = {it.club: it.likelihood for it in answer.items if it.likelihood is not None}
    assert set(rated) == {"Liverpool", "Tottenham Hotspur"}
    assert all(it.current for it in answer.items if it.likelihood is not None)
    # one likelihood per live link summary, the one its items carry; none on the others
    assert {link.club: link.likelihood for link in answer.links if link.likelihood is not None} == rated
    assert all(link.current for link in answer.links if link.likelihood is not None)
    assert "Liverpool: interest · long shot (" in render_text(answer)
    data = answer_json(answer)
    assert {i["club"] for i in data["items"] if i["likelihood"] is not None} == set(rated)
    assert {link["club"]: link["likelihood"] for link in data["links"] if link["likelihood"] is not None} == rated
    later = await answer_question(store, "who wants itakura", dt.date(2024, 9, 1))
    assert all((it.likelihood or 0) < min(rated.values()) for it in later.items)  # months of silence


def test_explanations_name_articles_by_url_or_title_never_by_path():
    import dataclasses

    @dataclasses.dataclass(frozen=True)
    class Read:  # a claim as the store has it: where the article was read from, and how a reader finds it
        player: str
        club: str
        kind: str
        source: str | None
        date: dt.date
        article_id: str
        origin: str
        url: str | None
        title: str | None
        evidence: str = ""
        past: bool = False
        outlet: str | None = None
        tier: int | None = 1

    claims = [Read("X", "Y", "bid", "Romano", d("2024-01-10"), "a1", "/srv/articles/101_x.txt", None,
                   "Y bid for X"),
              Read("X", "Y", "talks", "Romano", d("2024-01-05"), "a2", "https://example.com/x",
                   "https://example.com/x", None),
              Read("X", "Y", "interest", "Romano", d("2024-01-01"), "a3", "knowledge/seeds/003_x.txt", None,
                   None, "Y are keeping an eye on X.")]
    lk = likelihood(claims, d("2024-01-11"))
    assert lk is not None
    assert lk.evidence[0].where == ('"Y bid for X"', "https://example.com/x", '"Y are keeping an eye on X."')
    assert not any(".txt" in line for line in explain(lk))
