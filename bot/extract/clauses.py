"""Clause structure and time: the separators that split a sentence, the time frame of
each clause, relative clauses that resume their antecedent, and an article's items."""

from __future__ import annotations

import datetime as dt
import re

from bot.extract import attribution as attr
from bot.extract.document import Sent
from bot.extract.fastre import boundary_first
from bot.extract.timeframe import CURRENT, When, find_when, is_before_window

# the verb after a new player that opens a clause of a chain of moves ("X joined A, Y went to B and Z moved to C")
_NEXT_MOVER = (r"(?:joined|joins|went|goes|signed\s+for|signs\s+for|moved|moves|left|leaves|returned|returns|headed|heads|"
               r"switched|switches|rejoined|rejoins|departed|swapped|lands|landed|arrives|arrived|completes|completed|nears|"
               r"closes|ended\s+up|ends\s+up)\b")
# (after "and" also a clause in the singular: "X returned to A on loan and Y was on the verge of a move to B")
_NEXT_SUBJECT = r"(?:" + _NEXT_MOVER + r"|(?:is|was|has)\b)"
# the verb after a club that opens a clause of a chain of deals ("Werder land X, Dortmund borrow Y")
_NEXT_BUYER = (r"(?:land|lands|landed|sign|signs|borrow|borrows|borrowed|add|adds|sell|sells|sold|loan|loans|loaned|"
               r"recall|recalls|recalled|snap|snaps|snapped|seal|seals|sealed|complete|completes|make|makes|"
               r"look\s+at|looks\s+at|eye|eyes|target|targets|want|wants|bid|bids|chase|chases|join\s+race)\b")

# ", #c have landed X": another club's deal, told as a clause of its own (not a club's apposition:
# "from #c1#, the champions have ..." is one club)
_BUYER_DONE = (r"(?:have|has|had)\s+(?:also\s+|now\s+|just\s+|already\s+)?(?:landed|signed|borrowed|added|sold|loaned|"
               r"recalled|snapped|sealed|completed|brought|bought|agreed)\b")

# "..., Charlton are hoping to land Y and Stevenage are keen on Z": another club's own item in a chain
# (not after a club, whose apposition it may be: "from #c1#, the Istanbul club are set to sign")
_CLUB_NEXT = (r"#c\d+#\s+(?:are|is|have|has)\s+(?:also\s+|now\s+)?(?:keen|hoping|interested|eyeing|targeting|tracking|"
              r"monitoring|close|closing|weighing|set\s+to|in\s+talks|plotting|considering|chasing|leading)\b")

