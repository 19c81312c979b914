"""Who each sentence is credited to: the credit in force, carried and reset as the article
goes (bot/extract/attribution.py holds the frames)."""

from __future__ import annotations

import re

from bot.extract import attribution as attr
from bot.extract.clauses import is_itemised
from bot.extract.document import Sent
from bot.extract.entities import is_place_or_nation
from bot.extract.fastre import gated
from bot.extract.lexicon import LANGUAGES
from bot.models import Article
from bot.text import fold


def attribute(sents: list[Sent], paras: list[list[str]], article: Article) -> None:
    founds = [_credit(s) for s in sents]
    default = _article_credit(sents, paras, article)
    relayed, relayed_from = (None, len(sents)) if default else _only_outlet(sents, founds)
    tails: dict[int, str] = {}
    last_of = {s.para: s for s in sents}
    for pi, para in enumerate(paras):
        t = attr.trailing_credit(para[-1])
        if t and not (pi in last_of and _CLUB_IN_BRACKET_END.search(last_of[pi].masked)):
            tails[pi] = t  # (not "Ebony Salmon (Aston Villa)." nor "X (loan from Y)": a player's club, no credit)
    current: str | None = None
    current_at = -1  # the paragraph of the credit in force
    reach = 1  # how many paragraphs after its own it carries into
    current_para = -1
    itemised = is_itemised(sents)
    club_names = {m.names[0] for s in sents for m in s.mentions if m.kind == "club" and m.names}
    named_source: str | None = None
    last_club: str | None = None  # the club a sentence opens with, for "the club announced" after it
    section = default
    for k, s in enumerate(sents):
        if k == relayed_from:
            section = relayed
        if s.para != current_para and s.para in tails:
            current = None
        current_para = s.para
        heading = _section_credit(s)
        if heading:
            # "SUNDAY TELEGRAPH" over a column's items: the paper each item below comes from
            section = current = s.source = heading
            continue
        found = founds[k]
        if found is None and named_source and attr.described_source(s.masked):
            found = named_source  # "The Italian journalist reports that ...": the one named before
        # the sentence's first club ("X has joined C1 from C2, the club announced": C1)
        first = next((m for m in s.mentions if m.kind == "club" and m.names), None)
        opening = first.names[0] if first is not None else None
        if found is None and attr.the_club_said(s.masked) and (last_club or opening):
            # "The club announced on Friday an agreement with ...": the club just named; in the
            # article's first sentence, the one it opens with
            found = last_club if s.idx and last_club else opening
            at = attr.club_said_after_and(s.masked)
            before = [m for i, m in enumerate(s.mentions) if m.kind == "club" and m.names and at is not None
                      and s.masked.find(f"#c{i}#") < at]
            if before:
                found = before[-1].names[0]  # "..., and the WSL club confirmed her signing": the club just named
        if found is not None and opening is not None and attr.TOLD_CLUB_CHANNEL.search(s.masked):
            found = opening  # "Brentford head coach X told the club's website ...": the club's own word
        for m in s.mentions:
            if m.kind == "source":
                named_source = m.name
        if first is not None:
            last_club = last_club if s.idx and first.start > 0 and last_club else opening
        if s.para in tails:
            # the item's closing "(Sun)" is who reports it; a club or manager speaking inside
            # the item ("after the West Ham boss revealed that ...") is part of that report
            credited = found is not None and any(m.name == found and m.kind in ("source", "unknown") for m in s.mentions)
            s.source = found if credited else tails[s.para]
            current = s.source
            continue
        if found:
            # (a club's statement covers its own paragraph, a report that one and the two after)
            # (also "The club confirmed the offer to Ole", which names the club only as "the club")
            # (in an article with a credit of its own, a wire's "(ANSA) -" or a byline, a report it
            # quotes is a detail of its paragraph: "Spanish daily X reported that ..." is not the
            # source of the career told two paragraphs on, the wire is)
            reach = 0 if found in club_names or default else 2
            current, current_at = found, s.para
            s.source = found
            if s.credit_end >= 0:
                s.rest_source = default
        elif current and attr.continues_report(s.masked):
            s.source = current
        elif current and (not itemised or s.para == current_at) and s.para - current_at <= reach:
            # a report's details told after its credit, in that paragraph and the next: still its
            # (in a blog or a column, only inside the item that credits it)
            s.source = current
        else:
            s.source = section


