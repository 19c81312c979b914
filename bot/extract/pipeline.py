"""extract(article, gazetteer) -> Extraction: the claim extractor's one entry point.

Pure, synchronous and deterministic. The passes, each in its own module, over the
document model of document.py:

1. names.py: which capitalised spans are players (known ones, and new ones
   recognised from context or from the shape of a full name), other people, and
   clubs the knowledge lacks;
2. mentions.py: every name, club description, anaphor and amount, resolved and
   masked as a placeholder, so the rules see slots, not names;
3. credits.py: who each sentence is credited to; clauses.py: clause boundaries and
   time frames;
4. claims.py: kind triggers (rules/kinds.py) in their mood (rules/moods.py), paired
   with the clubs whose role (rules/roles.py) lets them be suitors and the players
   they are about;
5. rosters.py, signing_lists.py and swaps.py: players listed under a sentence that says
   what they did ("Among the players who have joined United are: ..."), the items of a
   list of a window's moves ("Arrivals: X (Celtic), Y (Sunderland, loan)"), players going the other
   way in a deal; extensions.py: a new contract at his club that ends the pursuits the
   article links him with;
6. article_rules.py and facts.py: the selling club is no suitor, a rival's lost race
   behind a completed move is past, a club's statement speaks for its own deal; the
   player facts (cues in rules/facts.py).
"""

from __future__ import annotations

from bot.extract.article_rules import apply_article_rules, credit_club_statements
from bot.extract.claims import find_claims
from bot.extract.clauses import timeframe
from bot.extract.credits import attribute
from bot.extract.document import BULLET, Registry, Sent, unify_quotes
from bot.extract.entities import (
    cap_spans,
    tokenize,
)
from bot.extract.extensions import extension_endings
from bot.extract.facts import collect_facts
from bot.extract.index import get_index
from bot.extract.mentions import find_mentions, mask, resolve_clubs
from bot.extract.names import learn_names, scan_known
from bot.extract.rosters import roster_claims
from bot.extract.sentences import split_paragraphs
from bot.extract.signing_lists import list_claims
from bot.extract.swaps import swap_claims
from bot.knowledge import Gazetteer
from bot.models import Article, Extraction


def extract(article: Article, gazetteer: Gazetteer) -> Extraction:
    idx = get_index(gazetteer)
    today = article.date
    paras = split_paragraphs(unify_quotes(article.text))
    sents: list[Sent] = []
    for pi, para in enumerate(paras):
        for line in para:
            bare = BULLET.sub("", line)  # "- Fulham have ...": a list item is a sentence like any other
            toks = tokenize(bare)
            sents.append(Sent(bare, pi, len(sents), toks, caps=cap_spans(bare, toks), item=bare is not line))
    if not sents:
        return Extraction()
    reg = Registry(club_country=idx.club_country, today=today)
    known_spans = [scan_known(s, idx) for s in sents]
    learn_names(sents, known_spans, reg, gazetteer, idx)
    for s, kn in zip(sents, known_spans, strict=True):
        find_mentions(s, kn, reg, idx, today)
    resolve_clubs(sents, reg, idx)
    mask(sents)
    attribute(sents, paras, article)
    timeframe(sents, today)
    found, roles = find_claims(sents, reg, idx, article)
    roster_claims(sents, found, article)
    list_claims(sents, found, article, roles)
    swap_claims(sents, found, roles)
    extension_endings(sents, found, roles, article.date)
    drafts = apply_article_rules(found, roles)
    credit_club_statements(drafts, sents, roles)
    facts = collect_facts(sents, drafts, roles, reg, article)
    claims = [d.claim() for d in drafts]
    players = list(dict.fromkeys(reg.player_order))
    return Extraction(claims=claims, facts=facts, players=players, new_clubs=list(reg.new_clubs.values()))
