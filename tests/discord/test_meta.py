"""Pure checks: every app command well-formed, admin commands doubly guarded, embeds within Discord's limits."""

from __future__ import annotations

import datetime as dt

import discord
import pytest
from discord import app_commands

from bot.answer.links import summarise
from bot.answer.shapes import Answer, AnswerFact, Citation, Item
from bot.answer.shapes import Money as Amount
from bot.client import create_bot
from bot.models import StoredClaim
from bot.render.embeds import embed_size_ok, render_alert, render_embeds

ADMIN_COMMANDS = {"subscribe player", "subscribe club", "unsubscribe", "sync", "news read", "news feeds", "news add",
                  "news remove"}


@pytest.fixture
async def loaded_bot(settings):
    bot = create_bot(settings)
    from bot.client import EXTENSIONS

    for ext in EXTENSIONS:  # the cogs without logging in (no setup_hook, no database)
        await bot.load_extension(ext)
    yield bot
    for cog in list(bot.cogs.values()):
        for loop in (getattr(cog, "deliver", None), getattr(cog, "poll", None)):
            if loop is not None:
                loop.cancel()


def walk(bot):
    for cmd in bot.tree.walk_commands():
        if isinstance(cmd, app_commands.Command):
            yield cmd


async def test_every_extension_loads_and_every_command_is_described(loaded_bot):
    names = [c.qualified_name for c in walk(loaded_bot)]
    assert {"ask", "rumours latest", "player", "club", "subscribe player", "subscribe club", "unsubscribe",
            "subscriptions", "sync"} <= set(names)
    assert len(names) == len(set(names)), "clashing command names"
    for cmd in walk(loaded_bot):
        assert cmd.description and cmd.description != "…", cmd.qualified_name
        assert len(cmd.description) <= 100
        for p in cmd.parameters:
            assert p.description and p.description != "…", f"{cmd.qualified_name} {p.name}"


async def test_admin_commands_carry_check_and_default_permissions(loaded_bot):
    for cmd in walk(loaded_bot):
        perms = cmd.default_permissions or (cmd.parent.default_permissions if cmd.parent else None)
        if cmd.qualified_name in ADMIN_COMMANDS:
            assert perms is not None and perms.value != 0, cmd.qualified_name
            assert cmd.checks, f"{cmd.qualified_name} has no check"
        else:
            assert perms is None, f"{cmd.qualified_name} is not an admin command"


async def test_autocomplete_callbacks_answer_within_limits_even_when_cold(loaded_bot):
    # No store yet: an empty list at once, never an error.
    from bot.cogs.rumours import complete_names

    assert complete_names(loaded_bot, "player", "itak") == []


def test_no_privileged_intents_and_no_pings(settings):
    bot = create_bot(settings)
    assert not bot.intents.message_content and not bot.intents.members and not bot.intents.presences
    am = bot.allowed_mentions
    assert am is not None and not am.everyone and not am.users and not am.roles and not am.replied_user


def test_create_bot_reads_the_environment(monkeypatch, tmp_path):
    monkeypatch.setenv("TRANSFERBOT_DB", str(tmp_path / "env.db"))
    monkeypatch.setenv("DISCORD_TOKEN", "not-a-real-token")
    bot = create_bot()
    assert bot.settings.db == tmp_path / "env.db"
    assert "not-a-real-token" not in repr(bot.settings)


# -- embeds within Discord's limits for the largest answers --------------------------------

def _cite(i: int) -> Citation:
    return Citation(source="A" * 200 + str(i), date=dt.date(2024, 1, 1 + i % 28), origin="o" * 300,
                    article_id=f"{i:032d}", url=f"https://example.com/{'x' * 400}/{i}", title="T" * 300, tier=2)


def _item(i: int, club: str, player: str = "P" * 120) -> Item:
    return Item(player=player, club=club, kind="bid", past=False, current=i % 2 == 0,
                latest=dt.date(2024, 1, 20), first=dt.date(2023, 1, 1), reports=40,
                amount=Amount("EUR", 1e7, 2e7), evidence="e" * 2000,
                sources=[_cite(j) for j in range(40)])


def huge_answers() -> list[Answer]:
    clubs = [f"Club {'Z' * 150} {i} @everyone **bold**" for i in range(60)]
    facts = [AnswerFact(player="P" * 120, fact="release_clause", value=Amount("EUR", 5e7, 5e7),
                        source="S" * 300, date=dt.date(2024, 1, 1), citation=_cite(i)) for i in range(40)]
    answers = [
        Answer(question="q" * 500, intent="suitors", players=["P" * 120], items=[_item(i, c) for i, c in enumerate(clubs)],
               facts=facts),
        Answer(question="q", intent="targets", clubs=["C" * 300],
               items=[_item(i, "C" * 300, player=f"Player {i} " + "Y" * 150) for i in range(60)]),
        Answer(question="q", intent="latest", items=[_item(i, c) for i, c in enumerate(clubs)]),
        Answer(question="q", intent="profile", players=["P" * 120], facts=facts),
        Answer(question="q", intent="unknown", notes=["x" * 10000], suggestions=["s" * 300] * 30),
        Answer(question="q", intent="link", players=["P"], clubs=["C"], items=[]),
    ]
    for a in answers:
        a.links = summarise(a.items)
        a.summary = "The answer first, @everyone " * 200  # longer than any real one
        a.notes = ["(Reading **x** as y.)"] * 20
    return answers


@pytest.mark.parametrize("answer", huge_answers(), ids=lambda a: a.intent)
def test_every_embed_page_is_within_discords_limits(answer):
    pages = render_embeds(answer)
    assert pages
    for e in pages:
        d = e.to_dict()
        assert len(e) <= 6000
        assert len(d.get("description", "")) <= 4096
        assert len(d.get("title", "")) <= 256
        assert len(d.get("fields", [])) <= 25
        assert all(len(f["value"]) <= 1024 and len(f["name"]) <= 256 for f in d.get("fields", []))
        assert embed_size_ok(e)
        assert "@everyone" not in (e.description or "")  # escaped: shows as text, cannot ping


def test_alert_embed_is_within_limits_and_escaped():
    claims = [StoredClaim(player="P" * 300, club="@everyone FC " + "C" * 300, kind="bid", source="S" * 300,
                          date=dt.date(2024, 1, 1), evidence="@everyone " + "e" * 3000, origin="o",
                          article_id=f"{i:032d}", url="https://example.com/" + "u" * 300, title="t" * 500, tier=1)
              for i in range(50)]
    e = render_alert(7, claims, "P" * 300)
    assert embed_size_ok(e)
    assert e.footer.text.endswith("alert #7")
    assert "@everyone" not in (e.description or "") and "@everyone" not in (e.title or "")


def test_markdown_links_cannot_be_broken_by_urls():
    from bot.render.embeds import safe_url

    assert safe_url("https://example.com/a_(b)") == "https://example.com/a_%28b%29"
    assert safe_url("javascript:alert(1)") is None
    assert safe_url("https://exa mple.com") is None


def test_embed_type_is_discord_embed():
    assert isinstance(render_embeds(huge_answers()[0])[0], discord.Embed)
