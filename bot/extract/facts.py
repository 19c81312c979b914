"""Player facts: current club, release clause, valuation, asking price, contract end,
position, nationality and age.

One value per (player, fact) and article: the first the text states (scorers and
readers both take the first). The selling club's own figure is an asking price;
a third party's (Transfermarkt) is a valuation.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass, field

from bot.extract.build import maker
from bot.extract.document import CLUB_PH, PLAYER_PH, Draft, Registry, Roles, Sent, when_key
from bot.extract.entities import Mention
from bot.extract.fastre import boundary_first, gated
from bot.extract.lexicon import NATIONALITY, NUMBER_WORDS, PERSON_DEMONYMS, POSITIONS
from bot.extract.rules.kinds import KIND_RULES
from bot.models import Amount, Article, Fact, FactValue
from bot.text import fold

_make_fact = maker(Fact)
_OTHER_CLAUSE = re.compile(r"\b(?:buy-?back|sell-?on|re-?purchase|repurchase|buy-?back)\s+(?:clause|option|fee)\b")
_CLAUSE_WORDS = re.compile(r"\b(?:release|buy-?out|exit|escape)\s+clause\b|\brelease fee\b")
_VALUATION = re.compile(r"\bvalues?\s+#[pa]\d+#\s+at\b|\b(?:valued|rated|priced)\s+at\b|\bmarket value\b|\bworth\s+(?:around\s+|about\s+)?#m|"
                        r"#m\d+#-(?:rated|valued)\b")
# "rated at £40m", "the £7m-rated winger": a figure no one is said to set
_UNSET = re.compile(r"\brated\s+at\b|#m\d+#-(?:rated|valued)\b")
# "#c midfielder X, who is rated at £40m": a figure no one is said to set, not the owner's price
_PASSIVE_BEFORE = re.compile(r"\bwho\s+(?:is|was)\s+(?:currently\s+|now\s+)?$")
_ASKING = re.compile(
    r"\b(?:valuation|asking price|price tag|price-tag|demand|demands|demanding|demanded|want|wants|looking for|holding out for|"
    r"hold out for|insist on|insisting on|value him at|valued him at|quoted|set to cash in|require|requires|"
    r"will only accept|would accept|willing to accept|let him go for|sell him for|slapped|are asking|is asking|price on|"
    # "will not sell him for less than", "are seeking", "it will take #m", "have priced him at"
    r"(?:sell|let)\s+(?:him|her|#[pa]\d+#)\s+(?:go\s+)?for\s+less\s+than|seeking|seek|it\s+(?:will|would)\s+take|(?:priced|rate|rates)\s+#[pa]\d+#\s+at)\b")
_CONTRACT_YEAR = re.compile(
    r"\b(?:contract|deal)\b[^.;]{0,60}?\b(?:expire|expires|expiring|runs|running|run|until|till|through|ends|ending)\b"
    r"[^.;]{0,25}?\b((?:20|19)\d\d)\b")
_N_LEFT = r"(\d+|a|one|two|three|four|five|six|twelve)(?:\s+and\s+(a)\s+half)?\s+(years?|months?)\s+(?:remaining|left|to run|to go)"
_CONTRACT_LEFT = re.compile(
    r"\b" + _N_LEFT + r"\s+on\s+(?:his|her|the|a)\s+(?:current\s+)?(?:#c\d+#\s+)?(?:deal|contract)"
    # "whose contract has two years to run"
    r"|\b(?:contract|deal)\s+(?:still\s+)?(?:has|had|with)\s+(?:still\s+)?(?:only\s+|just\s+)?" + _N_LEFT)
_CONTRACT_REL = re.compile(
    r"\b(?:out of contract(?:\s+(?:at|with)\s+#c\d+#)?|(?:contracts?|deals?)\s+(?:(?:at|with)\s+#c\d+#\s+)?(?:that\s+|which\s+)?(?:[a-z]+ly\s+)?(?:expires?|is due to expire|is set to expire|"
    r"runs? out|ends?|will expire))\s+"
    r"(?:in\s+|at\s+)?(next summer|this summer|the summer|the end of the season|the end of next season|the end of this season|june)\b")
_TIED_UNTIL = re.compile(r"\b(?:tied|contracted|under contract|signed|signs|committed\s+(?:his|her)\s+future)\s+(?:(?:to|with|at|for)\s+#c\d+#\s+|#[pa]\d+#\s+)?(?:down\s+)?"
                         r"(?:until|till|through)\s+(?:(?:the\s+)?(?:end|summer)\s+of\s+(?:the\s+)?|june\s+)?((?:20|19)\d\d)\b")
# "extended his contract, which was due to run until 2024, by two years to 2026": the year it now runs to
_EXTENDED_TO = re.compile(r"\b(?:extend|extended|extends|extending|renewed|renews)\b[^.;]{0,80}?\bby\s+(?:a|an|one|two|three|four|five|\d)\s+"
                          r"(?:further\s+|more\s+)?(?:years?|seasons?)\s+(?:to|until|till)\s+(?:\d{1,2}\s+[A-Za-z]+\s+)?((?:20|19)\d\d)\b")
_WHOSE_CONTRACT = re.compile(r"#p(\d+)#,\s+whose\s+(?:#c\d+#\s+|current\s+)?(?:contract|deal)\b")
_LISTED_SUBJECTS = re.compile(r"^(#p\d+#(?:,\s+#p\d+#)*,?\s+and\s+#p\d+#)\s+(?:all\s+|both\s+)?(?:have|has|are)\b")


def _contract_holders(view: _SentView) -> list[str]:
    """Whose contract the sentence speaks of: the player of "X, whose contract ...", every player of a
    listed subject ("X, Y and Z all have contracts that ..."), else the sentence's subject."""
    s, masked = view.s, view.masked
    w = _WHOSE_CONTRACT.search(masked)
    if w and s.mentions[int(w.group(1))].kind == "player":
        return [s.mentions[int(w.group(1))].names[0]]
    lst = _LISTED_SUBJECTS.match(masked)
    if lst:
        return [s.mentions[int(i)].names[0] for i in re.findall(r"#p(\d+)#", lst.group(1))
                if s.mentions[int(i)].kind == "player"]
    return [view.subject] if view.subject else []
