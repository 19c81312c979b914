"""Questions: /ask, a mention, a reply, a DM; ambiguous names; paging; cooldowns."""

from __future__ import annotations


async def test_ask_slash_answers_with_an_embed(world):
    alice = world.member("alice")
    reply = await world.slash(alice, "ask", question="who wants itakura?")
    assert not reply.ephemeral
    e = reply.embed
    assert "Itakura" in e.title
    assert "Liverpool" in e.description
    assert "report" in e.footer.text


async def test_mention_is_answered(world):
    alice = world.member("alice")
    reply = await world.say(alice, f"{world.bot.user.mention} who wants itakura?")
    assert reply.message is not None
    assert "Itakura" in reply.embed.title
    assert "Liverpool" in reply.embed.description
