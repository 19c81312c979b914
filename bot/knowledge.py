"""Loads knowledge/ (clubs with their grounds, managers, club officials, sources, players) into
the gazetteer that the extractor and the question resolver share.

The files are TOML so that a contributor can edit and review them; their format
is described in knowledge/README.md.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from bot.text import fold


class KnowledgeError(ValueError):
    """A knowledge file is malformed; the message names the file and the entry."""


@dataclass(frozen=True, slots=True)
class ClubInfo:
    name: str
    country: str | None = None
    league: str | None = None
    aliases: tuple[str, ...] = ()
    ambiguous: tuple[str, ...] = ()
    # Stadiums and training grounds the press names the club by ("left the Alvalade", "a return to
    # Parkhead"): aliases by metonymy, kept apart so that the knowledge says which they are.
    grounds: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Tenure:
    club: str
    start: dt.date
    end: dt.date | None = None

    def covers(self, day: dt.date) -> bool:
        return self.start <= day and (self.end is None or day <= self.end)


# The roles officials.toml may give; a manager (managers.toml) has the role "manager".
OFFICIAL_ROLES = frozenset({
    "president", "vice-president", "chairman", "co-chairman", "vice-chairman", "owner", "co-owner",
    "chief executive", "managing director", "general manager", "sporting director",
    "technical director", "director of football",
})


@dataclass(frozen=True, slots=True)
class Manager:
    """A person who stands for a club while in post: a manager, or an official (president,
    owner, chief executive, sporting director ...) with the same shape and `role` set."""

    name: str
    aliases: tuple[str, ...] = ()
    tenures: tuple[Tenure, ...] = ()
    role: str = "manager"
    # the year of his first head-coach job anywhere, when the tenures listed start later (a job
    # at a club the knowledge does not list): before it he may have been a player, not after
    coaching_since: int | None = None


@dataclass(frozen=True, slots=True)
class SourceInfo:
    name: str
    kind: str  # "journalist" | "outlet"
    outlet: str | None = None
    tier: int | None = None  # 1 = most reliable
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class PlayerInfo:
    name: str
    aliases: tuple[str, ...] = ()


@dataclass(slots=True)
class Gazetteer:
    """Every name the project knows, indexed by folded form (see bot.text.fold)."""

    clubs: dict[str, ClubInfo] = field(default_factory=dict)
    managers: list[Manager] = field(default_factory=list)
    # Club officials share the managers' index (their name stands for their club on a date) but not
    # the list: the database's manager tenures, which questions resolve surnames against, stay managers'.
    officials: list[Manager] = field(default_factory=list)
    sources: dict[str, SourceInfo] = field(default_factory=dict)
    players: dict[str, PlayerInfo] = field(default_factory=dict)
    club_index: dict[str, tuple[str, ...]] = field(default_factory=dict)
    ambiguous_aliases: set[str] = field(default_factory=set)
    manager_index: dict[str, Manager] = field(default_factory=dict)
    source_index: dict[str, str] = field(default_factory=dict)
    player_index: dict[str, str] = field(default_factory=dict)

    # -- building -----------------------------------------------------------------
    def add_club(self, club: ClubInfo) -> None:
        self.clubs[club.name] = club
        for alias in (club.name, *club.aliases, *club.grounds, *club.ambiguous):
            key = fold(alias)
            if not key:
                continue
            names = self.club_index.get(key, ())
            if club.name not in names:
                self.club_index[key] = (*names, club.name)
            if len(self.club_index[key]) > 1 and key != fold(club.name):
                self.ambiguous_aliases.add(key)
        for alias in club.ambiguous:
            self.ambiguous_aliases.add(fold(alias))

    def add_manager(self, manager: Manager) -> None:
        self.managers.append(manager)
        for alias in (manager.name, *manager.aliases):
            self.manager_index.setdefault(fold(alias), manager)

    def add_official(self, official: Manager) -> None:
        """A club official: indexed like a manager (a manager's form, added first, wins a clash)."""
        self.officials.append(official)
        for alias in (official.name, *official.aliases):
            self.manager_index.setdefault(fold(alias), official)

    def add_source(self, source: SourceInfo) -> None:
        self.sources[source.name] = source
        for alias in (source.name, *source.aliases):
            self.source_index.setdefault(fold(alias), source.name)

    def add_player(self, name: str, aliases: Iterable[str] = ()) -> None:
        known = self.players.get(name)
        merged = tuple(dict.fromkeys((*(known.aliases if known else ()), *aliases)))
        self.players[name] = PlayerInfo(name, merged)
        for alias in (name, *merged):
            self.player_index.setdefault(fold(alias), name)

    def copy(self) -> Gazetteer:
        """A copy that can learn players (from the database) without touching the cached one."""
        return Gazetteer(
            clubs=dict(self.clubs), managers=list(self.managers), officials=list(self.officials),
            sources=dict(self.sources),
            players=dict(self.players), club_index=dict(self.club_index),
            ambiguous_aliases=set(self.ambiguous_aliases), manager_index=dict(self.manager_index),
            source_index=dict(self.source_index), player_index=dict(self.player_index),
        )

    # -- looking up ---------------------------------------------------------------
    def club_candidates(self, alias: str) -> tuple[str, ...]:
        """Canonical clubs an alias may mean; more than one (or a marked alias) needs context."""
        return self.club_index.get(fold(alias), ())

    def is_ambiguous(self, alias: str) -> bool:
        key = fold(alias)
        return key in self.ambiguous_aliases or len(self.club_index.get(key, ())) > 1

    def club(self, alias: str) -> str | None:
        """The one club an unambiguous alias means, else None."""
        names = self.club_candidates(alias)
        return names[0] if len(names) == 1 and not self.is_ambiguous(alias) else None

    def manager_club(self, name: str, on: dt.date) -> str | None:
        """The club a manager was in charge of on a date ("Klopp" in January 2024 = Liverpool), or
        an official was in post at ("Laporta" in 2024 = Barcelona)."""
        manager = self.manager_index.get(fold(name))
        if manager is None:
            return None
        for tenure in manager.tenures:
            if tenure.covers(on):
                return tenure.club
        return None

    def coaching_later(self, name: str, on: dt.date) -> bool:
        """A manager whose every tenure starts after the date: in news of that day he was
        still a player ("Fabregas" in 2013), not a club's coach."""
        manager = self.manager_index.get(fold(name))
        return (manager is not None and manager.role == "manager" and bool(manager.tenures)
                and all(t.start > on for t in manager.tenures)
                and (manager.coaching_since is None or manager.coaching_since > on.year))

    def source(self, alias: str) -> SourceInfo | None:
        name = self.source_index.get(fold(alias))
        return self.sources.get(name) if name else None

    def player(self, alias: str) -> str | None:
        return self.player_index.get(fold(alias))


# -- loading -------------------------------------------------------------------------

def _date(value: object, where: str) -> dt.date:
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value)
        except ValueError as exc:
            raise KnowledgeError(f"{where}: bad date {value!r}") from exc
    raise KnowledgeError(f"{where}: bad date {value!r}")


