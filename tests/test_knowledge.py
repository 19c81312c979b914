"""Checks on the shipped knowledge/ data: it loads, aliases resolve, tenures are sane."""

from __future__ import annotations

import itertools
import tomllib
from collections import defaultdict
from datetime import date
from pathlib import Path

import pytest

from bot.knowledge import (
    OFFICIAL_ROLES,
    Gazetteer,
    KnowledgeError,
    load_gazetteer,
    load_managers,
    load_officials,
    load_sources,
)
from bot.text import fold

KNOWLEDGE = Path(__file__).resolve().parent.parent / "knowledge"

# Canonical names the evaluation uses; they must exist exactly as written.
REQUIRED_CLUBS = [
    "Manchester City", "Manchester United", "Tottenham Hotspur", "Borussia Mönchengladbach",
    "Brighton & Hove Albion", "Wolverhampton Wanderers", "Atlético Madrid", "Paris Saint-Germain",
    "AS Monaco", "Molde FK", "Schalke 04", "FC Groningen", "Borussia Dortmund", "Barcelona",
    "Juventus", "Roma", "Newcastle United", "Al-Shabab", "Al-Qadsiah", "Al-Ettifaq",
    "Vasco da Gama", "Independiente del Valle", "Sassuolo", "Caen", "Sunderland", "Udinese",
    "Everton", "Fulham", "Nottingham Forest", "Chelsea", "Liverpool", "Arsenal", "Celtic",
    "Kawasaki Frontale", "Sporting CP", "Midtjylland", "Rennes", "AC Milan", "Inter Milan",
    "Southampton", "Strasbourg", "Santos", "Al Hilal", "Al Ittihad", "Al Ahli", "Al Nassr",
]

# Canonical names that are themselves ambiguous on their own (another club's
# common short form); the extractor resolves them from context.
AMBIGUOUS_CANONICAL = {"Independiente", "Vitória"}


@pytest.fixture(scope="module")
def gaz():
    return load_gazetteer(KNOWLEDGE)


def test_every_file_is_valid_toml():
    files = [*sorted((KNOWLEDGE / "clubs").glob("*.toml")),
             *(KNOWLEDGE / n for n in ("managers.toml", "officials.toml", "sources.toml", "players.toml",
                                       "feeds.toml"))]
    assert len(files) > 10
    for path in files:
        with path.open("rb") as fh:
            tomllib.load(fh)


def test_gazetteer_loads(gaz):
    assert len(gaz.clubs) >= 450
    assert len(gaz.managers) >= 150
    assert len(gaz.officials) >= 150
    assert len(gaz.sources) >= 100
    assert len(gaz.players) >= 150


def test_club_names_are_unique():
    seen: dict[str, str] = {}
    for path in sorted((KNOWLEDGE / "clubs").glob("*.toml")):
        with path.open("rb") as fh:
            data = tomllib.load(fh)
        assert data.get("country"), path
        for entry in data["club"]:
            key = fold(entry["name"])
            assert key not in seen, f"{entry['name']} in {path.name} and {seen[key]}"
            seen[key] = path.name
            assert entry.get("league") or data.get("league"), entry["name"]


@pytest.mark.parametrize("name", REQUIRED_CLUBS)
def test_required_canonical_names(gaz, name):
    assert name in gaz.clubs
    assert gaz.club(name) == name


def test_canonical_names_resolve_to_themselves(gaz):
    for name in gaz.clubs:
        if name in AMBIGUOUS_CANONICAL:
            assert gaz.is_ambiguous(name)
            assert name in gaz.club_candidates(name)
        else:
            assert gaz.club(name) == name, (name, gaz.club_candidates(name))


def test_every_alias_resolves_or_is_ambiguous(gaz):
    for club in gaz.clubs.values():
        for alias in (*club.aliases, *club.grounds):
            assert gaz.club(alias) == club.name or gaz.is_ambiguous(alias), (club.name, alias)
        for alias in club.ambiguous:
            assert gaz.is_ambiguous(alias), (club.name, alias)
            assert club.name in gaz.club_candidates(alias)


def test_shared_aliases_are_marked_on_every_club(gaz):
    """An alias two clubs share must be in the `ambiguous` list of each (not silently shared)."""
    for key, names in gaz.club_index.items():
        if len(names) < 2:
            continue
        for name in names:
            club = gaz.clubs[name]
            marked = {fold(a) for a in club.ambiguous}
            assert key == fold(name) or key in marked, (key, names, name)


