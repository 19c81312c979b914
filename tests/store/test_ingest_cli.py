"""`transferbot ingest` end to end: JSON lines, bad files, duplicates, and a kill -9 in the middle."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def cli(*args: str, env_db: Path | None = None) -> subprocess.CompletedProcess:
    env = dict(os.environ)
    if env_db is not None:
        env["TRANSFERBOT_DB"] = str(env_db)
    return subprocess.run([sys.executable, "-m", "bot", *args], capture_output=True, text=True, cwd=ROOT,
                          env=env, timeout=300)


def article_text(i: int) -> str:
    clubs = ["Liverpool", "Tottenham Hotspur", "Everton", "Fulham", "Brentford", "Chelsea", "Arsenal"]
    club, rival = clubs[i % len(clubs)], clubs[(i + 3) % len(clubs)]
    return (f" date 2024-01-{1 + i % 28:02d} {club} have made a £{10 + i}m bid for Udinese striker "
            f"Player{i} Testman, according to Sky Sports.\n\n"
            f"{rival} are also keeping tabs on Testman, who has two years left on his contract.\n\n"
            f"The 24-year-old joined Udinese from Lens in 2021.\n")


def write_corpus(d: Path, n: int) -> None:
    d.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        (d / f"{i:04d}.txt").write_text(article_text(i), encoding="utf-8")


def test_ingest_reports_every_source_and_skips_bad_ones(tmp_path: Path) -> None:
    d = tmp_path / "in"
    write_corpus(d, 2)
    (d / "binary.txt").write_bytes(b"\x00\x01\x02PK\x03\x04")
    (d / "empty.txt").write_bytes(b"")
    (d / "latin1.txt").write_bytes(" date 2024-01-01 Caf\u00e9 Everton bid.".encode("latin-1"))
    (d / "nodate.txt").write_text("Everton have opened talks over Nico Elvedi.")
    (d / "huge.txt").write_bytes(b" date 2024-01-01 " + b"x" * (5 * 1024 * 1024 + 10))
    db = tmp_path / "t.db"
    res = cli("ingest", "--db", str(db), "--json", str(d) + "/")
    assert res.returncode == 1, res.stderr
    lines = [json.loads(x) for x in res.stdout.splitlines()]
    by_name = {Path(x["origin"]).name: x for x in lines}
    assert set(lines[0]) == {"origin", "status", "article_id", "claims", "error"}
    assert by_name["0000.txt"]["status"] == "new" and by_name["0000.txt"]["origin"] == f"{d}/0000.txt"
    assert by_name["0001.txt"]["status"] == "new" and by_name["0001.txt"]["claims"] >= 1
    reasons = {name: by_name[name]["error"] for name in by_name if by_name[name]["status"] == "failed"}
    assert set(reasons) == {"binary.txt", "empty.txt", "latin1.txt", "nodate.txt", "huge.txt"}
    assert "binary" in reasons["binary.txt"] and "empty" in reasons["empty.txt"]
    assert "UTF-8" in reasons["latin1.txt"] and "--date" in reasons["nodate.txt"]
    assert "too large" in reasons["huge.txt"]

    # Twice: everything good is a duplicate and nothing is added.
    before = sqlite3.connect(db).execute("SELECT COUNT(*) FROM claims").fetchone()
    again = cli("ingest", "--db", str(db), "--json", str(d / "0000.txt"), str(d / "0001.txt"))
    assert again.returncode == 0
    assert [json.loads(x)["status"] for x in again.stdout.splitlines()] == ["duplicate", "duplicate"]
    assert sqlite3.connect(db).execute("SELECT COUNT(*) FROM claims").fetchone() == before


def test_plain_text_with_date_flag_and_human_summary(tmp_path: Path) -> None:
    f = tmp_path / "plain.txt"
    f.write_text("Everton have opened negotiations to sign Borussia Dortmund defender Nico Elvedi.")
    res = cli("ingest", "--db", str(tmp_path / "t.db"), "--date", "2023-08-27", str(f))
    assert res.returncode == 0, res.stderr
    assert "new" in res.stdout and "1 new, 0 duplicate, 0 failed" in res.stdout
    claims = [json.loads(x) for x in cli("claims", "--db", str(tmp_path / "t.db"), "--json", "--player",
                                         "elvedi").stdout.splitlines()]
    assert claims and all(c["date"] == "2023-08-27" for c in claims)


def test_bad_usage_exits_2(tmp_path: Path) -> None:
    assert cli("ingest", "--db", str(tmp_path / "t.db")).returncode == 2
    assert cli("ingest", "--db", str(tmp_path / "t.db"), "--date", "yesterday", "x").returncode == 2


def test_new_database_answers_from_the_shipped_seeds(tmp_path: Path) -> None:
    res = cli("claims", "--json", "--player", "itakura", env_db=tmp_path / "fresh.db")
    assert res.returncode == 0, res.stderr
    claims = [json.loads(x) for x in res.stdout.splitlines()]
    assert {"Liverpool", "Tottenham Hotspur"} <= {c["club"] for c in claims}
    assert all(c["origin"].startswith("knowledge/seeds/") for c in claims)


def test_unknown_name_is_a_clear_error(tmp_path: Path) -> None:
    res = cli("claims", "--db", str(tmp_path / "t.db"), "--json", "--player", "zzqxw")
    assert res.returncode == 1 and "no player matches" in res.stderr and res.stdout == ""


def test_kill_9_midway_leaves_a_sound_database_and_rerun_completes(tmp_path: Path) -> None:
    d = tmp_path / "corpus"
    write_corpus(d, 400)
    db = tmp_path / "k.db"
    # A fresh database ingests its seeds first; do that before starting the clock on the kill.
    assert cli("claims", "--db", str(db), "--json").returncode == 0
    proc = subprocess.Popen([sys.executable, "-m", "bot", "ingest", "--db", str(db), "--json", str(d)],
                            cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    assert proc.stdout is not None
    seen = 0
    deadline = time.monotonic() + 120
    while seen < 40 and time.monotonic() < deadline:
        if proc.stdout.readline():
            seen += 1
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert seen == 40

    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    stored = conn.execute("SELECT COUNT(*) FROM articles WHERE origin LIKE ?", (f"{d}%",)).fetchone()[0]
    assert 40 <= stored < 400, "the kill should land in the middle of the directory"
    # No half-written article: every stored corpus article has all of its claims.
    per_article = conn.execute(
        "SELECT a.origin, COUNT(c.id) FROM articles a LEFT JOIN claims c ON c.article_id = a.id "
        "WHERE a.origin LIKE ? GROUP BY a.id", (f"{d}%",)).fetchall()
    conn.close()

    res = cli("ingest", "--db", str(db), "--json", str(d))
    assert res.returncode == 0
    statuses = [json.loads(x)["status"] for x in res.stdout.splitlines()]
    assert statuses.count("duplicate") == stored and statuses.count("new") == 400 - stored

    # The same articles ingested without interruption give the same claims per article.
    ref = tmp_path / "ref.db"
    assert cli("ingest", "--db", str(ref), "--json", str(d)).returncode == 0
    ref_counts = dict(sqlite3.connect(ref).execute(
        "SELECT a.origin, COUNT(c.id) FROM articles a LEFT JOIN claims c ON c.article_id = a.id "
        "WHERE a.origin LIKE ? GROUP BY a.id", (f"{d}%",)).fetchall())
    for origin, n in per_article:
        assert ref_counts[origin] == n, origin
    final = sqlite3.connect(db)
    assert final.execute("SELECT COUNT(*) FROM articles WHERE origin LIKE ?", (f"{d}%",)).fetchone() == (400,)
    assert final.execute("PRAGMA integrity_check").fetchone() == ("ok",)


def test_missing_knowledge_is_a_clear_error_not_an_empty_database(tmp_path: Path) -> None:
    env = dict(os.environ, TRANSFERBOT_KNOWLEDGE_DIR=str(tmp_path / "nowhere"))
    res = subprocess.run([sys.executable, "-m", "bot", "claims", "--db", str(tmp_path / "t.db"), "--json"],
                         capture_output=True, text=True, cwd=ROOT, env=env, timeout=120)
    assert res.returncode == 1 and "knowledge is missing" in res.stderr and "Traceback" not in res.stderr


def test_reextract_rebuilds_claims_from_the_stored_articles(tmp_path: Path) -> None:
    d = tmp_path / "in"
    write_corpus(d, 3)
    db = tmp_path / "t.db"
    assert cli("ingest", "--db", str(db), str(d)).returncode == 0
    conn = sqlite3.connect(db)
    before = conn.execute("SELECT COUNT(*) FROM claims").fetchone()[0]
    conn.execute("DELETE FROM claims WHERE id IN (SELECT id FROM claims LIMIT 3)")
    conn.commit()
    conn.close()
    res = cli("reextract", "--db", str(db))
    assert res.returncode == 0 and "7 articles read again" in res.stdout  # 4 seeds + 3
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT COUNT(*) FROM claims").fetchone()[0] == before
    assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
