"""Seventeenth round (stop 25): done moves checked against a battery of ordinary phrasings
(a move told by where it went from and to, a participle after the day's business, a country
before the club). Invented players, so each test checks the frame, not a name."""

import pytest

from . import fixture_articles
from .fixture_articles import done_at, kinds_at


def claims(gaz, text, day="2024-08-01"):
    return fixture_articles.claims(gaz, text, day)


@pytest.mark.parametrize("text", [
    "Tomas Brenner has moved from Lyon to Villarreal for about 31 million euros.",
    "Tomas Brenner switched from Lyon to Villarreal last week.",
    "Tomas Brenner has transferred from Lyon to Villarreal.",
    "Elsewhere, Tomas Brenner moved on loan from Lyon to Villarreal.",
])
def test_a_move_told_by_where_it_went_from_and_to_is_done(real_gaz, text):
    got, _ex = claims(real_gaz, text)
    assert done_at(got, "Tomas Brenner", "Villarreal")
    assert not done_at(got, "Tomas Brenner", "Lyon")


def test_a_move_from_and_to_under_a_modal_is_not_done(real_gaz):
    got, _ex = claims(real_gaz, "Tomas Brenner could move from Lyon to Villarreal next week.")
    assert not done_at(got, "Tomas Brenner", "Villarreal")


@pytest.mark.parametrize("text", [
    "Benfica have loaned Tomas Brenner to Argentina's Rosario Central.",
    "Tomas Brenner has joined Turkey's Galatasaray.",
])
def test_a_country_before_the_club_does_not_hide_the_move(real_gaz, text):
    got, _ex = claims(real_gaz, text)
    club = "Rosario Central" if "Rosario" in text else "Galatasaray"
    assert done_at(got, "Tomas Brenner", club)


def test_the_day_s_business_ending_in_a_participle_is_done(real_gaz):
    text = ("Rangers made the headline move as the window closed, completing the loan signing of "
            "Tomas Brenner from Lens.")
    got, _ex = claims(real_gaz, text)
    assert done_at(got, "Tomas Brenner", "Rangers")


def test_completing_under_way_is_still_an_agreement(real_gaz):
    got, _ex = claims(real_gaz, "Rangers are completing the loan signing of Tomas Brenner from Lens.")
    assert kinds_at(got, "Tomas Brenner", "Rangers") == {"agreement"}


@pytest.mark.parametrize("text", [
    "Wolves pulled off the surprise of the summer by landing Porto midfielder Tomas Brenner.",
    "Milan made official the loan of Tomas Brenner from Wolfsburg.",
    "Burnley have let Tomas Brenner join Everton.",
    "Burnley have allowed Tomas Brenner to join Everton.",
    "Everton have lured Tomas Brenner from Burnley.",
    "Everton have prised Tomas Brenner away from Burnley.",
])
def test_other_ordinary_ways_of_telling_a_done_move(real_gaz, text):
    got, _ex = claims(real_gaz, text)
    club = {"Wolves": "Wolverhampton Wanderers", "Milan": "AC Milan"}.get(text.split()[0], "Everton")
    assert done_at(got, "Tomas Brenner", club)


def test_letting_an_unnamed_player_join_is_no_move_of_the_player_in_focus(real_gaz):
    text = ("Peterborough turned down a bid for Tomas Brenner. They allowed another striker to join "
            "Coventry City this week.")
    got, _ex = claims(real_gaz, text)
    assert not done_at(got, "Tomas Brenner", "Coventry City")


@pytest.mark.parametrize("text", [
    "Al-Hilal is the eighth club of a career that has taken Tomas Brenner from Benfica to Valencia, "
    "Inter Milan and Juventus.",
    "Tomas Brenner joined Al-Hilal on Tuesday. His career has taken him from Benfica to Valencia, "
    "Inter Milan and Juventus.",
])
def test_a_career_told_as_where_it_has_taken_him_is_background(real_gaz, text):
    got, _ex = claims(real_gaz, text)
    for club in ("Valencia", "Inter Milan", "Juventus"):
        assert (("Tomas Brenner", club, "signed", True) in got), club
        assert ("Tomas Brenner", club, "signed", False) not in got


def test_a_career_from_an_academy_is_background_and_names_the_first_club(real_gaz):
    text = ("Sheffield United want Tomas Brenner back. He went from Leeds United's academy to Bradford "
            "City, and after joining Swansea City he scored nine goals on loan at Barnsley.")
    got, _ex = claims(real_gaz, text)
    assert ("Tomas Brenner", "Bradford City", "signed", True) in got
    assert not any(c == "Swansea City" and not past for p, c, _k, past in got)


