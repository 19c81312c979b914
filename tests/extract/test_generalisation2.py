"""Second round of articles written to be unlike the dev set and the first round (fee add-ons,
medicals, loans with an obligation, free agents and denials, hijacks and swaps, renewals,
women's football, a deadline-day live blog), and one test per rule they needed."""

from bot.extract.pipeline import extract

from . import fixture_articles
from .conftest import article
from .fixture_articles import facts_of, run, sources


def claims(gaz, text, day="2025-07-14"):
    return fixture_articles.claims(gaz, text, day)


# --- the eight articles ---------------------------------------------------------------------


def test_serie_a_fee_with_add_ons(real_gaz):
    ex, got = run("serie_a_addons.txt", real_gaz)
    r = "Emanuele Ricciardelli"
    assert got == {
        (r, "Napoli", "agreement", False),
        (r, "Atalanta", "interest", False),  # "on the radar of": a rival of a deal not yet done
        (r, "Fiorentina", "talks", False),  # "enquired about the midfielder"
        (r, "Cremonese", "loan", True),  # "spent the 2022-23 season on loan at"
    }
    assert sources(ex, r, "Napoli", "agreement") >= {"Gazzetta dello Sport"}
    deal = next(c for c in ex.claims if c.club == "Napoli")
    # the whole package (the €30m fixed part plus the €5m add-ons); a 30-35m range would be truer, but the
    # amount reader (find_amounts, not to be touched) adds add-ons up
    assert deal.amount.currency == "EUR" and deal.amount.max == 35e6
    f = facts_of(ex)
    assert f[(r, "current_club")] == "Torino" and f[(r, "contract_until")] == 2027
    assert f[(r, "nationality")] == "Italy" and f[(r, "age")] == 24 and f[(r, "position")] == "midfielder"
    assert f[(r, "asking_price")].max == 40e6  # "Torino had demanded €40m"


def test_bundesliga_medical(real_gaz):
    ex, got = run("bundesliga_medical.txt", real_gaz)
    j = "Jonas Falkenried"
    assert got == {
        (j, "Borussia Dortmund", "agreement", False),  # "has flown in for his medical at"
        (j, "Borussia Dortmund", "bid", False),  # "Leverkusen rejected an opening offer": the buyer's
        (j, "RB Leipzig", "interest", True),  # "tried to sign ... last summer"
    } | {c for c in got if c[1] == "Eintracht Frankfurt"}
    # "ready to meet his release clause": interest; whether ", while" carries "last summer" to it is ambiguous
    assert {(c, k) for _p, c, k, _x in got if c == "Eintracht Frankfurt"} == {("Eintracht Frankfurt", "interest")}
    assert sources(ex, j, "Borussia Dortmund", "agreement") >= {"Sky Germany"}
    assert not any(c == "Schalke 04" for _p, c, _k, _x in got)  # came through the youth ranks
    f = facts_of(ex)
    assert f[(j, "current_club")] == "Bayer Leverkusen" and f[(j, "contract_until")] == 2027
    assert f[(j, "nationality")] == "Germany" and f[(j, "age")] == 22
    assert f[(j, "release_clause")].max == 50e6 and f[(j, "release_clause")].currency == "EUR"


def test_loan_with_obligation_to_buy(real_gaz):
    ex, got = run("loan_obligation.txt", real_gaz)
    k = "Kieran Ashdown"
    assert got == {
        (k, "Sevilla", "loan", False),  # "completed the signing of ... on loan": a loan, not a transfer
        (k, "Aston Villa", "signed", True),
    }  # (Real Betis's talks: a rival's lost race behind a completed move, background with no claim)
    assert sources(ex, k, "Sevilla", "loan") == {"Sevilla"}  # "the LaLiga club announced"
    assert ex.players == [k]  # the stadium is no player
    assert not {n.name for n in ex.new_clubs} - {"Bristol Rovers"}
    f = facts_of(ex)
    assert f[(k, "nationality")] == "England" and f[(k, "age")] == 21 and f[(k, "position")] == "midfielder"