def test_aliases_are_not_listed_twice(gaz):
    for club in gaz.clubs.values():
        plain = {fold(a) for a in club.aliases}
        assert not plain & {fold(a) for a in club.ambiguous}, club.name
        grounds = [fold(g) for g in club.grounds]
        assert len(grounds) == len(set(grounds)), club.name
        assert not set(grounds) & (plain | {fold(a) for a in club.ambiguous} | {fold(club.name)}), club.name


# -- grounds ------------------------------------------------------------------------

@pytest.mark.parametrize(("ground", "club"), [
    ("Old Trafford", "Manchester United"),
    ("Anfield", "Liverpool"),
    ("the Etihad", "Manchester City"),
    ("Stamford Bridge", "Chelsea"),
    ("Parkhead", "Celtic"),
    ("Celtic Park", "Celtic"),
    ("Ibrox", "Rangers"),
    ("the Bernabéu", "Real Madrid"),
    ("Santiago Bernabeu", "Real Madrid"),
    ("Camp Nou", "Barcelona"),
    ("the Alvalade", "Sporting CP"),
    ("José Alvalade", "Sporting CP"),
    ("the Dragão", "Porto"),
    ("Estadio da Luz", "Benfica"),
    ("Deepdale", "Preston North End"),
    ("Villa Park", "Aston Villa"),
    ("St James' Park", "Newcastle United"),
    ("St. James Park", "Newcastle United"),
    ("Signal Iduna Park", "Borussia Dortmund"),
    ("the Allianz Arena", "Bayern Munich"),
    ("Gávea", "Flamengo"),
    ("Parc des Princes", "Paris Saint-Germain"),
    ("Johan Cruyff Arena", "Ajax"),
])
def test_grounds_name_their_club(gaz, ground, club):
    assert gaz.club(ground) == club
    assert any(fold(g) == fold(ground) for g in gaz.clubs[club].grounds)


@pytest.mark.parametrize(("ground", "clubs"), [
    ("San Siro", {"AC Milan", "Inter Milan"}),
    ("Stadio Olimpico", {"Roma", "Lazio"}),
    ("the Olimpico", {"Roma", "Lazio"}),
    ("Stadium of Light", {"Sunderland", "Benfica"}),
    ("Red Bull Arena", {"RB Leipzig", "Red Bull Salzburg", "New York Red Bulls"}),
    ("Maracanã", {"Flamengo", "Fluminense"}),
])
def test_shared_grounds_are_ambiguous(gaz, ground, clubs):
    assert gaz.is_ambiguous(ground) and gaz.club(ground) is None
    assert set(gaz.club_candidates(ground)) == clubs


@pytest.mark.parametrize("word", ["the Emirates", "Emirates", "the Valley", "the Den", "Bridge", "Park"])
def test_grounds_that_are_ordinary_words_are_left_out(gaz, word):
    """A ground named by a common word, a country or a sponsor alone would make clubs of them."""
    assert gaz.club(word) is None


def test_most_top_flight_clubs_have_a_ground(gaz):
    top = {"Premier League", "Championship", "La Liga", "Serie A", "Bundesliga", "Ligue 1", "Primeira Liga",
           "Eredivisie", "Scottish Premiership"}
    clubs = [c for c in gaz.clubs.values() if c.league in top]
    with_ground = [c for c in clubs if c.grounds]
    assert len(with_ground) >= 0.9 * len(clubs), sorted(c.name for c in clubs if c not in with_ground)


@pytest.mark.parametrize(("alias", "club"), [
    ("North End", "Preston North End"),
    ("Boro", "Middlesbrough"),
    ("the Toffees", "Everton"),
    ("Man U", "Manchester United"),
    ("the Throstles", "West Bromwich Albion"),
    ("VfB", "VfB Stuttgart"),
])
def test_press_nicknames(gaz, alias, club):
    assert gaz.club(alias) == club


def test_grounds_load_from_their_own_key(tmp_path: Path) -> None:
    (tmp_path / "clubs").mkdir()
    (tmp_path / "clubs" / "x.toml").write_text(
        'country = "X"\nleague = "L"\n[[club]]\nname = "Alpha"\naliases = ["Alfa"]\n'
        'grounds = ["Alpha Park"]\nambiguous = ["Shared Arena"]\n'
        '[[club]]\nname = "Beta"\nambiguous = ["Shared Arena"]\n')
    g = load_gazetteer(tmp_path)
    assert g.clubs["Alpha"].grounds == ("Alpha Park",)
    assert g.clubs["Alpha"].aliases == ("Alfa",)
    assert g.club("alpha park") == "Alpha"
    assert g.club("Shared Arena") is None and set(g.club_candidates("Shared Arena")) == {"Alpha", "Beta"}


