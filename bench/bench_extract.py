"""Benchmark the claim extractor against a floor of reading and sentence-splitting.

    python bench/bench_extract.py [--articles 2000] [--knowledge knowledge]

Builds a deterministic corpus (templates of transfer news with varied players,
clubs, sources and fees, plus the seed articles with their names swapped) in a
temp dir, then times, on one core:

- floor: read every file and split it into sentences (best of three);
- extract: read every file and run extract() on it;
- a reference: the floor plus tokenizing every sentence (best of three);

and prints articles/s for both and the ratio (extract time / floor time).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import tempfile
import time
from pathlib import Path

from bot.extract.entities import tokenize
from bot.extract.pipeline import extract
from bot.extract.sentences import split_sentences, strip_header
from bot.knowledge import load_gazetteer
from bot.models import Article

FIRST = ["Luca", "Mateo", "Jonas", "Kenji", "Amadou", "Rafael", "Tomas", "Elias", "Nico", "Youssef", "Diego",
         "Callum", "Pedro", "Milan", "Adrien", "Kasper", "Ibrahim", "Joao", "Hugo", "Andrej"]
LAST = ["Moreau", "Okafor", "Lindqvist", "Takeda", "Diallo", "Pereira", "Novak", "Berger", "Rossi", "Haddad",
        "Vargas", "Whitaker", "Salgado", "Kovacic", "Lemaire", "Hjulmand", "Traore", "Carvalho", "Ferreira",
        "Bauer", "Sanchez", "Oyelaran", "Mertens", "Dubois"]
POSITIONS = ["defender", "midfielder", "striker", "winger", "goalkeeper", "centre-back", "full-back", "forward"]
NATIONS = ["Brazil", "Japanese", "French", "Portugal", "Spain", "Dutch", "Nigerian", "Swiss", "Ecuador"]
SOURCES = ["Fabrizio Romano", "Sky Sports", "The Athletic", "Daily Mail", "Bild", "L'Equipe", "David Ornstein",
           "Gianluca di Marzio", "Marca", "Ben Jacobs"]

TEMPLATES = [
    "{club} are keeping tabs on {sell} {pos} {player}, according to {source}.",
    "{club} and {club2} are both interested in {player}, {source} reports.",
    "{club} have submitted a {amount} bid for {sell}'s {nat} {pos} {player}, 24, and are closing in on a deal. ({source})",
    "{sell} rejected a {amount} offer from {club} for {player} last week.",
    "{club} have opened talks with {sell} over a move for {player}.",
    "{player} has joined {club} from {sell} for a fee of {amount}.",
    "{club} have pulled out of the race for {player} because of the asking price.",
    "The {age}-year-old joined {sell} from {club2} in the summer of {year}.",
    "{club} have agreed personal terms with {player}, {source} claims.",
    "{player} completed a season-long loan to {club} on Friday.",
    "{sell} are demanding {amount} for the {pos}, whose contract expires in {cyear}.",
    "Transfermarkt values {player} at {amount}.",
    "{club2} have no interest in signing the {nat} international.",
    "The report says {club2} could also make a move, although talks are at an early stage.",
    "He has scored {n} goals in {m} games this season and remains a key player for his side.",
    "Manager {mfirst} {mlast} said he was happy with his squad but would look at the market.",
]


def _amount(rng: random.Random) -> str:
    cur = rng.choice("£€$")
    v = rng.choice([4.5, 12, 20, 25, 35, 50, 60, 80, 100])
    return rng.choice([f"{cur}{v:g}m", f"{cur}{v:g} million", f"{cur}{v:g}million"])


def build_corpus(out: Path, n: int, knowledge: Path, seeds: list[Path]) -> list[Path]:
    rng = random.Random(20240118)
    gaz = load_gazetteer(knowledge)
    clubs = sorted(gaz.clubs) or ["Liverpool", "Chelsea", "Arsenal", "Tottenham Hotspur"]
    seed_texts = [p.read_text() for p in seeds]
    files = []
    for k in range(n):
        day = dt.date(2019, 1, 1) + dt.timedelta(days=rng.randrange(0, 2000))
        if seed_texts and k % 5 == 0:
            text = rng.choice(seed_texts)
            # swap the main names so the corpus is not 2,000 copies of the same text
            for old in ("Itakura", "Caicedo", "Almiron", "Dembele", "Locatelli", "Mendy", "Mbappe", "Nunes"):
                text = text.replace(old, rng.choice(LAST))
            body = strip_header(text)
        else:
            player = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
            lines = []
            for _ in range(rng.randint(8, 16)):
                tpl = rng.choice(TEMPLATES)
                lines.append(tpl.format(
                    club=rng.choice(clubs), club2=rng.choice(clubs), sell=rng.choice(clubs), player=player,
                    pos=rng.choice(POSITIONS), nat=rng.choice(NATIONS), source=rng.choice(SOURCES),
                    amount=_amount(rng), age=rng.randint(18, 33), year=rng.randint(2015, 2022),
                    cyear=rng.randint(2024, 2029), n=rng.randint(1, 30), m=rng.randint(10, 60),
                    mfirst=rng.choice(FIRST), mlast=rng.choice(LAST)))
                if rng.random() < 0.3:
                    lines.append("")
            body = " ".join(lines).replace("  ", "\n\n")
        path = out / f"{k:05d}.txt"
        path.write_text(f" date {day.isoformat()} {body}")
        files.append(path)
    return files


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=2000)
    ap.add_argument("--knowledge", type=Path, default=Path("knowledge"))
    args = ap.parse_args()
    if hasattr(os, "sched_setaffinity"):  # the targets are per core: keep the run on one
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    seeds = sorted((args.knowledge / "seeds").glob("*.txt"))
    # the dev articles, from the project's snapshot of them, so the corpus is the same everywhere
    seeds += sorted((Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "dev_gold" / "articles").glob("*.txt"))
    gaz = load_gazetteer(args.knowledge)
    with tempfile.TemporaryDirectory(prefix="bench-extract-") as tmp:
        files = build_corpus(Path(tmp), args.articles, args.knowledge, seeds)
        # warm caches (index build, regex compilation) outside the timings
        extract(Article(text=files[0].read_text()[17:], date=dt.date(2024, 1, 1), origin="warm"), gaz)

        # the floor and the tokenizing reference are short runs: best of three
        floor = tok_only = float("inf")
        for _ in range(3):
            t0 = time.perf_counter()
            n_sent = 0
            for f in files:
                n_sent += len(split_sentences(f.read_text()))
            floor = min(floor, time.perf_counter() - t0)
            # a reference, not a step of its own: the first thing any per-word reading does
            # (one regex pass over each sentence into token objects) on top of the floor
            t0 = time.perf_counter()
            for f in files:
                for s in split_sentences(f.read_text()):
                    tokenize(s)
            tok_only = min(tok_only, time.perf_counter() - t0)

        t0 = time.perf_counter()
        n_claims = n_facts = 0
        for f in files:
            raw = f.read_text()
            day = dt.date.fromisoformat(raw[6:16])
            ex = extract(Article(text=strip_header(raw), date=day, origin=f.name), gaz)
            n_claims += len(ex.claims)
            n_facts += len(ex.facts)
        full = time.perf_counter() - t0

    n = len(files)
    import bot.extract.pipeline as pipeline

    compiled = not pipeline.__file__.endswith(".py")  # a mypyc build (TRANSFERBOT_COMPILE=1, see setup.py)
    load = os.getloadavg()
    print(f"machine load       {load[0]:.2f} {load[1]:.2f} {load[2]:.2f} (1/5/15 min) on {os.cpu_count()} cores: "
          "a figure is for one idle core only when the first number is well under 1")
    print(f"extractor          {'compiled (mypyc)' if compiled else 'pure Python'}")
    print(f"articles          {n}  ({n_sent} sentences, {n_claims} claims, {n_facts} facts)")
    print(f"floor (read+split) {n / floor:10.1f} articles/s  ({floor:.2f}s)")
    print(f"extract            {n / full:10.1f} articles/s  ({full:.2f}s)")
    print(f"ratio extract/floor {full / floor:.2f}x")
    print(f"reference: read+split+tokenize alone is {tok_only / floor:.2f}x the floor")


if __name__ == "__main__":
    main()