def _only_outlet(sents: list[Sent], credited: list[str | None]) -> tuple[str | None, int]:
    """"According to Het Laatste Nieuws, ...": the one outlet or reporter an article credits,
    when it credits no one else, is whose report the sentences after that credit relay; and
    the index of the sentence that first credits it."""
    names = {c for s, c in zip(sents, credited, strict=True)
             if c is not None and any(m.kind in ("source", "unknown") and m.name == c for m in s.mentions)}
    if len(names) != 1 or {c for c in credited if c is not None} != names:
        return None, len(sents)
    return next(iter(names)), credited.index(next(iter(names)))


def _article_credit(sents: list[Sent], paras: list[list[str]], article: Article) -> str | None:
    """Who the whole article speaks for, where no sentence credits anyone."""
    agency = attr.dateline_agency(sents[0].text)
    if agency:
        # "CHESTER, Pa. (AP) -": the agency under the name the knowledge gives it (Associated Press)
        return next((m.name for m in sents[0].mentions if m.kind == "source" and m.text == agency), agency)
    byline = next(filter(None, (attr.byline_outlet(s.text) for s in sents[:3])), None)
    if byline:
        return byline
    if article.outlet is not None:
        return article.outlet
    translated = _translated_from(paras)
    if translated:
        return translated  # "(Translated from the Italian of the ANSA agency, Milan.)": whose report it is
    closing = _closing_credit(sents)
    if closing:
        return closing  # "(Agence France-Presse)" as the article's last line: whose report it is
    if _is_heading_credit(sents[0]):
        # "Deadline day: the key moves, as Sky Sports News understands them": the headline
        # names who the whole article speaks for
        heading = _credit(sents[0]) or _heading_name(sents[0])
        if heading:
            return heading
    return _own_live_blog(sents)


# an item that opens with who reports it: "Simon Jones (Sportsmail): ...", "Di Marzio: ..."
_LEADING_CREDIT = re.compile(r"#[su](\d+)#(?:\s*\(\s*#[su]\d+#\s*\))?\s*:\s+\S")
_ONLY_CREDIT = re.compile(r"\(\s*#[su](\d+)#\s*\)\.?")


def _closing_credit(sents: list[Sent]) -> str | None:
    """An article whose last paragraph is only a bracketed name ("(Agence France-Presse)")."""
    last = sents[-1]
    m = _ONLY_CREDIT.fullmatch(last.masked) if last.para > 0 and last.masked.startswith("(") else None
    if m is None or int(m.group(1)) >= len(last.mentions):
        return None
    return last.mentions[int(m.group(1))].name


# "Follow all the deadline-day news on Standard Sport's live blog below!": the outlet whose blog it is
_OWN_BLOG = re.compile(r"\b(?:on|in|via|with)\s+(?:the\s+)?#[su](\d+)#(?:'s)?\s+live\s+(?:blog|coverage|updates|feed|page)\b")


def _own_live_blog(sents: list[Sent]) -> str | None:
    for s in sents:
        m = _OWN_BLOG.search(s.masked) if "live" in s.masked else None
        if m and int(m.group(1)) < len(s.mentions):
            return s.mentions[int(m.group(1))].name
    return None


_SECTION = re.compile(r"^(?:the\s+|sunday\s+|daily\s+)?#s(\d+)#(?:\s+on\s+sunday)?\s*:?$")