@pytest.mark.parametrize("alias", ["the Reds", "Reds", "City", "United", "the Blues", "Sporting",
                                   "Athletic", "Real", "Atletico", "Borussia", "the Saints",
                                   "Albion", "the Eagles", "Racing", "Independiente"])
def test_known_ambiguous_aliases(gaz, alias):
    assert gaz.is_ambiguous(alias)
    assert gaz.club(alias) is None
    assert len(gaz.club_candidates(alias)) >= 2


@pytest.mark.parametrize(("alias", "club"), [
    ("Spurs", "Tottenham Hotspur"),
    ("Gladbach", "Borussia Mönchengladbach"),
    ("Monchengladbach", "Borussia Mönchengladbach"),
    ("Man Utd", "Manchester United"),
    ("Man United", "Manchester United"),
    ("Man City", "Manchester City"),
    ("the Cityzens", "Manchester City"),
    ("Barca", "Barcelona"),
    ("Barça", "Barcelona"),
    ("Los Blancos", "Real Madrid"),
    ("PSG", "Paris Saint-Germain"),
    ("Paris St Germain", "Paris Saint-Germain"),
    ("Inter", "Inter Milan"),
    ("Juve", "Juventus"),
    ("the Bianconeri", "Juventus"),
    ("BVB", "Borussia Dortmund"),
    ("the Magpies", "Newcastle United"),
    ("the Seagulls", "Brighton & Hove Albion"),
    ("the Toffees", "Everton"),
    ("the Black Cats", "Sunderland"),
    ("Wolves", "Wolverhampton Wanderers"),
    ("Atleti", "Atlético Madrid"),
    ("Atletico Madrid", "Atlético Madrid"),
    ("Monaco", "AS Monaco"),
    ("Molde", "Molde FK"),
    ("Schalke", "Schalke 04"),
    ("FC Schalke", "Schalke 04"),
    ("Groningen", "FC Groningen"),
    ("Frontale", "Kawasaki Frontale"),
    ("Sporting Lisbon", "Sporting CP"),
    ("FC Midtjylland", "Midtjylland"),
    ("Stade Rennais", "Rennes"),
    ("Milan", "AC Milan"),
    ("AS Roma", "Roma"),
    ("Al-Hilal", "Al Hilal"),
    ("Al Shabab", "Al-Shabab"),
    ("Al-Qadisiyah", "Al-Qadsiah"),
    ("Ettifaq", "Al-Ettifaq"),
    ("Vasco", "Vasco da Gama"),
    ("IDV", "Independiente del Valle"),
    ("SM Caen", "Caen"),
    ("RC Strasbourg", "Strasbourg"),
    ("Nottm Forest", "Nottingham Forest"),
    ("the Gunners", "Arsenal"),
    ("Celtic FC", "Celtic"),
    ("Santos FC", "Santos"),
])
def test_club_aliases(gaz, alias, club):
    assert gaz.club(alias) == club


# -- managers -----------------------------------------------------------------------

def test_manager_tenures_name_known_clubs_and_are_ordered(gaz):
    for manager in gaz.managers:
        assert manager.tenures, manager.name
        for tenure in manager.tenures:
            assert tenure.club in gaz.clubs, (manager.name, tenure.club)
            assert tenure.end is None or tenure.start <= tenure.end, (manager.name, tenure)


def test_manager_tenures_do_not_overlap(gaz):
    for manager in gaz.managers:
        spans = sorted(manager.tenures, key=lambda t: t.start)
        for a, b in itertools.pairwise(spans):
            assert a.end is not None, (manager.name, a, "open tenure before another")
            assert a.end < b.start, (manager.name, a, b)


def test_manager_names_are_unique():
    managers = load_managers(KNOWLEDGE / "managers.toml")
    names = [fold(m.name) for m in managers]
    assert len(names) == len(set(names))
    owners: dict[str, set[str]] = defaultdict(set)
    for m in managers:
        for alias in (m.name, *m.aliases):
            owners[fold(alias)].add(m.name)
    clashes = {a: n for a, n in owners.items() if len(n) > 1}
    assert not clashes


