"""Who the article credits: "according to Sky Germany", "Fabrizio Romano claims",
"Bild are reporting", "reports the Athletic", a gossip item's trailing "(Express)",
a wire dateline "Jan 6 (Reuters) -", and club statements ("Juventus said in a
statement", "the Bundesliga club have confirmed"). A credit carries over the
sentences that continue the same report ("The report says", "He added").

Works on the masked sentence (see kinds.py): #s# known sources, #u# unknown
names, #c# clubs.
"""

from __future__ import annotations

import re

from bot.extract.fastre import boundary_first, gated
from bot.extract.lexicon import LANGUAGES, NEWS_AGENCIES

_NAME = r"#([suc])(\d+)#"
_VERB = (r"(?:has |have |had |is |are |was |also |now |later |previously |earlier )?(?:(?:is|are) reporting|reporting|reports?|reported|"
         r"claims?|claimed|claiming|says|say|said|revealed|reveals|writes|wrote|understands|understood(?!\s+to\b)|"
         r"tweeted|posted|insists|insisted|suggests|suggested|adds|added|labelled|states|stated|explains|concludes|concluded|notes|noted|reckons|believes|"
         r"confirmed|confirms|announced|announces|explained|told|informs|informed|been told|been informed|learned|learnt|"
         r"has learned|can reveal|can confirm|points?\s+out|pointed\s+out|indicated|indicates|hinted|hints|(?:were|was)\s+told|"
         r"(?:given|delivered|posted)\s+(?:his|her|their|the)\s+(?:[\w-]+\s+)?[\"“”'‘’]?here\s+we\s+go)\b(?!\s+(?:his|her|their|a|an|its)\s+(?:goodbyes?|farewells?)\b|\s+goodbye\b|\s+(?:no|yes)\s+to\b)")
_DESCRIBED = (r"(?:the )?(?:journalist |reporter |transfer expert |(?:[a-z]+ ){0,4}?(?:outlet|newspaper|paper|daily|broadcaster|"
              r"publication|website|journalist|reporter|insider|radio station|tv channel|magazine|account|podcast|blog|channel) )?")
_ELIDED = r"(?:[a-z](?=#))?"  # "l'Equipe" masks as "l#s1#"
ACCORDING = re.compile(rf"\baccording to (?:(?:information|reports?|sources?|details)\s+(?:obtained by|from|close to|at|in)\s+)?{_DESCRIBED}{_ELIDED}{_NAME}")
# "according to Milan's website": the club's own channel
CLUB_CHANNEL = re.compile(r"\baccording to #c(\d+)#'s\s+(?:official\s+)?(?:website|statement|announcement|club website|social media|channels)\b")
# "head coach X told the club's website": the club speaks through its own channel
TOLD_CLUB_CHANNEL = re.compile(r"\b(?:told|said\s+(?:on|to)|speaking\s+to|in\s+an\s+interview\s+with)\s+(?:the\s+club's|#c\d+#'s|their|its)\s+"
                               r"(?:own\s+|official\s+)?(?:website|club website|media|media channels|channels|tv|tv channel|podcast)\b")
# "Romano, writing on Saturday morning, says": a short aside between the name and its verb.
NAME_VERB = re.compile(rf"{_NAME}(?:['’]s? (?:report|sources|information)| (?:news agency|agency|newspaper|paper|outlet|website|broadcaster|sources))?"
                       rf"(?:,\s+(?:(?:writing|speaking|posting|reporting|appearing)\b[^,;#]{{0,40}}|(?:a|an|the)\s+(?:[\w-]+\s+){{0,2}}?"
                       rf"(?:journalist|reporter|correspondent|writer|columnist|editor|insider)(?:\s+(?:at|for|with|of)\s+#s\d+#)?),)?"
                       rf"\s+(?:then\s+|also\s+|later\s+|first\s+|previously\s+|subsequently\s+|now\s+)?(?:(?:it |this )?{_VERB})")
# A source named earlier and now described: "The Italian journalist reports that ...".
DESCRIBED_SOURCE = re.compile(rf"\bthe (?:[a-z]+ ){{0,2}}?(?:journalist|reporter|insider|transfer expert|newspaper|paper|outlet|broadcaster|"
                             rf"daily|tabloid|publication|magazine|website|agency)\s+(?:{_VERB}|(?:also\s+)?(?:named|mentioned|listed|cited)\b)")
