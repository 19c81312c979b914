"""What a fan sees in Discord: the answer first, one entry per saga, citations to follow, dates in the
reader's locale, and a "Why?" button."""

from __future__ import annotations

import re

import pytest

from tests.answer.first_sentences import FIRST, STORY


async def tell(world) -> None:
    for article, extraction in STORY:
        await world.bot.store.add_article(article, extraction)


@pytest.mark.parametrize(("question", "first"), FIRST, ids=[q for q, _ in FIRST])
async def test_the_embed_opens_with_the_answer(world, question: str, first: str) -> None:
    await tell(world)
    reply = await world.slash(world.member("alice"), "ask", question=question)
    description = reply.embed.description or ""
    plain = description.replace("\\", "")  # markdown escapes of the article-derived text
    assert plain.startswith(first), description


async def test_citations_link_titles_with_discord_timestamps_and_no_paths(world) -> None:
    await tell(world)
    reply = await world.slash(world.member("alice"), "ask", question="who wants caicedo")
    text = reply.all_text
    assert "[Chelsea sign Caicedo for a British record £115m](https://news.example/caicedo-chelsea)" in text
    assert re.search(r"<t:\d+:d> \(<t:\d+:R>\)", text)  # each reader's own locale, and how long ago
    assert "/srv/" not in text and ".txt" not in text
    assert "Liverpool eye Caicedo" in text  # a file's article by its title


async def test_why_shows_each_reports_sentence_to_whoever_asks(world) -> None:
    await tell(world)
    alice, bob = world.member("alice"), world.member("bob")
    reply = await world.slash(alice, "ask", question="who wants caicedo")
    assert "Why?" in reply.buttons()
    why = await world.click(bob, reply, "Why?")  # not only the asker: reading why is everyone's
    assert why.ephemeral
    assert "Chelsea signed Moises Caicedo (2023-08-14)." in why.embed.description
