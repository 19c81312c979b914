"""Fact cues: the phrases that tie a player to the club he plays for now.

Patterns run over the masked sentence (see rules/kinds.py). Each names its player
slot (group "p", with "pk" the placeholder letter: p a named player, a an anaphor)
and its club slot (group "c"). The example is the sentence the row exists for;
tests/extract/test_rule_rows.py checks that it gives {P} the current club {C}.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class ClubCue:
    pattern: str
    example: str
    name: str = ""


_P = r"#(?P<pk>[pa])(?P<p>\d+)#"
_C = r"#c(?P<c>\d+)#"
_APPOS = r"(?:,\s+[^,;]{1,60}){0,2},?"  # "X, 26, ..." / "X, 34, the former Spain midfielder, ..."

_ROWS = [
    # leaving: the club he would leave is his
    ClubCue(_P + _APPOS + r"\s+(?:[\w-]+\s+){0,5}?(?<!after )(?<!before )(?<!since )(?:leave|depart|quit|exit|leaving|departing|to leave|to depart)\s+(?:the\s+)?" + _C + r"(?!'s)",
            "{P} will have to leave {C} if he wants to win trophies."),
    # staying: the club he stays at is his
    ClubCue(_P + _APPOS + r"\s+(?:[\w-]+\s+){0,5}?(?:stay|remain|staying|remaining|stays|remains|extend(?:ed|s)?\s+(?:his|her)\s+stay)\s+(?:at|with)\s+(?:the\s+)?" + _C + r"(?!'s)",
            "{P} has decided to stay at {C} for another season."),
    # a renewal: the club he renews with is his
    ClubCue(_P + _APPOS + r"\s+(?:has\s+|have\s+)?(?:signed|agreed|penned|put pen to paper on)\s+(?:a\s+)?(?:new|fresh|improved|extended)\s+(?:[\w-]+\s+){0,2}?(?:contract|deal)\s+(?:with|at)\s+" + _C,
            "{P} has signed a new five-year contract with {C}."),
    ClubCue(_P + _APPOS + r"\s+(?:has\s+|have\s+)?(?:signed|agreed|penned)\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?:extension|renewal)\s+(?:with|at)\s+" + _C,
            "{P} has signed a two-year extension with {C}."),
    ClubCue(_C + r"\s+(?:[\w-]+\s+){0,4}?(?:hand|offer|give|tie|handed|offered|given)\s+(?:[\w-]+\s+){0,3}?" + _P + r"(?:,[^,;]{1,60}){0,2},?\s+(?:to\s+)?(?:a\s+)?(?:new|fresh|improved|long-term)\s+(?:[\w-]+\s+)?(?:contract|deal)",
            "{C} hope to tie striker {P}, 23, to a new contract."),
    ClubCue(_P + _APPOS + r"\s+(?:has\s+|have\s+)?(?:extended|renewed|extends|renews)\s+(?:his|her)\s+(?:[\w-]+\s+)?(?:contract|deal)\s+(?:with|at)\s+" + _C,
            "{P} extended his contract with {C}."),
    # his contract named by his club: "18 months left on his Celtic contract", "out of contract at Celtic"
    ClubCue(_P + _APPOS + r"\s(?:[^;#]|#a\d+#){0,60}?\b(?:his|her)\s+(?:current\s+|present\s+)?" + _C + r"\s+(?:contract|deal)\b",
            "{P} has 18 months left on his {C} contract."),
    ClubCue(_P + _APPOS + r"\s+(?:is|will\s+be|becomes)\s+(?:[\w-]+\s+)?out\s+of\s+contract\s+(?:at|with)\s+" + _C + r"(?!'s)",
            "{P} is out of contract at {C} at the end of the season."),
    # his club named as his
    ClubCue(_P + r"\s(?:[^;#]|#a\d+#){0,60}?\b(?:his|her)\s+(?:parent\s+|current\s+|present\s+|own\s+)?club,?\s+" + _C + r"(?!'s)",
            "{P} could return to his parent club {C}."),
    ClubCue(_C + r"\s+(?:have\s+|has\s+|had\s+)?(?:(?!for\b|of\b|about\b|on\b|from\b|in\b|to\b)[\w-]+\s+){0,3}?(?:their|its)\s+(?:[\w-]+\s+)?(?:top scorer|leading scorer|captain|skipper|"
                 r"goalkeeper|number one|talisman|star man|record signing|academy graduate)\s+" + _P,
            "{C} have lost their leading scorer {P} to injury."),
    # where he is now, or has been for a while
    ClubCue(_P + r"(?:'s?)?\s+(?:days|time|future|stay|spell|career)\s+(?:at|with)\s+" + _C + r"\s+(?:look|looks|are|is|seem|seems|appear|appears)\s+(?:to\s+be\s+)?(?:numbered|over|up|at an end|coming to an end)\b",
            "{P}'s days at {C} look numbered."),
    ClubCue(_P + r",\s+(?:now|currently)\s+(?:at|with)\s+" + _C + r"(?!'s)", "Former {C2} defender {P}, now at {C}, is also being considered."),
    ClubCue(_P + _APPOS + r"\s+(?:is|are)\s+(?:now\s+|also\s+)?back\s+(?:at|with)\s+(?:the\s+)?" + _C + r"(?!'s)",
            "{P}, 26, is back at {C} after two seasons on loan at {C2}."),
    ClubCue(_P + r",\s+who\s+(?:has|had)\s+been\s+(?:at|with)\s+" + _C + r"\s+since\b", "{P}, who has been at {C} since 2019, is wanted by Everton."),
    # his club lets him go, keeps him, or listens to offers for him
    ClubCue(_C + r"\s+(?:[\w-]+\s+){0,5}?(?:let|allow|allowing|letting)\s+" + _P + r"\s+(?:to\s+)?(?:leave|go|depart|move on)\b",
            "{C} will let {P} leave once his replacement arrives."),
    ClubCue(_C + r"\s+(?:[\w-]+\s+){0,4}?(?:keep|keeping|retain|retaining|hold on to|holding on to|hang on to|hanging on to|keep hold of)\s+" + _P,
            "{C} want to keep {P} at the club, but {C2} are keen."),
    ClubCue(_C + r"\s+(?:[\w-]+\s+){0,6}?(?:listen|listening)\s+to\s+(?:bids|offers|approaches|proposals)\s+for\s+" + _P,
            "{C} are willing to listen to bids for {P}."),
    # his future or his way out there; his club's stance on him
    ClubCue(_P + r"(?:'s?)?\s+(?:future|days|stay)\s+(?:at|with)\s+(?:the\s+)?" + _C + r"(?!'s)", "{P}'s future at {C} has been thrown into doubt."),
    ClubCue(_P + _APPOS + r"\s+(?:[\w-]+\s+){0,5}?(?:heading|head|headed|on\s+(?:his|her)\s+way|edging\s+(?:his|her)\s+way)\s+out\s+of\s+(?:the\s+)?" + _C + r"(?!'s)",
            "{P} could be heading out of {C}."),
    ClubCue(_P + r"(?:'s)?\s+(?:[\w-]+\s+|#m\d+#\s+)?(?:exit|departure)\s+from\s+(?:the\s+)?" + _C + r"(?!'s)", "{P}'s exit from {C} is close."),
    ClubCue(_C + r"\s+(?:[\w-]+\s+){0,4}?(?:ready|willing|prepared|happy|open|looking|keen|set|poised)\s+to\s+(?:sell|offload|cash in on|part with)\s+" + _P,
            "{C} are ready to sell {P}."),
    ClubCue(_C + r"\s+(?:will\s+not|won't|would\s+not|refuse\s+to|refused\s+to|are\s+not\s+prepared\s+to|have\s+no\s+intention\s+of)\s+(?:sell|selling|let|letting|part\s+with|parting\s+with)\s+(?:(?:their|star|[\w-]+)\s+){0,2}?" + _P,
            "{C} will not sell {P}, whatever {C2} offer."),
    ClubCue(_C + r"\s+(?:[\w-]+\s+){0,3}?(?:consider|considers|regard|regards|deem|deems)\s+" + _P + r"\s+(?:as\s+)?(?:untouchable|unsellable|indispensable|not for sale)\b",
            "{C2} are keen, but {C} consider {P} untouchable."),
    ClubCue(_P + r"\s+(?:has\s+been|had\s+been|was|is)\s+(?:left|dropped|omitted)\s+(?:out\s+)?(?:of|from)\s+(?:the\s+)?" + _C + r"(?:'s)?\s+(?:[\w-]+\s+)?(?:squad|team|side|line-up)\b",
            "{P} has been left out of the {C} squad."),
    # his club's plans, his parent club, his future committed, his spell there nearing its end
    ClubCue(_P + r"\s+(?:is|was)\s+(?:no\s+longer|not)\s+(?:part\s+of|in)\s+(?:[\w'’-]+\s+|#[cu]\d+#(?:'s)?\s+){0,4}?plans\s+at\s+" + _C,
            "{P} is no longer part of the coach's plans at {C}."),
    ClubCue(r"\bparent\s+club,?\s+" + _C + r"[^;]{0,40}?\b(?:recall|recalled|recalls|recalling)\s+" + _P,
            "An injury led parent club {C} to recall {P}."),
    ClubCue(_P + r"\s+(?:has\s+)?(?:committed|commits|pledged)\s+(?:his|her)\s+(?:long-term\s+)?future\s+to\s+" + _C,
            "{P} has committed his future to {C} with a new deal."),
    ClubCue(_P + r"(?:'s)?\s+(?:[\w-]+\s+)?(?:spell|stay|time|career)\s+at\s+" + _C + r"\s+(?:looks|is|appears|seems)\s+(?:[\w-]+\s+)?"
            r"(?:close\s+to\s+(?:its|an)\s+end|set\s+to\s+end|nearing\s+(?:its|an)\s+end|coming\s+to\s+an\s+end)",
            "{P}'s unhappy spell at {C} looks close to its end."),
    ClubCue(_P + r",\s+(?:another|a|an|the)\s+(?:[\w-]+\s+)?" + _C + r"\s+(?:player|man|defender|midfielder|striker|forward|winger|goalkeeper|keeper)\b",
            "{C2} have also looked at {P}, another {C} player short of minutes."),
    # "X of C", "X, 24, of C", "X (C)", "X, who plays for C"
    ClubCue(_P + r"(?:,\s+\d{1,2},)?\s+of\s+" + _C + r"(?!'s)", "{C2} want {P} of {C}."),
    ClubCue(_P + r"\s+\(\s*" + _C + r"\s*\)", "{C2} want {P} ({C})."),
    # (not "X, on loan at C": the club he is on loan at is no owner, and these rows also say who sells him)
    ClubCue(_P + r",?\s+(?:who\s+)?(?:currently\s+|now\s+|still\s+)?(?:plays|is playing)\s+(?:currently\s+)?(?:for|at)\s+" + _C + r"(?!'s)",
            "{C2} want {P}, who plays for {C}."),
    # playing there now: goals, appearances, a regular place, his football, a contract he is under
    ClubCue(_P + r",?\s+(?:who\s+)?(?:has\s+(?:already\s+)?(?:scored|made|played)\s+(?:\d+|[a-z]+(?:-[a-z]+)?)\s+(?:goals|appearances|games|matches|starts)|"
                 r"(?:has\s+been\s+|is\s+)?an?\s+(?:regular|ever-present|regular\s+starter|key\s+player|first-team\s+regular)|"
                 r"(?:plays|is\s+playing)\s+(?:his|her)\s+football|(?:is|remains)\s+under\s+contract)\s+(?:for|at|with)\s+" + _C + r"(?!'s)"
                 r"(?![^;]{0,20}\b(?:in\s+(?:19|20)\d\d|last\s+season|between)\b)",
            "{C2} want {P}, who has scored 12 goals for {C} this season."),
    # out of favour there: his club is where he has no place
    ClubCue(_P + r",?\s+(?:who\s+)?(?:has\s+(?:been\s+)?|is\s+|was\s+)?(?:frozen\s+out|out\s+of\s+favour|surplus\s+to\s+requirements|out\s+of\s+the\s+picture|fallen\s+out\s+of\s+favour)\s+at\s+" + _C,
            "{P} has been frozen out at {C}, and {C2} want him."),
    ClubCue(_P + r"\s+(?:has\s+)?(?:handed|submitted|put)\s+in\s+a\s+transfer\s+request\s+at\s+" + _C,
            "{P} has handed in a transfer request at {C}."),
    ClubCue(_C + r"\s+(?:[\w-]+\s+){0,3}?(?:placed|put)\s+" + _P + r"\s+on\s+the\s+transfer\s+list\b",
            "{C} have placed {P} on the transfer list, and {C2} are keen."),
    ClubCue(_C + r"\s+(?:are|is|were|was)\s+(?:[\w-]+\s+)?reluctant\s+to\s+(?:sell|lose|let\s+go\s+of|part\s+with)\s+" + _P,
            "{C} are reluctant to sell {P}, but {C2} are keen."),
    # his contract there
    ClubCue(_P + r",\s+whose\s+" + _C + r"\s+(?:contract|deal)\b", "{P}, whose {C} contract runs out in June, is wanted abroad."),
    ClubCue(_P + r"(?:'s)?\s+(?:[\w-]+\s+){0,3}?(?:contract|deal)\s+(?:at|with)\s+" + _C + r"\s+(?:runs|expires|ends|is due|is set)",
            "{P}'s contract at {C} expires in 2026."),
    ClubCue(_P + r"[\s,][^;#]{0,60}?\b(?:his|her)\s+(?:current\s+|present\s+)?(?:contract|deal)\s+(?:at|with)\s+" + _C + r"(?!'s)",
            "{C2} want {P}, who is in the last year of his contract at {C}."),
]

CLUB_CUES: list[ClubCue] = [ClubCue(r.pattern, r.example, f"club.{i + 1}") for i, r in enumerate(_ROWS)]