VERB_NAME = re.compile(rf"\b(?:reports?|reported by|claims?|writes|says|say|via|per|told|told to|revealed by)\s+{_DESCRIBED}{_ELIDED}{_NAME}\s*(?:[.,;)]|$)"
                       # "in L'Equipe", "by Bild": only a name known as a source ("in Turin," is a place)
                       rf"|\b(?:from|in|by)\s+{_DESCRIBED}{_ELIDED}#(s)(\d+)#\s*(?:[.,;)]|$)"
                       # "the latest from Romano suggests": news from a named source
                       rf"|\b(?:latest|news|word|update|information|intel|reports?)\s+from\s+{_DESCRIBED}{_ELIDED}#([su])(\d+)#"
                       # "The claim comes from Norwegian broadcaster TV 2": whose report it is
                       rf"|\b(?:claim|claims|story|report|news)\s+(?:comes|came)\s+from\s+{_DESCRIBED}{_ELIDED}#([su])(\d+)#")
# "Romano has given the deal his seal of approval, reporting that ...": the subject credits the rest.
PARTICIPLE = re.compile(r"^#([su])(\d+)#\s[^;]*?,\s+(?:reporting|saying|claiming|revealing|adding|insisting|writing)\s+that\b")
JOURNALIST = re.compile(rf"\b(?:journalist|reporter|correspondent|insider|expert|writer|columnist)\s+{_NAME}")
CLUB_STATEMENT = re.compile(
    r"(?<!# to )#c(\d+)#(?:\s+(?:club|side|outfit|women|ladies))?,?\s+(?:who\s+)?(?:on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s+)?(?:have |has |had )?(?:also |since |now |officially |finally |today )?(?:said|say|says|confirmed|confirm|confirms|announced|announce|announces|told|announcing|confirming|"
    r"made official|made\s+(?:the|his|her|their|its)\s+(?:[a-z-]+\s+)?(?:transfer|signing|move|deal|loan|arrival)\s+official|unveiled|presented|"
    r"added(?!\s+(?:#|the\b|a\b|an\b|him\b|to\b|another\b|(?:[\w-]+\s+){1,3}#[pa]))|stated|revealed(?!\s+(?:their|its|an?)\s)|released a statement|issued a statement|in a statement)\b|"
    r"\bin (?:a|an|its|their) (?:official |club |brief |short )?statement,?\s+#c(\d+)#|\bstatement from #c(\d+)#|#c(\d+)#(?:'s)?\s+(?:\w+\s+){0,2}statement|"
    # "Celtic Football Club is delighted to announce", "Ipswich Town can confirm": the club's own announcement
    r"#c(\d+)#(?:\s+(?:football club|fc|women|ladies))?\s+(?:is|are)\s+(?:delighted|pleased|happy|proud|excited|thrilled)\s+to\s+(?:announce|confirm|welcome|unveil)|"
    r"^#c(\d+)#(?:\s+(?:football club|fc|women|ladies))?\s+(?:can|is able to|are able to)\s+(?:today\s+|now\s+)?(?:confirm|announce)\b|"
    # "Arsenal have added X to the squad, announcing on Tuesday that ...": the subject's own announcement
    r"^#c(\d+)#\s[^;]*?,\s+(?:announcing|confirming)\b|"
    # "..., and Hertha have posted a picture of their new arrival on social media": the club's own channel
    r"#c(\d+)#\s+(?:have\s+|has\s+|had\s+)?(?:also\s+|already\s+)?(?:posted|tweeted|published|shared)\b[^#;]{0,60}?\bon\s+(?:social\s+media|twitter|instagram|facebook|"
    r"(?:their|its)\s+(?:official\s+)?(?:website|site|channels|accounts?|social\s+media))\b")