_CONTRACT_LEN = re.compile(r"\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten)(-and-a-half)?[- ](?:year|season)\s+(?:contract|deal)\b")
_CLUB_FIGURE = re.compile(r"#c(\d+)#'s?\s+#m\d+#(?:-plus)?\s+(?:valuation|asking price|price tag)\b|#m\d+#\s+#c(\d+)#\s+(?:are|is)\s+(?:asking|demanding|wanting)\b|"
                          r"#c(\d+)#,?\s+(?:who\s+)?(?:have|has|had)\s+(?:put|placed|slapped)\s+(?:a|an)\s+#m\d+#\s+(?:price|price tag|valuation)\s+on\b")
# "in the last year of his contract": it ends with the season
_LAST_YEAR = re.compile(r"\b(?:in|into|entering|down\s+to)\s+the\s+(?:last|final)\s+(?:year|season|twelve months|12 months)\s+of\s+(?:his|her)\s+(?:current\s+)?(?:#c\d+#\s+)?(?:contract|deal)\b")
_AGE_APPOS = re.compile(r"#p(\d+)#,?\s+(?:aged\s+)?(\d{1,2})\s*[,.)]|#p(\d+)#\s+\((\d{1,2})\)")
_AGE_APPOS_ANAPHOR = re.compile(r"#a(\d+)#,\s+(?:aged\s+)?(\d{1,2}),")  # "The Japan international, 24, has ..."
_VALUED_BY = re.compile(r"#m\d+#\s+by\s+(?:the\s+)?(?:website\s+|site\s+)?#[suc](\d+)#")
_AGE_YO = re.compile(r"#([pa])(\d+)#")
_YEAR_OLD = re.compile(r"\b(\d{1,2})-year-old\b")
_NEGATED_AMOUNT = re.compile(r"not enough|too (?:low|little)|short of|fell short|rather than")


def _val(n: str) -> float:
    return float(NUMBER_WORDS.get(n, 0) or (int(n) if n.isdigit() else 1 if n == "a" else 0))


@dataclass
class _FactSet:
    """The facts found so far: the first value per (player, fact) wins, as readers take the first."""

    today: dt.date
    found: dict[tuple[str, str], Fact] = field(default_factory=dict)
    suitors: dict[str, set[str]] = field(default_factory=dict)  # player -> the clubs in for him

    def put(self, player: str | None, fact: str, value: FactValue, s: Sent, source: str | None = None) -> None:
        if not player or (player, fact) in self.found:
            return
        self.found[(player, fact)] = _make_fact(player=player, fact=fact, value=value, source=source,
                                                date=self.today, evidence=s.text)

    def has_nat_pos(self, player: str) -> bool:
        """Both a position and a nationality known: nothing left for _nat_pos to put."""
        return (player, "position") in self.found and (player, "nationality") in self.found