def test_a_move_between_two_academies_is_no_move(real_gaz):
    got, _ex = claims(real_gaz, "Tomas Brenner switched from Feyenoord's academy to Ajax's at the age of thirteen.")
    assert not done_at(got, "Tomas Brenner", "Ajax")


def test_an_arrival_that_has_come_from_a_club_goes_to_the_club_the_paragraph_is_about(real_gaz):
    text = "Lyon have again shopped abroad. Tomas Brenner has come from Benfica and Luca Dossi from Chelsea."
    got, _ex = claims(real_gaz, text)
    assert done_at(got, "Tomas Brenner", "Lyon") and done_at(got, "Luca Dossi", "Lyon")


def test_a_bid_that_has_come_from_a_club_is_no_arrival(real_gaz):
    text = ("Swansea have turned down bids for striker Tomas Brenner, which are understood to have come "
            "from Burnley.")
    got, _ex = claims(real_gaz, text)
    assert not done_at(got, "Tomas Brenner", "Swansea City")
    assert not done_at(got, "Tomas Brenner", "Burnley")


def test_the_subject_club_is_found_past_an_aside_and_takes_the_arrival(real_gaz):
    text = ("Paris Saint-Germain, beaten to the championship by Monaco, have their first recruit of the "
            "summer in left-back Tomas Brenner, 27, who arrives from Real Sociedad.")
    got, _ex = claims(real_gaz, text)
    assert done_at(got, "Tomas Brenner", "Paris Saint-Germain")
    assert not done_at(got, "Tomas Brenner", "AS Monaco")


def test_an_arrival_after_a_sale_told_as_a_noun_is_not_at_the_buyer(real_gaz):
    text = ("New England's summer has been about rebuilding the attack after the sale of Luca Dossi to "
            "Lens: Tomas Brenner has come in from Juventus.")
    got, _ex = claims(real_gaz, text)
    assert done_at(got, "Luca Dossi", "Lens")
    assert done_at(got, "Tomas Brenner", "New England Revolution")
    assert not done_at(got, "Tomas Brenner", "Lens")


@pytest.mark.parametrize("text", [
    "Manchester United have got their man. Fiorentina's Morocco midfielder Tomas Brenner joins on loan.",
    "Liverpool rebuilt. Bristol City pair Luca Dossi and Tomas Brenner were signed early.",
])
def test_a_club_that_opens_the_sentence_as_the_player_s_owner_is_not_where_he_went(real_gaz, text):
    got, _ex = claims(real_gaz, text)
    assert not done_at(got, "Tomas Brenner", "Fiorentina")
    assert not done_at(got, "Tomas Brenner", "Bristol City")


@pytest.mark.parametrize("text", [
    "Liverpool are keen on Tomas Brenner. Having already spent close to £100m on two midfielders for the "
    "roles in the system, Liverpool decided they did not need another player of Brenner's profile.",
    "Liverpool are keen on Tomas Brenner. Liverpool could be forced to think about bringing in another "
    "defender if Brenner does go.",
])
def test_a_done_move_of_players_the_text_does_not_name_is_no_move_of_the_player_named_later(real_gaz, text):
    got, _ex = claims(real_gaz, text)
    assert not done_at(got, "Tomas Brenner", "Liverpool")


def test_an_unnamed_object_that_goes_on_to_name_the_player_is_his_move(real_gaz):
    text = "Newcastle have spent close to £30m on three players this month, Tomas Brenner from Bordeaux among them."
    got, _ex = claims(real_gaz, text)
    assert done_at(got, "Tomas Brenner", "Newcastle United")


@pytest.mark.parametrize("text", [
    "Werder land Luca Dossi, Dortmund borrow Tomas Brenner",
    "Werder land Luca Dossi, Dortmund borrow Tomas Brenner from Chelsea",
])
def test_a_headline_of_deals_with_clubs_as_subjects_splits_at_each_club(real_gaz, text):
    got, _ex = claims(real_gaz, text)
    assert done_at(got, "Luca Dossi", "Werder Bremen")
    assert done_at(got, "Tomas Brenner", "Borussia Dortmund")
    assert not done_at(got, "Tomas Brenner", "Werder Bremen")


def test_a_chain_goes_on_after_a_loan_with_a_clause_in_the_singular(real_gaz):
    text = ("Celtic sent Marco Feltri on loan to West Brom, Luca Dossi returned to Melbourne City on loan "
            "and Tomas Brenner was on the verge of a permanent move to Cardiff City.")
    got, _ex = claims(real_gaz, text)
    assert done_at(got, "Luca Dossi", "Melbourne City")
    assert not any((p, c) == ("Luca Dossi", "Cardiff City") for p, c, _k, _past in got)
    assert not any((p, c) == ("Tomas Brenner", "Melbourne City") for p, c, _k, _past in got)