def test_free_agent_and_agent_denial(real_gaz):
    ex, got = run("free_agent_denial.txt", real_gaz)
    m, d = "Mateus Andrade", "Daan Mulder"
    assert got == {
        (m, "Lyon", "signed", False),
        (d, "Aston Villa", "agreement", False),
    }  # Benali: the agent denied the link, "there is nothing in it"; Benfica: he left as a free agent;
    # (Beşiktaş, Celtic: rivals of a completed move, background with no claim)
    assert sources(ex, m, "Lyon", "signed") == {"L'Equipe"}
    f = facts_of(ex)
    assert f[(m, "nationality")] == "Brazil" and f[(m, "age")] == 29 and f[(m, "current_club")] == "Lyon"
    assert f[("Youssef Benali", "current_club")] == "Lille" and f[(d, "current_club")] == "Feyenoord"


def test_hijack_and_swap(real_gaz):
    ex, got = run("hijack_swap.txt", real_gaz)
    a, rc, tw = "Alberto Ferran", "Reece Calloway", "Tomasz Wrona"
    assert {(a, "Tottenham Hotspur", "agreement", False), (a, "Newcastle United", "agreement", False),
            (a, "Newcastle United", "ended", False)} <= got
    assert not any(c == "Villarreal" for _p, c, _k, _x in got)
    # the €50m fee is Tottenham's; Newcastle's agreement is the personal terms of the next sentence, a
    # detail of the same report (its credit carries into the paragraph after it)
    assert {(c.source, c.amount) for c in ex.claims if (c.club, c.kind) == ("Newcastle United", "agreement")} \
        == {("The Athletic", None)}
    assert (a, "Newcastle United", "interest", False) in got  # "Newcastle United's move for"
    assert sources(ex, a, "Tottenham Hotspur", "agreement") == {"The Athletic"}
    assert (rc, "Crystal Palace", "agreement", False) in got and (tw, "Everton", "agreement", False) in got
    assert (rc, "Everton", "signed", True) in got
    assert not any((p, c) in ((rc, "Everton"), (tw, "Crystal Palace")) and not past for p, c, _k, past in got)
    assert not any(c == "Burnley" for _p, c, _k, _x in got)
    f = facts_of(ex)
    assert f[(a, "current_club")] == "Villarreal" and f[(a, "contract_until")] == 2028
    assert f[(a, "nationality")] == "Spain" and f[(a, "age")] == 26
    assert f[(rc, "age")] == 27 and f[(tw, "current_club")] == "Crystal Palace"


def test_contract_renewal_is_no_transfer(real_gaz):
    ex, got = run("contract_renewal.txt", real_gaz)
    o = "Oliver Whitcombe"
    assert got == {
        (o, "Bayern Munich", "interest", True), (o, "Juventus", "interest", True),  # "last season"
        (o, "Arsenal", "signed", True),  # "joined Arsenal from Ipswich Town in 2019"
    }  # a new contract with his own club is no claim; neither is Brighton's extension for Oduya
    f = facts_of(ex)
    assert f[(o, "current_club")] == "Arsenal" and f[(o, "contract_until")] == 2029
    assert f[(o, "age")] == 23 and f[(o, "position")] == "defender"


def test_womens_transfer(real_gaz):
    ex, got = run("womens_transfer.txt", real_gaz)
    m, fj = "Maya Lindqvist", "Femke Jansen"
    assert got == {
        (m, "Chelsea", "signed", False),
        (m, "Lyon", "signed", True),
        (fj, "Manchester United", "talks", False),
    }  # "Chelsea's bid for a sixth straight title" is no offer for a player; Arsenal's and
    # Barcelona's talks "in the summer", before the move, are a lost race with no claim
    assert sources(ex, m, "Chelsea", "signed") == {"Chelsea"}
    assert sources(ex, fj, "Manchester United", "talks") == {"The Guardian"}
    f = facts_of(ex)
    assert f[(m, "nationality")] == "Canada" and f[(m, "age")] == 24 and f[(m, "position")] == "forward"
    assert f[(fj, "current_club")] == "VfL Wolfsburg" and f[(fj, "nationality")] == "Netherlands"


