"""report_error: the user's sentence, or a logged bug and an apology; an expired interaction falls back to
the channel."""

from __future__ import annotations

import types

import discord

from bot.cogs.errors import APOLOGY, UserError, report_error


class _Response:
    def __init__(self, fail: bool) -> None:
        self.fail = fail
        self.sent: list[str] = []

    def is_done(self) -> bool:
        return False

    async def send_message(self, text: str, ephemeral: bool = False) -> None:
        if self.fail:  # Discord forgets an interaction's token after 15 minutes: 404 Unknown interaction
            raise discord.NotFound(types.SimpleNamespace(status=404, reason="Not Found"), "Unknown interaction")
        self.sent.append(text)


class _Channel(discord.abc.Messageable):
    def __init__(self) -> None:
        self.said: list[tuple[str, object]] = []

    async def _get_channel(self):  # pragma: no cover - not used by send() here
        return self

    async def send(self, content=None, **kw):  # type: ignore[override]
        self.said.append((content, kw.get("allowed_mentions")))


def _interaction(fail: bool):
    return types.SimpleNamespace(response=_Response(fail), channel=_Channel(), command=None,
                                 followup=types.SimpleNamespace())


async def test_a_user_error_is_its_sentence_only_to_them() -> None:
    i = _interaction(fail=False)
    await report_error(i, UserError("Pick one from the list."))  # type: ignore[arg-type]
    assert i.response.sent == ["Pick one from the list."]


async def test_a_bug_is_logged_and_apologised_for(caplog) -> None:
    i = _interaction(fail=False)
    await report_error(i, RuntimeError("boom"), "/ask")  # type: ignore[arg-type]
    assert i.response.sent == [APOLOGY]
    assert "Unexpected error in /ask" in caplog.text


async def test_an_expired_interaction_is_answered_in_the_channel_without_pinging() -> None:
    i = _interaction(fail=True)
    await report_error(i, UserError("That is not an http(s) URL."))  # type: ignore[arg-type]
    [(text, mentions)] = i.channel.said
    assert text == "That is not an http(s) URL."
    assert isinstance(mentions, discord.AllowedMentions) and not mentions.everyone and not mentions.users