def _strings(value: object, where: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise KnowledgeError(f"{where}: expected a list of strings")
    return tuple(value)


def _read(path: Path) -> dict:
    try:
        with path.open("rb") as fh:
            return tomllib.load(fh)
    except tomllib.TOMLDecodeError as exc:
        raise KnowledgeError(f"{path}: {exc}") from exc


def load_clubs(paths: Iterable[Path]) -> list[ClubInfo]:
    out = []
    for path in paths:
        data = _read(path)
        for i, entry in enumerate(data.get("club", [])):
            where = f"{path.name} club #{i + 1}"
            if not isinstance(entry.get("name"), str):
                raise KnowledgeError(f"{where}: missing name")
            out.append(ClubInfo(
                name=entry["name"], country=entry.get("country") or data.get("country"),
                league=entry.get("league") or data.get("league"),
                aliases=_strings(entry.get("aliases"), where),
                ambiguous=_strings(entry.get("ambiguous"), where),
                grounds=_strings(entry.get("grounds"), where),
            ))
    return out


def load_managers(path: Path, table: str = "manager") -> list[Manager]:
    """The `[[manager]]` entries of managers.toml, or with table="official" the `[[official]]`
    entries of officials.toml (the same shape plus a `role` from OFFICIAL_ROLES)."""
    out = []
    for i, entry in enumerate(_read(path).get(table, [])):
        where = f"{path.name} {table} #{i + 1} ({entry.get('name')})"
        role = "manager"
        if table == "official":
            role = entry.get("role")
            if role not in OFFICIAL_ROLES:
                raise KnowledgeError(f"{where}: role must be one of {', '.join(sorted(OFFICIAL_ROLES))}")
        tenures = []
        for t in entry.get("tenures", []):
            end = t.get("end")
            tenure = Tenure(club=t["club"], start=_date(t["start"], where), end=_date(end, where) if end else None)
            if tenure.end is not None and tenure.end < tenure.start:
                raise KnowledgeError(f"{where}: a tenure at {tenure.club} ends before it starts")
            tenures.append(tenure)
        since = entry.get("coaching_since")
        if since is not None and (not isinstance(since, int) or isinstance(since, bool) or not 1950 <= since <= 2100):
            raise KnowledgeError(f"{where}: coaching_since must be a year")
        out.append(Manager(name=entry["name"], aliases=_strings(entry.get("aliases"), where),
                           tenures=tuple(tenures), role=role, coaching_since=since))
    return out


def load_officials(path: Path) -> list[Manager]:
    return load_managers(path, "official")


def load_sources(path: Path) -> list[SourceInfo]:
    out = []
    for i, entry in enumerate(_read(path).get("source", [])):
        where = f"{path.name} source #{i + 1} ({entry.get('name')})"
        if entry.get("kind") not in ("journalist", "outlet", "club", "agency"):
            raise KnowledgeError(f"{where}: kind must be journalist, outlet, club or agency")
        tier = entry.get("tier")
        if tier is not None and tier not in (1, 2, 3, 4):
            raise KnowledgeError(f"{where}: tier must be 1 (most reliable) to 4")
        out.append(SourceInfo(name=entry["name"], kind=entry["kind"], outlet=entry.get("outlet"),
                              tier=entry.get("tier"), aliases=_strings(entry.get("aliases"), where)))
    return out


def load_players(path: Path) -> list[PlayerInfo]:
    out = []
    for i, entry in enumerate(_read(path).get("player", [])):
        where = f"{path.name} player #{i + 1}"
        out.append(PlayerInfo(name=entry["name"], aliases=_strings(entry.get("aliases"), where)))
    return out


def load_gazetteer(knowledge_dir: Path) -> Gazetteer:
    """The gazetteer for a knowledge directory; cached, so treat it as read-only (use .copy())."""
    return _load_gazetteer(knowledge_dir.resolve())


@functools.lru_cache(maxsize=4)
def _load_gazetteer(knowledge_dir: Path) -> Gazetteer:
    try:
        return _build_gazetteer(knowledge_dir)
    except KeyError as exc:  # a required key missing from an entry
        raise KnowledgeError(f"{knowledge_dir}: an entry lacks the required key {exc}") from exc


def _build_gazetteer(knowledge_dir: Path) -> Gazetteer:
    gaz = Gazetteer()
    for club in load_clubs(sorted((knowledge_dir / "clubs").glob("*.toml"))):
        gaz.add_club(club)
    if (knowledge_dir / "managers.toml").exists():
        for manager in load_managers(knowledge_dir / "managers.toml"):
            gaz.add_manager(manager)
    if (knowledge_dir / "officials.toml").exists():
        for official in load_officials(knowledge_dir / "officials.toml"):
            gaz.add_official(official)
    if (knowledge_dir / "sources.toml").exists():
        for source in load_sources(knowledge_dir / "sources.toml"):
            gaz.add_source(source)
    if (knowledge_dir / "players.toml").exists():
        for player in load_players(knowledge_dir / "players.toml"):
            gaz.add_player(player.name, player.aliases)
    return gaz


def knowledge_stamp(knowledge_dir: Path) -> str:
    """Changes when any knowledge file changes (its name or its bytes): a database stores the stamp it
    was filled from and loads the knowledge again when it differs. By content, not modification times,
    so a fresh clone or a copy of the same knowledge keeps the database as it is. Cheap: the files
    are some 200 KB, hashed without parsing (under a millisecond)."""
    digest = hashlib.sha256()
    files = sorted(p for p in knowledge_dir.rglob("*") if p.is_file())
    for path in files:
        name = path.relative_to(knowledge_dir).as_posix().encode()
        data = path.read_bytes()
        # Lengths keep the boundaries: ("a", "bc") and ("ab", "c") hash differently.
        digest.update(b"%d:%s%d:" % (len(name), name, len(data)))
        digest.update(data)
    return digest.hexdigest()[:16] if files else "none"
