"""Claim kinds: phrase lexicons per kind, negation and hedging scopes.

The patterns run over a *masked* sentence: lowercase, quotes removed, and every
entity replaced by a placeholder (#c0# club, #p1# player, #a2# player anaphor,
#m3# money, #s4# source, #u5# unknown name). That keeps the lexicons about verbs
and nouns, never about names.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.extract.fastre import gated, required, trie_regex

C = r"#c\d+#"
P = r"#[pa]\d+#"
M = r"#m\d+#"
ANY = r"(?:[^#,;:]|#[a-z]\d+#){0,40}?"  # a short stretch inside a clause

# (kind, pattern, strong). A strong trigger may fall back to the article's main
# player when the clause names none ("Sunderland have decided to withdraw").
_RAW: list[tuple[str, str, bool]] = [
    # ---- ended: checked first, and they hide the interest words inside them
    ("ended", r"\b(?:pulled|pull|pulling|pulls|dropped|drop|dropping|bowed|crashed)\s+out\b(?:\s+of\s+the\s+(?:race|running|chase|hunt|battle|bidding))?", True),
    ("ended", r"\bout of the (?:race|running|chase|hunt)\b", True),
    ("ended", r"\b(?:withdrawn|withdrew|withdraw|withdrawing|withdraws)\b(?:\s+(?:from\s+)?(?:the\s+)?(?:race|interest|chase|bid|offer))?", True),
    ("ended", r"\b(?:stepped|step|stepping|walked|walk|walking)\s+away\b(?:\s+from\s+(?:the\s+)?(?:race|chase|deal|talks|negotiations))?", True),
    ("ended", r"\b(?:ended|end|ending|abandoned|abandon|abandoning|halted|called off|call off|calling off)\s+(?:their|its|his|the)\s+(?:pursuit|interest|chase|move|bid|talks|search)\b", True),
    ("ended", r"\b(?:cooled|cooling|cool)\s+(?:their|its|his)?\s*interest\b", True),
    ("ended", r"\b(?:gave|give|giving|given)\s+up\s+(?:on|the)\b", True),
    ("ended", r"\b(?:no longer|not)\s+(?:interested|keen|pursuing|in the race|in the running|want(?:ing)?|chasing|tracking|considering)\b", True),
    ("ended", r"\b(?:have|has|had|with)\s+no\s+(?:interest|intention|plans)\s+(?:in|of)\b", True),
    ("ended", r"\bno longer\s+(?:want|wants|need|needs|pursue|pursues|an option|a target)\b", True),
    ("ended", r"\b(?:opted|decided|chose|choosing|opting)\s+against\b", True),
    ("ended", r"\b(?:ruled|rule|ruling)\s+out\s+(?:a\s+(?:move|bid|deal|swoop)|signing|a\s+return)\b", True),
    ("ended", r"\b(?:will|would)\s+not\s+(?:pursue|follow up|make|submit|return|go back)\b", True),
    ("ended", r"\b(?:turned|turn|turning)\s+(?:their|its)\s+attention(?:s)?\s+(?:elsewhere|to other)\b", True),
    ("ended", r"\bmoved on from\b", True),
    ("ended", r"\b(?:has|have|had)\s+(?:now\s+)?(?:collapsed|fallen through|fallen apart|broken down)\b|\b(?:is|are)\s+(?:now\s+)?off\b(?!\s+(?:to|for|on)\b)|\bfailed\s+(?:his|her|a|the)\s+medical\b", True),
    ("ended", r"\bcould not persuade\b|\bfailed to persuade\b", True),
    ("ended", r"\b(?:couldn't|could not|failed to|failing to)\s+(?:secure|agree|land|complete|strike)\b", True),
    # ---- done kinds
    ("loan", r"\b(?:spent|spend|spending)\b(?:[^#,;]|#[a-z]\d+#){0,30}?\bon loan\b", True),
    ("loan", r"\b(?:loaned|farmed)\s+out\b|\bloaned\s+to\b|\bsent\s+(?:out\s+)?on loan\b", True),
    ("loan", r"\b(?:completes?|completed|sealed|seals|secured|secures|finalised|finalized)\s+(?:a\s+|his\s+|the\s+)?(?:season-long\s+|temporary\s+|six-month\s+)?loan\b", True),
    ("loan", r"\b(?:joined|joins|join|moved|arrived|arrives|signed|signs|joining|returned|returns)\b(?:[^#,;]|#[a-z]\d+#){0,40}?\bon (?:a\s+)?(?:season-long\s+|temporary\s+|six-month\s+)?loan\b", True),
    ("loan", r"\b(?:recalled|recalls|recall|returned|returns|return|back)\s+(?:[\w-]+\s+|#[pac]\d+#\s+){0,3}?from\s+(?:his|her|a|the)\s+"
             r"(?:[\w-]+\s+)?loan\s+(?:spell\s+|stint\s+)?(?:at|with)\b", True),
    ("loan", r"\bon a loan running\b|\bsigning #[pa]\d+# on loan\b", True),
    ("loan", r"\b(?:brought in|landed|secured|captured|drafted in|added)\s+(?:[\w-]+\s+|#[a-z]\d+#\s+){0,4}?on (?:a\s+)?(?:[\w-]+\s+)?(?:loan|temporary (?:deal|basis))\b|\b(?:gone|went|headed|heads|goes)\s+out\s+on\s+(?:a\s+)?(?:[\w-]+\s+)?loan\b", True),
    ("signed", r"\b(?:has|have|had)\s+(?:officially\s+)?(?:joined|signed for|signed with|completed (?:a|his|the) (?:move|switch|transfer))\b(?!\s+(?:the\s+)?(?:race|chase|battle|hunt|queue|scramble|running|fight|bidding|list)\b)", True),
    ("signed", r"\b(?:joined|joins|rejoined|rejoins)\b(?!\s+#[pa]|\s+(?:the\s+)?(?:race|chase|battle|hunt|queue|scramble|running|fight|bidding|list)\b)", True),
    ("signed", r"\bjoining\s+#c\d+#|\b(?:joining|arriving)\s+from\s+#c\d+#|^(?:moving|switching)\s+to\s+#c\d+#|\b(?:after|before|since)\s+(?:moving|switching)\s+to\s+#c\d+#", True),
    ("signed", r"(?:(?<=# )|(?<=\bwho )|(?<=\bhe )|(?<=\bshe ))cost\s+#c\d+#\s+(?:a\s+)?(?:[\w-]+\s+){0,2}?#m\d+#", True),
    ("signed", r"\bsigned\s+(?:for|with)\b|\bsigning\s+with\b|\bsigns\s+for\b|\bsigned\s+by\b|\bwas\s+signed\b|\bhas\s+signed\b|\bhave\s+signed\b|\bsigned\s+(?:[a-z-]+\s+){0,3}?#[pa]\d+#", True),
    ("signed", r"\bsnapped\s+up\b|\bsnap(?:ped)?\s+#[pa]\d+#\s+up\b|\bwrapped\s+up\s+(?:a|the)\s+(?:deal|signing)\b|"
               r"(?<=\bto )wrap up\s+(?:a|the)\s+(?:[\w-]+\s+|#m\d+#\s+){0,2}?(?:deal|signing|move|transfer)\b", True),
    ("agreement", r"\b(?:is|are)\s+(?:now\s+)?wrapping up\s+(?:a|the)\s+(?:[\w-]+\s+|#m\d+#\s+){0,2}?(?:deal|signing|move|transfer)\b", True),
    ("signed", r"\b(?:completed|complete|completes|sealed|seals|seal|finalised|finalized|concluded)\s+(?:the\s+|a\s+|an\s+|his\s+|their\s+)?(?:[\w-]+\s+|#m\d+#\s+){0,3}?(?:signing|transfer|move|switch|deal|agreement)\b", True),
    ("signed", r"\b(?:transfer|move|switch)\s+to\s+#c\d+#\s+(?:was|has been|had been)\s+(?:completed|confirmed|finalised|sealed)\b", True),
    ("signed", r"\bconfirm(?:ed|s)?\s+(?:the\s+|his\s+)?(?:[\w-]+\s+|#[pa]\d+#'s\s+){0,3}?(?:arrival|signing)\b|\bannounc(?:ed|e|es)\s+(?:the\s+)?(?:#m\d+#\s+)?signing\b|\bunveiled\b", True),
    ("signed", r"\barrivals?\s+of\b(?!\s+(?:two|three|four|five|six|several|some|other|new|a|an)\b)|\bthe signing of\b|\bwon the race\b|\bhave won the race\b", True),
    ("signed", r"\bmoved\s+to\b|\bleft\s+(?:#c\d+#\s+)?for\b|\bcame\s+(?:in\s+)?from\b|\bbrought\s+(?:#[pa]\d+#\s+)?(?:over\s+|in\s+)?from\b|\bbought\s+(?:#[pa]\d+#\s+)?(?:from|for)\b|\bhad\s+bought\b", True),
    ("signed", r"\b(?:spent|spending|splashed|paid|paying|handed over|shelled out|forked out)\s+#m\d+#[\s,]+(?:\w+[\s,]+){0,3}?(?:on|for)\b", True),
    ("signed", r"\boutlays?\b(?:[^;]){0,30}?#m\d+#\s+on\b|#m\d+#\s+on\s+#[pa]\d+#", True),
    ("signed", r"\b(?:making|made)\s+(?:a\s+)?(?:#m\d+#\s+)?move\s+(?:of his own\s+)?from\b", True),
    ("signed", r"\barrived\s+(?:at|from)\b(?!\s+#c\d+#'s\s+(?:training|headquarters|hq|base|offices|medical))", True),
    ("signed", r"\b(?:has|have|had)\s+(?:now\s+|officially\s+|finally\s+)?put pen to paper\b|(?:(?<=\bto )|(?<=\bwill ))put pen to paper\b", True),
    ("signed", r"\b(?:snubbed|snubbing|rejected|rejecting|turned down|turning down|rebuffed|shunned|spurned|spurning|"
               r"(?:(?<=\bto )|(?<=\bwill ))(?:snub|reject|turn down|rebuff|shun|spurn))\s+#c\d+#\s+(?:in order\s+)?to\s+"
               r"(?:join|sign for|move to|complete a move to)\b", True),
    ("signed", r"\bmade\s+(?:[\w'-]+\s+|#[a-z]\d+#(?:'s)?\s+){1,8}?permanent\b|\b(?:activated|triggered|exercised|taken up|took up)\s+(?:the|an|their|his|its)\s+(?:[\w-]+\s+)?(?:option|obligation)\s+to\s+(?:buy|sign|purchase|make)\b", True),
    ("signed", r"\b(?:sold|sells|offloaded)\s+(?:[a-z-]+\s+){0,2}?#[pa]\d+#\s+to\s+#c|\b(?:been|was|were)\s+(?:sold|offloaded)\s+to\s+#c", True),
    # ---- agreement
    ("agreement", r"\b(?:agreed|agree|agrees|agreeing)\s+(?:a\s+|an\s+|the\s+)?(?:[\w-]+\s+|#m\d+#\s+){0,2}?(?:fee|deal|terms|personal terms|package|contract|agreement|price|transfer)\b", True),
    ("agreement", r"\b(?:fee|terms|deal)\s+(?:has\s+|have\s+|was\s+)?(?:already\s+|now\s+|also\s+|reportedly\s+)?(?:been\s+)?agreed\b", True),
    ("agreement", r"\breach(?:ed|es|ing)?\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:agreement|deal|accord)\b", True),
    ("agreement", r"\b(?:agreement|deal)\s+in\s+place\b|\b(?:a|an)\s+(?:provisional|verbal|full|total)\s+(?:agreement|deal)\b", True),
    ("agreement", r"\bstruck\s+(?:a|an)\s+(?:\w+\s+)?(?:deal|agreement)\b|\bstrike\s+a\s+deal\b", True),
    ("agreement", r"\bhere we go\b|\bmedical\b|\b(?:is|are)\s+(?:now\s+)?(?:heading|headed|bound)\s+(?:to|for)\s+#c\d+#|\b(?:is|are)\s+(?:now\s+)?on (?:his|her|their) way to\s+#c\d+#|\b(?:is|are)\s+(?:now\s+)?off\s+to\s+#c\d+#", True),
    ("agreement", r"(?<=#)\s+to\s+#c\d+#,?\s+(?:is\s+)?(?:confirmed|done deal|done|agreed|all done|here we go)\b", True),
    ("agreement", r"\bclosing in on\b|\bclose to (?:signing|a deal|completing|landing|agreeing|securing)\b|\bon the verge of\b|\bnearing (?:a\s+)?(?:deal|agreement|completion)\b|\bclose in on\b", True),
    ("agreement", r"\bset to (?:sign|complete|land|seal|finalise|join)\b|\bpoised to (?:sign|complete|land|seal|join)\b|\b(?:expected|due) to (?:sign|join|complete|seal)\b", True),
    ("agreement", r"\b(?:signed|agreed|penned|signing|signs)\s+(?:a|an|his|the)\s+pre-?contract(?:\s+(?:agreement|deal))?\b|\bpre-?contract (?:agreement|deal)\b", True),
    ("agreement", r"\b(?:triggered|activated|met|paid)\s+(?:his|her|the|a|their)\s+(?:[\w-]+\s+|#m\d+#\s+){0,2}?(?:release|buy-?out|exit)\s+clause\b", True),
    ("agreement", r"\bagreed to sell\s+(?:[\w-]+\s+){0,3}?#[pa]\d+#\s+to\s+#c|\bagreed to let\s+(?:[\w-]+\s+){0,2}?#[pa]\d+#\s+(?:join|move to|leave for|go to|sign for)\b|"
                  r"\bwill\s+(?:now\s+)?sign\s+(?:for\s+#c|(?:[\w-]+\s+){0,2}?#[pa]\d+#)", True),
    ("agreement", r"\bset for (?:a|an|his|her)\s+(?:[\w-]+\s+|#m\d+#\s+){0,2}?(?:move|switch|transfer|return)\s+to\b|\bagreed to (?:join|sign for|move to)\b", True),
    # ---- bid
    ("bid", r"\b(?:improved|fresh|new|opening|initial|formal|official|first|second|third|final|rejected|club-record|record|concrete)\s+(?:#m\d+#\s+)?(?:bid|offer|proposal)s?\b", True),
    ("bid", r"\boffered\s+#c\d+#\s+(?:[\w-]+\s+){0,2}?#m\d+#", True),
    ("bid", r"#m\d+#\s+(?:[\w-]+\s+)?proposals?\b|\bproposals?\s+(?:from|for)\s+#", True),
    ("bid", r"\b(?:bid|bids|offer|offers)\b(?!\s+for\s+(?:a|an|the|their|its|his|her)\s+(?:[\w'-]+\s+|#[a-z]\d+#(?:'s)?\s+){0,5}?(?:title|titles|trophy|crown|treble|double|promotion|survival|championship|glory)\b)", True),
    ("bid", r"\b(?:tabled|lodged|submitted|launched|made|put forward|table|lodge|submit)\s+(?:a|an|their|two|several)\s+(?:[\w-]+\s+|#m\d+#\s+){0,3}?(?:bid|offer|proposal)s?\b", True),
    # ---- talks
    ("talks", r"\b(?:opened|open|opening|reopened|reopen|held|holding|hold|began|begun|started|entered|in|initiated|stepped up)\s+(?:advanced\s+|formal\s+|initial\s+|fresh\s+|early\s+)?(?:talks|negotiations|discussions|dialogue)\b", True),
    ("talks", r"\b(?:negotiating|negotiate|negotiations|talks)\s+(?:with|over|for|about|are ongoing|have stalled|have stagnated|have reportedly stalled|stalled|stagnated)\b", True),
    ("talks", r"\b(?:talks|negotiations)\s+(?:have\s+)?(?:reportedly\s+)?(?:stalled|stagnated|broken down|continue|ongoing|progressing)\b", True),
    ("talks", r"\b(?:been|was|were)\s+quoted\s+#m\d+#", True),
    ("talks", r"\b(?:permission|green light|the go-ahead)\s+to\s+(?:speak|talk|hold talks)\s+(?:to|with)\b", True),
    ("talks", r"\b(?:approached|approach|approaches|made contact|enquired|enquiry|enquiries|inquired|inquiry|inquiries|sounded out)\b", True),
    ("talks", r"\b(?:asked|asking|ask|asks)\s+about\s+(?:a\s+(?:loan|deal|move|transfer)\s+for\s+|the\s+availability\s+of\s+)?(?:#c\d+#(?:'s)?\s+(?:[\w-]+\s+){0,2}?)?#[pa]\d+#", True),
    # ---- interest
    ("interest", r"\b(?:interested|interest)\s+in\b|\binterest\s+(?:at|from)\s+#c|\b(?:showing|shown|show|shows|expressed|registered|maintained|formalise|formalize)\s+(?:their\s+|his\s+|its\s+)?interest\b", False),
    ("interest", r"\b(?:keen\s+on|keen\s+to\s+(?:sign|land|bring)|(?:is|are|was|were|remain|remains)\s+keen\b)", False),
    ("interest", r"#c\d+#\s+(?:are\s+|is\s+)?(?:also|too)\s+(?:interested|keen|in the race|in the running|lurking|circling)\b", False),
    ("interest", r"\b(?:keeping|keep|keeps|kept)\s+(?:close\s+)?tabs\s+on\b|\b(?:keeping|keep|keeps|kept|has|have|had|with)\s+(?:a\s+close\s+|an\s+|his\s+|their\s+)?eye\s+on\b|\beyeing\b|\beyes\b", False),
    ("interest", r"\bmonitor(?:ing|s|ed)?\b|\bscout(?:ing|s|ed)?\b|\bwatch(?:ed|ing)?\s+#[pa]\d+#|\bsent scouts\b|\btrack(?:ing|s|ed)?\b", False),
    ("interest", r"\badmir(?:er|ers|es|e|ing)\b|\b(?:fan|fans)\s+of\s+#[pa]\d+#|\blikes?\s+#[pa]\d+#", False),
    ("interest", r"\btop of (?:their|the|his|its)\s+(?:[\w-]+\s+)?(?:list|shortlist|wishlist|wish list|agenda)\b", False),
    ("interest", r"\btarget(?:s|ed|ing)?\b|\bshortlist\b|\blist of targets\b|\bon (?:that|the|their|this) list\b|\bsingled out\b|\bsights on\b", False),
    ("interest", r"\bon the radar of\b|\bon (?:their|his|its|the|#c\d+#'s) radar\b|\b(?:ready|willing|prepared|able) to (?:meet|pay|trigger|activate)\s+(?:his|the|a|their)\s+(?:[\w-]+\s+)?(?:release|buy-?out|exit)\s+clause\b", False),
    ("interest", r"\blinked\s+(?:with|to)\b|\blinks?\s+(?:with|to)\s+#", False),
    ("interest", r"\b(?:vying|battle|battling|race|racing|chase|chasing|chased|hunt|pursuit|pursue|pursuing|fight|fighting|competition|compete|tussle|tug-of-war|battle)\s+(?:for|of|with|over|from)\b", False),
    ("interest", r"\bin the (?:race|running|hunt|market)\s+for\b|\bfront-?runners?\b|\bfavourites? to (?:sign|land)\b|\bin for\s+#[pa]\d+#", False),
    ("interest", r"\b(?:want|wants|wanted|wanting)\s+(?:to sign\s+)?(?:#c\d+#(?:'s)?\s+(?:[a-z-]+\s+){0,2}?)?#[pa]\d+#|\bwould like\s+(?:to sign\s+)?#[pa]\d+#|\bhope(?:s|ful)?\s+(?:of|to)\s+(?:sign|land|bring)", False),
    ("interest", r"\bconsider(?:ing|s|ed)?\b|\bcourting\b|\bweighing up\b|\bplotting\b|\beyeing up\b|\blining up\b|\bput out the feelers\b|\bfeelers\b", False),
    ("interest", r"\bcaught the (?:attention|eye) of\b|\battract(?:ed|ing)?\s+(?:interest|attention)\s+from\b", False),
    ("interest", r"\b(?:go|going|come|coming|went)\s+(?:back\s+)?(?:after|for)\s+#[pa]\d+#|\btipped to (?:sign|land|move for)\b", False),
    ("interest", r"\b(?:gearing up|preparing|ready|planning|plan|plans|look(?:ing)? to|set) to (?:make|launch|table|submit|lodge)\b", False),
    ("interest", r"\b(?:land|landing)\s+#[pa]\d+#|\bto land\b|\bto sign\b|\bsigning\s+#[pa]\d+#|\bbring\s+#[pa]\d+#", False),
    ("interest", r"\bwould rather go to\b|\bprefers? a move to\b", False),
    ("interest", r"\bmove for\b|\bswoop for\b|\bbid to sign\b", False),
    ("interest", r"\b(?:wanted|targeted|monitored|scouted|admired|courted|coveted|eyed|pursued)\s+by\s+#c\d+#", False),
    ("interest", r"\b(?:rejected|turned down|snubbed|rebuffed|shunned|spurned|rejecting|turning down|snubbing|rebuffing|"
                 r"shunning|spurning)\s+#c\d+#(?!')", False),
    ("interest", r"\b(?:want|wants|wanted|wanting)\s+#c\d+#\s+to\s+(?:sell|lower|reduce|drop|cut|accept|release|let)\b", False),
    ("interest", r"\b(?:rejected|turned down|snubbed|rebuffed|refused)\s+(?:a|an)\s+(?:[\w-]+\s+)?(?:move|switch|transfer)\s+to\s+#c\d+#", False),
]

TRIGGERS: list[tuple[str, re.Pattern[str], bool]] = [(k, re.compile(p), s) for k, p, s in _RAW]
_PRIORITY = {"ended": 0, "loan": 1, "signed": 2, "agreement": 3, "bid": 4, "talks": 5, "interest": 6}


# Words at least one of which every trigger contains: a clause without any is skipped at once.
_ANCHOR_WORDS = sorted({w for _k, p, _s in _RAW for w in re.findall(r"(?<![\\?])[a-z]{3,}", p)}, key=len, reverse=True)
_ANCHOR = re.compile("|".join(_ANCHOR_WORDS))

# Per phrase: the literals one of which it needs. A phrase none of whose literals is in the
# clause cannot match anywhere in it, so it is not tried.
_REQ: list[tuple[str, ...] | None] = [required(p) for _k, p, _s in _RAW]
_LITERALS: tuple[str, ...] = tuple(dict.fromkeys([*(x for r in _REQ if r for x in r), *_ANCHOR_WORDS]))
_BIT = {lit: 1 << i for i, lit in enumerate(_LITERALS)}
_REQ_MASK: list[int] = [sum(_BIT[x] for x in set(r)) if r else -1 for r in _REQ]
_ANCHOR_MASK = sum(_BIT[w] for w in _ANCHOR_WORDS)
# The longest literal starting at a position implies every literal that is a prefix of it.
_CLOSURE = {lit: sum(bit for other, bit in _BIT.items() if lit.startswith(other)) for lit in _LITERALS}


# Every literal at every position (a lookahead, so overlapping ones are found; the trie is
# greedy, so the one reported at a position is the longest and its prefixes follow from it).
_LITERAL_SCAN = re.compile(f"(?=({trie_regex(_LITERALS)}))")
_KIND_PARTS: list[tuple[str, bool, tuple[int, ...]]] = [
    (kind, next(s for k, _p, s in _RAW if k == kind), tuple(i for i, (k, _p, _s) in enumerate(_RAW) if k == kind))
    for kind in _PRIORITY]
_PHRASES: list[re.Pattern[str]] = [rx for _k, rx, _s in TRIGGERS]
_PASSES: dict[int, list[tuple[str, list[re.Pattern[str]], bool]] | None] = {}


def _active_passes(clause: str) -> list[tuple[str, list[re.Pattern[str]], bool]] | None:
    """Per kind, the phrases that can match in this clause, in order (None: no anchor word)."""
    present = 0
    for lit in set(_LITERAL_SCAN.findall(clause)):
        present |= _CLOSURE[lit]
    try:
        return _PASSES[present]
    except KeyError:
        pass
    passes: list[tuple[str, list[re.Pattern[str]], bool]] | None = None
    if present & _ANCHOR_MASK:
        passes = []
        for kind, strong, idxs in _KIND_PARTS:
            active = [_PHRASES[i] for i in idxs if _REQ_MASK[i] & present]
            if active:
                passes.append((kind, active, strong))
    if len(_PASSES) > 8192:
        _PASSES.clear()
    _PASSES[present] = passes
    return passes


def _alternation_spans(clause: str, phrases: list[re.Pattern[str]]) -> list[tuple[int, int]]:
    """The spans finditer() of the alternation "(?:p1)|(?:p2)|..." gives, from the phrases
    compiled one by one: at each step the leftmost match of any phrase, the first phrase on
    a tie (an alternation tries its branches in order at each position), then on from its end."""
    nxt = [rx.search(clause) for rx in phrases]
    out: list[tuple[int, int]] = []
    pos = 0
    while True:
        best = None
        for k, m in enumerate(nxt):
            if m is None:
                continue
            if m.start() < pos:
                m = nxt[k] = phrases[k].search(clause, pos)
                if m is None:
                    continue
            if best is None or m.start() < best.start():
                best = m
        if best is None:
            return out
        out.append(best.span())
        pos = best.end() if best.end() > best.start() else best.end() + 1


# Negation close before a trigger (same clause): "not desperate to make a signing".
NEGATION = re.compile(r"\b(?:not(?!\s+(?:the\s+|just\s+)?only\b)|n't|cannot|never|no|nor|neither|without|unlikely to|rather than|instead of|denied|deny|denies|dismissed)\b(?:\s+\S+){0,3}\s*$")
# A denial covers the whole rest of its clause: "has denied that his client is in talks with ...".
DENIAL = re.compile(r"\b(?:denied|denies|deny|denying|dismissed|dismisses|rubbished|rubbishes|played down|plays down)\s+"
                    r"(?:that|reports|claims|rumours|suggestions|speculation|any)\b")
# Conditionals and questions the writer does not assert.
CONDITIONAL = re.compile(r"\b(?:if|unless|whether)\b[^,;]*$")
# A bid/offer that is the seller's ("willing to listen to offers", "an acceptable offer came in").
SELLER_OFFER = re.compile(r"\b(?:listen to|consider|accept(?:able)?|receive|received|invite|inviting|open to)\s+(?:\w+\s+){0,2}$")


@dataclass(slots=True)
class Trigger:
    kind: str
    start: int
    end: int
    strong: bool
    negated: bool = False


def find_triggers(clause: str) -> list[Trigger]:
    """Non-overlapping kind triggers in a masked clause; longer and stronger kinds win."""
    found: list[Trigger] = []
    passes = _active_passes(clause)
    if passes is None:  # no anchor word
        return found
    for kind, phrases, strong in passes:
        if len(phrases) == 1:
            for m in phrases[0].finditer(clause):
                found.append(Trigger(kind, m.start(), m.end(), strong))
        else:
            for a, b in _alternation_spans(clause, phrases):
                found.append(Trigger(kind, a, b, strong))
    found.sort(key=lambda t: (_PRIORITY[t.kind] if t.kind == "ended" else 9, -(t.end - t.start), _PRIORITY[t.kind]))
    chosen: list[Trigger] = []
    for t in found:
        if any(t.start < c.end and c.start < t.end for c in chosen):
            continue
        before = clause[max(0, t.start - 40):t.start]
        if t.kind != "ended" and NEGATION.search(before):
            t.negated = True
        if t.kind == "bid" and SELLER_OFFER.search(before):
            t.negated = True
        if CONDITIONAL.search(clause[:t.start]) and t.kind != "ended":
            t.negated = True
        if ("den" in clause or "dis" in clause or "rubbish" in clause or " down " in clause) and \
                DENIAL.search(clause, 0, t.start):
            t.negated = True
        chosen.append(t)
    chosen.sort(key=lambda t: t.start)
    # "failed to complete a move for X", "pulled out of a deal for X": the pursuit the
    # withdrawal ends is no interest of its own
    ends = [t.end for t in chosen if t.kind == "ended"] if len(chosen) > 1 else ()
    if ends:
        chosen = [t for t in chosen if not (t.kind == "interest" and any(0 <= t.start - e <= 12 for e in ends))]
    # "agreed a deal ... to sign X": the infinitive belongs to the stronger phrase
    if any(t.kind != "interest" and not t.negated for t in chosen):
        chosen = [t for t in chosen if not (t.kind == "interest" and _INFINITIVE.match(clause, t.start))]
        # "in talks with #c over a loan move for X": the move is what the talks are about
        objs = [t.end for t in chosen if t.kind in ("talks", "agreement", "bid") and not t.negated]
        if objs:
            chosen = [t for t in chosen if not (t.kind == "interest" and any(
                0 <= t.start - e <= 40 and _TALKS_OBJECT.fullmatch(clause, e, t.start) for e in objs))]
    return chosen


_TALKS_OBJECT = re.compile(r"(?:\s+with\s+#c\d+#)?\s+(?:over|about|on|for)\s+(?:a|an|the)\s+(?:[\w-]+\s+)?")


_INFINITIVE = re.compile(r"to (?:sign|land|bring)\b|signing\b|bring\b|land\b")

SELLER_OFFER = gated(SELLER_OFFER)  # type: ignore[assignment]
CONDITIONAL = gated(CONDITIONAL, 2)  # type: ignore[assignment]
NEGATION = gated(NEGATION, 2)  # type: ignore[assignment]
