"""What a question asks for, from the words people type in Discord.

Works on folded tokens (bot.text.fold: lowercase, no accents, no punctuation)
after the resolver has taken the names out, so "whats itakuras release clause"
arrives here as the words ["whats", "release", "clause"] plus one player.
Typos of the words that carry the intent ("wher", "goin", "lenght",
"rumors") are corrected against INTENT_WORDS before matching.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from rapidfuzz.distance import OSA

if TYPE_CHECKING:
    from bot.models import FactKind, Intent

# Example questions offered when nothing was recognised (render/ shows them as "Try: ...").
EXAMPLES = [
    "who wants itakura?",
    "who are spurs after",
    "are liverpool in for itakura?",
    "whats itakuras release clause",
    "latest rumours",
    "tell me about gladbach",
]

# Words that carry an intent. The resolver never reads them as names and never
# "corrects" them into a name; typos of them are corrected into them.
FACT_WORDS: dict[str, FactKind] = {
    "clause": "release_clause", "release": "release_clause", "buyout": "release_clause",
    "worth": "valuation", "value": "valuation", "valued": "valuation", "valuation": "valuation",
    "values": "valuation", "transfermarkt": "valuation",
    "asking": "asking_price", "demand": "asking_price", "demanding": "asking_price", "price": "asking_price",
    "pricetag": "asking_price", "cost": "asking_price", "costs": "asking_price",
    "contract": "contract_until", "expire": "contract_until", "expires": "contract_until",
    "expiry": "contract_until", "length": "contract_until", "until": "contract_until",
    "deal runs": "contract_until",
    "age": "age", "old": "age", "aged": "age",
    "position": "position", "positions": "position",
    "nationality": "nationality", "national": "nationality", "country": "nationality",
}
TARGET_WORDS = frozenset({
    "after", "targets", "target", "targeting", "want", "wants", "wanting", "chasing", "chase", "eyeing",
    "sign", "signing", "buy", "buying", "shortlist", "interested", "interest", "looking", "pursuing",
    "trying", "linked", "bidding", "scouting", "monitoring", "recruit", "recruiting", "need", "needs",
})
SUITOR_WORDS = frozenset({
    "who", "whos", "wants", "want", "where", "going", "heading", "move", "moving", "leave", "leaving",
    "suitors", "suitor", "next", "destination", "interested", "interest", "in", "linked", "rumours",
    "rumors", "rumour", "rumor", "news", "transfer", "future", "join", "joining",
})
LINK_WORDS = frozenset({
    "bid", "bids", "offer", "talks", "deal", "done", "sign", "signing", "signed", "agree", "agreed",
    "agreement", "join", "joining", "joined", "to", "for", "interest", "interested", "after", "still",
    "loan", "medical", "close", "closing",
})
LATEST_WORDS = frozenset({
    "latest", "news", "new", "newest", "recent", "rumours", "rumors", "rumour", "rumor", "gossip",
    "updates", "update", "today", "happening", "headlines", "anything", "transfers", "goss",
})
PROFILE_WORDS = frozenset({
    "tell", "about", "everything", "profile", "info", "information", "summary", "know", "overview",
    "bio", "details", "all",
})
OTHER_WORDS = frozenset({
    # question words, fillers, chat
    "what", "whats", "wat", "wot", "which", "when", "why", "how", "whose", "whom", "is", "are", "was",
    "were", "be", "been", "being", "am", "the", "a", "an", "of", "on", "at", "by", "with", "from", "and",
    "or", "not", "no", "any", "some", "me", "my", "we", "us", "you", "your", "our", "they", "them", "their",
    "he", "him", "his", "she", "her", "it", "its", "this", "that", "these", "those", "there", "here",
    "do", "does", "did", "done", "doing", "will", "would", "could", "should", "can", "may", "might",
    "shall", "pls", "please", "plz", "pl", "thanks", "thx", "ty", "hi", "hey", "hello", "yo", "much",
    "many", "long", "club", "clubs", "team", "teams", "play", "plays", "playing", "played", "player",
    "players", "current", "currently", "now", "right", "really", "actually", "happened", "up", "out",
    "off", "yes", "yeah", "lol", "lmao", "mate", "bro", "guys", "think", "rumoured", "rumored", "say",
    "says", "said", "report", "reports", "reported", "according", "r", "u", "ur", "y", "im", "i", "get",
    "got", "make", "made", "have", "has", "had", "go", "goes", "went", "gone", "come", "coming", "so",
    "if", "then", "than", "just", "also", "too", "very", "still", "yet", "again", "ever", "even",
    "summer", "january", "window", "season", "year", "years", "month", "week", "day", "days", "fee",
    "money", "million", "m", "k", "bn", "euros", "pounds", "quid", "for", "to", "in", "into", "over",
    "about", "around", "between", "per", "via", "like", "likely", "possible", "possibly", "chance",
    "odds", "true", "real", "fake", "confirmed", "official", "rumour", "link", "links", "else", "other",
    "others", "another", "someone", "somebody", "anyone", "anybody", "one", "two", "three", "first",
    "last", "big", "best", "good", "bad", "free", "agent", "wage", "wages", "salary", "pay", "paid",
    "paying", "fans", "fan", "wheres", "whos", "hows", "isnt", "arent", "dont",
    "doesnt", "didnt", "wont", "cant", "gonna", "wanna", "gotta", "ok", "okay", "lads", "sir",
    "tho", "though", "btw", "idk", "imo", "omg", "wtf", "smh", "pog", "w", "l", "tbh", "ngl", "fr",
    "moon", "cheese", "weather", "football", "soccer", "premier", "league", "transfer",
    "stay", "staying", "sell", "selling", "sold", "sale", "leave", "leaving", "left", "exit",
    "story", "stories", "saga", "state", "status", "situation", "where", "who", "happening",
    # Discord's @everyone / @here, and their cousins: one letter from a club name ("everton").
    "everyone", "everybody", "everything", "anything", "something", "nothing", "nobody", "noone",
    "all", "people",
    # chat and slang around a question
    "gimme", "give", "show", "tell", "let", "lemme", "know", "any1", "pleaseee",
    "stuff", "things", "thing", "bits", "itk", "itks", "hwg", "tier", "juicy", "spicy", "hot", "fresh",
    "huge", "massive", "major", "crazy", "mad", "wild", "interesting", "exciting", "excited", "super",
    "great", "cool", "boys", "lad", "folks", "gang", "guess", "wonder", "wondering",
    "honestly", "seriously", "literally", "basically", "maybe", "probably", "surely", "nah", "yep",
    "nope", "aye", "innit", "mean", "wit", "wiv", "bout", "abt", "cuz", "coz", "cos",
    "because", "hes", "shes", "theyre", "thats", "wats", "wots", "next", "more", "most", "less", "only",
    "same", "lot", "lots", "back",
    "whole", "today", "tonight", "yesterday", "tomorrow", "morning", "night", "weekend", "deadline",
    "squad", "side",
})
# A club's moves the other way: players leaving it (answered as the club's latest rumours) and
# players it signed or bid for (answered as its targets, completed moves included).
OUTGOING_WORDS = frozenset({
    "leaving", "leave", "leaves", "sell", "selling", "sale", "sales", "sold", "outgoing", "outgoings",
    "exit", "exits", "departure", "departures", "offload", "offloading", "ship", "axe",
})
INCOMING_WORDS = frozenset({
    "signed", "signings", "incoming", "incomings", "arrival", "arrivals", "bought", "buys", "bid", "bids",
    "bidding", "offer", "offers", "offered", "recruits", "brought", "joining", "join", "joins", "arriving",
    "arrive", "arrives",
})
# Transfer words of the languages fans mix in (Spanish, Portuguese, Italian, German, French), read as
# their English intent word: "cláusula de rescisión de itakura", "ultime notizie juve", "fichajes del barça".
TRANSLATIONS: dict[str, str] = {
    "quien": "who", "quem": "who", "wer": "who", "qui": "who", "chi": "who",
    "quiere": "wants", "quieren": "want", "quer": "wants", "querem": "want", "vuole": "wants", "veut": "wants",
    "fichaje": "signing", "fichajes": "signings", "fichar": "sign", "ficha": "signs", "contratacao": "signing",
    "contratacoes": "signings", "acquisto": "signing", "acquisti": "signings", "verpflichtung": "signing",
    "traspaso": "transfer", "traspasos": "transfers", "transferencia": "transfer", "wechsel": "transfer",
    "transfert": "transfer", "transferts": "transfers", "mercato": "transfers", "calciomercato": "transfers",
    "mercado": "transfers", "rumores": "rumours", "rumeurs": "rumours", "geruchte": "rumours", "voci": "rumours",
    "noticias": "news", "noticia": "news", "notizie": "news", "nachrichten": "news", "neuigkeiten": "news",
    "nouvelles": "news", "infos": "news", "ultimas": "latest", "ultime": "latest", "dernieres": "latest",
    "neueste": "latest", "clausula": "clause", "rescision": "release", "rescisao": "release", "rescissoria": "release",
    "contrato": "contract", "contratto": "contract", "vertrag": "contract", "valor": "value", "wert": "value",
    "marktwert": "value", "precio": "price", "preco": "price", "preis": "price", "prezzo": "price", "prix": "price",
    "oficial": "official", "ufficiale": "official", "offiziell": "official", "officiel": "official",
    "salida": "exit", "saida": "exit", "abgang": "exit", "cessione": "sale", "venta": "sale", "venda": "sale",
}
# Words after which, or before which, an unmatched word is where a name would stand: "who wants X",
# "any news on X", "X to arsenal", "X transfer news". Elsewhere an unmatched word is chat.
BEFORE_NAME = frozenset({
    "on", "about", "for", "wants", "want", "after", "sign", "signing", "signed", "with", "re", "at", "from",
    "buy", "buying", "chasing", "chase", "into", "bid", "bids", "offer", "loan", "targeting", "target",
    "eyeing", "linked", "interested", "is", "in", "of", "like", "get", "getting", "does", "did", "has",
})
AFTER_NAME = frozenset({
    "news", "rumours", "rumors", "rumour", "rumor", "transfer", "transfers", "to", "going", "contract",
    "deal", "done", "signed", "signing", "sign", "update", "updates", "release", "worth", "value", "price",
    "suitors", "future", "move", "moving", "leaving", "joining", "join", "talks", "bid", "agent", "latest",
    "status", "situation", "saga", "gossip", "medical", "profile", "info", "stats", "age", "wages",
    "clause", "valuation", "targets", "target",
})
INTENT_WORDS: frozenset[str] = frozenset(
    {w for k in FACT_WORDS for w in k.split()} | TARGET_WORDS | SUITOR_WORDS | LINK_WORDS | LATEST_WORDS
    | PROFILE_WORDS | OUTGOING_WORDS | INCOMING_WORDS)
# Never a name on their own (a longer exact alias such as "the reds" still matches).
STOPWORDS: frozenset[str] = INTENT_WORDS | OTHER_WORDS

# Intent words worth correcting from typos, by length so that the search is tiny.
_CORRECTABLE = sorted(w for w in INTENT_WORDS | {"where", "going", "whats", "rumours", "transfer", "contract",
                                                  "release", "length", "latest", "targets", "worth"}
                      if len(w) >= 4)


def correct_word(token: str) -> str | None:
    """The intent word a typo stands for ("wher" -> "where", "lenght" -> "length"), or None."""
    if len(token) < 4 or token in STOPWORDS:
        return None
    best, best_d = None, 2
    for w in _CORRECTABLE:
        if abs(len(w) - len(token)) > 1:
            continue
        d = OSA.distance(token, w, score_cutoff=1)
        if d < best_d and (d == 0 or token[0] == w[0]):
            best, best_d = w, d
    return best


def name_slot(words: list[str], i: int, unmatched: list[int]) -> bool:
    """Whether the unmatched word words[i] stands where a name would: alone, after "on", "wants",
    "for"..., before "news", "to", "transfer"..., or beside another such word ("jimbo fakerson")."""
    if len(words) <= 2 and [j for j, w in enumerate(words) if w not in STOPWORDS] == [i]:
        return True  # the question is the name ("mudryk?", "hey mudryk")

    def slot(j: int) -> bool:
        return (j > 0 and words[j - 1] in BEFORE_NAME) or (j + 1 < len(words) and words[j + 1] in AFTER_NAME)

    if slot(i):
        return True
    return any(abs(j - i) == 1 and slot(j) for j in unmatched)


# Words of a move: with them "who is"/"whos" asks who is in for a player, not who the player is.
_MOVING = (SUITOR_WORDS | TARGET_WORDS | LINK_WORDS | LATEST_WORDS) - {"who", "whos"}
# With them "tell me who wants X" asks for suitors, not a profile.
_MOVE_VERBS = frozenset({"wants", "want", "after", "interested", "linked", "chasing", "suitors", "suitor", "going",
                         "heading", "move", "moving", "join", "joining", "leaving", "leave", "bid", "offer", "talks"})


@dataclass(slots=True)
class IntentGuess:
    intent: Intent
    fact: FactKind | None = None
    leaving: bool = False  # a club's outgoing moves ("who is leaving newcastle")


def _has(words: list[str], *phrases: str) -> bool:
    text = " " + " ".join(words) + " "
    return any((" " + p + " ") in text for p in phrases)


def fact_asked(words: list[str], has_club: bool) -> FactKind | None:
    """Which player fact the words ask for, if any."""
    ws = set(words)
    if _has(words, "release clause", "buyout clause", "buy out clause", "release fee", "clause"):
        return "release_clause"
    if ws & {"worth", "valuation", "valued", "value", "values", "transfermarkt"} or _has(words, "market value"):
        return "valuation"
    if (ws & {"asking", "demand", "demanding", "pricetag"} or _has(words, "want for", "wants for",
                                                                    "after for", "asking for")
            or ("price" in ws and not ws & {"paid", "pay", "paying"})):
        return "asking_price"
    if ws & {"contract", "expire", "expires", "expiry", "until"} or _has(words, "deal runs", "deal until",
                                                                          "deal end", "deal ends", "how long"):
        # ("how long is X signed for at C", "how long has X got at C": his contract)
        return "contract_until"
    if _has(words, "play for", "plays for", "playing for", "club does", "team does", "current club",
            "which club is", "what club is", "which team is", "what team is", "where does", "where do",
            "club is he at", "who does", "currently at", "is at", "plays at", "play at", "his club", "her club",
            "whats his club", "what s his club", "his team", "her team") and not has_club:
        return "current_club"
    if has_club and _has(words, "still at", "is at", "still with", "currently at", "playing at", "plays at"):
        return "current_club"  # "is reguilon still at spurs"
    if _has(words, "how old", "age", "aged"):
        return "age"
    if ws & {"position", "positions"} or _has(words, "what does he play", "where does he play"):
        return "position"
    if ws & {"nationality"} or _has(words, "where is he from", "where s he from", "what country", "which country",
                                    "where is from", "wheres from", "where s from", "where he from", "from where"):
        return "nationality"
    if _has(words, "how much") and not ws & {"paid", "pay", "paying", "bid", "offer", "offered", "fee"}:
        return "valuation"
    return None


def guess_intent(words: list[str], n_players: int, n_clubs: int, unknown_words: list[str]) -> IntentGuess:
    """The intent of a question whose names have been taken out.

    words: the question's folded words (typos of intent words corrected), names removed.
    unknown_words: content words that are neither intent words nor known names ("haaland").
    """
    ws = set(words)
    if n_players:
        fact = fact_asked(words, n_clubs > 0 and not _has(words, "want for", "wants for", "asking for",
                                                         "demand for", "after for"))
        if n_clubs and (ws & {"asking", "demand", "demanding", "price"}
                        or (_has(words, "how much") and ws & {"want", "wants"} and "for" in ws)):
            fact = "asking_price" if fact in (None, "valuation") else fact  # "gladbach want how much for X"
        if fact is not None:
            return IntentGuess("fact", fact)
        asked_who = _has(words, "who is", "whos") and not ws & _MOVING  # "who is X", not "whos after X"
        about = ws & PROFILE_WORDS and _has(words, "tell me", "everything", "what do we know", "what do you know",
                                            "profile", "info", "information", "summary", "overview", "bio",
                                            "details", "know about")
        if asked_who or (about and (not ws & ({"news", "rumours", "rumors", "transfer", "latest"} | _MOVE_VERBS)
                                    or _has(words, "everything"))):
            return IntentGuess("profile")
        if n_clubs:
            return IntentGuess("link")
        return IntentGuess("suitors")
    if n_clubs:
        if _has(words, "tell me", "everything", "what do we know", "what do you know", "profile", "info",
                "information", "summary", "overview", "know about", "details"):
            return IntentGuess("profile")
        newsy = ws & {"latest", "news", "rumours", "rumors", "gossip", "updates", "update", "new", "happening"}
        wanting = ws & {"targets", "target", "after", "want", "wants", "sign", "signing", "chasing"}
        if ws & OUTGOING_WORDS and not wanting:
            return IntentGuess("latest", leaving=True)  # "who is leaving newcastle": its players' moves
        if ws & INCOMING_WORDS:
            return IntentGuess("targets")  # "who have chelsea signed": its targets, completed moves included
        if (ws & TARGET_WORDS or _has(words, "who are", "who is", "who do", "who does", "whos", "who r",
                                      "in for", "going for", "go for", "who will")) and (not newsy or wanting):
            return IntentGuess("targets")
        return IntentGuess("latest")
    if unknown_words:
        return IntentGuess("unknown")
    if ws & LATEST_WORDS or _has(words, "whats up", "what s up", "anything happening", "going on",
                                 "transfer window"):
        return IntentGuess("latest")
    return IntentGuess("unknown")