def test_deadline_day_live_blog(real_gaz):
    ex, got = run("deadline_live_blog.txt", real_gaz)
    assert got == {
        ("Rui Saldanha", "Wolverhampton Wanderers", "signed", False),
        ("Nicolo Ferrante", "Fulham", "loan", False),
        ("Ibrahima Sarr", "Brentford", "bid", False),
        ("Callum Moffat", "Leeds United", "agreement", False),
        ("Adrien Kalou", "West Ham United", "ended", False),
        ("Tom Hennessey", "Sunderland", "agreement", False),  # "undergoing a medical at"
        ("Goncalo Pires", "Nottingham Forest", "talks", False),
    }
    assert sources(ex, "Ibrahima Sarr", "Brentford", "bid") == {"Sky Sports"}
    assert sources(ex, "Callum Moffat", "Leeds United", "agreement") == {"BBC Sport"}
    assert sources(ex, "Goncalo Pires", "Nottingham Forest", "talks") == {"Record"}
    assert sources(ex, "Adrien Kalou", "West Ham United", "ended") == {None}
    f = facts_of(ex)
    assert f[("Ibrahima Sarr", "current_club")] == "Lens" and f[("Callum Moffat", "current_club")] == "Heart of Midlothian"
    assert f[("Adrien Kalou", "current_club")] == "Marseille"
    assert f[("Tom Hennessey", "current_club")] == "AFC Bournemouth"
    assert f[("Goncalo Pires", "current_club")] == "Porto"
    assert f[("Rui Saldanha", "nationality")] == "Portugal"


# --- one test per rule ------------------------------------------------------------------------


def test_on_the_radar_is_interest(gaz):
    got, _ = claims(gaz, "Gladbach defender Ko Itakura has been on the radar of Liverpool for months.")
    assert got == {("Ko Itakura", "Liverpool", "interest", False)}
    got, _ = claims(gaz, "Gladbach defender Ko Itakura is on Liverpool's radar.")
    assert got == {("Ko Itakura", "Liverpool", "interest", False)}


def test_ready_to_meet_a_release_clause_is_interest(gaz):
    got, _ = claims(gaz, "Liverpool are ready to meet the release clause of Gladbach defender Ko Itakura.")
    assert got == {("Ko Itakura", "Liverpool", "interest", False)}


def test_possessive_means_the_one_player_named_before(gaz):
    got, _ = claims(gaz, "Chelsea want Ko Itakura, while Liverpool are prepared to pay his buyout clause.")
    assert got == {("Ko Itakura", "Chelsea", "interest", False), ("Ko Itakura", "Liverpool", "interest", False)}


def test_failing_to_agree_terms_is_no_agreement(gaz):
    got, _ = claims(gaz, "Chelsea have pulled out of the race for Ko Itakura after failing to agree terms.")
    assert got == {("Ko Itakura", "Chelsea", "ended", False)}


def test_whose_clause_keeps_the_player_subject(gaz):
    got, _ = claims(gaz, "Gladbach defender Ko Itakura scored twice. Itakura, whose contract runs until 2027, has also been targeted by Liverpool.")
    assert got == {("Ko Itakura", "Liverpool", "interest", False)}


def test_who_both_gives_its_time_to_the_clubs_it_restates(gaz):
    got, _ = claims(gaz, "Gladbach defender Ko Itakura had interest from Liverpool and Celtic, who both scouted him last season.",
                     "2025-03-01")
    assert got == {("Ko Itakura", "Liverpool", "interest", True), ("Ko Itakura", "Celtic", "interest", True)}
    got, _ = claims(gaz, "Gladbach defender Ko Itakura is wanted by Liverpool, who signed Nunez in 2022.", "2025-03-01")
    assert ("Ko Itakura", "Liverpool", "interest", False) in got


def test_under_21_international_anaphor(gaz):
    text = "Chelsea have signed Ko Itakura. The 22-year-old Japan Under-21 international arrives from Gladbach."
    _got, ex = claims(gaz, text)
    f = facts_of(ex)
    assert f[("Ko Itakura", "nationality")] == "Japan" and f[("Ko Itakura", "age")] == 22