_CLAUSE_SPLIT = re.compile(
    r"\s*(?:;|(?<!signings)(?<!additions)(?<!arrivals)(?<!players)(?<! loan)(?<!^here we go)(?<!^official)(?<!^it is official)(?<!^it's official)(?<!^it is done)(?<!^it's done)(?<!^done deal)(?<![\d-] here we go)(?<![\d-] official)(?<![\d-] it is official)(?<![\d-] it's official)(?<!\d):(?!\s*(?:it's\s+|it is\s+)?(?:done|a done deal|official|here we go)\b)|,\s*but\b|(?<!all )\bbut\b|,\s*while\b|\bwhile\b(?!\s+(?:\w+ing|at|with|on loan)\b)|,\s*whilst\b|,\s*although\b|\balthough\b|"
    r",\s*whereas\b|,\s*where\b|,\s*who\b|,\s*which\s+(?=(?:also\s+)?(?:said|says|reported|reports|added|adds|claimed|claims|understands)\b)|\bwho\s+(?=(?:left|joined|moved|signed|spent|came|arrived|cost|rejected|snubbed|turned)\b)|\bever since\b|\beven though\b|,\s*(?=it is\b)|,\s*(?=#p\d+#(?:\s+and\s+#p\d+#)?\s+(?:have|has|had)\s+(?:both\s+|also\s+|all\s+|since\s+)?(?:retired|left|gone|joined|signed|moved|departed|returned|been\s+(?:loaned|sold|transferred|sent))\b)|,\s*(?=#p\d+#\s+" + _NEXT_MOVER + r")|,\s*(?=#c\d+#\s+" + _NEXT_BUYER + r")|(?<!#c\d#)(?<!#c\d\d#),\s*(?=#c\d+#\s+" + _BUYER_DONE + r")|(?<!#c\d#)(?<!#c\d\d#),\s*(?=" + _CLUB_NEXT + r")|(?<!#c\d# )(?<!#c\d\d# )\band\s+(?=" + _CLUB_NEXT + r")|,\s*(?=(?:he|she|they)\b)|,\s*(?=(?:only\s+|just\s+|barely\s+|some\s+|about\s+|less\s+than\s+|more\s+than\s+)?(?:\w+\s+)?(?:days?|weeks?|months?|years?|seasons?)\s+(?:after|since)\s)|"
    r"\bbefore\s+(?!signing\b)(?=\w+ing\b)|\bafter\s+(?!signing\b|completing\b|sealing\b|finalising\b|finalizing\b)(?=\w+ing\b)|\b(?:before|after)\s+(?=(?:he|she|they|#a\d+#)\s)|\bafter\s+(?=(?:his|her)\s+(?:[\w-]+\s+){0,2}?(?:season|spell|loan|year|campaign|stint)s?\b)|"
    r",\s*however,?|,\s*though,?|\s-\s|,\s*and\s+(?=(?:#c|#p|#a|they|the|it|he|negotiations|talks|reports))|"
    r"(?:(?<=#c\d#\s)|(?<=#c\d\d#\s)|(?<=\bloan\s)|(?<=#m\d#\s))and\s+(?=#p\d+#\s+" + _NEXT_SUBJECT + r")|\band\s+(?=(?:reportedly|has|have|had|is|are|was|were|could|will(?!\s+(?:remain|stay)\b)|would|may|might|tried|then|also|now|remains|struck|"
    r"are now|saw|made|scored|played|became|helped|won|spent|started|finished|featured|appeared|impressed|established|"
    r"brought|added|landed|bought|sold|paid|recalled|sent)\b)|,\s*with\b(?!\s+(?:an?\s+|the\s+)?(?:option|obligation|view|buy-back|sell-on)\b)(?![^,;#]{1,50},\s+(?:hope|hopes|want|wants|are|is|have|has|will|would|could|may|might|plan|plans|look|looks|remain|remains)\b)|,\s*having\b|,\s*as\b|(?<!such )\bas\s+(?=#)|,\s*only for\b|,\s*since\b|\buntil\b)\s*")


