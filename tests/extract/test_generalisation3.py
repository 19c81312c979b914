"""Third round: articles of kinds the first two rounds did not cover (a local paper's lower-league
story, Ligue 1 with French outlets, a loan recall, a registration embargo, sell-on and buy-back
clauses, an MLS designated player), and one test per rule they or the known weak spots needed."""

from bot.extract.pipeline import extract

from . import fixture_articles
from .conftest import article
from .fixture_articles import facts_of, run, sources


def claims(gaz, text, day="2025-07-14"):
    return fixture_articles.claims(gaz, text, day)


K = "Ko Itakura"


# --- the six articles -----------------------------------------------------------------------


def test_lower_league_local_paper(real_gaz):
    ex, got = run("lower_league_local.txt", real_gaz)
    c = "Callum Pryce"
    assert got == {
        (c, "Peterborough United", "agreement", False),
        (c, "Stockport County", "signed", True),  # "joined ... in the summer of 2023"
        (c, "Bolton Wanderers", "talks", False),  # "made an enquiry ... earlier this month": inside the window
    }
    assert sources(ex, c, "Peterborough United", "agreement") == {"Peterborough Telegraph"}  # not the Telegraph
    f = facts_of(ex)
    assert f[(c, "current_club")] == "Stockport County" and f[(c, "contract_until")] == 2027
    assert f[(c, "age")] == 23 and f[(c, "position")] == "striker"


def test_ligue_1_with_french_outlets(real_gaz):
    ex, got = run("ligue1_french_outlets.txt", real_gaz)
    t = "Théo Marchetti"
    assert got == {
        (t, "Lens", "talks", False),
        (t, "Marseille", "talks", False),  # "made contact with the player's entourage"
        (t, "Rennes", "interest", False),  # "monitoring the situation"
        (t, "Grenoble", "loan", True),  # "spent last season on loan at Ligue 2 side Grenoble"
        (t, "Nice", "interest", True), (t, "Nice", "bid", True),  # "in January", before the window
    }
    assert sources(ex, t, "Lens", "talks") == {"L'Equipe"}
    assert sources(ex, t, "Marseille", "talks") == {"RMC Sport"} and sources(ex, t, "Rennes", "interest") == {"RMC Sport"}
    assert sources(ex, t, "Nice", "bid") == {"Foot Mercato"}
    bid = next(c for c in ex.claims if (c.club, c.kind) == ("Nice", "bid"))
    assert bid.amount.currency == "EUR" and bid.amount.max == 8e6
    f = facts_of(ex)
    assert f[(t, "current_club")] == "Nantes" and f[(t, "contract_until")] == 2028
    # "valued at around €15 million by Nantes": the selling club's own figure is its asking price
    assert f[(t, "asking_price")].max == 15e6
    assert f[(t, "age")] == 22 and f[(t, "nationality")] == "France" and f[(t, "position")] == "midfielder"


def test_goalkeeper_recalled_from_loan(real_gaz):
    ex, got = run("keeper_recall.txt", real_gaz)
    h = "Harvey Lindgren"
    assert got == {
        (h, "Coventry City", "loan", True),  # "recalled ... from his loan at": a loan now over
        (h, "Stoke City", "agreement", False),  # "set to join Stoke City on loan"
        (h, "Walsall", "loan", True),
        (h, "Sheffield United", "talks", False),
    }  # Wolves recall their own player: no claim
    assert "Birmingham Mail" in sources(ex, h, "Stoke City", "agreement")
    assert not any(c == "Birmingham City" for _p, c, _k, _x in got)
    f = facts_of(ex)
    assert f[(h, "current_club")] == "Wolverhampton Wanderers" and f[(h, "contract_until")] == 2028
    assert f[(h, "age")] == 20 and f[(h, "position")] == "goalkeeper" and f[(h, "nationality")] == "England"


def test_registration_embargo_blocks_a_move(real_gaz):
    ex, got = run("registration_embargo.txt", real_gaz)
    j = "Jordan Tiernan"
    assert got == {
        (j, "Sheffield Wednesday", "interest", False),  # "Sheffield Wednesday's move for"
        (j, "Sheffield Wednesday", "agreement", False),  # the agreed fee stands; the embargo is no withdrawal
        (j, "Portsmouth", "talks", False),
        (j, "Sunderland", "signed", True),
    }
    assert sources(ex, j, "Sheffield Wednesday", "agreement") == {"Sheffield Star"}
    deal = next(c for c in ex.claims if (c.club, c.kind) == ("Sheffield Wednesday", "agreement"))
    assert deal.amount.currency == "GBP" and deal.amount.max == 2e6
    f = facts_of(ex)
    assert f[(j, "current_club")] == "Sunderland" and f[(j, "age")] == 24 and f[(j, "position")] == "winger"