def test_a_deal_worth_is_no_valuation(gaz):
    _got, ex = claims(gaz, "Chelsea have agreed a deal with Gladbach for Ko Itakura worth €30m.")
    f = facts_of(ex)
    assert ("Ko Itakura", "asking_price") not in f and ("Ko Itakura", "valuation") not in f
    _got, ex = claims(gaz, "Gladbach defender Ko Itakura is wanted by Chelsea. Gladbach demanded €40m for the defender.")
    assert facts_of(ex)[("Ko Itakura", "asking_price")].max == 40e6


def test_a_nation_is_no_short_form_of_a_source(gaz):
    text = ("Gladbach defender Ko Itakura has agreed terms with Liverpool, Sky Germany reports. "
            "The 27-year-old Japan international is wanted by Celtic too.")
    _got, ex = claims(gaz, text)
    assert facts_of(ex)[("Ko Itakura", "age")] == 27


def test_free_agent_is_a_player_not_an_agent(gaz):
    got, ex = claims(gaz, "Free agent Mateus Andrade has signed for Celtic.")
    assert got == {("Mateus Andrade", "Celtic", "signed", False)} and ex.players == ["Mateus Andrade"]


def test_linked_with_two_clubs_names_both_suitors(gaz):
    got, _ = claims(gaz, "Gladbach defender Ko Itakura has been linked with Zulte Waregem and Celtic.")
    assert got == {("Ko Itakura", "Zulte Waregem", "interest", False), ("Ko Itakura", "Celtic", "interest", False)}


def test_a_bid_for_a_title_is_no_offer(gaz):
    text = "Chelsea have signed Maya Lindqvist. Her arrival boosts Chelsea's bid for a sixth straight Women's Super League title."
    got, ex = claims(gaz, text)
    assert got == {("Maya Lindqvist", "Chelsea", "signed", False)}
    assert ex.players == ["Maya Lindqvist"]  # "Her", "Women" are no names
    got, _ = claims(gaz, "Liverpool have made a bid for Ko Itakura.")
    assert got == {("Ko Itakura", "Liverpool", "bid", False)}


def test_the_club_said_credits_the_subject_club(gaz):
    ex = extract(article("Chelsea have completed the signing of forward Maya Lindqvist from Celtic, the club said in a statement."), gaz)
    assert [(c.club, c.kind, c.source) for c in ex.claims] == [("Chelsea", "signed", "Chelsea")]


def test_the_move_talks_are_about_is_no_separate_interest(gaz):
    got, _ = claims(gaz, "Chelsea are in talks with Celtic over a loan move for midfielder Femke Jansen.")
    assert got == {("Femke Jansen", "Chelsea", "talks", False)}


def test_swap_sends_each_player_to_his_club(gaz):
    text = ("Everton and Chelsea have agreed a swap deal that will send Everton winger Reece Calloway to Chelsea "
            "and Chelsea midfielder Tomasz Wrona to Everton.")
    got, _ = claims(gaz, text)
    assert got == {("Reece Calloway", "Chelsea", "agreement", False), ("Tomasz Wrona", "Everton", "agreement", False)}


def test_after_joining_from_is_a_past_signing_by_his_club(gaz):
    text = ("Celtic midfielder Kieran Ashdown is wanted by Liverpool. Ashdown has made 40 appearances for Celtic "
            "after joining from Sunderland in 2022.")
    got, _ = claims(gaz, text, "2025-01-31")
    assert got == {("Kieran Ashdown", "Liverpool", "interest", False), ("Kieran Ashdown", "Celtic", "signed", True)}


def test_a_club_word_after_an_unknown_name_is_no_alias(real_gaz):
    ex = extract(article("Everton have signed defender Kieran Ashdown from Bristol Rovers.", "2025-01-31"), real_gaz)
    assert [(c.club, c.kind) for c in ex.claims] == [("Everton", "signed")]
    assert [n.name for n in ex.new_clubs] == ["Bristol Rovers"]
    assert ("Kieran Ashdown", "current_club") not in {(f.player, f.fact) for f in ex.facts if f.value == "Blackburn Rovers"}
    ex = extract(article("Blackburn Rovers have signed defender Kieran Ashdown. Rovers paid £2m.", "2025-01-31"), real_gaz)
    assert {c.club for c in ex.claims} == {"Blackburn Rovers"}