@dataclass
class _SentView:
    """One sentence as the fact rules read it: whom it is about and where its amounts are."""

    s: Sent
    subject: str | None
    anaph: dict[int, str]  # anaphor mention index -> the player it stands for
    moneys: list[tuple[int, Mention]]
    next_focus: str | None  # the player the next sentence is about unless it names one

    @property
    def masked(self) -> str:
        return self.s.masked

    def money_after(self, pos: int) -> Amount | None:
        """The first amount at or after pos that the text does not wave away ("not enough")."""
        masked = self.masked
        for i, money in self.moneys:
            at = masked.find(f"#m{i}#")
            if at >= pos and not _NEGATED_AMOUNT.search(masked[at:at + 60]):
                amount: Amount = money.extra["money"].amount
                return amount
        return None

    def money_before(self, pos: int) -> Amount | None:
        # "their £25m asking price": the amount right before the noun
        for i, m in self.moneys:
            ph = f"#m{i}#"
            at = self.masked.find(ph)
            if 0 <= pos - (at + len(ph)) <= 2:
                amount: Amount = m.extra["money"].amount
                return amount
        return None

    def clubs_in(self, start: int, end: int, kinds: tuple[str, ...]) -> list[str]:
        """The names of the club placeholders in masked[start:end] whose mention is of one of kinds."""
        mentions = self.s.mentions
        return [mentions[int(x)].names[0] for x in CLUB_PH.findall(self.masked[start:end])
                if mentions[int(x)].kind in kinds]


def collect_facts(sents: list[Sent], claims: list[Draft], roles: Roles, reg: Registry, article: Article) -> list[Fact]:
    out = _FactSet(article.date)
    for c in claims:
        if not c.past and c.kind != "ended":
            out.suitors.setdefault(c.player, set()).add(c.club)
    _current_clubs(sents, claims, roles, reg, out)
    seller_of = {p: f.value for (p, k), f in out.found.items() if k == "current_club"}
    # sellers before a completed move: the tie, not the destination
    for p, tie in roles.owner.items():
        seller_of[p] = tie[0][0]
    moved_now = {c.player for c in claims if c.kind in ("signed", "loan") and not c.past}
    focus: str | None = None
    for s in sents:
        view = _read_sentence(s, focus, reg)
        # in this order: a (player, fact) keeps the first value put, so the order is precedence
        _price_facts(view, seller_of, out)
        _contract_facts(view, moved_now, out)
        _age_facts(view, out)
        _nat_pos_facts(view, out)
        focus = view.next_focus
    return list(out.found.values())


def _current_clubs(sents: list[Sent], claims: list[Draft], roles: Roles, reg: Registry, out: _FactSet) -> None:
    # current club: a completed move in the article, else the club the text ties him to,
    # else his latest earlier permanent move, else the counterparty of a pending deal
    by_player: dict[str, list[Draft]] = {}
    for c in claims:
        by_player.setdefault(c.player, []).append(c)
    ev = {s.text: s for s in sents}
    crowd = {s.text: len({m.names[0] for m in s.mentions if m.kind == "player"}) for s in sents}
    mentions: Counter[str] = Counter(m.names[0] for s in sents for m in s.mentions if m.kind == "player")
    for player in reg.player_order:
        cs = by_player.get(player, [])
        done_now = [c for c in cs if c.kind in ("signed", "loan") and not c.past]
        tie = roles.owner.get(player)
        recalled = roles.recalled.get(player)
        if recalled is not None:
            # a loan ended early: he is back at the club that lent him, unless he moved on at once
            # ("cut short X's loan at #c2 and sent him out to #c3")
            done_now = [c for c in done_now if c.club not in (recalled[1], recalled[0])]
            if not done_now:
                tie = [(recalled[0], next((c.evidence for c in cs), ""))]
        past_signed = sorted((c for c in cs if c.kind == "signed" and c.past and c.rule not in _FORMER_ROWS),
                             key=lambda c: when_key(c.event_date))
        club = None
        evidence = None
        if done_now and (mentions[player] >= 2 or player == roles.main or roles.itemised
                         or crowd.get(done_now[0].evidence, 0) < 3):
            # (a move told in passing in a list of moves, "X has gone to C1, Y to C2 ...", ties no one)
            # (a move told once in passing, "X has gone to C", is no tie the text makes)
            club, evidence = done_now[0].club, done_now[0].evidence
        elif tie:
            club, evidence = tie[0]
        elif past_signed:
            club, evidence = past_signed[-1].club, past_signed[-1].evidence
        elif (on_loan := _loan_now(cs, ev)) is not None:
            club, evidence = on_loan  # "X, who is spending 2023/24 on loan at C": a loan club is his club
        elif roles.seller_with.get(player):
            club = roles.seller_with[player][0]
            evidence = next((c.evidence for c in cs), "")
        if club:
            s = ev.get(evidence or "") or sents[0]
            out.put(player, "current_club", club, s)