def test_manager_aliases_are_not_club_aliases(gaz):
    for manager in gaz.managers:
        for alias in manager.aliases:
            assert fold(alias) not in gaz.club_index, (manager.name, alias)


@pytest.mark.parametrize(("name", "on", "club"), [
    ("Klopp", date(2024, 1, 18), "Liverpool"),
    ("Jurgen Klopp", date(2019, 8, 1), "Liverpool"),
    ("Jürgen Klopp", date(2024, 7, 1), None),
    ("Postecoglou", date(2022, 1, 1), "Celtic"),
    ("Big Ange", date(2024, 1, 1), "Tottenham Hotspur"),
    ("Ange Postecoglou", date(2020, 6, 1), "Yokohama F. Marinos"),
    ("Arne Slot", date(2023, 1, 1), "Feyenoord"),
    ("Arne Slot", date(2024, 9, 1), "Liverpool"),
    ("Pep Guardiola", date(2022, 6, 28), "Manchester City"),
    ("Pep", date(2019, 12, 1), "Manchester City"),
    ("Daniel Farke", date(2022, 10, 1), "Borussia Mönchengladbach"),
    ("Farke", date(2024, 1, 1), "Leeds United"),
    ("Steven Gerrard", date(2024, 7, 1), "Al-Ettifaq"),
    ("Gerrard", date(2020, 1, 1), "Rangers"),
    ("Rafa Benitez", date(2019, 1, 15), "Newcastle United"),
    ("Peter Bosz", date(2017, 8, 10), "Borussia Dortmund"),
    ("Allegri", date(2021, 8, 19), "Juventus"),
    ("Massimiliano Allegri", date(2018, 1, 1), "Juventus"),
    ("Regis Le Bris", date(2024, 8, 21), "Sunderland"),
    ("Thomas Tuchel", date(2020, 1, 1), "Paris Saint-Germain"),
    ("Mauricio Pochettino", date(2023, 9, 1), "Chelsea"),
    ("Ten Hag", date(2023, 1, 1), "Manchester United"),
])
def test_manager_spot_checks(gaz, name, on, club):
    assert gaz.manager_club(name, on) == club


# -- club officials -----------------------------------------------------------------

def test_officials_have_a_role_and_tenures_at_known_clubs(gaz):
    for official in gaz.officials:
        assert official.role in OFFICIAL_ROLES, official.name
        assert official.tenures, official.name
        for tenure in official.tenures:
            assert tenure.club in gaz.clubs, (official.name, tenure.club)
            assert tenure.end is None or tenure.start <= tenure.end, (official.name, tenure)


def test_official_names_are_unique_and_clash_with_no_other_name(gaz):
    officials = load_officials(KNOWLEDGE / "officials.toml")
    owners: dict[str, set[str]] = defaultdict(set)
    for o in officials:
        for alias in (o.name, *o.aliases):
            owners[fold(alias)].add(o.name)
    assert not {a: n for a, n in owners.items() if len(n) > 1}
    manager_forms = {fold(a) for m in gaz.managers for a in (m.name, *m.aliases)}
    for key in owners:
        assert key not in gaz.club_index, key
        assert key not in manager_forms, key  # a manager's form would win: the official is unreachable
        assert key not in gaz.player_index, key
        assert key not in gaz.source_index, key
        assert gaz.manager_index[key].role != "manager", key


def test_officials_are_not_in_the_managers_list(gaz):
    """The database's manager tenures (questions resolve managers' surnames against them) stay managers'."""
    assert all(m.role == "manager" for m in gaz.managers)
    assert all(o.role != "manager" for o in gaz.officials)


@pytest.mark.parametrize(("name", "on", "club"), [
    ("Laporta", date(2024, 1, 18), "Barcelona"),
    ("Joan Laporta", date(2019, 1, 1), None),  # Bartomeu's time
    ("Bartomeu", date(2019, 1, 1), "Barcelona"),
    ("Florentino Pérez", date(2023, 6, 1), "Real Madrid"),
    ("De Laurentiis", date(2023, 1, 1), "Napoli"),
    ("Aurelio De Laurentiis", date(2023, 1, 1), "Napoli"),
    ("Daniel Levy", date(2022, 8, 1), "Tottenham Hotspur"),
    ("Levy", date(2025, 10, 1), None),
    ("Todd Boehly", date(2023, 1, 1), "Chelsea"),
    ("Boehly", date(2021, 1, 1), None),
    ("Abramovich", date(2021, 1, 1), "Chelsea"),
    ("Paratici", date(2022, 1, 1), "Tottenham Hotspur"),
    ("Paratici", date(2020, 1, 1), "Juventus"),
    ("Max Eberl", date(2024, 6, 1), "Bayern Munich"),
    ("Eberl", date(2021, 6, 1), "Borussia Mönchengladbach"),
    ("Al-Khelaifi", date(2024, 1, 1), "Paris Saint-Germain"),
    ("Monchi", date(2024, 1, 1), "Aston Villa"),
    ("Jim Ratcliffe", date(2022, 1, 1), "Nice"),
    ("Ratcliffe", date(2024, 6, 1), "Manchester United"),  # both posts run: the one listed first
])
def test_official_spot_checks(gaz, name, on, club):
    assert gaz.manager_club(name, on) == club