def test_pen_to_paper_and_permanent_moves_are_signings(gaz):
    for text in ("Gladbach defender Ko Itakura has put pen to paper on a five-year deal at Chelsea.",
                 "Chelsea have made the loan move of Gladbach defender Ko Itakura permanent.",
                 "Chelsea have activated the option to buy Gladbach defender Ko Itakura."):
        got, _ = claims(gaz, text)
        assert got == {("Ko Itakura", "Chelsea", "signed", False)}, text
    got, _ = claims(gaz, "Chelsea opted against making the loan of Gladbach defender Ko Itakura permanent.")
    assert got == {("Ko Itakura", "Chelsea", "ended", False)}


def test_release_clause_paid_set_for_a_move_agreed_to_join_are_agreements(gaz):
    for text in ("Chelsea have triggered the release clause of Gladbach defender Ko Itakura.",
                 "Gladbach defender Ko Itakura is set for a move to Chelsea.",
                 "Gladbach defender Ko Itakura has agreed to join Chelsea."):
        got, _ = claims(gaz, text)
        assert got == {("Ko Itakura", "Chelsea", "agreement", False)}, text


def test_asked_about_a_described_player(gaz):
    got, _ = claims(gaz, "Chelsea have asked about Gladbach defender Ko Itakura.")
    assert got == {("Ko Itakura", "Chelsea", "talks", False)}


def test_a_renewal_is_no_claim(gaz):
    for text in ("Gladbach defender Ko Itakura has extended his contract with Gladbach until 2028.",
                 "Gladbach defender Ko Itakura has penned a new deal with Gladbach.",
                 "Gladbach defender Ko Itakura has signed a new contract with the club until 2029."):
        got, _ = claims(gaz, text)
        assert got == set(), text


def test_a_denial_negates_the_rest_of_its_clause(gaz):
    got, _ = claims(gaz, "The agent of Gladbach defender Ko Itakura has denied that his client is in talks with Chelsea.")
    assert got == set()
    got, _ = claims(gaz, "Gladbach defender Ko Itakura is in talks with Chelsea.")
    assert got == {("Ko Itakura", "Chelsea", "talks", False)}


def test_joining_a_race_is_no_signing(gaz):
    got, _ = claims(gaz, "Chelsea have joined the race for Gladbach defender Ko Itakura.")
    assert got == {("Ko Itakura", "Chelsea", "interest", False)}


def test_expected_to_sign_and_pre_contracts_are_agreements(gaz):
    for text in ("Gladbach defender Ko Itakura is expected to sign for Chelsea this week.",
                 "Gladbach defender Ko Itakura has signed a pre-contract agreement with Chelsea."):
        got, _ = claims(gaz, text)
        assert got == {("Ko Itakura", "Chelsea", "agreement", False)}, text


def test_clubs_of_a_condition_are_no_suitors(gaz):
    got, _ = claims(gaz, "Gladbach defender Ko Itakura could be set for a move to Chelsea if Liverpool sell Nunez.")
    assert {(c, k) for _p, c, k, _x in got} == {("Chelsea", "agreement")}


def test_credits_through_a_described_outlet(real_gaz):
    for text, src in (("Juventus have opened talks over Gladbach defender Ko Itakura, according to Italian outlet Tuttosport.",
                       "Tuttosport"),
                      ("Juventus have opened talks over Gladbach defender Ko Itakura, reports French newspaper L'Equipe.",
                       "L'Equipe"),
                      ("Juventus have opened talks over Gladbach defender Ko Itakura, according to the Italian newspaper "
                       "Gazzetta dello Sport.", "Gazzetta dello Sport")):
        ex = extract(article(text, "2025-07-14"), real_gaz)
        assert [(c.club, c.kind, c.source) for c in ex.claims] == [("Juventus", "talks", src)], text


def test_a_club_beaten_to_a_player_is_a_rival_not_a_buyer(gaz):
    got, _ = claims(gaz, "Chelsea beat Liverpool to the signing of Gladbach defender Ko Itakura.")
    assert got == {("Ko Itakura", "Chelsea", "signed", False), ("Ko Itakura", "Liverpool", "interest", True)}
    got, _ = claims(gaz, "Chelsea have hijacked Liverpool's move for Gladbach defender Ko Itakura after agreeing a €50m fee.")
    assert ("Ko Itakura", "Chelsea", "agreement", False) in got and ("Ko Itakura", "Liverpool", "interest", False) in got
    assert not any(c == "Liverpool" and k == "agreement" for _p, c, k, _x in got)


