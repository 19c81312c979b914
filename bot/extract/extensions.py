"""A new contract that ends the pursuits: "X has committed his future to C, signing a deal that
puts an end to the hopes of the clubs who had been tracking him". The clubs the article links
with him are told of only as a group, so each of their links ends here, as the text says."""

from __future__ import annotations

import datetime as dt
import re

from bot.extract.document import Draft, Roles, Sent

# his own club keeps him: a new deal, an extension, a renewal, his future committed
_EXTENSION = re.compile(
    r"\b(?:sign|signs|signed|signing|agree|agrees|agreed|agreeing|pen|pens|penned|put pen to paper on|handed|given)\s+"
    r"(?:him\s+|her\s+)?(?:a\s+|an\s+)?(?:new|improved|fresh|bumper)\s+(?:[\w-]+\s+)?(?:contract|deal)\b|"
    r"\b(?:extended|extends|extending|renewed|renews|renewing)\s+(?:his|her)\s+(?:contract|deal|stay|time)\b|"
    r"\b(?:contract|deal)\s+(?:extension|renewal)\b|\bcommit(?:s|ted|ting)?\s+(?:his|her)\s+(?:long-term\s+)?future\b|"
    r"\b(?:signed|signs|agreed|agrees|penned|pens)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:extension|renewal)\b")
# ... and so the others' pursuit is over
_ENDS = re.compile(
    r"\b(?:end|ends|ending|ended|stop|dash|dashes|dashed|dashing)\b[^.;]{0,50}?\b(?:hopes|pursuit|interest|chase|speculation|"
    r"saga|race|admirers|suitors|talk|rumours|links|summer|uncertainty)\b|"
    r"\b(?:hopes|pursuit|chase|speculation|saga)\b[^.;]{0,40}?\bto an end\b|"
    r"\b(?:miss|misses|missed)\s+out\b|\bclos(?:e|es|ed|ing)\s+the\s+door\b|"
    r"\b(?:will|would)\s+(?:now\s+)?have\s+to\s+look\s+(?:for\s+(?:another|other|a\s+different)|elsewhere)\b|"
    r"\bwill\s+not\s+be\s+(?:moving|leaving|going)\b|"
    # the suitors the new deal was signed in spite of, the chase it halted, the door it closed
    r"\b(?:despite|in spite of)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:interest|offers|approaches|bids)\s+from\b|"
    r"\b(?:chase|pursuit|race|saga|speculation)\b[^.;]{0,30}?\bto\s+a\s+(?:halt|close|standstill)\b|"
    r"\bdoor\s+(?:closing|closed|shut|slammed)\b")
_LINKS = frozenset({"interest", "talks", "bid", "agreement"})


def extension_endings(sents: list[Sent], drafts: list[Draft], roles: Roles, today: dt.date) -> None:
    for s in sents:
        low = s.text.lower()
        if not _EXTENSION.search(low):
            continue
        player = _player_of(s, roles)
        if player is None:
            continue
        found = next(((t, m) for t in sents[s.idx:s.idx + 4]
                      if t.para - s.para <= 1 and (m := _ENDS.search(t.text.lower())) is not None), None)
        if found is None:
            continue
        cue, ends = found
        if any(d.player == player and not d.past and d.kind in ("signed", "loan") for d in drafts):
            continue  # he moved: the deal he signed is that move's
        own = {club for club, _ev in roles.owner.get(player, [])}
        named = {m.names[0] for m in s.mentions if m.kind == "club" and m.names}
        if len(named) == 1:
            own |= named  # "X has committed his future to C": his club
            # (and no suitor of its own player: "... the hopes of the clubs who had been tracking him")
            drafts[:] = [d for d in drafts if not (d.player == player and d.club in named and d.kind in _LINKS
                                                    and d.evidence == s.text)]
        settled = {d.club for d in drafts if d.player == player and not d.past and d.kind not in _LINKS}
        linked = dict.fromkeys(d.club for d in drafts
                               if d.player == player and not d.past and d.kind in _LINKS and d.club not in own)
        # the clubs the cue itself names after its ending words ("ending months of talk about a move
        # to C1 or C2", "an end to a summer in which he had been linked with C1 and C2")
        linked.update(dict.fromkeys(c for c in _named_after_cue(cue, ends.start()) if c not in own))
        for club in linked:
            if club in settled:
                continue
            drafts.append(Draft(player=player, club=club, kind="ended", past=False, source=cue.source, date=today,
                                event_date=None, amount=None, evidence=cue.text,
                                rule="extension: a new contract ends the pursuits"))
            settled.add(club)


# what ties a club named after the ending words to the pursuit: a move to it, a link with it
_MOVE_FRAME = re.compile(r"\b(?:move|switch|transfer|moving|switching)\s+to\b|\bjoin(?:ing)?\b|\blinked\s+with\b|"
                         r"\binterest\s+from\b|\bleave\s+for\b")


def _named_after_cue(cue: Sent, ends_at: int) -> list[str]:
    """Clubs the cue names in a move or link frame after its ending words (at ends_at), each within a short reach."""
    frame = _MOVE_FRAME.search(cue.text.lower(), ends_at)
    if frame is None:
        return []
    return [mm.names[0] for mm in cue.mentions
            if mm.kind == "club" and mm.names and frame.start() <= mm.start <= frame.end() + 60]


def _player_of(s: Sent, roles: Roles) -> str | None:
    """The player who signs: the one the sentence names, else (told by an anaphor) the article's."""
    named = {m.names[0] for m in s.mentions if m.kind == "player"}
    if len(named) == 1:
        return named.pop()
    if not named and any(m.kind == "anaphor" for m in s.mentions):
        return roles.main
    return None