# the rows that name a club as one he has left ("has previously played for C", "his former clubs
# include A, B and C"): never his club now, however late in the text they come
_FORMER_ROWS = frozenset(r.name for r in KIND_RULES if r.former)
_ON_LOAN_NOW = re.compile(r"\b(?:is|are)\s+(?:currently\s+|now\s+)?(?:spending\s+(?:[\w/-]+\s+){0,4}?)?on\s+(?:a\s+)?(?:[\w-]+\s+)?loan\s+(?:at|with)\s+#c(\d+)#")


def _loan_now(cs: list[Draft], ev: dict[str, Sent]) -> tuple[str, str] | None:
    """The club a loan claim's sentence says he is on loan at now, and that sentence."""
    for c in cs:
        s = ev.get(c.evidence) if c.kind == "loan" else None
        if s is None:
            continue
        m = _ON_LOAN_NOW.search(s.masked)
        if m and int(m.group(1)) < len(s.mentions) and c.club in s.mentions[int(m.group(1))].names:
            return c.club, c.evidence
    return None


def _read_sentence(s: Sent, focus: str | None, reg: Registry) -> _SentView:
    """Whom the sentence is about: its first player, else the player its first anaphor stands
    for, else the focus the previous sentences left; an anaphor stands for the last player
    named before it (in this sentence or earlier), else the article's first player."""
    players_here = [m.names[0] for m in s.mentions if m.kind == "player"]
    anaph: dict[int, str] = {}
    local = focus
    for i, mention in enumerate(s.mentions):
        if mention.kind == "player":
            local = mention.names[0]
        elif mention.kind == "anaphor" and (local or reg.player_order):
            anaph[i] = local or reg.player_order[0]
    subject = players_here[0] if players_here else (next(iter(anaph.values()), None) or focus)
    moneys = [(i, mention) for i, mention in enumerate(s.mentions) if mention.kind == "money"]
    next_focus = players_here[0] if players_here else local  # as the claims: the subject carries
    return _SentView(s, subject, anaph, moneys, next_focus)


def _price_facts(view: _SentView, seller_of: dict[str, FactValue], out: _FactSet) -> None:
    """Release clause, valuation and asking price; a release clause in the sentence rules out the other two."""
    masked, s, subject = view.masked, view.s, view.subject
    cm = _CLAUSE_WORDS.search(masked)
    if cm and view.moneys:
        # "his €100m release clause" (right before), "a release clause of €50m" (after), else the first figure
        amt = view.money_before(cm.start()) or view.money_after(cm.start()) or view.money_after(0)
        if amt:
            out.put(subject, "release_clause", amt, s, s.source)
    # a buy-back or sell-on clause is a term of the deal: the figures tied to it are no price
    oc = _OTHER_CLAUSE.search(masked) if view.moneys and "clause" in masked else None
    if view.moneys and not cm:
        _valuation(view, oc, seller_of, out)
    if view.moneys and not cm and subject:
        _asking_price(view, oc, seller_of, out)


def _valuation(view: _SentView, oc: re.Match[str] | None, seller_of: dict[str, FactValue], out: _FactSet) -> None:
    masked, s, subject = view.masked, view.s, view.subject
    vm = _VALUATION.search(masked)
    if vm and oc and 0 <= vm.start() - oc.end() <= 12:
        vm = None  # "a buy-back clause worth £30m": a term of the deal, no valuation of the player
    if vm and vm.group(0).startswith("worth") and _DEAL_WORTH.search(masked, max(0, vm.start() - 70), vm.start()):
        vm = None  # "agreed a deal with #c for #p worth #m": the deal's value, no one's valuation
    if not vm:
        return
    # who values him: the selling club makes it an asking price
    clubs_before = view.clubs_in(0, vm.start(), ("club", "manager"))
    amt = view.money_after(vm.start())
    if not amt or not subject:
        return
    by = _VALUED_BY.search(masked, vm.start())
    by_m = s.mentions[int(by.group(1))] if by and int(by.group(1)) < len(s.mentions) else None
    if by_m is not None and by_m.kind == "club":
        # "valued at around £50m by the Seagulls": the owner's own figure, unless a suitor's
        if by_m.names and by_m.names[0] not in out.suitors.get(subject, ()):
            out.put(subject, "asking_price", amt, s, s.source)
    elif by_m is not None:
        # "valued at £40m by Transfermarkt": that valuer's figure, whoever owns him
        out.put(subject, "valuation", amt, s, by_m.name)
    elif clubs_before and clubs_before[-1] == seller_of.get(subject) and not _PASSIVE_BEFORE.search(masked, 0, vm.start()) \
            and not _UNSET.match(masked, vm.start()):
        out.put(subject, "asking_price", amt, s, s.source)
    elif not clubs_before or _PASSIVE_BEFORE.search(masked, 0, vm.start()) or _UNSET.match(masked, vm.start()):
        out.put(subject, "valuation", amt, s, _valuer(s, vm.start()) or s.source)
    elif vm.group(0).startswith("value") and clubs_before[-1] not in out.suitors.get(subject, ()) \
            and _CLUB_VALUES.search(masked, 0, vm.end()):
        out.put(subject, "asking_price", amt, s, s.source)  # "#c value X at £20m": his club's own figure