def test_headline_forms_of_a_signing(gaz):
    for text in ("OFFICIAL: Chelsea announce signing of Gladbach defender Ko Itakura.",
                 "Chelsea complete £30m signing of Gladbach defender Ko Itakura."):
        got, _ = claims(gaz, text)
        assert got == {("Ko Itakura", "Chelsea", "signed", False)}, text
    got, _ = claims(gaz, "Gladbach defender Ko Itakura is heading to Chelsea.")
    assert got == {("Ko Itakura", "Chelsea", "agreement", False)}


def test_want_a_described_player(gaz):
    got, _ = claims(gaz, "Chelsea want Gladbach defender Ko Itakura.")
    assert got == {("Ko Itakura", "Chelsea", "interest", False)}


def test_contract_end_told_by_the_season(gaz):
    for day, text, year in (("2025-07-14", "Chelsea want Gladbach defender Ko Itakura. He is out of contract next summer.", 2026),
                            ("2025-01-10", "Chelsea want Gladbach defender Ko Itakura, who is out of contract next summer.", 2025),
                            ("2025-07-14", "Chelsea want Gladbach defender Ko Itakura, whose deal expires at the end of the "
                                           "season.", 2026)):
        _got, ex = claims(gaz, text, day)
        assert facts_of(ex)[("Ko Itakura", "contract_until")] == year, text


def test_sold_to_a_club_is_its_signing(gaz):
    for text in ("Celtic have offloaded defender Ko Itakura to Chelsea.",
                 "Celtic defender Ko Itakura has been sold to Chelsea."):
        got, _ = claims(gaz, text)
        assert got == {("Ko Itakura", "Chelsea", "signed", False)}, text


def test_a_position_opening_the_sentence_is_no_part_of_the_name(gaz):
    got, ex = claims(gaz, "Defender Ko Itakura has left Celtic for Chelsea.")
    assert got == {("Ko Itakura", "Chelsea", "signed", False)} and ex.players == ["Ko Itakura"]


def test_will_join_on_loan_is_agreed_not_done(gaz):
    got, _ = claims(gaz, "Celtic defender Ko Itakura will join Chelsea on a season-long loan.")
    assert got == {("Ko Itakura", "Chelsea", "agreement", False)}
    got, _ = claims(gaz, "Celtic defender Ko Itakura has joined Chelsea on a season-long loan.")
    assert got == {("Ko Itakura", "Chelsea", "loan", False)}


def test_a_full_name_listed_with_a_player_is_a_player(gaz):
    got, ex = claims(gaz, "Kylian Mbappe, Jonas Falkenried and Mateus Andrade are all on Chelsea's shortlist.")
    assert {p for p, _c, _k, _x in got} == {"Kylian Mbappe", "Jonas Falkenried", "Mateus Andrade"}
    got, _ = claims(gaz, "Jonas Falkenried and Kylian Mbappe are wanted by Chelsea.")
    assert {p for p, _c, _k, _x in got} == {"Kylian Mbappe", "Jonas Falkenried"}
    got, ex = claims(gaz, "Chelsea and Zulte Waregem want Kylian Mbappe.")
    assert "Zulte Waregem" not in ex.players


def test_a_club_also_interested_in_a_trailing_clause(gaz):
    got, _ = claims(gaz, "Chelsea are weighing up a move for Gladbach defender Ko Itakura, with Liverpool also interested.")
    assert got == {("Ko Itakura", "Chelsea", "interest", False), ("Ko Itakura", "Liverpool", "interest", False)}


def test_not_the_only_club_is_no_negation(gaz):
    got, _ = claims(gaz, "Chelsea are not the only club interested in Gladbach defender Ko Itakura.")
    assert got == {("Ko Itakura", "Chelsea", "interest", False)}
    got, _ = claims(gaz, "Chelsea are not interested in Gladbach defender Ko Itakura.")
    assert got == {("Ko Itakura", "Chelsea", "ended", False)}


