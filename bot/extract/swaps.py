"""Players thrown into a deal the other way: "Everton have agreed to sign X from Fulham, with Y
going the other way", "X is on his way to Inter. Y and Z go the other way.", "signed X from
Fulham in exchange for Y", "for £10m plus Y". Each of them moves to the club that sells the
deal's player, at the deal's stage."""

from __future__ import annotations

import re
from dataclasses import replace

from bot.extract.document import PLAYER_PH, Draft, Roles, Sent

_OTHER_WAY = re.compile(r"\b(?:go|goes|going|gone|went|move|moves|moving|moved|head|heads|heading|headed|travel|travels|travelling|"
                        r"come|comes|coming|came)\s+"
                        r"(?:the other way|in the opposite direction)\b(?!\s+to\b)|"
                        r"\b(?:included|going|moving)\s+(?:in|as\s+part\s+of)\s+(?:the\s+)?(?:deal|part-exchange)\b|\bas\s+(?:a\s+)?makeweight\b")
# the players a deal gives in payment, named after the cue: "in exchange for Y", "£10m plus Y"
_IN_PAYMENT = re.compile(r"(?:\bin\s+(?:exchange|part-exchange)\s+for|#m\d+#\s+plus)\s+((?:#p\d+#(?:\s*,\s*|\s+and\s+))*#p\d+#)")
# where the players of the swap start: the sentence, or its last clause opened by "with" / "while"
_SWAP_START = re.compile(r".*(?:,\s*with\b|,\s*while\b|,\s*and\b|;)", re.S)
# the players named together right before the verb
_CHAIN = re.compile(r"(?:#p\d+#(?:\s*,\s*|\s+and\s+))*#p\d+#\s+(?:would\s+|will\s+|to\s+|is\s+|are\s+)?$")
_DEAL_KINDS = ("talks", "bid", "agreement", "signed", "loan")


def swap_claims(sents: list[Sent], drafts: list[Draft], roles: Roles) -> None:
    at: dict[str, int] = {}
    for s in sents:
        at.setdefault(s.text, s.idx)
    for s in sents:
        thrown = _told_movers(s.masked) if "#p" in s.masked else None
        if thrown is None:
            continue
        told_movers, paid = thrown
        movers = [s.mentions[int(i)].names[0] for i in PLAYER_PH.findall(told_movers) if s.mentions[int(i)].kind == "player"]
        # "Y goes the other way, joining Mallorca": a mover whose own move the sentence tells
        movers = [p for p in movers if not any(d.player == p and d.evidence == s.text and not d.past for d in drafts)]
        deal = _deal_before(s, drafts, movers, at)
        if deal is None or not movers or (paid and deal.evidence != s.text):
            continue  # (a payment in players belongs to the deal its own sentence tells)
        told = sents[at[deal.evidence]]
        if roles.itemised and told.para != s.para:
            continue  # an entry of a live blog swaps nobody with another entry's deal
        seller = _seller(deal, roles) or _receiver(told, deal) or _other_party(told, deal)
        if seller is None:
            continue
        for p in movers:
            if not any(d.player == p and d.club == seller and d.kind == deal.kind for d in drafts):
                drafts.append(replace(deal, player=p, club=seller, amount=None, evidence=s.text, rule="swap: the other way"))


def _told_movers(masked: str) -> tuple[str, bool] | None:
    """The text naming the players thrown in, and whether they are named as a payment ("in
    exchange for Y") rather than as going the other way."""
    m = _OTHER_WAY.search(masked)
    if m is None:
        paid = _IN_PAYMENT.search(masked)
        return (paid.group(1), True) if paid is not None else None
    head = masked[:m.start()]
    start = _SWAP_START.match(head)
    chain = _CHAIN.search(head)  # "..., with X moving to C and Y heading the other way": only Y
    return (chain.group(0) if chain else head[start.end() if start else 0:]), False


def _deal_before(s: Sent, drafts: list[Draft], movers: list[str], at: dict[str, int]) -> Draft | None:
    """The last move told up to this sentence, of a player not in the swap."""
    for d in reversed(drafts):
        if at.get(d.evidence, s.idx + 1) <= s.idx and not d.past and d.kind in _DEAL_KINDS and d.player not in movers:
            return d
    return None


_RECEIVES = re.compile(r"#c(\d+)#\s+(?:receiving|to receive|will receive|set to receive|pocketing|banking)\b")


def _receiver(s: Sent, deal: Draft) -> str | None:
    """"X is on his way to Inter, with Roma receiving 23.5 million euros": the club paid."""
    m = _RECEIVES.search(s.masked)
    if m is None or int(m.group(1)) >= len(s.mentions):
        return None
    names = s.mentions[int(m.group(1))].names
    return names[0] if names and names[0] != deal.club else None


def _other_party(s: Sent, deal: Draft) -> str | None:
    """"United and Arsenal have completed a swap, with X moving to Old Trafford and Y heading the
    other way": the one other club the deal's sentence names."""
    others = {m.names[0] for m in s.mentions if m.kind == "club" and m.names and m.names[0] != deal.club}
    return others.pop() if len(others) == 1 else None


def _seller(deal: Draft, roles: Roles) -> str | None:
    for club in roles.seller_with.get(deal.player, []):
        if club != deal.club:
            return club
    for club, _evidence in roles.owner.get(deal.player, []):
        if club != deal.club:
            return club
    return None