# The same separators for text whose only whitespace is " " (every sentence: paragraphs are
# re-joined with single spaces), without the leading whitespace and with each alternative
# starting with its first character (r"\bbut" as r"b(?<!\wb)ut"), so that the regex engine can
# jump from one candidate character to the next; _separators() extends each match back over
# the whitespace before it.
_CLAUSE_CORE = re.compile(
    r"(?:;|(?<!signings)(?<!additions)(?<!arrivals)(?<!players)(?<! loan)(?<!^here we go)(?<!^official)(?<!^it is official)(?<!^it's official)(?<!^it is done)(?<!^it's done)(?<!^done deal)(?<![\d-] here we go)(?<![\d-] official)(?<![\d-] it is official)(?<![\d-] it's official)(?<!\d):(?!\s*(?:it's\s+|it is\s+)?(?:done|a done deal|official|here we go)\b)|,\s*but\b|b(?<!\wb)(?<!all b)ut\b|,\s*while\b|w(?<!\ww)hile\b(?!\s+(?:\w+ing|at|with|on loan)\b)|,\s*whilst\b|,\s*although\b|"
    r"a(?<!\wa)lthough\b|"
    r",\s*whereas\b|,\s*where\b|,\s*who\b|,\s*which\s+(?=(?:also\s+)?(?:said|says|reported|reports|added|adds|claimed|claims|understands)\b)|w(?<!\ww)ho\s+(?=(?:left|joined|moved|signed|spent|came|arrived|cost|rejected|snubbed|turned)\b)|e(?<!\we)ver since\b|e(?<!\we)ven though\b|,\s*(?=it is\b)|,\s*(?=#p\d+#(?:\s+and\s+#p\d+#)?\s+(?:have|has|had)\s+(?:both\s+|also\s+|all\s+|since\s+)?(?:retired|left|gone|joined|signed|moved|departed|returned|been\s+(?:loaned|sold|transferred|sent))\b)|,\s*(?=#p\d+#\s+" + _NEXT_MOVER + r")|,\s*(?=#c\d+#\s+" + _NEXT_BUYER + r")|(?<!#c\d#)(?<!#c\d\d#),\s*(?=#c\d+#\s+" + _BUYER_DONE + r")|(?<!#c\d#)(?<!#c\d\d#),\s*(?=" + _CLUB_NEXT + r")|a(?<!\wa)(?<!#c\d# a)(?<!#c\d\d# a)nd\s+(?=" + _CLUB_NEXT + r")|,\s*(?=(?:he|she|they)\b)|,\s*(?=(?:only\s+|just\s+|barely\s+|some\s+|about\s+|less\s+than\s+|more\s+than\s+)?(?:\w+\s+)?(?:days?|weeks?|months?|years?|seasons?)\s+(?:after|since)\s)|"
    r"b(?<!\wb)efore\s+(?!signing\b)(?=\w+ing\b)|a(?<!\wa)fter\s+(?!signing\b|completing\b|sealing\b|finalising\b|finalizing\b)(?=\w+ing\b)|b(?<!\wb)efore\s+(?=(?:he|she|they|#a\d+#)\s)|a(?<!\wa)fter\s+(?=(?:he|she|they|#a\d+#)\s)|a(?<!\wa)fter\s+(?=(?:his|her)\s+(?:[\w-]+\s+){0,2}?(?:season|spell|loan|year|campaign|stint)s?\b)|"
    r",\s*however,?|,\s*though,?| -\s|,\s*and\s+(?=(?:#c|#p|#a|they|the|it|he|negotiations|talks|reports))|"
    r"a(?:(?<=#c\d# a)|(?<=#c\d\d# a)|(?<=\bloan a)|(?<=#m\d# a))nd\s+(?=#p\d+#\s+" + _NEXT_SUBJECT + r")|a(?<!\wa)nd\s+(?=(?:reportedly|has|have|had|is|are|was|were|could|will(?!\s+(?:remain|stay)\b)|would|may|might|tried|then|also|now|remains|struck|"
    r"are now|saw|made|scored|played|became|helped|won|spent|started|finished|featured|appeared|impressed|established|"
    r"brought|added|landed|bought|sold|paid|recalled|sent)\b)|,\s*with\b(?!\s+(?:an?\s+|the\s+)?(?:option|obligation|view|buy-back|sell-on)\b)(?![^,;#]{1,50},\s+(?:hope|hopes|want|wants|are|is|have|has|will|would|could|may|might|plan|plans|look|looks|remain|remains)\b)|,\s*having\b|,\s*as\b|a(?<!\wa)(?<!such a)s\s+(?=#)|,\s*only for\b|,\s*since\b|u(?<!\wu)ntil\b)\s*")


_OTHER_SPACE = re.compile(r"[^\S ]")


_PRESENT_VERB = re.compile(r"\b(?:has|have|is|are|will|would|now)\b")  # in most sentences: no pre-check


def timeframe(sents: list[Sent], today) -> None:
    para_past = False
    last_para = -1
    for s in sents:
        if s.para != last_para:
            para_past = False
            last_para = s.para
        low = s.masked
        s.past_before = para_past
        # "six months after he left Celtic": a span relative to another event dates nothing
        s.when = find_when(_RELATIVE_SPAN.sub(" ", low) if "after" in low or "before" in low or "later" in low else low, today)
        current = bool(CURRENT.search(low))
        if s.when is None and not current and ("career" in low or "came through" in low or " name " in low or "academy" in low or "ranks" in low) and _career_told(low):
            # "X began his career at C1 and spent six years at C2 before moving on to C3": a career
            # told from its start is the player's history, every move of it
            s.past_ctx = True
            continue
        if s.when and is_before_window(s.when, today) and not current and _news_main(low, today):
            # "X has signed for #c after scoring 13 goals last season", "#c, who avoided relegation
            # last season, have brought in X": the date is the aside's; the main verb tells news
            s.when = None
            s.past_ctx = para_past = False
        elif s.when and is_before_window(s.when, today) and not current:
            s.past_ctx = True
            # "X wants to stay at #c, for whom he scored 16 goals last season": the past is the
            # relative clause's; the next sentence goes on from the present main one
            para_past = not _present_main(low, today)
        elif s.when or current or _PRESENT_VERB.search(low):
            s.past_ctx = False
            if s.when or current:
                para_past = False
        else:
            s.past_ctx = para_past