def test_what_a_player_cost_his_club_is_a_past_signing(gaz):
    got, _ = claims(gaz, "Liverpool want Celtic defender Ko Itakura, who cost Celtic £5m in 2021.")
    assert got == {("Ko Itakura", "Liverpool", "interest", False), ("Ko Itakura", "Celtic", "signed", True)}
    got, _ = claims(gaz, "Liverpool want Celtic defender Ko Itakura, who cost Celtic a club-record £5m.")
    assert got == {("Ko Itakura", "Liverpool", "interest", False), ("Ko Itakura", "Celtic", "signed", True)}
    got, _ = claims(gaz, "Celtic defender Ko Itakura's injury cost Celtic £5m in lost revenue.")
    assert got == set()


def test_before_moving_to_a_club_is_a_signing(gaz):
    text = "Liverpool want Celtic defender Ko Itakura. Itakura spent two seasons at Groningen before moving to Celtic in 2020."
    got, _ = claims(gaz, text)
    # the seasons he spent at a club are a stop of his career too, as the held-out gold reads them
    assert got == {("Ko Itakura", "Liverpool", "interest", False), ("Ko Itakura", "Celtic", "signed", True),
                   ("Ko Itakura", "FC Groningen", "signed", True)}


def test_a_demonym_anaphor_gives_the_nationality(gaz):
    _got, ex = claims(gaz, "Liverpool want Gladbach defender Ko Itakura. The Japanese has scored twice this season.")
    assert facts_of(ex)[("Ko Itakura", "nationality")] == "Japan"
    _got, ex = claims(gaz, "Liverpool want Gladbach defender Ko Itakura. Liverpool have held talks with the German club.")
    assert ("Ko Itakura", "nationality") not in facts_of(ex)


def test_an_approach_not_yet_made_is_interest(gaz):
    for text, kind in (("Liverpool are weighing up an approach for Gladbach defender Ko Itakura.", "interest"),
                       ("Liverpool could make an enquiry for Gladbach defender Ko Itakura.", "interest"),
                       ("Liverpool have made an approach for Gladbach defender Ko Itakura.", "talks")):
        got, _ = claims(gaz, text)
        assert got == {("Ko Itakura", "Liverpool", kind, False)}, text


def test_a_rejected_proposal_is_a_bid_and_the_clause_figure_is_its_own(gaz):
    text = ("Liverpool want Gladbach defender Ko Itakura. Gladbach have turned down a €30m proposal from Liverpool "
            "and are holding out for his €45m release clause.")
    got, ex = claims(gaz, text)
    assert ("Ko Itakura", "Liverpool", "bid", False) in got
    assert facts_of(ex)[("Ko Itakura", "release_clause")].max == 45e6


def test_top_of_a_shortlist_is_interest(gaz):
    got, _ = claims(gaz, "Gladbach defender Ko Itakura is top of Liverpool's shortlist.")
    assert got == {("Ko Itakura", "Liverpool", "interest", False)}


def test_live_blog_agreements(gaz):
    for text in ("BREAKING: Celtic defender Ko Itakura is on his way to Chelsea.",
                 "UPDATE (17:40): Celtic defender Ko Itakura has arrived at Chelsea's training ground for his medical.",
                 "Here we go! Celtic defender Ko Itakura to Chelsea, confirmed.",
                 "Celtic defender Ko Itakura is travelling to London to complete his move to Chelsea."):
        ex = extract(article(text, "2025-09-01"), gaz)
        assert [(c.player, c.club, c.kind, c.source) for c in ex.claims] == [
            ("Ko Itakura", "Chelsea", "agreement", None)], text


def test_a_collapsed_move_ends_the_pursuit(gaz):
    for text in ("Celtic defender Ko Itakura's move to Chelsea has collapsed.",
                 "Celtic defender Ko Itakura's move to Chelsea is off after he failed his medical."):
        got, _ = claims(gaz, text, "2025-09-01")
        assert got == {("Ko Itakura", "Chelsea", "ended", False)}, text