def test_sell_on_and_buy_back_clauses(real_gaz):
    ex, got = run("sell_on_buy_back.txt", real_gaz)
    o = "Tommy Okafor"
    assert got == {
        (o, "Bologna", "agreement", False),  # "Chelsea have agreed to sell ... to Bologna"
        (o, "Eintracht Frankfurt", "interest", False),
        (o, "Crystal Palace", "talks", False),
    }  # Chelsea sell: no claim
    deal = next(c for c in ex.claims if c.club == "Bologna")
    assert deal.amount.currency == "GBP" and deal.amount.max == 12e6
    f = facts_of(ex)
    assert f[(o, "current_club")] == "Chelsea" and f[(o, "age")] == 19 and f[(o, "position")] == "defender"
    # the £30m buy-back clause and the sell-on percentage are terms of the deal, not the player's price
    assert not {(o, k) for k in ("asking_price", "valuation", "release_clause")} & set(f)


def test_mls_designated_player(real_gaz):
    ex, got = run("mls_designated_player.txt", real_gaz)
    d = "Duarte Meireles"
    assert got == {
        (d, "Inter Miami", "agreement", False),  # "closing in on the signing of"
        (d, "Al Ahli", "bid", False),  # "offered Porto €20m for"
        (d, "LA Galaxy", "talks", True),  # "last summer"
        (d, "Porto", "signed", True),
    }
    assert sources(ex, d, "Inter Miami", "agreement") == {"MLSsoccer.com"}
    bid = next(c for c in ex.claims if c.club == "Al Ahli")
    assert bid.amount.currency == "EUR" and bid.amount.max == 20e6
    f = facts_of(ex)
    assert f[(d, "current_club")] == "Porto" and f[(d, "contract_until")] == 2027
    assert f[(d, "age")] == 27 and f[(d, "nationality")] == "Portugal" and f[(d, "position")] == "winger"
    assert (d, "valuation") not in f and (d, "asking_price") not in f  # "$6 million a year" is a wage


# --- one test per rule ------------------------------------------------------------------------


def test_agreed_to_let_him_join_is_the_buyers_agreement(gaz):
    got, ex = claims(gaz, "Liverpool have agreed to let defender Ko Itakura join Celtic.")
    assert got == {(K, "Celtic", "agreement", False)}
    assert facts_of(ex)[(K, "current_club")] == "Liverpool"


def test_snubbed_one_club_to_join_another(gaz):
    got, _ = claims(gaz, "Defender Ko Itakura has snubbed Celtic to join Liverpool.")
    # the rival of a completed move is background to it (as in the second round's articles)
    assert got == {(K, "Celtic", "interest", True), (K, "Liverpool", "signed", False)}
    got, _ = claims(gaz, "Defender Ko Itakura is set to snub Celtic to join Liverpool.")
    assert got == {(K, "Celtic", "interest", False), (K, "Liverpool", "agreement", False)}


def test_wanting_the_seller_to_sell_is_interest(gaz):
    for text in ("Juventus want Gladbach to sell Ko Itakura.",
                 "Juventus want Gladbach to lower their asking price for defender Ko Itakura.",
                 "Juventus want Gladbach to accept €20m for defender Ko Itakura."):
        got, ex = claims(gaz, text)
        assert got == {(K, "Juventus", "interest", False)}, text
        assert facts_of(ex)[(K, "current_club")] == "Borussia Mönchengladbach", text


def test_a_managers_their_is_his_club(gaz):
    got, _ = claims(gaz, "Klopp admitted Liverpool are in the market for a defender, with Gladbach defender Ko Itakura top of their list.",
                    "2024-01-18")
    assert got == {(K, "Liverpool", "interest", False)}


def test_will_sign_after_pen_to_paper_is_agreement(gaz):
    for text in ("Liverpool will sign defender Ko Itakura after he puts pen to paper on a four-year deal.",
                 "Defender Ko Itakura will put pen to paper on a four-year deal at Liverpool.",
                 "Defender Ko Itakura is expected to put pen to paper with Liverpool this week."):
        got, _ = claims(gaz, text)
        assert got == {(K, "Liverpool", "agreement", False)}, text
    got, _ = claims(gaz, "Defender Ko Itakura has travelled to Liverpool to put pen to paper.")
    assert got == {(K, "Liverpool", "agreement", False)}