def test_officials_survive_a_copy_and_load_without_managers(gaz, tmp_path: Path) -> None:
    copy = gaz.copy()
    assert copy.officials == gaz.officials and copy.officials is not gaz.officials
    assert copy.manager_club("Laporta", date(2024, 1, 1)) == "Barcelona"
    (tmp_path / "clubs").mkdir()
    (tmp_path / "clubs" / "x.toml").write_text('country = "X"\nleague = "L"\n[[club]]\nname = "Alpha"\n')
    (tmp_path / "officials.toml").write_text(
        '[[official]]\nname = "Ann Example"\nrole = "owner"\naliases = ["Example"]\n'
        'tenures = [{ club = "Alpha", start = "2020-01-01" }]\n')
    g = load_gazetteer(tmp_path)
    assert not g.managers and [o.name for o in g.officials] == ["Ann Example"]
    assert g.manager_club("Example", date(2021, 1, 1)) == "Alpha"


def test_an_official_needs_a_known_role(tmp_path: Path) -> None:
    from bot.knowledge import KnowledgeError

    (tmp_path / "officials.toml").write_text(
        '[[official]]\nname = "Ann Example"\nrole = "mascot"\ntenures = []\n')
    with pytest.raises(KnowledgeError, match="role"):
        load_officials(tmp_path / "officials.toml")


# -- sources ------------------------------------------------------------------------

def test_every_source_has_a_tier_and_kind():
    for source in load_sources(KNOWLEDGE / "sources.toml"):
        assert source.tier in (1, 2, 3, 4), source.name
        assert source.kind in ("journalist", "outlet", "agency", "club"), source.name
        if source.kind == "journalist":
            assert source.outlet, source.name


def test_source_aliases_do_not_collide(gaz):
    owners: dict[str, set[str]] = defaultdict(set)
    for source in gaz.sources.values():
        for alias in (source.name, *source.aliases):
            key = fold(alias)
            owners[key].add(source.name)
            assert key not in gaz.club_index, (source.name, alias)
            assert key not in gaz.manager_index, (source.name, alias)
    assert not {a: n for a, n in owners.items() if len(n) > 1}


@pytest.mark.parametrize(("alias", "name"), [
    ("Romano", "Fabrizio Romano"),
    ("Fabrizio Romano", "Fabrizio Romano"),
    ("Ornstein", "David Ornstein"),
    ("The Athletic's David Ornstein", "David Ornstein"),
    ("Sky Germany", "Sky Germany"),
    ("Sky Sport Germany", "Sky Germany"),
    ("Sky Deutschland", "Sky Germany"),
    ("BILD", "Bild"),
    ("Sport Bild", "Bild"),
    ("The Athletic", "The Athletic"),
    ("Mail Sport", "Daily Mail"),
    ("Transfermarkt", "Transfermarkt"),
    ("Ben Jacobs", "Ben Jacobs"),
    ("Kevin Palmer", "Kevin Palmer"),
    ("Mohamed Toubache-Ter", "Mohamed Toubache-Ter"),
    ("Reuters", "Reuters"),
    ("Express", "Express"),
])
def test_source_spot_checks(gaz, alias, name):
    source = gaz.source(alias)
    assert source is not None and source.name == name


def test_source_tiers_spot_checks(gaz):
    assert gaz.source("Romano").tier == 1
    assert gaz.source("Ornstein").tier == 1
    assert gaz.source("Daily Star").tier == 4


# -- players ------------------------------------------------------------------------