def _section_credit(s: Sent) -> str | None:
    """A line that is only an outlet's name heads the items below it."""
    m = _SECTION.match(s.masked)
    if not m or int(m.group(1)) >= len(s.mentions):
        return None
    return s.mentions[int(m.group(1))].name


# "(Translated from the Spanish of Estadio Deportivo, Seville.)", "(Translated from Spanish, MARCA.)",
# "(Translated from Record, Lisbon.)"; not "(Translated from French.)"
_LANGUAGE = "|".join(w.capitalize() for w in sorted(LANGUAGES))
_TRANSLATED = re.compile(rf"\(?\s*[Tt]ranslated(?: and (?:abridged|adapted|edited|condensed|shortened))? from (?:the )?(?:(?:{_LANGUAGE})(?: of |, |; ))?(?:the )?([A-Z][\w'’&-]*(?: [A-Z][\w'’&-]*){{0,3}})"
                         r"(?: (?:agency|news agency|newspaper|daily))?\s*[,.)]")


def _translated_from(paras: list[list[str]]) -> str | None:
    for para in paras[:3] + paras[-2:]:
        for line in para:
            m = (_TRANSLATED.search(line) or _NAME_TRANSLATED.search(line) or _POSSESSIVE_TRANSLATED.search(line)
                 ) if "ranslated" in line else None
            if m and fold(m.group(1)) not in LANGUAGES:
                return m.group(1)
    return None


_NAME_TRANSLATED = re.compile(r"\(\s*([A-Z][\w'’&-]*(?: [A-Z][\w'’&-]*){0,3}),\s*translated\b[^()]*\)")  # "(Lusa, translated)"
# "(Translated and adapted from MondoSportivo's evening market round-up.)": the outlet whose piece it is
_POSSESSIVE_TRANSLATED = re.compile(r"[Tt]ranslated(?: and (?:abridged|adapted|edited|condensed|shortened))? from "
                                    r"([A-Z][\w&-]*(?: [A-Z][\w&-]*){0,3})['’]s\s")


_CLUB_IN_BRACKET_END = re.compile(r"\([^()]*#c\d+#[^()]*\)[.!]?\s*$")


def _is_heading_credit(s: Sent) -> bool:
    """The article's first line credits someone for all of it ("X: A to B, here we go")."""
    return s.idx == 0 and ((s.masked.startswith(("#s", "#u")) and ":" in s.masked[:12]) or " as #s" in s.masked
                           or " as #u" in s.masked)


_HEADING_NAME = re.compile(r"^#[su](\d+)#\s*:")


def _heading_name(s: Sent) -> str | None:
    """"Fabrizio Romano: X to C, here we go": the name the headline opens with."""
    m = _HEADING_NAME.match(s.masked)
    if m and int(m.group(1)) < len(s.mentions) and not is_place_or_nation(fold(s.mentions[int(m.group(1))].name)):
        return s.mentions[int(m.group(1))].name  # (not the city of a dateline: "Rome: ...")
    return None


