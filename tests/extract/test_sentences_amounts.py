from bot.extract.amounts import find_amounts, prefer
from bot.extract.sentences import split_paragraphs, split_sentences


def test_abbreviations_and_decimals_do_not_split():
    text = "Liverpool were said to be scouting Gladbach's No. 3 this month. Man Utd. want him for £4.5m. He is 26."
    assert split_sentences(text) == [
        "Liverpool were said to be scouting Gladbach's No. 3 this month.",
        "Man Utd. want him for £4.5m.",
        "He is 26.",
    ]


def test_quotes_and_headlines_without_punctuation():
    text = 'The Reds need new defender\n\nHe said: "It is quiet." Then he left.'
    assert split_sentences(text) == ["The Reds need new defender", 'He said: "It is quiet."', "Then he left."]


def test_gossip_credit_stays_with_its_item_and_seed_header_is_dropped():
    paras = split_paragraphs(" date 2023-08-27 City bid for Nunes. (Express)\n\nRoma want Lukaku. (Fabrizio Romano)")
    assert paras == [["City bid for Nunes. (Express)"], ["Roma want Lukaku. (Fabrizio Romano)"]]


def test_us_initials_inside_club_name():
    assert len(split_sentences("They agreed with U.S. Sassuolo Calcio on the deal. It is done.")) == 2


def _one(text):
    got = find_amounts(text)
    assert len(got) == 1, got
    return got[0]


def test_amount_forms():
    a = _one("for under £1million in December").amount
    assert (a.currency, a.min, a.max) == ("GBP", None, 1_000_000)
    a = _one("a clause worth between 10 and 15 million euros").amount
    assert (a.currency, a.min, a.max) == ("EUR", 10e6, 15e6)
    a = _one("between €10 million and €15 million").amount
    assert (a.min, a.max) == (10e6, 15e6)
    a = _one("will pay £100m plus a further £15m in add-ons").amount
    assert (a.min, a.max) == (115e6, 115e6)
    a = _one("handed over £55m, potentially rising to £62m, for him").amount
    assert (a.min, a.max) == (55e6, 62e6)
    a = _one("a €6.5million fee").amount
    assert (a.currency, a.max) == ("EUR", 6.5e6)
    a = _one("a $1.2bn takeover").amount
    assert (a.currency, a.max) == ("USD", 1.2e9)


def test_conversion_prefers_the_clubs_currency():
    money = _one("for $261 million (222 million euros)")
    assert prefer(money, ["France"]).currency == "EUR"
    assert prefer(money, [None]).currency == "USD"


def test_no_amount_in_plain_numbers():
    assert find_amounts("He has 23 caps and scored 8 goals in 2019.") == []
