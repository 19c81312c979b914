"""A small gazetteer built in code, so the unit tests do not depend on knowledge/ data."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from bot.knowledge import ClubInfo, Gazetteer, Manager, SourceInfo, Tenure, load_gazetteer
from bot.models import Article

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def gaz() -> Gazetteer:
    g = Gazetteer()
    for club in [
        ClubInfo("Liverpool", "England", "Premier League", ("Liverpool FC", "LFC"), ("the Reds", "Reds")),
        ClubInfo("Tottenham Hotspur", "England", "Premier League", ("Tottenham", "Spurs")),
        ClubInfo("Manchester City", "England", "Premier League", ("Man City", "the Cityzens"), ("City",)),
        ClubInfo("Manchester United", "England", "Premier League", ("Man Utd", "Man United", "the Red Devils"), ("United",)),
        ClubInfo("Chelsea", "England", "Premier League", ("Chelsea FC",), ("the Blues", "Blues")),
        ClubInfo("Everton", "England", "Premier League", ("the Toffees",), ("the Blues",)),
        ClubInfo("Brighton & Hove Albion", "England", "Premier League", ("Brighton", "the Seagulls")),
        ClubInfo("Newcastle United", "England", "Premier League", ("Newcastle", "the Magpies")),
        ClubInfo("Borussia Mönchengladbach", "Germany", "Bundesliga", ("Borussia Monchengladbach", "Gladbach")),
        ClubInfo("Borussia Dortmund", "Germany", "Bundesliga", ("Dortmund", "BVB")),
        ClubInfo("Barcelona", "Spain", "La Liga", ("FC Barcelona", "Barca")),
        ClubInfo("Celtic", "Scotland", "Scottish Premiership", ("Celtic FC",)),
        ClubInfo("Al-Shabab", "Saudi Arabia", "Saudi Pro League", ("Al Shabab",)),
        ClubInfo("Al-Ettifaq", "Saudi Arabia", "Saudi Pro League", ("Al Ettifaq", "Ettifaq")),
        ClubInfo("FC Groningen", "Netherlands", "Eredivisie", ("Groningen",)),
        ClubInfo("Paris Saint-Germain", "France", "Ligue 1", ("PSG", "Paris St Germain")),
        ClubInfo("AS Monaco", "France", "Ligue 1", ("Monaco",)),
        ClubInfo("Juventus", "Italy", "Serie A", ("Juve",)),
        ClubInfo("Sassuolo", "Italy", "Serie A", ("US Sassuolo",)),
        ClubInfo("Santos", "Brazil", "Brasileirao", ("Santos FC",)),
        ClubInfo("Vasco da Gama", "Brazil", "Brasileirao", ("Vasco",)),
        ClubInfo("Sunderland", "England", "Championship", ("the Black Cats", "Black Cats")),
    ]:
        g.add_club(club)
    g.add_manager(Manager("Jurgen Klopp", ("Jürgen Klopp", "Klopp"), (Tenure("Liverpool", dt.date(2015, 10, 8), dt.date(2024, 5, 31)),)))
    g.add_manager(Manager("Ange Postecoglou", ("Postecoglou",), (
        Tenure("Celtic", dt.date(2021, 6, 10), dt.date(2023, 6, 5)), Tenure("Tottenham Hotspur", dt.date(2023, 6, 6)))))
    g.add_manager(Manager("Rafael Benitez", ("Rafa Benitez", "Benitez"), (
        Tenure("Newcastle United", dt.date(2016, 3, 11), dt.date(2019, 6, 30)),)))
    g.add_manager(Manager("Steven Gerrard", ("Gerrard",), (Tenure("Al-Ettifaq", dt.date(2023, 7, 3)),)))
    g.add_source(SourceInfo("Fabrizio Romano", "journalist", tier=1, aliases=("Romano",)))
    g.add_source(SourceInfo("Sky Germany", "outlet", tier=2, aliases=("Sky Deutschland",)))
    g.add_source(SourceInfo("Bild", "outlet", tier=3))
    g.add_source(SourceInfo("Express", "outlet", tier=4, aliases=("Daily Express",)))
    g.add_source(SourceInfo("Transfermarkt", "outlet", tier=3))
    g.add_player("Kylian Mbappe", ("Kylian Mbappé", "Mbappe", "Mbappé"))
    return g


@pytest.fixture(scope="session")
def real_gaz() -> Gazetteer:
    return load_gazetteer(ROOT / "knowledge")


def article(text: str, day: str = "2024-01-18", outlet: str | None = None) -> Article:
    return Article(text=text, date=dt.date.fromisoformat(day), origin="test.txt", outlet=outlet)