TAIL = re.compile(r"\(\s*([^()]{2,60}?)\s*(?:[-–—:][^()]*)?\)[.!]?\s*$")
# (after a translator's note: "[Translated from the German] Dusseldorf (dpa) -")
DATELINE = re.compile(r"^\s*(?:\[[^\]]{0,60}\]\s*)?(?:(?:[A-Z][A-Z]+(?:\s+[A-Z][A-Z]+)*,\s*)?[A-Z][a-z]{2,8}\.?\s+\d{1,2}|[A-Z][A-Z]+(?:,\s*[A-Z][a-z]+\.?)?)\s*\(\s*([A-Za-z][\w .&]{1,30}?)\s*\)\s*[-–—]"
                      # "Paris (AFP) -", "Madrid, 28 Aug (EFE) -": a city as written, before a news agency only;
                      # "(PA) - ...": the agency with no city
                      r"|^\s*(?:\[[^\]]{0,60}\]\s*)?(?:[A-Z][^\W\d_]+(?:[ -][A-Z][^\W\d_]+)?,?\s*(?:\d{1,2}\s+[A-Z][a-z]{2,8}\.?\s*)?)?\(\s*(" + NEWS_AGENCIES + r")\s*\)\s*[-–—]")
CONTINUE = re.compile(
    r"\b(?:the|that|this) (?:report|reports|article|outlet|paper|newspaper|journalist|reporter|transfer expert|"
    r"respected journalist|italian journalist|expert|insider|statement|club statement|tweet|post)\b|"
    r"\bit is (?:claimed|understood|said|reported|believed|suggested|added)\b|"
    r"\b(?:he|she|they) (?:added|adds|claimed|claims|said|says|wrote|writes|labelled|reported|explained|continued)\b|"
    # "The Italian also said that ...": the speaker named before, described
    r"^(?:the (?:[a-z]+ ){1,2}|#a\d+# )(?:also |later |then )?(?:said|added|explained|admitted|revealed)\b|"
    r"\bthe #c\d+# (?:manager|coach|head coach|boss) (?:also |later |then )?(?:said|added|explained|admitted|revealed)\b|"
    r"\badded that\b|\bthe statement went on\b|\bwent on\b")
# Things in a trailing bracket that are not credits.
_NOT_SOURCE = re.compile(r"^(?:[\d\s.,%/:-]+$|\d+\s|[$£€¥]|(?:us|usd|eur|gbp|r)\$?\s*\d|[a-z]{1,3}\$\s*\d|now\b|(?:permanent|loan|loaned|free|released|sold|undisclosed|swap|fee)\b|pictured|left|right|above|below|via\b|photo|file|ap photo|getty)", re.I)


def trailing_credit(paragraph_last_sentence: str) -> str | None:
    m = TAIL.search(paragraph_last_sentence)
    if not m:
        return None
    name = m.group(1).strip()
    tr = _TRANSLATED_TAIL.match(name)
    if tr:  # "(Translated from German, kicker.)": the outlet after the language, if any
        name = tr.group(1).strip(" ,.")
        if not name or name.lower() in _NO_OUTLET:
            return None  # ("Translated from the Italian press.": whose, it does not say)
    name = _THEN_TRANSLATED.sub("", name)  # "(Lusa, translated)"
    if _NOT_SOURCE.match(name) or _ONLY_TRANSLATED.match(name) or len(name.split()) > 5:
        return None
    return name


_THEN_TRANSLATED = re.compile(r",\s*translated\b.*$", re.I)
_NO_OUTLET = frozenset({"press", "media", "newspapers", "papers", "sports press", "reports", "sources"})
# "(translated)", "(translation)", "(translated from the Spanish)": a note that names no outlet
_ONLY_TRANSLATED = re.compile(rf"^(?:translated|translation|adapted)(?:\s+and\s+(?:abridged|adapted|edited|condensed|shortened))?(?:\s+from\s+(?:the\s+)?(?:{'|'.join(sorted(LANGUAGES))}))?\W*$", re.I)
_TRANSLATED_TAIL = re.compile(rf"(?:translated|adapted)(?:\s+and\s+(?:abridged|adapted|edited|condensed|shortened))?\s+from\s+(?:the\s+)?(?:(?:{'|'.join(sorted(LANGUAGES))})\b(?:\s+of\b|,)?)?"
                              r"\s*(?:the\s+)?([^,]*)", re.I)