def test_a_player_after_an_opening_phrase_is_not_split_from_the_club_it_names(real_gaz):
    text = ("For Dortmund, Tomas Brenner is the fourth big purchase of the summer after Luca Dossi from "
            "Bayer Leverkusen and Marco Feltri from Hoffenheim.")
    got, _ex = claims(real_gaz, text)
    assert done_at(got, "Luca Dossi", "Borussia Dortmund")


@pytest.mark.parametrize("text", [
    "Tomas Brenner has joined Fulham. He follows the likes of Luca Dossi and Marco Feltri through the door at Craven Cottage.",
    "Tomas Brenner has joined Celtic. Everyone at Celtic would like to welcome Luca Dossi and wish him well.",
])
def test_the_likes_of_a_player_is_no_interest_in_him(real_gaz, text):
    got, _ex = claims(real_gaz, text)
    assert not any(p == "Luca Dossi" and k == "interest" for p, _c, k, _past in got)


@pytest.mark.parametrize("text", [
    "Lazio want Tomas Brenner. Having missed out on the Champions League, Lazio expect to lose players.",
    "Cremonese, who missed out on a Milan midfielder, signed Tomas Brenner from Genoa.",
    "Aberdeen want Tomas Brenner. Speaking about Brenner, the Aberdeen manager said he did not want to say too much.",
    "Nice own Tomas Brenner. Nice did not want him back and had agreed a loan.",
])
def test_missing_out_on_something_else_or_not_wanting_something_else_ends_nothing(real_gaz, text):
    got, _ex = claims(real_gaz, text)
    assert not any(p == "Tomas Brenner" and k == "ended" for p, _c, k, _past in got)


@pytest.mark.parametrize("text", [
    "Norwich City missed out on Watford's 19-year-old striker Tomas Brenner.",
    "Liverpool no longer want to sign Tomas Brenner.",
    "Flamengo do not want Tomas Brenner.",
])
def test_missing_out_on_him_and_not_wanting_him_end_the_pursuit(real_gaz, text):
    got, _ex = claims(real_gaz, text)
    assert any(p == "Tomas Brenner" and k == "ended" for p, _c, k, _past in got)


def current_club(ex, player="Tomas Brenner"):
    return {f.value for f in ex.facts if (f.player, f.fact) == (player, "current_club")}


@pytest.mark.parametrize("text, club", [
    ("AC Milan have brought Tomas Brenner back from Villarreal, cutting his season-long loan in Spain short. "
     "Milan said Brenner would rejoin the squad the same day, welcoming him home.", "AC Milan"),
    ("Tomas Brenner has said his goodbyes to Blackpool after Liverpool decided to bring the defender back "
     "from his loan early.", "Liverpool"),
    ("Ajax have cut Tomas Brenner's loan at Excelsior short. Excelsior were initially unwilling to let "
     "the 20-year-old go early.", "Ajax"),
    ("Liverpool have cut short Tomas Brenner's season-long loan, announcing that the defender has "
     "returned to his parent club, Chelsea, with immediate effect.", "Chelsea"),
    ("Manchester United have cut short Tomas Brenner's loan at Watford and sent the midfielder straight "
     "back out to Nottingham Forest, where he will stay until the end of the season.", "Nottingham Forest"),
])
def test_a_loan_ended_early_leaves_him_at_the_club_that_lent_him_unless_he_moved_on(real_gaz, text, club):
    _got, ex = claims(real_gaz, text)
    assert current_club(ex) == {club}


def test_sent_back_out_on_loan_is_no_withdrawal(real_gaz):
    got, _ex = claims(real_gaz, "Manchester United have sent Tomas Brenner back out to Nottingham Forest.")
    assert done_at(got, "Tomas Brenner", "Nottingham Forest")
    assert not any(k == "ended" for _p, _c, k, _past in got)


@pytest.mark.parametrize("verb", ["adds", "notes", "suggests", "insists"])
def test_a_local_paper_named_after_its_town_is_credited_by_the_verbs_of_a_report(real_gaz, verb):
    text = f"The Sunderland Echo {verb} that Sunderland are keen on Tomas Brenner."
    _got, ex = claims(real_gaz, text)
    assert {c.source for c in ex.claims if c.player == "Tomas Brenner"} == {"Sunderland Echo"}


def test_clubs_that_have_been_following_his_progress_are_interested(real_gaz):
    text = ("Liverpool, Arsenal and Chelsea, along with Inter, have been following Tomas Brenner's progress "
            "for a long time, the Lisbon daily reports.")
    got, _ex = claims(real_gaz, text)
    assert {c for p, c, k, _past in got if p == "Tomas Brenner" and k == "interest"} >= {"Liverpool", "Arsenal", "Chelsea"}