_CAREER_START = re.compile(r"\b(?:began|started|start|begin|kicked off)\s+(?:his|her)\s+(?:[\w-]+\s+)?career\b|"
                           r"\b(?:made|making)\s+(?:his|her)\s+name\s+(?:at|with)\b|"
                           r"\bcame\s+through\s+(?:the\s+)?(?:#c\d+#(?:'s)?\s+)?(?:youth\s+)?(?:ranks|academy|system|youth\s+teams?)\b|"
                           # "a career that has taken X from C1 to C2, C3 and C4", "went from C1's academy to C2"
                           r"\bcareer\s+(?:that\s+|which\s+)?(?:has\s+|had\s+)?(?:taken|took|seen|saw|led)\s+(?:him|her|#[pa]\d+#)\s+(?:from|to|through)\b|"
                           r"\b(?:went|came|graduated|progressed|rose)\s+(?:up\s+)?(?:from|through)\s+(?:the\s+)?(?:#c\d+#(?:'s)?\s+)?(?:youth\s+)?(?:academy|ranks|youth\s+(?:system|teams?))\s+to\b")


def _career_told(masked: str) -> bool:
    """A sentence that tells a career from its start (not "the club where he started his career")."""
    m = _CAREER_START.search(masked)
    return m is not None and not _RELATIVE_BEFORE.search(masked, 0, m.start()) and not _MOVE_NOW.search(masked)


_RELATIVE_BEFORE = re.compile(r"\b(?:where|who|which|whom)\s+(?:#a\d+#\s+|he\s+|she\s+)?$")
_MOVE_NOW = re.compile(r"\bnow\b|\b(?:has|have|will|is|are)\s+(?:just\s+)?(?:joined|signed|moved|completed|agreed|join|sign|move|"
                  r"joining|moving|signing|set to|close to|expected to|in talks)\b")
_RELATIVE_TAIL = re.compile(r",\s*(?:for whom|with whom|where|who|which|when)\b")
_PRESENT_MAIN_VERB = re.compile(r"\b(?:has|have|is|are|will|wants|want|remains|remain|would like|hopes)\b")


def _present_main(masked: str, today) -> bool:
    """A present main clause before a dated relative one ("X wants to stay at #c, for whom he scored ... last season")."""
    m = _RELATIVE_TAIL.search(masked) if "," in masked else None
    if m is None:
        return False
    main = masked[:m.start()]
    return _PRESENT_MAIN_VERB.search(main) is not None and find_when(main, today) is None


# the asides a sentence's date may sit in: an embedded relative clause (", who avoided relegation last
# season,") and a gerund adjunct ("after scoring 13 goals last season")
_ASIDE = re.compile(r",\s*(?:who|which|whose)\b[^,;]*,|,\s*(?:who|which|whose|where)\b[^,;]*[.!]?\s*$|\b(?:after|since|having)\s+[a-z]+ing\b[^,;]*|"
                    # a relative clause that tells the club's past without commas ("a side who won the league last season")
                    r"\b(?:side|team|club|outfit)\s+(?:who|which|that)\s+(?:won|finished|were|was|reached|lifted|avoided|earned)\b[^,;]*")
# a main verb in the present perfect that tells a move done now ("has signed for", "have brought in")
_DONE_NOW = re.compile(r"\b(?:has|have)\s+(?:now\s+|just\s+|officially\s+|also\s+)?(?:signed|joined|brought\s+in|completed|"
                       r"agreed|moved|added|landed|secured|snapped\s+up|rejoined)\b|(?:#|\bs?he)\s+(?:moves\s+to|joins|signs\s+for)\b")