def _asking_price(view: _SentView, oc: re.Match[str] | None, seller_of: dict[str, FactValue],
                  out: _FactSet) -> None:
    """A figure the selling club wants: said by the seller, or an "asking price" no other club names."""
    masked, s, subject = view.masked, view.s, view.subject
    if not subject:
        return
    seller = seller_of.get(subject)
    named = _CLUB_FIGURE.search(masked)  # "#c's £3m valuation", "the £14m #c are asking", "#c have put a £1m price on"
    if named and not seller and int(named.group(1) or named.group(2) or named.group(3)) < len(s.mentions):
        m = s.mentions[int(named.group(1) or named.group(2) or named.group(3))]
        seller = m.names[0] if m.kind == "club" and m.names and m.names[0] not in out.suitors.get(subject, ()) else None
    for am in _ASKING.finditer(masked):
        # ("#c2 want #p, but #c, who have put a #m price on him, ...": a suitor's "want" is no price)
        if not (oc and 0 <= am.start() - oc.end() <= 12) and _asking_at(view, am, seller, named, out, subject):
            return


def _asking_at(view: _SentView, am: re.Match[str], seller: FactValue | None, named: re.Match[str] | None, out: _FactSet,
               subject: str) -> bool:
    """The asking price one price phrase of the sentence gives, if the club that says it sells him."""
    masked, s = view.masked, view.s
    clubs_here = view.clubs_in(0, am.start(), ("club",))
    own = "asking price" in am.group(0) or "price tag" in am.group(0)
    quoted = am.group(0) == "quoted" and masked[max(0, am.start() - 5):am.start()] == "been "
    # the club that wants it: the last one in the same clause, else the last one before
    clause_start = max(masked.rfind(",", 0, am.start()), masked.rfind(" and ", 0, am.start()), 0)
    near = view.clubs_in(clause_start, am.start(), ("club",))
    who = near[-1] if near else (clubs_here[-1] if clubs_here else None)
    if am.group(0).startswith("it "):
        # "#c have told #c2 it will take #m": the club that tells; "it would take #m to prise X away from #c": that club
        told = _TOLD_IT.search(masked, 0, am.start())
        away = _AWAY_FROM.match(masked, am.end())
        club_i = int(told.group(1)) if told else int(away.group(1)) if away else None
        if club_i is not None and club_i < len(s.mentions) and s.mentions[club_i].kind == "club" and s.mentions[club_i].names:
            who = s.mentions[club_i].names[0]
    # ("#c2 have bid for #p, but #c are still demanding #m": a club that is none of his suitors sells)
    unnamed_seller = not seller and who is not None and subject in out.suitors and who not in out.suitors[subject]
    # "#c want #m for #p", "#c will not sell #p for less than #m": a figure the club wants for him is his price
    priced = not seller and who is not None and who not in out.suitors.get(subject, ()) and (
        _PRICE_FOR.match(masked, am.end()) is not None or am.group(0).endswith("less than"))
    if (seller and who == seller) or (own and (who is None or who == seller)) or quoted or unnamed_seller or priced:
        # ("#c have been quoted €40m": the seller's figure, told to the buyer)
        amt = _figure_of(view, named) if named else view.money_after(am.start())
        if amt is None and (own or am.group(0) in ("valuation", "demand", "demands")):
            amt = view.money_before(am.start())  # "a #m valuation on X"
        if amt and am.group(0).endswith("less than") and amt.min is None and amt.max is not None:
            amt = amt.model_copy(update={"min": amt.max, "max": None})  # "not for less than €20m": at least €20m
        if amt:
            out.put(subject, "asking_price", amt, s, s.source)
            return True
    return False