@pytest.mark.parametrize(("alias", "name"), [
    ("Vini Jr", "Vinicius Junior"),
    ("Mbappé", "Kylian Mbappe"),
    ("Mo Salah", "Mohamed Salah"),
    ("Savio", "Savinho"),
    ("Neymar Jr", "Neymar"),
    ("Norberto Bercique Gomes Betuncal", "Beto"),
    ("Tosin", "Tosin Adarabioyo"),
    ("João Félix", "Joao Felix"),
])
def test_player_spot_checks(gaz, alias, name):
    assert gaz.player(alias) == name


def test_player_aliases_do_not_collide():
    with (KNOWLEDGE / "players.toml").open("rb") as fh:
        players = tomllib.load(fh)["player"]
    owners: dict[str, set[str]] = defaultdict(set)
    for p in players:
        for alias in (p["name"], *p.get("aliases", [])):
            owners[fold(alias)].add(p["name"])
    assert not {a: n for a, n in owners.items() if len(n) > 1}


# -- feeds --------------------------------------------------------------------------

def test_feeds():
    with (KNOWLEDGE / "feeds.toml").open("rb") as fh:
        feeds = tomllib.load(fh)["feed"]
    assert len(feeds) >= 8
    urls = [f["url"] for f in feeds]
    assert len(urls) == len(set(urls))
    for feed in feeds:
        assert feed["name"] and feed["outlet"]
        assert feed["url"].startswith("https://")
        assert isinstance(feed["interval_minutes"], int) and feed["interval_minutes"] >= 5


def test_malformed_knowledge_is_a_clear_error(tmp_path: Path) -> None:
    from bot.knowledge import KnowledgeError

    (tmp_path / "clubs").mkdir()
    (tmp_path / "clubs" / "x.toml").write_text('[[club]]\nname = "A"\n')
    (tmp_path / "sources.toml").write_text('[[source]]\nname = "X"\nkind = "outlet"\ntier = 9\n')
    with pytest.raises(KnowledgeError, match="tier"):
        load_gazetteer(tmp_path)
    (tmp_path / "sources.toml").write_text('[[source]]\nkind = "outlet"\n')
    with pytest.raises(KnowledgeError, match="name"):
        load_gazetteer(tmp_path)


def test_knowledge_stamp_is_by_content_not_by_modification_time(tmp_path) -> None:
    """A fresh clone (new mtimes) of the same knowledge must not reload it into an existing database."""
    import os
    import shutil

    from bot.knowledge import knowledge_stamp

    here = Path(__file__).resolve().parents[1] / "knowledge"
    clone = tmp_path / "clone"
    shutil.copytree(here, clone, copy_function=shutil.copyfile)  # contents only: new mtimes
    some = sorted((clone / "clubs").glob("*.toml"))[0]
    os.utime(some, (1_000_000_000, 1_000_000_000))
    assert knowledge_stamp(clone) == knowledge_stamp(here)
    some.write_bytes(some.read_bytes() + b"\n# a comment\n")
    edited = knowledge_stamp(clone)
    assert edited != knowledge_stamp(here)
    some.rename(some.with_name("zz_" + some.name))  # a renamed file is a change too
    assert knowledge_stamp(clone) not in (edited, knowledge_stamp(here))


def test_coaching_since_keeps_a_coach_whose_early_jobs_are_unlisted_from_being_read_as_a_player(tmp_path):
    (tmp_path / "managers.toml").write_text(
        '[[manager]]\nname = "Carlo Bianchi"\ncoaching_since = 2011\n'
        'tenures = [{ club = "Roma", start = "2019-07-01" }]\n\n'
        '[[manager]]\nname = "Cesc Rivera"\ntenures = [{ club = "Roma", start = "2022-07-01" }]\n')
    managers = {m.name: m for m in load_managers(tmp_path / "managers.toml")}
    assert managers["Carlo Bianchi"].coaching_since == 2011
    gaz = Gazetteer()
    for m in managers.values():
        gaz.add_manager(m)
    assert not gaz.coaching_later("Carlo Bianchi", date(2017, 8, 1))  # coaching elsewhere by then
    assert gaz.coaching_later("Carlo Bianchi", date(2009, 8, 1))
    assert gaz.coaching_later("Cesc Rivera", date(2017, 8, 1))  # no earlier job known: still playing


def test_coaching_since_must_be_a_year(tmp_path):
    (tmp_path / "managers.toml").write_text(
        '[[manager]]\nname = "Carlo Bianchi"\ncoaching_since = "2011"\ntenures = []\n')
    with pytest.raises(KnowledgeError, match="coaching_since"):
        load_managers(tmp_path / "managers.toml")
