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


async def test_reply_to_the_bot_is_answered(world):
    alice = world.member("alice")
    first = await world.say(alice, f"{world.bot.user.mention} who wants itakura?")
    again = await world.say(alice, f"{world.bot.user.mention} who are spurs after", reply_to=first.message)
    assert again.message is not None and again.message.id != first.message.id
    assert "Tottenham" in again.embed.title


async def test_dm_is_answered(world):
    carol = world.user("carol")
    reply = await world.dm(carol, "who wants itakura?")
    assert reply.message is not None
    assert "Itakura" in reply.embed.title and "Liverpool" in reply.embed.description


async def test_message_not_addressed_to_the_bot_is_ignored(world):
    alice = world.member("alice")
    reply = await world.say(alice, "who wants itakura?")
    assert reply.message is None


async def test_unknown_question_gets_a_plain_answer_not_an_error(world):
    alice = world.member("alice")
    reply = await world.slash(alice, "ask", question="qwzx vbnm")
    assert "couldn't" in reply.embed.description.lower() or "couldn't" in reply.embed.title.lower()


async def test_ambiguous_name_asks_with_a_select_menu(world):
    alice, bob = world.member("alice"), world.member("bob")
    reply = await world.slash(alice, "ask", question="who are united after")
    assert reply.embed.title == "Which one did you mean?"
    options = reply.select_options()
    assert {"Manchester United", "Newcastle United"} <= set(options)
    refused = await world.choose(bob, reply, options["Manchester United"])
    assert refused.ephemeral and "Only the person who asked" in refused.text
    chosen = await world.choose(alice, reply, options["Manchester United"])
    assert "Manchester United" in chosen.embed.title
    assert chosen.select_options() == {}


async def test_long_answers_are_paged_for_the_asker_only(world):
    from bot.models import Claim

    clubs = ["Liverpool", "Arsenal", "Chelsea", "Everton", "Fulham", "Brentford", "Brighton", "Burnley",
             "Newcastle United", "West Ham United", "Aston Villa", "Wolverhampton Wanderers"]
    import datetime as dt

    for club in clubs:
        await world.store_article(f"{club} are interested in Ko Itakura, reports say. ({club})",
                                  [Claim(player="Ko Itakura", club=club, kind="interest", source="Sky Sports",
                                         date=dt.date(2024, 2, 1), evidence=f"{club} are keen.")])
    alice, bob = world.member("alice"), world.member("bob")
    reply = await world.slash(alice, "ask", question="who wants itakura")
    assert "page 1/" in reply.embed.footer.text
    assert set(reply.buttons()) == {"Previous", "Next", "Why?", "How likely?"}  # live links can be explained
    refused = await world.click(bob, reply, "Next")
    assert refused.ephemeral and "Only the person who asked" in refused.text
    page2 = await world.click(alice, reply, "Next")
    assert "page 2/" in page2.embed.footer.text
    back = await world.click(alice, page2, "Previous")
    assert "page 1/" in back.embed.footer.text


async def test_questions_have_a_per_user_cooldown(world):
    from bot.cogs.ask import UserRateLimit

    world.bot.get_cog("Ask").limit = UserRateLimit(2, 60.0)
    alice, bob = world.member("alice"), world.member("bob")
    for _ in range(2):
        assert not (await world.slash(alice, "ask", question="who wants itakura")).ephemeral
    slow = await world.slash(alice, "ask", question="who wants itakura")
    assert slow.ephemeral and "Slow down" in slow.text
    assert not (await world.slash(bob, "ask", question="who wants itakura")).ephemeral  # per user
    await world.advance(61)
    assert not (await world.slash(alice, "ask", question="who wants itakura")).ephemeral


async def test_unexpected_error_is_logged_and_answered_with_an_apology(world, monkeypatch, caplog):
    import bot.answer.compose as compose

    async def boom(store, question, today=None):
        raise RuntimeError("database on fire")

    monkeypatch.setattr(compose, "answer_question", boom)
    alice = world.member("alice")
    reply = await world.slash(alice, "ask", question="who wants itakura")
    # After the deferral ("thinking..."), the apology replaces the thinking message.
    assert reply.text.startswith("Sorry, something went wrong")
    assert "database on fire" in caplog.text and "Traceback" in caplog.text
    [error] = world.acknowledge_errors()
    assert "database on fire" in str(error)