def _news_main(masked: str, today) -> bool:
    """The sentence's date is in an aside, and its main verb tells a move done now."""
    if "," not in masked and "after" not in masked and "since" not in masked and "having" not in masked:
        return False
    main = _ASIDE.sub(" ", masked)
    return main != masked and _DONE_NOW.search(main) is not None and find_when(main, today) is None


_RELATIVE_SPAN = re.compile(r"\b(?:\w+\s+)?(?:days?|weeks?|months?|years?|seasons?)\s+(?:after|before|later)\b")


def has_relative_span(masked: str) -> bool:
    """"..., 25 years after joining #c": a span that dates a clause against another."""
    return ("after" in masked or "before" in masked or "later" in masked) and _RELATIVE_SPAN.search(masked) is not None


_TIMESTAMP = re.compile(r"^\s*(?:\d{1,2}[:.]\d\d(?:\s*[ap]\.?m\.?)?|(?:[01]?\d|2[0-3])\d\d\s*(?:GMT|BST|CET|ET))\b", re.I)


def is_itemised(sents: list[Sent]) -> bool:
    """A gossip column (items closed by a bracketed credit) or a live blog (timestamped entries)."""
    last: dict[int, Sent] = {}
    for s in sents:
        last[s.para] = s
    credited = sum(1 for s in last.values() if attr.trailing_credit(s.text))
    stamped = sum(1 for s in sents if _TIMESTAMP.match(s.text))
    listed = sum(1 for s in sents if s.item)
    return credited >= 3 or stamped >= 2 or listed >= 3


def is_heading(text: str) -> bool:
    """A headline or cross-head: short and without a closing stop."""
    t = text.rstrip()
    return bool(t) and t[-1] not in ".!?\"')" and len(t.split()) <= 12


# Separators that close a clause's time frame: a time in a later clause behind one of them
# ("..., who rejected a move last summer", "..., but one they had bought last year") is that
# clause's own and does not make the earlier clause past.
_BLOCKING = re.compile(r"\b(?:but|who|although|though|while|whilst|whereas|however|since|until|with|as)\b|;")


_WHO_SEP = re.compile(r"\s*,?\s*who\s*")


_ALL_OF_THEM = re.compile(r"(?:both|all|each)\b")


def clause_pasts(s: Sent, clauses: list[tuple[str, int]], today) -> list[bool]:
    """Per clause, whether the sentence's (past) time frame covers it."""
    # (a bare span split off before "after he left ..." dates that later clause, not the earlier ones)
    w = next((k for k, (c, _o) in enumerate(clauses)
              if find_when(c, today) is not None and not _BARE_SPAN.fullmatch(c.strip(" ,."))), 0)
    out: list[bool] = []
    # ("#c made an offer for #p, who scored 13 goals in 2021-22, but #c2 preferred ...": the date is the
    # relative clause's own; the clauses after it go on in the time of the one before it)
    rel_w = w > 0 and _WHO_BEFORE.search(s.masked, 0, clauses[w][1]) is not None \
        and find_when(clauses[w - 1][0], today) is None
    for k, (c, o) in enumerate(clauses):
        if rel_w and k > w and find_when(c, today) is None \
                and s.masked[clauses[w][1] + len(clauses[w][0]):clauses[w + 1][1]].lstrip().startswith(","):
            out.append(s.past_before)  # (", but #c2 preferred": the main clause resumes after a comma)
            continue
        prev = clauses[k - 1][0].rstrip(" ,.") if k else ""
        # (not "A few weeks after persuading X, #c signed Y": an opening span frames the main clause)
        opening = k == 1 or s.masked[:clauses[k - 1][1]].rstrip().endswith(("-", "–", "—", ":"))
        if k and _SPAN_END.search(prev) and not (opening and _BARE_SPAN.fullmatch(prev)) \
                and _AFTER_SEP.fullmatch(s.masked[clauses[k - 1][1] + len(clauses[k - 1][0]):o]):
            out.append(True)  # "..., six months after he left #c for #c": a move before the one told
            continue
        if k < w:
            seps = s.masked[o + len(c):clauses[w][1]]
            blocked = _BLOCKING.search(seps) is not None
            if blocked and k == w - 1 and _WHO_SEP.fullmatch(seps) and _ALL_OF_THEM.match(clauses[w][0]):
                blocked = False  # "interest from #c1 and #c2, who both monitored him last season": their time
            out.append(s.past_before if blocked else s.past_ctx)
        elif k > w and (_PERFECT_NOW.match(c) or _NOW_START.match(c)) and find_when(c, today) is None \
                and _CONTRAST.fullmatch(s.masked[clauses[k - 1][1] + len(clauses[k - 1][0]):o]):
            # "#c1 made an approach in December, while #c2 have sent scouts": a clause in the present
            # perfect behind "while" is not in the earlier clause's time
            out.append(s.past_before)
        elif k > w and _AHEAD.search(c) and find_when(c, today) is None:
            # "since joining #c five years ago, ... he could now be heading to #c2", "..., although he
            # could still rejoin #c when the window reopens": what may yet happen is no background
            out.append(s.past_before)
        else:
            out.append(s.past_ctx)
    return out