def test_an_unknown_outlet_credited_in_a_clear_frame(gaz):
    for text, src in (("Liverpool are keen on defender Ko Itakura, according to the East Anglian Daily Times.", "East Anglian Daily Times"),
                      ("Liverpool are keen on defender Ko Itakura, the Yorkshire Evening Post reports.", "Yorkshire Evening Post"),
                      ("Liverpool are keen on defender Ko Itakura, a club source told the Northern Echo.", "Northern Echo"),
                      ("Liverpool are keen on defender Ko Itakura, reports Le Parisien.", "Le Parisien")):
        ex = extract(article(text), gaz)
        assert [(c.club, c.kind, c.source) for c in ex.claims] == [("Liverpool", "interest", src)], text


def test_a_fee_agreed_with_a_club_makes_it_the_current_club(gaz):
    _got, ex = claims(gaz, "Liverpool have agreed a fee with Celtic for Ko Itakura.")
    assert facts_of(ex)[(K, "current_club")] == "Celtic"


def test_a_fee_agreed_with_an_unknown_club(real_gaz):
    for text in ("Sunderland have agreed a fee with Bari for striker Marco Pellegrini.",
                 "Sunderland have agreed a fee with Serie B side Bari for striker Marco Pellegrini."):
        ex = extract(article(text, "2025-07-10"), real_gaz)
        assert {(c.player, c.club, c.kind) for c in ex.claims} == {("Marco Pellegrini", "Sunderland", "agreement")}, text
        assert facts_of(ex)[("Marco Pellegrini", "current_club")] == "Bari", text


def test_a_local_paper_named_after_its_town(gaz):
    ex = extract(article("Liverpool are keen on defender Ko Itakura, the Liverpool Express reports."), gaz)
    assert [(c.club, c.kind, c.source) for c in ex.claims] == [("Liverpool", "interest", "Liverpool Express")]
    ex = extract(article("Liverpool are keen on defender Ko Itakura. But Kevin Smith reports that Celtic are also interested."), gaz)
    assert {c.source for c in ex.claims if c.club == "Celtic"} == {"Kevin Smith"}


def test_monitoring_the_situation_in_a_later_clause(gaz):
    got, _ = claims(gaz, "Liverpool have made contact with the player's camp over Gladbach defender Ko Itakura, "
                         "while Celtic are monitoring the situation.")
    assert got == {(K, "Liverpool", "talks", False), (K, "Celtic", "interest", False)}


def test_recalled_from_a_loan(gaz):
    got, ex = claims(gaz, "Liverpool have recalled defender Ko Itakura from his loan at Celtic.")
    assert got == {(K, "Celtic", "loan", True)}
    assert facts_of(ex)[(K, "current_club")] == "Liverpool"


def test_agreed_to_sell_him_to_a_club(gaz):
    got, ex = claims(gaz, "Liverpool have agreed to sell defender Ko Itakura to Celtic.")
    assert got == {(K, "Celtic", "agreement", False)}
    assert facts_of(ex)[(K, "current_club")] == "Liverpool"


def test_offered_the_seller_an_amount_is_a_bid(gaz):
    got, ex = claims(gaz, "Celtic offered Gladbach €5m for defender Ko Itakura.")
    assert got == {(K, "Celtic", "bid", False)}
    assert facts_of(ex)[(K, "current_club")] == "Borussia Mönchengladbach"


def test_a_buy_back_clause_is_no_price(gaz):
    _got, ex = claims(gaz, "Liverpool have sold defender Ko Itakura to Celtic, with Liverpool inserting a buy-back clause worth £30m.")
    assert not {"asking_price", "valuation", "release_clause"} & {f.fact for f in ex.facts}


def test_a_described_club_after_with(gaz):
    got, ex = claims(gaz, "Chelsea are in talks with German club Gladbach over defender Ko Itakura.")
    assert got == {(K, "Chelsea", "talks", False)}
    assert facts_of(ex)[(K, "current_club")] == "Borussia Mönchengladbach"
    got, _ = claims(gaz, "Chelsea are battling with French side Monaco for Gladbach defender Ko Itakura.")
    assert got == {(K, "Chelsea", "interest", False), (K, "AS Monaco", "interest", False)}


