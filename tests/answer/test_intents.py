"""Intent over many phrasings, not only the dev list; names resolved against the fixture database."""

from __future__ import annotations

import pytest

from bot.answer.compose import answer_question
from bot.answer.intents import correct_word, fact_asked

CASES = [
    # suitors
    ("who wants itakura", "suitors"), ("who wants itakura??", "suitors"), ("itakura transfer news", "suitors"),
    ("where is itakura going", "suitors"), ("wher is itakura goin", "suitors"), ("any news on itakura", "suitors"),
    ("whos in for itakura", "suitors"), ("ITAKURA NEWS", "suitors"), ("itakura?", "suitors"),
    ("itakura 👀", "suitors"), ("yo who's after itakura rn", "suitors"), ("itakura suitors", "suitors"),
    ("latest on itakura", "suitors"), ("where will caicedo end up", "suitors"),
    ("who is interested in almiron", "suitors"), ("almiron rumours", "suitors"),
    # targets
    ("who are spurs after", "targets"), ("man utd targets", "targets"), ("who is chelsea trying to sign", "targets"),
    ("who do liverpool want", "targets"), ("liverpool transfer targets", "targets"),
    ("who are the reds chasing", "targets"), ("who does klopp want", "targets"),
    ("al shabab targets", "targets"), ("who r tottenham after", "targets"),
    # link
    ("are liverpool in for itakura?", "link"), ("are liverpool in for itakura", "link"),
    ("itakura to liverpool?", "link"), ("is itakura going to spurs", "link"), ("itakura liverpool", "link"),
    ("did chelsea bid for caicedo", "link"), ("chelsea caicedo done deal?", "link"),
    ("spurs still after itakura??", "link"), ("liverpool itakura talks", "link"),
    # latest
    ("latest rumours", "latest"), ("whats new", "latest"), ("any transfer news today?", "latest"),
    ("any news on spurs", "latest"), ("latest juve news", "latest"), ("whats new with chelsea", "latest"),
    ("latest rumors", "latest"), ("gossip", "latest"), ("anything happening?", "latest"),
    ("spurs", "latest"), ("chelsea news", "latest"),
    # fact
    ("whats itakuras release clause", "fact"), ("whats itakura's release clause?", "fact"),
    ("how much is itakura worth", "fact"), ("itakura value", "fact"), ("itakura market value", "fact"),
    ("how long is almirons contract", "fact"), ("when does caicedo's contract expire", "fact"),
    ("caicedo contract lenght", "fact"), ("what do newcastle want for almiron", "fact"),
    ("almiron asking price", "fact"), ("what club does itakura play for", "fact"),
    ("where does itakura play", "fact"), ("how old is itakura", "fact"),
    # profile
    ("tell me about itakura", "profile"), ("tell me about gladbach", "profile"),
    ("everything on almiron pls", "profile"), ("what do we know about brighton", "profile"),
    ("itakura profile", "profile"), ("info on chelsea", "profile"),
    # unknown
    ("asdfghjkl", "unknown"), ("is the moon made of cheese", "unknown"), ("who wants haaland", "unknown"),
    ("any news on kvaratskhelia", "unknown"), ("hello", "unknown"), ("", "unknown"), ("???", "unknown"),
]


@pytest.mark.parametrize(("question", "intent"), CASES)
async def test_intent(store, question: str, intent: str) -> None:
    answer = await answer_question(store, question)
    assert answer.intent == intent, (question, answer.intent, answer.players, answer.clubs)


def test_intent_word_typos() -> None:
    assert correct_word("wher") == "where"
    assert correct_word("lenght") == "length"
    assert correct_word("rumors") is None  # already a known word
    assert correct_word("itakura") is None


def test_fact_kinds() -> None:
    assert fact_asked(["whats", "release", "clause"], False) == "release_clause"
    assert fact_asked(["how", "much", "is", "worth"], False) == "valuation"
    assert fact_asked(["what", "do", "want", "for"], True) == "asking_price"
    assert fact_asked(["how", "long", "is", "contract"], False) == "contract_until"
    assert fact_asked(["what", "club", "does", "play", "for"], False) == "current_club"
    assert fact_asked(["who", "wants"], False) is None