_AFTER_SEP = re.compile(r"\s*after\s*")
_AHEAD = re.compile(r"\b(?:could|may|might)\s+(?:now\s+|still\s+|yet\s+|soon\s+|also\s+)?(?!not\b|have\b|never\b)\w|\bwill\s+(?!not\b|never\b)\w|"
                    r"\b(?:is|are)\s+(?:now\s+)?(?:set|expected|poised|due|about)\s+to\b|\bnow\s+(?:be\s+)?(?:heading|set|close|closing|in talks)\b")
_WHO_BEFORE = re.compile(r",\s*who\s*$")
_SPAN_END = re.compile(r"\b(?:\w+\s+)?(?:days?|weeks?|months?|years?|seasons?)$")  # "... ten years" | "after leaving #c"
_BARE_SPAN = re.compile(r"(?:only|just|barely|some|about|less than|more than)?\s*(?:\w+\s+){0,3}?(?:days?|weeks?|months?|years?|seasons?)")
_CONTRAST = re.compile(r"\s*,?\s*(?:while|whilst|whereas|and)\s*")


# "#c signed #p in 2021 and now want #p2": a clause that says it is about now
_NOW_START = re.compile(r"(?:[\w-]+\s+|#[a-z]\d+#\s+){0,3}?(?:now|currently)\s+(?!that\b)")
_PERFECT_NOW = re.compile(r"(?:[\w-]+\s+|#[a-z]\d+#\s+){0,6}?(?:have|has|are|is)\s+(?:now\s+|also\s+)?(?:been\s+)?[a-z]+(?:ed|ing|ent|own|en)\b")


_ANTECEDENT = re.compile(r"(#[cpa]\d+#)(?:'s?)?(?:,\s+\d{1,2})?(?:\s+[\w-]+){0,2}?(?:,\s+(?:the|a|an)\s+(?:[\w-]+\s+|#[ca]\d+#\s+){0,3}?(?:[\w-]+|#a\d+#))?,?\s*who\s*$")


# "#p, #a who ...": the description in apposition is the named player's, he is the antecedent
_APPOS_ANTECEDENT = re.compile(r"(#[cp]\d+#),\s+#a\d+#,?\s*who\s*$")


def _antecedent(masked: str, offset: int) -> re.Match[str] | None:
    lo = max(0, offset - 80)
    return _APPOS_ANTECEDENT.search(masked, lo, offset) or _ANTECEDENT.search(masked, lo, offset)


# (after the verb the main clause resumes with: any past in -ed, or one of these)
_RESUME = re.compile(r",\s+(?=(?:have|has|had|are|is|were|was|will|would|could|also|now|then|wants|says|said|"
                     r"remains|looks|seems|prefers|favours|insists|brought|made|bought|[a-z]{3,}ed)\b)")