# the club is the subject of "value(s)": "#c value #p at", "#c, who value #p at"
_CLUB_VALUES = re.compile(r"#c\d+#,?\s+(?:who\s+)?(?:[\w-]+\s+){0,2}?values?\s+#[pa]\d+#\s+at\b")
_PRICE_FOR = re.compile(r"\s+(?:at\s+least\s+|around\s+|about\s+|in\s+the\s+region\s+of\s+|upwards\s+of\s+)?#m\d+#\s+(?:[\w-]+\s+){0,2}?for\s+(?:[a-z][\w-]*\s+){0,3}?#[pa]\d+#")


def _figure_of(view: _SentView, named: re.Match[str]) -> Amount | None:
    """The amount inside "#c's #m valuation", "the #m #c are asking", "a #m price on"."""
    m = _MONEY_PH.search(named.group(0))
    if m is None or int(m.group(1)) >= len(view.s.mentions):
        return None
    amount: Amount = view.s.mentions[int(m.group(1))].extra["money"].amount
    return amount


_MONEY_PH = re.compile(r"#m(\d+)#")
_TOLD_IT = re.compile(r"#c(\d+)#\s+(?:have|has|had)\s+(?:told|informed|warned)\s+#c\d+#\s+(?:that\s+)?$")
_AWAY_FROM = re.compile(r"\s+#m\d+#\s+to\s+(?:prise|prize|lure|pry|tempt|take|get)\s+#[pa]\d+#\s+(?:away\s+)?from\s+#c(\d+)#")


_OPTION_YEAR = re.compile(r"\b(?:options?|extended|extend|extension)\b")
_PREVIOUS_DEAL = re.compile(r"\b(?:previous|old|former)\s+(?:[\w-]+\s+)?$")


