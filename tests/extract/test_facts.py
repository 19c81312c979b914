from bot.extract.pipeline import extract

from .conftest import article


def facts(gaz, text, day="2024-01-18"):
    return {(f.player, f.fact): f.value for f in extract(article(text, day), gaz).facts}


def test_release_clause_range_with_source(gaz):
    ex = extract(article("According to Sky Germany, defender Ko Itakura has a release clause worth between 10 and 15 million euros."), gaz)
    [f] = [f for f in ex.facts if f.fact == "release_clause"]
    assert (f.value.currency, f.value.min, f.value.max, f.source) == ("EUR", 10e6, 15e6, "Sky Germany")


def test_valuation_is_third_party_and_asking_price_is_sellers(gaz):
    got = facts(gaz, "Liverpool want defender Ko Itakura. Transfermarkt values Itakura at £13m.")
    assert got[("Ko Itakura", "valuation")].max == 13e6
    got = facts(gaz, "Brighton midfielder Moises Caicedo is wanted. Brighton are looking for around £100m to let him go.")
    assert got[("Moises Caicedo", "asking_price")].max == 100e6
    assert ("Moises Caicedo", "valuation") not in got


def test_contract_year_from_length_and_remaining(gaz):
    got = facts(gaz, "Miguel Almiron, the Newcastle star, has two years remaining on his deal.", "2024-07-01")
    assert got[("Miguel Almiron", "contract_until")] == 2026
    got = facts(gaz, "Moises Caicedo has joined Chelsea. Caicedo has committed to an eight-year contract.", "2023-08-14")
    assert got[("Moises Caicedo", "contract_until")] == 2031
    got = facts(gaz, "Ko Itakura's contract at Borussia-Park is set to expire in 2026.")
    assert got[("Ko Itakura", "contract_until")] == 2026


def test_nationality_age_position_from_anaphor(gaz):
    got = facts(gaz, "Liverpool are monitoring Ko Itakura. The Japanese international is a target. The 26-year-old is a defender.")
    assert got[("Ko Itakura", "nationality")] == "Japan"
    assert got[("Ko Itakura", "age")] == 26
