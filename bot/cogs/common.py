"""What the cogs share: the paging and "which one did you mean?" views, and turning an Answer into a reply."""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

import discord

from bot.answer.likelihood import explain, link_report
from bot.answer.shapes import Answer
from bot.cogs.errors import report_error
from bot.render.embeds import clean, render_embeds, render_why_embed
from bot.render.scorecards import likelihood_embed
from bot.render.text import render_text

log = logging.getLogger(__name__)

VIEW_TIMEOUT = 300.0
WHY_ID = "transferbot:why"
OPEN_TO_ALL = {WHY_ID}
NOT_YOURS = "Only the person who asked can use these buttons."

Chooser = Callable[[str], Awaitable[Answer]]


class OwnedView(discord.ui.View):
    """A view only the person who asked may use; it disables itself when it times out."""

    def __init__(self, owner_id: int, timeout: float = VIEW_TIMEOUT) -> None:
        super().__init__(timeout=timeout)
        self.owner_id = owner_id
        self.message: discord.Message | discord.InteractionMessage | discord.WebhookMessage | None = None

    async def interaction_check(self, interaction: discord.Interaction) -> bool:
        data: dict = dict(interaction.data or {})
        if data.get("custom_id") in OPEN_TO_ALL:  # reading why is everyone's; turning pages the asker's
            return True
        if interaction.user.id != self.owner_id:
            await interaction.response.send_message(NOT_YOURS, ephemeral=True)
            return False
        return True

    async def on_timeout(self) -> None:
        for item in self.children:
            if isinstance(item, discord.ui.Button | discord.ui.Select):
                item.disabled = True
        if self.message is not None:
            with contextlib.suppress(discord.HTTPException):  # deleted, or no longer ours: nothing to tidy
                await self.message.edit(view=self)

    async def on_error(self, interaction: discord.Interaction, error: Exception, item: discord.ui.Item) -> None:
        await report_error(interaction, error, f"a {type(self).__name__}")


class PagerView(OwnedView):
    """Previous / Next over the pages of a long answer."""

    def __init__(self, pages: list[discord.Embed], owner_id: int) -> None:
        super().__init__(owner_id)
        self.pages = pages
        self.index = 0
        self._update_buttons()

    def _update_buttons(self) -> None:  # not `_refresh`: discord.ui.View calls that on message updates
        self.previous.disabled = self.index == 0
        self.next.disabled = self.index >= len(self.pages) - 1

    @discord.ui.button(label="Previous", emoji="◀️", style=discord.ButtonStyle.secondary)
    async def previous(self, interaction: discord.Interaction, button: discord.ui.Button) -> None:
        self.index = max(0, self.index - 1)
        self._update_buttons()
        await interaction.response.edit_message(embed=self.pages[self.index], view=self)

    @discord.ui.button(label="Next", emoji="▶️", style=discord.ButtonStyle.secondary)
    async def next(self, interaction: discord.Interaction, button: discord.ui.Button) -> None:
        self.index = min(len(self.pages) - 1, self.index + 1)
        self._update_buttons()
        await interaction.response.edit_message(embed=self.pages[self.index], view=self)


class WhyButton(discord.ui.Button):
    """"Why?": for the first links of the answer, the sentence each report came from, shown only to
    whoever pressed it (escaped article text)."""

    def __init__(self, answer: Answer) -> None:
        super().__init__(label="Why?", emoji="🔎", style=discord.ButtonStyle.secondary, custom_id=WHY_ID)
        self.answer = answer

    async def callback(self, interaction: discord.Interaction) -> None:
        await interaction.response.send_message(embed=render_why_embed(self.answer), ephemeral=True)


class ChoiceSelect(discord.ui.Select):
    def __init__(self, names: list[str]) -> None:
        options = [discord.SelectOption(label=n[:100], value=n[:100]) for n in dict.fromkeys(names)][:25]
        super().__init__(placeholder="Which one did you mean?", options=options, min_values=1, max_values=1)

    async def callback(self, interaction: discord.Interaction) -> None:
        view = self.view
        assert isinstance(view, ChoiceView)
        await interaction.response.defer()  # the answer may take a moment; Discord wants a reply in 3 s
        answer = await view.choose(self.values[0])
        reply = build_reply(answer, view.owner_id, view.choose)
        view.stop()
        msg = await interaction.edit_original_response(embed=reply.embeds[0], view=reply.view)
        if reply.view is not None:
            reply.view.message = msg