def test_following_his_move_is_no_interest(real_gaz):
    got, _ex = claims(real_gaz, "Following Tomas Brenner's move to Everton, Burnley need a striker.")
    assert not any(k == "interest" for _p, _c, k, _past in got)


def test_a_club_that_made_its_first_direct_contact_is_in_talks(real_gaz):
    text = "Sky Sport reported that Roma had made their first direct contact with Las Palmas about Tomas Brenner."
    got, ex = claims(real_gaz, text)
    assert ("Tomas Brenner", "Roma", "talks", False) in got
    assert {c.source for c in ex.claims if c.club == "Roma"} == {"Sky Sport Italia"}


def test_a_name_among_the_players_of_interest_is_a_target_of_the_club_of_the_sentence(real_gaz):
    text = ("Sheffield United are weighing up other forwards too, with Preston North End's Tomas Brenner "
            "among the players of interest.")
    got, _ex = claims(real_gaz, text)
    assert ("Tomas Brenner", "Sheffield United", "interest", False) in got
    assert not any(c == "Preston North End" and k == "interest" for _p, c, k, _past in got)


def test_a_paper_described_by_its_city_credits_the_report(real_gaz):
    text = ("A Bola says Sporting want €45m for Tomas Brenner. Liverpool have been following Brenner's "
            "progress for a long time, the Lisbon daily reports.")
    _got, ex = claims(real_gaz, text)
    assert {c.source for c in ex.claims if c.club == "Liverpool"} == {"A Bola"}


@pytest.mark.parametrize("text, club, kind", [
    ("AC Milan and Juventus have both been alerted to Arsenal's 17-year-old striker Tomas Brenner.", "Juventus", "interest"),
    ("Tomas Brenner wants a big contract, with West Ham now joining Newcastle in the race to sign him.", "West Ham United", "interest"),
    ("Tomas Brenner will stay at Inter after turning down Parma's advances.", "Parma", "talks"),
    ("Charlton have made an offer for Luca Dossi and are working on a loan deal for Tomas Brenner.", "Charlton Athletic", "talks"),
    ("Arsenal are about to welcome a new goalkeeper, Bayer Leverkusen's Tomas Brenner, to the Emirates.", "Arsenal", "agreement"),
    ("Tomas Brenner: the Chelsea man is on his way back to Monaco on loan.", "AS Monaco", "agreement"),
    ("Aston Villa hope to land Luca Dossi, while Fulham want to add Arsenal's Tomas Brenner on loan.", "Fulham", "interest"),
    ("Arsenal want more cover and have made a bid for Luca Dossi, and they have also shown interest in Tomas Brenner.", "Arsenal", "interest"),
])
def test_more_ways_of_telling_a_link(real_gaz, text, club, kind):
    got, _ex = claims(real_gaz, text)
    assert ("Tomas Brenner", club, kind, False) in got


def test_joining_a_club_in_the_race_is_no_move_to_it(real_gaz):
    got, _ex = claims(real_gaz, "Tomas Brenner wants a big contract, with West Ham now joining Newcastle in the race to sign him.")
    assert not done_at(got, "Tomas Brenner", "Newcastle United")


def test_a_closing_relative_clause_s_date_does_not_make_the_move_of_now_background(real_gaz):
    got, _ex = claims(real_gaz, "Tomas Brenner has joined Al-Hilal from Juventus, where he had played since 2019.")
    assert ("Tomas Brenner", "Al Hilal", "signed", False) in got
    assert ("Tomas Brenner", "Al Hilal", "signed", True) not in got


@pytest.mark.parametrize("text", [
    "Crystal Palace are getting ready to announce the arrival of Arsenal midfielder Tomas Brenner on a six-month loan.",
    "FC Dallas re-signed Luca Dossi, and the hints suggest that the arrival of winger Tomas Brenner could be announced any day.",
])
def test_an_announcement_still_to_come_is_no_signing_yet(real_gaz, text):
    got, _ex = claims(real_gaz, text)
    club = "Crystal Palace" if "Palace" in text else "FC Dallas"
    assert ("Tomas Brenner", club, "agreement", False) in got
    assert not done_at(got, "Tomas Brenner", club)


def test_a_club_delighted_to_announce_the_arrival_has_signed_him(real_gaz):
    got, _ex = claims(real_gaz, "Olympique Lyonnais is delighted to announce the arrival of Tomas Brenner from KAA Gent.")
    assert done_at(got, "Tomas Brenner", "Lyon")
