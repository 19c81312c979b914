"""A small hand-made claim database for the answer and render tests (no extractor involved); the `store`
fixture of tests/conftest.py is this database."""

from __future__ import annotations

import datetime as dt

from bot.knowledge import ClubInfo, Gazetteer, Manager, Tenure
from bot.models import Amount, Article, Claim, Extraction, Fact
from bot.store import Store

D = dt.date.fromisoformat
CLUBS = {
    "Liverpool": ("Liverpool FC", "the Reds", "LFC"),
    "Tottenham Hotspur": ("Tottenham", "Spurs", "THFC"),
    "Borussia Mönchengladbach": ("Gladbach", "Monchengladbach", "BMG"),
    "Borussia Dortmund": ("Dortmund", "BVB"),
    "Manchester City": ("Man City",),
    "Manchester United": ("Man Utd", "Man United"),
    "Leicester City": ("Leicester",),
    "Chelsea": ("the Blues",),
    "Brighton & Hove Albion": ("Brighton",),
    "Newcastle United": ("Newcastle", "Toon"),
    "Santos": ("Santos FC",),
    "Al-Shabab": (),
    "Juventus": ("Juve",),
}
AMBIGUOUS = {"Manchester City": ("City",), "Manchester United": ("United",), "Newcastle United": ("United",),
             "Leicester City": ("City",)}


def article(n: int, day: str, text: str = "") -> Article:
    return Article(text=f"article {n} {text}", date=D(day), origin=f"fixture/{n:03}.txt",
                   url=f"https://news.example/{n}")


def claim(player: str, club: str, kind: str, day: str, source: str | None = None, past: bool = False,
          event_date: str | None = None) -> Claim:
    return Claim(player=player, club=club, kind=kind, past=past, source=source, date=D(day),  # type: ignore[arg-type]
                 event_date=event_date, evidence=f"{club} {kind} {player}")


async def fill(store: Store) -> None:
    gaz = Gazetteer()
    for name, aliases in CLUBS.items():
        gaz.add_club(ClubInfo(name=name, aliases=aliases, ambiguous=AMBIGUOUS.get(name, ())))
    gaz.add_manager(Manager(name="Jurgen Klopp", aliases=("Jürgen Klopp", "Klopp"),
                            tenures=(Tenure("Liverpool", D("2015-10-08"), D("2024-05-31")),)))
    gaz.add_manager(Manager(name="Ange Postecoglou", aliases=("Postecoglou", "Ange"),
                            tenures=(Tenure("Tottenham Hotspur", D("2023-06-06"), None),)))
    gaz.add_player("Ko Itakura", ["Itakura"])
    await store.load_knowledge(gaz)
    articles = [
        # Itakura: Romano first, then five outlets repeating him, Sky Germany on its own; history.
        (article(1, "2024-01-02"), [
            claim("Ko Itakura", "Liverpool", "interest", "2024-01-02", "Fabrizio Romano"),
            claim("Ko Itakura", "Tottenham Hotspur", "interest", "2024-01-02", "Fabrizio Romano"),
            claim("Ko Itakura", "Manchester City", "signed", "2024-01-02", past=True, event_date="2019-12"),
            claim("Ko Itakura", "Borussia Mönchengladbach", "signed", "2024-01-02", past=True,
                  event_date="2022-06"),
            claim("Ko Itakura", "Borussia Mönchengladbach", "talks", "2024-01-02"),
        ], [Fact(player="Ko Itakura", fact="valuation", value=Amount(currency="GBP", min=13e6, max=13e6),
                 source="Transfermarkt", date=D("2024-01-02"))]),
        *[(article(10 + i, "2024-01-10", f"copy {i}"), [
            claim("Ko Itakura", "Liverpool", "interest", "2024-01-10", "Fabrizio Romano")], [])
          for i in range(5)],
        (article(2, "2024-01-18"), [
            claim("Ko Itakura", "Liverpool", "interest", "2024-01-18", "Sky Germany"),
            claim("Ko Itakura", "Tottenham Hotspur", "interest", "2024-01-18", "Sky Germany"),
            claim("Ko Itakura", "Celtic", "interest", "2024-01-18", past=True),
        ], [Fact(player="Ko Itakura", fact="release_clause", value=Amount(currency="EUR", min=10e6, max=15e6),
                 source="Sky Germany", date=D("2024-01-18")),
            Fact(player="Ko Itakura", fact="current_club", value="Borussia Mönchengladbach",
                 date=D("2024-01-18"))]),
        # Caicedo: Liverpool out (ended wins on the same day), Chelsea then sign him.
        (article(3, "2023-01-26"), [
            claim("Moises Caicedo", "Liverpool", "interest", "2023-01-26"),
            claim("Moises Caicedo", "Liverpool", "ended", "2023-01-26", "Daily Mail"),
            claim("Moises Caicedo", "Chelsea", "bid", "2023-01-26", "Daily Mail"),
            claim("Moises Caicedo", "Arsenal", "interest", "2023-01-26"),
        ], []),
        (article(4, "2023-08-14"), [
            claim("Moises Caicedo", "Chelsea", "signed", "2023-08-14"),
            claim("Romeo Lavia", "Chelsea", "bid", "2023-08-14"),
            claim("Romeo Lavia", "Liverpool", "interest", "2023-08-14"),
        ], [Fact(player="Moises Caicedo", fact="contract_until", value=2031, date=D("2023-08-14"))]),
        # Almiron: agreement in January, renewed interest in July.
        (article(5, "2024-01-22"), [claim("Miguel Almiron", "Al-Shabab", "agreement", "2024-01-22", "Ben Jacobs")],
         []),
        (article(6, "2024-07-01"), [
            claim("Miguel Almiron", "Al-Shabab", "interest", "2024-07-01"),
            claim("Miguel Almiron", "Newcastle United", "signed", "2024-07-01", past=True, event_date="2019-01"),
        ], [Fact(player="Miguel Almiron", fact="asking_price", value=Amount(currency="GBP", min=20e6, max=20e6),
                 date=D("2024-07-01"))]),
        # Two players sharing a surname, and a surname that is also a club.
        (article(7, "2023-08-27"), [
            claim("Bruno Fernandes", "Manchester United", "signed", "2023-08-27", past=True, event_date="2020-01"),
            claim("Tiago Fernandes", "Leicester City", "interest", "2023-08-27"),
            claim("Andrey Santos", "Chelsea", "agreement", "2023-08-27", "Reuters"),
            claim("Matheus Nunes", "Manchester City", "bid", "2023-08-27", "Express"),
            claim("Brennan Johnson", "Tottenham Hotspur", "interest", "2023-08-27", "Evening Standard"),
        ], []),
    ]
    for art, claims, facts in articles:
        players = sorted({c.player for c in claims} | {f.player for f in facts})
        await store.add_article(art, Extraction(claims=claims, facts=facts, players=players))