def _credit(s: Sent) -> str | None:
    # only credited sources (#s) and unknown names (#u) count here, so without either
    # placeholder the credit patterns have nothing to give
    masked = s.masked
    lead = _LEADING_CREDIT.match(masked) if ":" in masked[:40] else None
    if lead is not None and int(lead.group(1)) < len(s.mentions):
        lm = s.mentions[int(lead.group(1))]
        # (an unknown name only as a person's full name: not "Leaving:", "Update:" heading a list)
        if (lm.kind == "source" or " " in lm.name) and not is_place_or_nation(fold(lm.name)):
            return lm.name  # "Simon Jones (Sportsmail): Watford are keen on X": the item's reporter
    official = _OFFICIAL_STATEMENT.search(masked) if "statement" in masked else None
    if official:
        i = int(official.group(1) or official.group(2))
        if i < len(s.mentions) and s.mentions[i].kind == "club":
            return s.mentions[i].names[0]  # an official statement is the club's, whoever signs it
    opener = _OFFICIAL_OPENER.match(masked) if "official" in masked else None
    if opener and int(opener.group(1)) < len(s.mentions) and s.mentions[int(opener.group(1))].kind == "club":
        return s.mentions[int(opener.group(1))].names[0]  # "It is official: #c have signed X": the club's own news
    credits = attr.credit_in(masked) if "#s" in masked or "#u" in masked else ()
    for kind, i in credits:
        if i >= len(s.mentions):
            continue
        if kind in ("s", "u"):  # (a club named with a credit verb is a statement, read below)
            return s.mentions[i].name
    ci = attr.club_statement(s.masked)
    if ci is not None and ci < len(s.mentions) and s.mentions[ci].kind in ("club", "manager"):
        # a club, or a manager speaking: "Ancelotti has confirmed that Everton are in talks ..."
        m = s.mentions[ci]
        if m.kind == "club":
            tail = _STATEMENT_TAIL.search(masked)
            if tail and tail.group(1) == str(ci):
                s.credit_end = tail.end()
        return m.names[0]
    # "#c have signed X, the club said in a statement": the sentence's subject club
    sm = _SUBJECT_CLUB_SAID.search(masked)
    if sm:
        i = int(sm.group(1))
        if i < len(s.mentions) and s.mentions[i].kind == "club":
            return s.mentions[i].names[0]
    # "..., The Star has been told": a paper nothing lists, crediting itself
    own = _SELF_CREDIT.search(s.text) if "The " in s.text else None
    return own.group(1) if own else None


# "Everton general manager X said in a statement", "In a statement, Everton president X said": the club's
_OFFICIAL_ROLE = (r"(?:[\w-]+\s+){0,3}?(?:president|chairman|chief executive|ceo|director|general manager|owner|spokesman|"
                  r"spokesperson|official|chief)\s+#u\d+#,?\s+(?:has\s+|had\s+)?(?:said|told\s+(?:[\w-]+\s+){0,2}?|confirmed|announced|"
                  r"explained|added)")
_OFFICIAL_STATEMENT = re.compile(rf"#c(\d+)#(?:'s)?\s+{_OFFICIAL_ROLE},?\s+in\s+(?:a|an|the\s+club's|its|their)\s+(?:official\s+|brief\s+)?statement\b|"
                                 rf"\bin\s+(?:a|an|the\s+club's|its|their)\s+(?:official\s+|brief\s+)?statement,?\s+#c(\d+)#(?:'s)?\s+{_OFFICIAL_ROLE}")


_OFFICIAL_OPENER = re.compile(r"(?:it\s+is\s+|it's\s+|now\s+)?(?:now\s+)?official\s*[:!–—-]\s*(?:the\s+)?#c(\d+)#\s+(?:have|has)\s+")


_SELF_CREDIT = re.compile(r"\b(The (?:[A-Z][a-z]+ ){0,2}?[A-Z][a-z]+)(?: news agency)? (?:has been told|has learned|has learnt|understands|"
                          r"can reveal|can confirm|has revealed|revealed|reported|reports)\b(?! that (?:he|she|they)\b)")


_SUBJECT_CLUB_SAID = re.compile(r"^(?:the\s+)?#c(\d+)#\s+[^;]*,\s+the\s+(?:[\w'’-]+\s+){0,4}?(?:club|side|outfit|team)\s+(?:has\s+|have\s+)?"
                                r"(?:said|announced|confirmed|stated)\b")


_STATEMENT_TAIL = re.compile(r",\s+#c(\d+)#\s+(?:have\s+|has\s+)?(?:said|announced|confirmed|stated)(?:\s+(?:on|last)\s+\w+)?"
                             r"(?=,\s*(?:while|whilst|whereas|and|but)\b|;)")
_SUBJECT_CLUB_SAID = gated(_SUBJECT_CLUB_SAID)  # type: ignore[assignment]
