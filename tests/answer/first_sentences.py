"""One story told to every front end: the articles behind the "answer first" tests of the command line
(tests/cli) and of Discord (tests/discord), and the first sentence each question must get."""

from __future__ import annotations

import datetime as dt

from bot.models import Amount, Article, Claim, Extraction, Fact

D = dt.date.fromisoformat


def _claim(player: str, club: str, kind: str, day: str, source: str | None = None, amount: Amount | None = None,
           ) -> Claim:
    return Claim(player=player, club=club, kind=kind, date=D(day), source=source, amount=amount,  # type: ignore[arg-type]
                 evidence=f"{club} {kind} {player} ({day}).")


STORY: list[tuple[Article, Extraction]] = [
    (Article(text="Liverpool are keen on Moises Caicedo, says the Daily Mail.", date=D("2023-01-10"),
             origin="/srv/news/001_caicedo.txt", title="Liverpool eye Caicedo"),
     Extraction(claims=[_claim("Moises Caicedo", "Liverpool", "interest", "2023-01-10", "Daily Mail")],
                players=["Moises Caicedo"])),
    (Article(text="Liverpool have pulled out of the race for Moises Caicedo.", date=D("2023-01-26"),
             origin="/srv/news/002_caicedo.txt"),
     Extraction(claims=[_claim("Moises Caicedo", "Liverpool", "ended", "2023-01-26", "Kevin Palmer")],
                players=["Moises Caicedo"])),
    (Article(text="Moises Caicedo has joined Chelsea from Brighton for £115m.", date=D("2023-08-14"),
             origin="https://news.example/caicedo-chelsea", url="https://news.example/caicedo-chelsea",
             title="Chelsea sign Caicedo for a British record £115m", outlet="The Guardian"),
     Extraction(claims=[_claim("Moises Caicedo", "Chelsea", "signed", "2023-08-14", "The Guardian",
                               Amount(currency="GBP", min=115e6, max=115e6))],
                players=["Moises Caicedo"])),
    (Article(text="Savinho plays for Manchester City.", date=D("2024-09-01"), origin="/srv/news/003_savinho.txt"),
     Extraction(facts=[Fact(player="Savinho", fact="current_club", value="Manchester City", date=D("2024-09-01"))],
                players=["Savinho"])),
]

# (question, the first line of the answer in the terminal and in the embed's description)
FIRST: list[tuple[str, str]] = [
    ("who wants itakura?", "Liverpool and Tottenham Hotspur are in for Ko Itakura — Liverpool furthest along "
                           "(interest, "),
    ("who wants caicedo", "No club is in for Moises Caicedo now: Caicedo joined Chelsea on 14 Aug 2023 (£115m)."),
    ("are liverpool in for caicedo", "No: Liverpool are no longer in for Moises Caicedo; their interest ended on "
                                     "26 Jan 2023."),
    ("any news on chelsea", "The newest about Chelsea: Moises Caicedo → Chelsea, signed (completed), 14 Aug 2023; "
                            "1 saga in all."),
    ("who wants savinho", "No club is currently reported to be in for Savinho. Savinho plays for Manchester City."),
    ("who wants zxqvbn", 'I couldn\'t find "zxqvbn" among the players and clubs I know.'),
]