class ChoiceView(OwnedView):
    """A select menu of the candidates for an ambiguous name; choosing one answers with it."""

    def __init__(self, names: list[str], owner_id: int, choose: Chooser) -> None:
        super().__init__(owner_id)
        self.choose = choose
        self.add_item(ChoiceSelect(names))


async def any_channel(bot: discord.Client, channel_id: int) -> object:
    """A channel by id: from the cache, else from Discord (a channel the bot has not seen since it started)."""
    found = bot.get_channel(channel_id)
    return found if found is not None else await bot.fetch_channel(channel_id)


async def messageable(bot: discord.Client, channel_id: int) -> discord.abc.Messageable:
    """The channel an alert, digest or saga post goes to."""
    channel = await any_channel(bot, channel_id)
    assert isinstance(channel, discord.abc.Messageable)
    return channel


def embeds_allowed(channel: discord.abc.Messageable) -> bool:
    """Whether the bot may post embeds here (Embed Links); a DM always allows them."""
    if isinstance(channel, discord.abc.GuildChannel | discord.Thread) and channel.guild is not None:
        return channel.permissions_for(channel.guild.me).embed_links
    return True


@dataclass
class Reply:
    embeds: list[discord.Embed]  # pages; the first is shown
    view: OwnedView | None
    text: str  # the plain-text form, for where embeds are not allowed

    def kwargs(self) -> dict:
        out: dict = {"embed": self.embeds[0]}
        if self.view is not None:
            out["view"] = self.view
        return out


EXPLAIN_LABEL = "How likely?"
EXPLAIN_LINKS = 3


class ExplainButton(discord.ui.Button):
    """"How likely?": explains the likelihood of the answer's live links (the most likely first); the
    asker's button (it queries the database again, unlike Why?), answered only to them."""

    def __init__(self, links: list[tuple[str, str]]) -> None:
        super().__init__(label=EXPLAIN_LABEL, emoji="📊", style=discord.ButtonStyle.secondary)
        self.links = links

    async def callback(self, interaction: discord.Interaction) -> None:
        store = getattr(interaction.client, "store", None)
        assert store is not None
        explained = []
        for player, club in self.links:
            lk, reason = await link_report(store, player, club, dt.date.today())
            explained.append(explain(lk) if lk else [f"{player} → {club}", reason])
        await interaction.response.send_message(embed=likelihood_embed(explained), ephemeral=True)


def live_links(answer: Answer) -> list[tuple[str, str]]:
    """(player, club) of the answer's rated live links (LinkSummary.likelihood), the most likely first."""
    rated = sorted((link for link in answer.links if link.likelihood is not None),
                   key=lambda link: -(link.likelihood or 0.0))
    return [(link.player, link.club) for link in rated][:EXPLAIN_LINKS]


def build_reply(answer: Answer, owner_id: int, choose: Chooser | None) -> Reply:
    """An Answer as embeds, with a select menu when a name was ambiguous or page buttons when long."""
    if answer.ambiguous and choose is not None and not answer.items:
        names = answer.ambiguous[0]
        e = discord.Embed(title="Which one did you mean?", colour=discord.Colour.blurple(),
                          description="\n".join(f"• {clean(n, 100)}" for n in names[:25]))
        e.set_footer(text="Pick one below.")
        return Reply([e], ChoiceView(names, owner_id, choose), render_text(answer))
    pages = render_embeds(answer)
    view: OwnedView | None = PagerView(pages, owner_id) if len(pages) > 1 else None
    links = live_links(answer)
    if answer.links:
        view = view or OwnedView(owner_id)
        view.add_item(WhyButton(answer))
    if links:  # a button that explains the likelihoods shown
        view = view or OwnedView(owner_id)
        view.add_item(ExplainButton(links))
    return Reply(pages, view, render_text(answer))


def requery(answer: Answer, choice: str, kind: str | None) -> str:
    """The question again, with the ambiguous name replaced by the choice (a canonical name)."""
    intent = answer.intent
    if intent == "link":
        if kind == "club" and answer.players:
            return f"are {choice} in for {answer.players[0]}"
        if kind == "player" and answer.clubs:
            return f"are {answer.clubs[0]} in for {choice}"
    if intent == "targets" or (kind == "club" and intent in ("suitors", "unknown")):
        return f"who are {choice} after"
    if intent == "latest":
        return f"any news on {choice}"
    if intent == "fact" and answer.fact_asked:
        return f"what is {choice} {answer.fact_asked.replace('_', ' ')}"
    if intent == "profile":
        return f"tell me about {choice}"
    return f"who wants {choice}"