# "Algemeen Dagblad (translated from Dutch) - The market ...": the outlet a translated report opens with
BYLINE = re.compile(r"^\s*([A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,4})\s*\((?:translated|adapted)\b[^()]*\)\s*[-–—:]\s")


def byline_outlet(sentence: str) -> str | None:
    m = BYLINE.match(sentence)
    return m.group(1) if m else None


def dateline_agency(first_sentence: str) -> str | None:
    m = DATELINE.match(first_sentence)
    return (m.group(1) or m.group(2)).strip() if m else None


def credit_in(masked: str) -> list[tuple[str, int]]:
    """(placeholder kind, index) of every credited name, best first."""
    out: list[tuple[str, int]] = []
    for rx in (ACCORDING, JOURNALIST, NAME_VERB, VERB_NAME, PARTICIPLE):
        for m in rx.finditer(masked):
            g = m.groups()
            at = next(k for k in range(0, len(g), 2) if g[k])
            kind, i = g[at], int(g[at + 1])
            if kind == "c" and rx is not NAME_VERB:
                continue
            out.append((kind, i))
    return out


def club_statement(masked: str) -> int | None:
    m = CLUB_STATEMENT.search(masked) or CLUB_CHANNEL.search(masked)
    if not m:
        return None
    g = next(x for x in m.groups() if x is not None)
    return int(g)


# "The club announced on Friday ...", "..., the club said", "..., the Bundesliga leaders announced": the club
# the article is about speaking.
THE_CLUB_SAID = re.compile(r"(?:^|,\s+|:\s+|,?\s+and\s+|\bstatement\s+(?:on\s+\w+\s+)?)(?:(?:[Oo]n|[Ll]ast|[Ee]arlier|[Ll]ater)\s+[A-Z]?[a-z]+\s+)?"
                           r"the\s+(?:[A-Za-z'-]+\s+){0,3}?(?:club|side|outfit|leaders|champions|giants),?\s+(?:who\s+)?(?:has\s+|have\s+)?(?:can\s+)?(?:also\s+)?"
                           r"(?:announced|confirmed|said|stated|revealed|told|confirm|announce|"
                           # "and the English club made the transfer official the same day"
                           r"made\s+(?:the|his|her|their|its)\s+(?:[a-z-]+\s+)?(?:transfer|signing|move|deal|loan|arrival)\s+official)\b|"
                           # "..., all three announced by the club on its website": the club's word, told in the passive
                           r",\s+(?:(?:all|both|each)\s+(?:\w+\s+)?)?(?:(?:were|was|have been|has been)\s+)?(?:officially\s+)?"
                           r"(?:announced|confirmed|made official)\s+by\s+the\s+(?:[a-z'-]+\s+){0,2}?(?:club|side|outfit)\b")


def the_club_said(masked: str) -> bool:
    return bool(THE_CLUB_SAID.search(masked))


def club_said_after_and(masked: str) -> int | None:
    """Where "..., and the WSL club confirmed her signing" starts: a clause of its own, whose club
    is the one named just before it."""
    m = THE_CLUB_SAID.search(masked)
    return m.start() if m is not None and m.group(0).lstrip(", ").startswith("and ") else None


def described_source(masked: str) -> bool:
    return bool(DESCRIBED_SOURCE.search(masked))


def continues_report(masked: str) -> bool:
    return bool(CONTINUE.search(masked))
# Pre-checks (exact; see fastre): most sentences have none of these patterns' words.
THE_CLUB_SAID = gated(THE_CLUB_SAID)  # type: ignore[assignment]
CLUB_STATEMENT = gated(CLUB_STATEMENT)  # type: ignore[assignment]
ACCORDING = gated(ACCORDING)  # type: ignore[assignment]
JOURNALIST = gated(JOURNALIST)  # type: ignore[assignment]
NAME_VERB = gated(NAME_VERB)  # type: ignore[assignment]
PARTICIPLE = gated(PARTICIPLE)  # type: ignore[assignment]
DESCRIBED_SOURCE = gated(DESCRIBED_SOURCE)  # type: ignore[assignment]
CONTINUE = gated(CONTINUE)  # type: ignore[assignment]
# Leading \b behind the first literal (exact; see fastre.boundary_first).
VERB_NAME = boundary_first(VERB_NAME)