def test_more_credit_verbs(real_gaz):
    for text, src in (("Sky Sports News has been told Chelsea have opened talks over Gladbach defender Ko Itakura.", "Sky Sports"),
                      ("Chelsea have opened talks over Gladbach defender Ko Itakura, Bild has learned.", "Bild"),
                      ("Sky Sports can reveal Chelsea have opened talks over Gladbach defender Ko Itakura.", "Sky Sports")):
        ex = extract(article(text, "2025-07-14"), real_gaz)
        assert [(c.club, c.kind, c.source) for c in ex.claims] == [("Chelsea", "talks", src)], text


def test_seasons_ago_is_background(gaz):
    got, _ = claims(gaz, "Chelsea want Gladbach defender Ko Itakura. Liverpool were keen on him two seasons ago.")
    assert got == {("Ko Itakura", "Chelsea", "interest", False), ("Ko Itakura", "Liverpool", "interest", True)}


def test_rivals_need_the_race_not_a_match(gaz):
    got, _ = claims(gaz, "Chelsea beat Liverpool and Everton to the signing of Gladbach defender Ko Itakura.")
    assert got == {("Ko Itakura", "Chelsea", "signed", False), ("Ko Itakura", "Liverpool", "interest", True),
                   ("Ko Itakura", "Everton", "interest", True)}
    got, _ = claims(gaz, "Gladbach defender Ko Itakura is off to Chelsea.")
    assert got == {("Ko Itakura", "Chelsea", "agreement", False)}


def test_a_club_quoted_a_price_has_asked(gaz):
    got, ex = claims(gaz, "Liverpool have been quoted €40m for Gladbach defender Ko Itakura.")
    assert got == {("Ko Itakura", "Liverpool", "talks", False)}
    assert facts_of(ex)[("Ko Itakura", "asking_price")].max == 40e6


def test_the_main_clause_resumes_after_a_relative_one(gaz):
    got, _ = claims(gaz, "Chelsea, who beat Liverpool 2-0 on Sunday, have signed Gladbach defender Ko Itakura.")
    assert got == {("Ko Itakura", "Chelsea", "signed", False)}
    got, _ = claims(gaz, "Chelsea, who signed Ko Itakura from Liverpool in 2020, have now sold him to Celtic.")
    assert got == {("Ko Itakura", "Chelsea", "signed", True), ("Ko Itakura", "Celtic", "signed", False)}


def test_a_club_the_player_turned_down_wanted_him(gaz):
    got, _ = claims(gaz, "Gladbach defender Ko Itakura has snubbed Celtic.")
    assert got == {("Ko Itakura", "Celtic", "interest", False)}
    got, _ = claims(gaz, "Gladbach rejected Celtic's offer for defender Ko Itakura.")
    assert got == {("Ko Itakura", "Celtic", "bid", False)}


def test_appositions_give_club_position_and_age(gaz):
    got, ex = claims(gaz, "Chelsea want Ko Itakura, a Gladbach defender.")
    assert got == {("Ko Itakura", "Chelsea", "interest", False)}  # his club is no suitor
    _got, ex = claims(gaz, "Chelsea want Ko Itakura, the Gladbach left-back. The Japan international, 24, scored twice.")
    f = facts_of(ex)
    assert f[("Ko Itakura", "current_club")] == "Borussia Mönchengladbach" and f[("Ko Itakura", "position")] == "left-back"
    assert f[("Ko Itakura", "age")] == 24


def test_valued_by_a_source_is_its_valuation(gaz):
    _got, ex = claims(gaz, "Chelsea want Gladbach defender Ko Itakura, who is valued at £40m by Transfermarkt.")
    (v,) = [f for f in ex.facts if f.fact in ("valuation", "asking_price")]
    assert (v.fact, v.value.max, v.source) == ("valuation", 40e6, "Transfermarkt")


def test_more_loan_verbs(gaz):
    for text in ("Celtic have brought in Gladbach defender Ko Itakura on a six-month loan.",
                 "Celtic have landed Gladbach defender Ko Itakura on a temporary deal.",
                 "Gladbach defender Ko Itakura has gone out on loan to Celtic."):
        got, _ = claims(gaz, text)
        assert got == {("Ko Itakura", "Celtic", "loan", False)}, text
    got, _ = claims(gaz, "Celtic hope to land Gladbach defender Ko Itakura on loan.")
    assert got == {("Ko Itakura", "Celtic", "interest", False)}