def test_the_new_rules_stay_quiet(gaz):
    for text in ("Gladbach defender Ko Itakura will sign a new contract with Gladbach.",
                 "Gladbach defender Ko Itakura scored twice. Klopp said Liverpool are happy with their squad, "
                 "with Itakura not on their list."):
        got, _ = claims(gaz, text, "2024-01-10")
        assert got == set(), text


def test_a_gerund_clause_keeps_the_described_subject(gaz):
    got, _ = claims(gaz, "Gladbach defender Ko Itakura has completed his move to Liverpool after snubbing Celtic.")
    assert got == {(K, "Liverpool", "signed", False)}  # (Celtic's lost race: background, no claim)
    got, _ = claims(gaz, "Gladbach defender Ko Itakura is set to join Liverpool after rejecting Celtic.")
    assert got == {(K, "Liverpool", "agreement", False), (K, "Celtic", "interest", False)}


def test_wrapping_up_a_deal_by_tense(gaz):
    for text, kind in (("Liverpool hope to wrap up a deal for Gladbach defender Ko Itakura this week.", "interest"),
                       ("Liverpool are wrapping up a €20m deal for Gladbach defender Ko Itakura.", "agreement"),
                       ("Liverpool are set to wrap up the signing of Gladbach defender Ko Itakura.", "agreement"),
                       ("Liverpool have wrapped up the signing of Gladbach defender Ko Itakura.", "signed")):
        got, _ = claims(gaz, text)
        assert got == {(K, "Liverpool", kind, False)}, text


def test_cannot_complete_is_no_signing(gaz):
    got, ex = claims(gaz, "Liverpool cannot complete the signing of Gladbach defender Ko Itakura because of a transfer ban.")
    assert got == set()
    assert facts_of(ex)[(K, "current_club")] == "Borussia Mönchengladbach"


def test_a_perfect_clause_after_while_keeps_its_own_time(gaz):
    got, _ = claims(gaz, "Celtic made an approach for Gladbach defender Ko Itakura in December, while Liverpool "
                         "have sent scouts to watch him.", "2025-01-21")
    assert got == {(K, "Celtic", "talks", True), (K, "Liverpool", "interest", False)}
    got, _ = claims(gaz, "Celtic made an approach for Gladbach defender Ko Itakura in December, while Liverpool "
                         "sent scouts to watch him.", "2025-01-21")
    assert got == {(K, "Celtic", "talks", True), (K, "Liverpool", "interest", True)}


def test_the_arrivals_of_unnamed_players_are_no_signing(gaz):
    got, ex = claims(gaz, "Liverpool want Gladbach defender Ko Itakura. Itakura would become Liverpool's third summer "
                          "signing after the arrivals of two midfielders.")
    assert got == {(K, "Liverpool", "interest", False)}
    assert facts_of(ex)[(K, "current_club")] == "Borussia Mönchengladbach"


def test_his_after_a_described_player_in_an_earlier_clause(gaz):
    got, _ = claims(gaz, "Gladbach defender Ko Itakura scored twice. Celtic tried to sign the Japan international last "
                         "year, and Liverpool have also been monitoring his progress.", "2025-07-02")
    assert got == {(K, "Celtic", "interest", True), (K, "Liverpool", "interest", False)}


def test_an_offer_still_to_come_is_interest(gaz):
    got, _ = claims(gaz, "Al-Shabab are prepared to offer Gladbach defender Ko Itakura a three-year contract worth €20m a season.")
    assert got == {(K, "Al-Shabab", "interest", False)}
    got, _ = claims(gaz, "Al-Shabab have made an offer for Gladbach defender Ko Itakura.")
    assert got == {(K, "Al-Shabab", "bid", False)}


def test_recalled_by_a_club_from_a_loan(gaz):
    got, _ = claims(gaz, "Defender Ko Itakura has been recalled by Liverpool from his loan at Celtic.")
    assert got == {(K, "Celtic", "loan", True)}


def test_permission_to_speak_is_talks(gaz):
    for text in ("Liverpool have been given permission to speak to Gladbach defender Ko Itakura.",
                 "Gladbach have given Liverpool permission to speak to defender Ko Itakura."):
        got, ex = claims(gaz, text)
        assert got == {(K, "Liverpool", "talks", False)}, text
        assert facts_of(ex)[(K, "current_club")] == "Borussia Mönchengladbach", text