def _contract_facts(view: _SentView, moved_now: set[str], out: _FactSet) -> None:
    """The year a contract ends: stated, counted from the years left, named relative to today
    ("next summer"), or the length of a deal signed now."""
    masked, s, today = view.masked, view.s, out.today
    holders = _contract_holders(view)
    subject = holders[0] if holders else None
    # (not the year an option or extension reaches: "a 12-month contract that includes options through
    # 2024", nor the deal he had before: "his previous deal was due to expire in 2020; the new one runs until 2021")
    cy = _EXTENDED_TO.search(masked) \
        or next((m for m in _CONTRACT_YEAR.finditer(masked) if not _OPTION_YEAR.search(m.group(0))
                 and not _PREVIOUS_DEAL.search(masked, max(0, m.start() - 25), m.start())), None) \
        or _TIED_UNTIL.search(masked)
    # ("a contract that would run until 2026 if the option is taken" is no end date)
    if cy and subject and not _WOULD_OPTION.search(masked[max(0, cy.start() - 25):cy.end()]):
        season = _SEASON_TAIL.match(masked, cy.end())  # "until the end of the 2029-30 season": 2030
        for h in holders:
            out.put(h, "contract_until", int(cy.group(1)) + (1 if season else 0), s, s.source)
    cl = _CONTRACT_LEFT.search(masked)
    if cl and subject:
        n, half, unit = cl.group(1, 2, 3) if cl.group(1) else cl.group(4, 5, 6)
        months = int(_val(n) * (12 if unit.startswith("year") else 1) + (6 if half else 0))
        total = today.year * 12 + today.month - 1 + months
        out.put(subject, "contract_until", total // 12, s, s.source)
    cr = _CONTRACT_REL.search(masked) if subject and ("contract" in masked or "deal" in masked) else None
    if cr and subject and not s.past_ctx:
        # "out of contract next summer", "whose deal expires at the end of the season"
        season_end = today.year + 1 if today.month >= 7 else today.year
        when = cr.group(1)
        year = (today.year if when in ("this summer", "the summer") and today.month < 9 else
                season_end + 1 if "next season" in when
                else today.year + 1 if when == "next summer" and today.month >= 6 else
                today.year if when == "next summer" else season_end)
        for h in holders:
            out.put(h, "contract_until", year, s, s.source)
    if subject and not s.past_ctx and _LAST_YEAR.search(masked):
        out.put(subject, "contract_until", today.year + 1 if today.month >= 7 else today.year, s, s.source)
    ln = _CONTRACT_LEN.search(masked)
    if ln and subject and not s.past_ctx and subject in moved_now:
        years = _val(ln.group(1)) + (0.5 if ln.group(2) else 0)
        # (a four-and-a-half-year deal from January 2018 runs to the summer of 2022)
        out.put(subject, "contract_until", int(today.year + (today.month - 1) / 12 + years), s, s.source)


def _age_facts(view: _SentView, out: _FactSet) -> None:
    """Ages in apposition ("Silva, 24,", "Silva (24)", "the Japan international, 24,"),
    in an anaphor ("the 26-year-old") and next to a name ("Atletico Madrid's 23-year-old ...")."""
    masked, s, anaph = view.masked, view.s, view.anaph
    for m in _AGE_APPOS.finditer(masked):
        i = int(m.group(1) or m.group(3))
        age = int(m.group(2) or m.group(4))
        if 15 <= age <= 45 and i < len(s.mentions):
            out.put(s.mentions[i].names[0], "age", age, s)
    for m in (_AGE_APPOS_ANAPHOR.finditer(masked) if "#a" in masked else ()):
        i, age = int(m.group(1)), int(m.group(2))
        if 15 <= age <= 45 and i in anaph:
            out.put(anaph[i], "age", age, s)
    for i, mm in enumerate(s.mentions):
        yo = _YEAR_OLD.search(mm.text) if mm.kind == "anaphor" and i in anaph else None
        if yo and 15 <= int(yo.group(1)) <= 45:
            out.put(anaph[i], "age", int(yo.group(1)), s)
    for m in _YEAR_OLD.finditer(masked):
        age = int(m.group(1))
        if not 15 <= age <= 45:
            continue
        target = _year_old_target(view, m)
        if target:
            out.put(target, "age", age, s)


def _year_old_target(view: _SentView, m: re.Match[str]) -> str | None:
    # "the 26-year-old" (an anaphor) or "Atletico Madrid's 23-year-old Portugal forward"
    masked, s = view.masked, view.s
    after = _AGE_YO.search(masked, m.end())
    target = None
    for i, mm in enumerate(s.mentions):
        if mm.kind == "anaphor" and f"#a{i}#" in masked and m.group(0) in mm.text.lower():
            target = view.anaph.get(i)  # the last such anaphor counts
    if target is None:
        prev = PLAYER_PH.findall(masked[:m.start()])
        if prev and _PLAYER_CLUB_POSS_END.search(masked[:m.start()]):
            target = s.mentions[int(prev[-1])].names[0]
        elif after and after.group(1) == "p" and after.start() - m.end() < 40:
            target = s.mentions[int(after.group(2))].names[0]
    return target


def _nat_pos_facts(view: _SentView, out: _FactSet) -> None:
    """Nationality and position next to a name or an anaphor."""
    masked, s, anaph = view.masked, view.s, view.anaph
    for letter, i, words in _words_before_names(masked):
        target = s.mentions[i].names[0] if letter == "p" else anaph.get(i)
        if not target or out.has_nat_pos(target):
            continue  # nothing left for _nat_pos to put
        _nat_pos(words, target, s, out.put)
    # "Brandao, a Portugal Under-21 international, ..."
    for m in (_APPOS_DESC.finditer(masked) if "#p" in masked else ()):
        i = int(m.group(1))
        if i < len(s.mentions):
            _nat_pos(m.group(2).split(), s.mentions[i].names[0], s, out.put)
    for i, mm in enumerate(s.mentions):
        if mm.kind == "anaphor" and i in anaph and not out.has_nat_pos(anaph[i]):
            words = fold(mm.text).split()[1:]
            if len(words) == 1 and words[0] in PERSON_DEMONYMS:  # "the Japanese", "the Spaniard"
                out.put(anaph[i], "nationality", NATIONALITY[words[0]], s)
            _nat_pos(words, anaph[i], s, out.put)


_SEASON_TAIL = re.compile(r"[-/](?:\d\d)?\d\d\b")
_DEAL_WORTH = re.compile(r"\b(?:deal|bid|offer|fee|package|transfer|move|switch|agreement|proposal)\b[^,;.]*$")
_WOULD_OPTION = re.compile(r"\bwould\b|\boption\b")
_PLAYER_CLUB_POSS_END = re.compile(r"#p\d+#,\s+#c\d+#'s\s+$")
_NAME_PH = re.compile(r"#([pa])(\d+)#")
# One to three lowercase words and their spaces, read backwards from a placeholder: the
# reverse of r"(?:[a-z0-9-]+\s+){1,3}" ("netherlands under-21 defender #p1#")
_WORDS_BACK = re.compile(r"(?:\s+[a-z0-9-]+){1,3}")


def _words_before_names(masked: str) -> list[tuple[str, int, list[str]]]:
    """(letter, index, words) for every player placeholder with one to three lowercase words
    right before it: what finditer(r"((?:[a-z0-9-]+\\s+){1,3})#([pa])(\\d+)#") yields. That pattern
    tries the words at every position; here the words are matched once, backwards from each
    placeholder, on the reversed sentence: greedy, they reach as far left as the leftmost match."""
    out = []
    lo = 0  # where the previous match ended: a match never starts before it
    n = len(masked)
    rev = ""
    for m in _NAME_PH.finditer(masked):
        j = m.start()
        if j == lo:
            continue
        if not rev:
            rev = masked[::-1]
        w = _WORDS_BACK.match(rev, n - j, n - lo)
        if w:
            out.append((m.group(1), int(m.group(2)), masked[n - w.end():j].split()))
            lo = m.end()
    return out


_APPOS_DESC = re.compile(r"#p(\d+)#,\s+(?:a|an|the)\s+(?:#c\d+#(?:'s)?\s+)?((?:[\w-]+\s+){0,3}?(?:international|"
                         + "|".join(re.escape(p) for p in sorted({*POSITIONS, *(q.replace(" ", "-") for q in POSITIONS)},
                                                                 key=len, reverse=True)) + r"))\b")
_POS_END = re.compile(r"\b(" + "|".join(re.escape(p) for p in sorted(POSITIONS, key=len, reverse=True)) + r")$")
_NAT_HINT = re.compile(r"\b(?:international|teenager|youngster|star|" + "|".join(re.escape(p) for p in POSITIONS) + r")\b")


def _nat_pos(words: list[str], target: str, s, put) -> None:
    joined = " ".join(words).replace("-", " ")
    m = _POS_END.search(joined.replace("-", " "))
    if m:
        pos = m.group(1)
        put(target, "position", pos.replace(" ", "-") if " " in pos else pos, s)
    if not _NAT_HINT.search(joined.replace("-", " ")):
        return
    for k in range(len(words)):
        w = " ".join(words[k:k + 2]) if k + 1 < len(words) and " ".join(words[k:k + 2]) in NATIONALITY else words[k]
        if w in NATIONALITY and any(x in words[k + 1:] or x in joined for x in ("international", *POSITIONS, "teenager", "youngster", "star")):
            put(target, "nationality", NATIONALITY[w], s)
            break


def _valuer(s, pos: int) -> str | None:
    for i in range(len(s.mentions) - 1, -1, -1):
        m = s.mentions[i]
        if m.kind in ("source", "unknown") and s.masked.find(f"#{'s' if m.kind == 'source' else 'u'}{i}#") < pos:
            return m.name
    return None


# Pre-checks (exact; see fastre): most sentences hold none of these patterns' words.
_CLAUSE_WORDS = gated(_CLAUSE_WORDS)  # type: ignore[assignment]
_VALUATION = gated(_VALUATION)  # type: ignore[assignment]
_ASKING = gated(_ASKING)  # type: ignore[assignment]
_CONTRACT_YEAR = gated(_CONTRACT_YEAR)  # type: ignore[assignment]
_CONTRACT_LEFT = gated(_CONTRACT_LEFT)  # type: ignore[assignment]
_CONTRACT_LEN = gated(_CONTRACT_LEN)  # type: ignore[assignment]
_YEAR_OLD = gated(_YEAR_OLD)  # type: ignore[assignment]
_NEGATED_AMOUNT = gated(_NEGATED_AMOUNT)  # type: ignore[assignment]
_NAT_HINT = gated(_NAT_HINT)  # type: ignore[assignment]
_APPOS_DESC = gated(_APPOS_DESC)  # type: ignore[assignment]
_WHOSE_CONTRACT = gated(_WHOSE_CONTRACT)  # type: ignore[assignment]
_TIED_UNTIL = gated(_TIED_UNTIL)  # type: ignore[assignment]
_EXTENDED_TO = gated(_EXTENDED_TO)  # type: ignore[assignment]
_VALUED_BY = gated(_VALUED_BY)  # type: ignore[assignment]
# Leading \b behind the first literal (exact; see fastre.boundary_first).
_WOULD_OPTION = boundary_first(_WOULD_OPTION)
_DEAL_WORTH = boundary_first(_DEAL_WORTH)
_OTHER_CLAUSE = boundary_first(_OTHER_CLAUSE)
_CONTRACT_REL = boundary_first(_CONTRACT_REL)
_POS_END = boundary_first(_POS_END)