def split_resumed(masked: str, clauses: list[tuple[str, int]]) -> tuple[list[tuple[str, int]], dict[int, str]]:
    """"#c1, who beat #c2 2-0 on Sunday, have signed X": the main clause resumes after the
    relative one, with the antecedent as its subject (offset of the resumed part -> antecedent)."""
    out: list[tuple[str, int]] = []
    resumed: dict[int, str] = {}
    for clause, offset in clauses:
        if offset > 4 and masked[:offset].endswith(("who ", "who")):
            r = _RESUME.search(clause)
            m = _antecedent(masked, offset) if r else None
            if r and m:
                out.append((clause[:r.start()], offset))
                out.append((clause[r.end():], offset + r.end()))
                resumed[offset + r.end()] = m.group(1)
                continue
        out.append((clause, offset))
    return out, resumed


def with_antecedent(masked: str, clause: str, offset: int) -> str:
    """A relative clause ("..., who joined #c from #c") gets its antecedent as subject."""
    if offset < 5 or not masked[:offset].endswith(("who ", "who")):
        return clause
    if _PLURAL_VERB.match(clause):
        # "follows forward #p1 and goalkeeper #p2, who have already joined #c": both of them
        both = _PLURAL_ANTECEDENT.search(masked, max(0, offset - 120), offset)
        if both:
            return f"{both.group(1)} and {both.group(2)} {clause}"
    m = _antecedent(masked, offset)
    return f"{m.group(1)} {clause}" if m else clause


_PLURAL_VERB = re.compile(r"(?:have|are|were)\b")
_PLURAL_ANTECEDENT = re.compile(r"(#p\d+#)\s+and\s+(?:[\w-]+\s+){0,3}?(#p\d+#),?\s*who\s*$")


def manager_date(masked: str, i: int, today):
    ph = f"#c{i}#"
    for clause, _o in split_clauses(masked):
        if ph in clause:
            w = find_when(clause, today)
            return date_of_when(w, today) if w and is_before_window(w, today) else today
    return today


def time_of_clause(clause: str, today) -> When | None:
    """The clause's own time expression when it is before the article's window (and the
    clause says nothing of now)."""
    when = find_when(clause, today)
    if when is not None:
        main = _ASIDE.sub(" ", clause)
        if main != clause and _DONE_NOW.search(main) is not None and find_when(main, today) is None:
            return None  # "she moves to a #c side who won the league last season": the date is the aside's
    return past_time(clause, when, today)


def past_time(clause: str, when: When | None, today) -> When | None:
    """`when`, the time the clause states (find_when), if it is before the article's window and
    the clause says nothing of now."""
    if when is None or not is_before_window(when, today) or CURRENT.search(clause):
        return None
    return when


def date_of_when(when: When, today: dt.date) -> dt.date:
    month = when.month or 7
    try:
        return dt.date(when.year, month, 15)
    except ValueError:
        return today


def split_clauses(masked: str) -> list[tuple[str, int]]:
    """Clauses split at _CLAUSE_SPLIT, found with _CLAUSE_CORE (same matches, see _separators)."""
    out = []
    pos = 0
    for start, end in _separators(masked):
        if start > pos:
            out.append((masked[pos:start], pos))
        pos = end
    if pos < len(masked):
        out.append((masked[pos:], pos))
    return out


def _separators(masked: str) -> list[tuple[int, int]]:
    """The spans _CLAUSE_SPLIT.finditer(masked) gives. A match of r"\\s*(?:ALT)\\s*" starts at the
    whitespace run before the first place ALT matches (only " - " of ALT starts with a space,
    and only at the run's last space), so: find ALT, then step back over the whitespace."""
    if _OTHER_SPACE.search(masked):
        return [m.span() for m in _CLAUSE_SPLIT.finditer(masked)]
    out = []
    lo = 0
    pos = 0
    n = len(masked)
    while pos <= n:
        m = _CLAUSE_CORE.search(masked, pos)
        if m is None:
            break
        start = m.start()
        while start > lo and masked[start - 1] == " ":
            start -= 1
        end = m.end()
        out.append((start, end))
        lo = end
        pos = end if end > m.start() else end + 1
    return out
# Leading \b behind the first literal (exact; see fastre.boundary_first).
_PRESENT_VERB = boundary_first(_PRESENT_VERB)
_BLOCKING = boundary_first(_BLOCKING)
