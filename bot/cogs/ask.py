"""Questions in natural language: `/ask question:`, a message that mentions the bot, a reply to it, or a DM."""

from __future__ import annotations

import contextlib
import logging
import re
from typing import TYPE_CHECKING

import discord
from discord import app_commands
from discord.ext import commands

from bot.cogs.common import build_reply, embeds_allowed, requery
from bot.names import lookup_in_store
from bot.ratelimit import UserRateLimit
from bot.render.embeds import render_text_fallback

if TYPE_CHECKING:
    from bot.answer.shapes import Answer
    from bot.client import TransferBot

log = logging.getLogger(__name__)

MAX_QUESTION = 300


class Ask(commands.Cog):
    def __init__(self, bot: TransferBot) -> None:
        self.bot = bot

    @property
    def limit(self) -> UserRateLimit:
        # One budget per user, the bot's: shared by /ask, messages, /player, /club and /rumours.
        return self.bot.question_limit

    @limit.setter
    def limit(self, value: UserRateLimit) -> None:
        self.bot.question_limit = value

    # -- the answer ----------------------------------------------------------------------
    async def answer(self, question: str) -> Answer:
        from bot.answer.compose import answer_question

        return await answer_question(self.bot.store, question)

    async def _kind_of(self, name: str) -> str | None:
        for kind in ("club", "player"):
            matches = await lookup_in_store(self.bot.store, kind, name)
            if matches and matches[0].score >= 100:
                return kind
        return None

    def chooser(self, answer: Answer):
        async def choose(name: str) -> Answer:
            return await self.answer(requery(answer, name, await self._kind_of(name)))
        return choose

    # -- /ask --------------------------------------------------------------------------------
    @app_commands.command(name="ask", description="Ask a transfer question, e.g. who wants itakura?")
    @app_commands.describe(question="Your question, as you would ask a friend")
    async def ask(self, interaction: discord.Interaction,
                  question: app_commands.Range[str, 1, MAX_QUESTION]) -> None:
        retry = self.limit.retry_after(interaction.user.id)
        if retry:
            raise app_commands.CommandOnCooldown(app_commands.Cooldown(self.limit.rate, self.limit.per), retry)
        await interaction.response.defer(thinking=True)
        answer = await self.answer(question)
        reply = build_reply(answer, interaction.user.id, self.chooser(answer))
        msg = await interaction.followup.send(wait=True, **reply.kwargs())
        if reply.view is not None:
            reply.view.message = msg

    # -- messages ----------------------------------------------------------------------------
    def question_in(self, message: discord.Message) -> str | None:
        """The question a message asks the bot, or None when it is not addressed to the bot."""
        me = self.bot.user
        if me is None or message.author.bot or message.webhook_id is not None:
            return None
        addressed = (message.guild is None or me in message.mentions
                     or (message.reference is not None and isinstance(message.reference.resolved, discord.Message)
                         and message.reference.resolved.author.id == me.id))
        if not addressed:
            return None
        text = re.sub(rf"<@!?{me.id}>", " ", message.content or "").strip()
        return text[:MAX_QUESTION] or None

    @commands.Cog.listener()
    async def on_message(self, message: discord.Message) -> None:
        question = self.question_in(message)
        if question is None:
            return
        try:
            retry = self.limit.retry_after(message.author.id)
            if retry:
                await message.reply(f"Slow down a little: try again in {max(1, round(retry))} s.",
                                    mention_author=False, delete_after=10)
                return
            async with message.channel.typing():
                answer = await self.answer(question)
            reply = build_reply(answer, message.author.id, self.chooser(answer))
            if embeds_allowed(message.channel):
                msg = await message.reply(mention_author=False, **reply.kwargs())
                if reply.view is not None:
                    reply.view.message = msg
            else:
                for chunk in render_text_fallback(reply.text)[:3]:
                    await message.channel.send(chunk)
        except discord.Forbidden:
            log.info("no permission to answer in channel %s", message.channel.id)
        except Exception:
            log.exception("Unexpected error answering a message")
            with contextlib.suppress(discord.HTTPException):
                await message.channel.send("Sorry, something went wrong on my side. It has been logged.")


async def setup(bot: TransferBot) -> None:
    await bot.add_cog(Ask(bot))
