"""Mood cues: what the words around a kind trigger do to it. A signing "set to" happen is
an agreement, a bid "expected" is only interest, a withdrawal "if the price rises" is none.

Each row applies to triggers of the listed kinds (in order: a row sees the kind the rows
before it left). Its pattern is searched in a window of the masked clause:
- before: the `reach` characters before the trigger (patterns anchored with $);
- around: from `reach` characters before the trigger to its end;
- after: matched right after the trigger;
- head: the whole clause before the trigger.
`at_start` must match where the trigger starts, `within` inside the trigger, when given.
`to` is the new kind, or None when the trigger then says nothing. The example is the
sentence the row exists for; its {C} claim must be of kind `to` (none of the row's kinds
when `to` is None).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class MoodCue:
    kinds: tuple[str, ...]
    where: str
    reach: int
    pattern: str
    at_start: str
    within: str
    to: str | None
    example: str
    note: str = ""
    name: str = ""


# the verbs of a move the kind rows read in the infinitive ("to sign X", "will join C")
# (not "going head to head for X": a race, not a move)
_MOVE_VERB = (r"(?:to\s+)?(?:sign|land|bring|secure|capture|recruit|snap\s+up|join|move|switch|head(?!\s+to\s+head\b)|"
              r"make\s+the\s+move|complete|seal)\b")
_MOVE_VERB_ING = r"(?:signing|landing|bringing|securing|capturing|recruiting|snapping\s+up)\b"

_ROWS: list[MoodCue] = [
    MoodCue(('agreement',), 'around', 20,
            '(?<!being )\\b(?:finalised|finalized|completed)\\b',
            '(?!medical\\b)', '', 'signed',
            '{C} have finalised a deal for {P}.', 'a finished deal is a signing'),
    MoodCue(('signed',), 'before', 40,
            '\\b(?:talks over|talks about|talks for|talks with #c\\d+# (?:over|about|for)|pursuing|interested in|keen on|push for|pushing for|bid to complete|hoping to complete|hope to complete|set to complete)\\s+(?:the\\s+|a\\s+)?$',
            '', '', None,
            '{C} are in talks over the signing of {P}.', 'a signing still being worked on is none yet'),
    MoodCue(('signed', 'loan'), 'head', 0,
            '\\bhere\\s+we\\s+go\\b',
            '', '', 'agreement',
            '{C2} journalist Romano has given his "here we go" to {P} joining {C} on loan.',
            "a journalist's 'here we go' announces a deal agreed, not yet done"),
    MoodCue(('signed', 'loan'), 'after', 80,
            '[^;]{0,70}?\\bhere\\s+we\\s+go\\b',
            '', '', 'agreement',
            '{P} is joining {C} from {C2}: it is done, here we go.', "a journalist's 'here we go' announces a deal agreed, not yet done"),
    # an announcement still to come: "C are getting ready to announce the arrival of X", "the
    # arrival of X could be announced any day"
    MoodCue(('signed', 'loan'), 'before', 50,
            '\\b(?:ready|set|poised|preparing|due|about|expected)\\s+to\\s+(?:(?:announce|confirm|unveil)\\s+(?:the\\s+)?)?$',
            '', '', 'agreement',
            '{C} are getting ready to announce the arrival of {P} on a six-month loan.', 'a signing still to be announced is agreed'),
    MoodCue(('signed', 'loan'), 'after', 160,
            '[^;]*?\\b(?:could|would|will|should|may|might|(?:is|are)\\s+(?:expected|set|due)\\s+to)\\s+'
            'be\\s+(?:announced|confirmed|made\\s+official|completed|finalised|finalized)\\b',
            '(?:the\\s+)?(?:arrivals?|signing|capture)\\s+of\\b', '', 'agreement',
            'The arrival of {P} at {C} could be announced any day.', 'a signing whose announcement is to come is agreed'),
    MoodCue(('signed',), 'after', 140,
            '[^;]{0,80}?,\\s+(?:cutting|curtailing|ending)\\s+(?:short\\s+)?(?:his|her|the|#a\\d+#\'s)\\b[^;]{0,40}?\\bloan\\b',
            '(?:(?:has|have|had)\\s+)?(?:brought|brings|bringing)\\b', '', None,
            '{C} have brought {P} back to Molineux, cutting short his loan at {C2} after half a season.',
            'a club that brings its player back from a loan recalls him: no signing'),
    MoodCue(('signed', 'loan'), 'before', 40,
            '\\b(?:finished|completed|concluded|wrapped\\s+up)\\s+negotiat\\w+\\s+(?:the\\s+|for\\s+)?$',
            '', '', 'agreement',
            "{C2} have finished negotiating {P}'s loan to {C}.", 'a deal whose negotiation is finished is agreed'),
    MoodCue(('signed', 'loan'), 'before', 30,
            '\\b(?:set|poised|about|close|due|expected|edging closer|nearing|in line|agreed)\\s+to\\s+(?:become\\s+(?:the\\s+)?(?:[\\w-]+\\s+){0,2}|be\\s+(?:officially\\s+)?)?$',
            '', '', 'agreement',
            '{C} are set to complete the signing of {P}.', 'a move about to happen is agreed, not done'),
    MoodCue(('signed', 'loan'), 'before', 12,
            '\\b(?:is|are)\\s+(?:now\\s+)?$',
            'joining|moving|heading|signing for|completing|bringing|sealing|finalising|finalizing', '', 'agreement',
            "{P} is joining {C}.", 'a move in the present progressive is agreed, not done'),
    MoodCue(('agreement',), 'before', 30,
            '\\b(?:hoping|hope|hopes|looking|keen|want|wants|aiming|aim|trying|try|plan|plans|planning|ready|prepared|willing|open|eager)\\s+$',
            'to\\s+(?:finalise|finalize|seal|tie up|complete)\\b', '', 'interest',
            '{C} want to seal a deal for {P}.', 'a deal they want to seal is wanted, not agreed'),
    MoodCue(('agreement',), 'before', 30,
            '\\b(?:hoping|hope|hopes|looking|keen|want|wants|wanted|aiming|aim|trying|tried|try|plan|plans|planning|'
            'ready|prepared|willing|eager|attempting|attempt|working|struggling|battling)\\s+to\\s+$',
            '(?:agree|strike|reach|thrash)\\b', '', 'interest',
            '{C} are hoping to agree a fee with {C2} for {P}.', 'a deal they want to agree is wanted, not agreed'),
    MoodCue(('signed', 'loan', 'agreement'), 'before', 30,
            '\\b(?:considering|weighing up|mulling(?: over)?|exploring|contemplating)\\s+(?:a\\s+)?$',
            '', '', 'interest',
            '{C} are considering bringing in {P}.', 'a move considered is wanted'),
    MoodCue(('interest',), 'before', 30,
            '\\b(?:on the (?:verge|brink|cusp|point) of|closing in on|close to|nearing)\\s+$',
            _MOVE_VERB_ING, '', 'agreement',
            '{C} are on the verge of landing {P}.', 'a move on the verge of happening is agreed'),
    MoodCue(('signed', 'loan', 'agreement', 'interest', 'bid', 'talks'), 'before', 30,
            '\\b(?:unlikely|not expected|not set|not going)\\s+(?:to\\s+)?$',
            '', '', None,
            '{C} are unlikely to sign {P}.', 'a move said unlikely is no claim'),
    # a move in the infinitive or the present progressive (rules/kinds.py reads it as wanted)
    MoodCue(('interest',), 'before', 30,
            "\\b(?:will|shall|set|poised|about|due|expected|in line|going|look set|looks set|looking set|is set|are set)\\s+(?:now\\s+|also\\s+|officially\\s+)?(?:to\\s+)?$|'ll\\s+$",
            _MOVE_VERB, '', 'agreement',
            '{P} will join {C} in the summer.', 'a move that will happen is agreed'),
    MoodCue(('interest',), 'before', 12,
            '\\b(?:is|are)\\s+(?:now\\s+)?$',
            _MOVE_VERB_ING, '', 'agreement',
            '{C} are signing {P}.', 'a move in the present progressive is agreed'),
    MoodCue(('interest',), 'before', 30,
            '\\b(?:has|have|had)\\s+(?:now\\s+)?agreed\\s+(?:to\\s+)?$',
            _MOVE_VERB, '', 'agreement',
            '{P} has agreed to move to {C}.', 'a move agreed to is agreed'),
    MoodCue(('interest',), 'before', 90,
            '(?:\\b(?:paid|spent|splashed)\\s+(?:[\\w-]+\\s+){0,2}?#m\\d+#|\\b(?:broke|broken|smashed)\\s+(?:their|its|the|a)\\s+(?:[\\w-]+\\s+)?record\\b|'
            '\\b(?:beat|beaten|fought off|saw off|seen off|got the better of|getting the better of|swooped|triggered|activated)\\b)(?:[^#;]|#c\\d+#)*?\\s(?:to\\s+)?$',
            '(?:to\\s+)?(?:sign|land|bring|prise|prize|pry|lure|tempt)\\b', '', 'signed',
            '{C} smashed their transfer record to sign {P} from {C2}.', 'what a club did to sign him: he is signed'),
    MoodCue(('signed', 'loan'), 'before', 40,
            '\\b(?:close to|nearing|on the (?:verge|brink|cusp|point) of|closing in on|close in on)\\s+(?:the\\s+|a\\s+)?(?:(?:completing|sealing|finalising|finalizing|wrapping up)\\s+)?$',
            '', '', 'agreement',
            '{C} are close to completing the signing of {P}.', 'a signing about to be completed is agreed'),
    MoodCue(('signed',), 'before', 40,
            '\\b(?:offer|offers|bid|bids|approach|proposal|enquiry)\\s+(?:for\\s+#[pa]\\d+#\\s+)?(?:has\\s+|had\\s+|have\\s+)?(?:now\\s+)?$',
            '(?:came|arrived|arrives)\\b', '', None,
            '{C2} confirmed that an offer for {P} had arrived from {C}.', 'an offer that arrives is no player arriving'),
    MoodCue(('signed', 'loan', 'agreement'), 'before', 60,
            "\\b(?:not|n't|never|refused?|refuses|refusing)\\s+(?:to\\s+)?(?:allow|let|permit|sanction)\\s+(?:(?:[\\w-]+|#[pa]\\d+#),?\\s+){0,4}?(?:to\\s+)?$",
            '', '', None,
            '{C2} will not allow {P} to join {C} on loan.', 'a move the owner will not allow is none'),
    MoodCue(('signed', 'loan'), 'before', 24,
            '\\b(?:could|may|might)\\s+(?:still\\s+|yet\\s+|now\\s+)?$',
            '(?!have\\b)', '', 'interest',
            '{C} could complete the signing of {P}.', 'a move that may happen is wanted'),
    MoodCue(('signed', 'loan'), 'before', 20,
            '\\b(?:possible|potential|proposed|mooted|prospective|hypothetical|planned|rumoured)\\s+(?:loan\\s+|permanent\\s+|summer\\s+|january\\s+)?$',
            '', '', 'interest',
            "{P} has made up his mind about a possible switch from {C2} to {C}.", 'a move only possible is interest'),
    MoodCue(('signed', 'loan'), 'before', 30,
            '\\b(?:hoping|hope|hopes|looking|keen|want|wants|wanted|wanting|aiming|aim|bid|trying|tried|try|plan|plans|planned|planning|'
            'ready|prepared|willing|open|eager|would like|would love)\\s+to\\s+$',
            '', '', 'interest',
            '{C} are hoping to complete the signing of {P}.', 'a move wanted is interest'),
    MoodCue(('signed',), 'head', 0,
            '\\b(?:travel\\w*|fl(?:y|ying|ew|own)|head(?:ing|ed)|medical|on (?:his|her) way|arrived|arrives|in town)\\b.*\\bto $',
            '(?:complete|seal|finalise|finalize|conclude|wrap|put pen)\\b', '', 'agreement',
            '{P} is travelling to {C} to complete his move.', 'an infinitive of completion with the player on his way: agreed'),
    MoodCue(('signed', 'loan'), 'before', 60,
            '\\b(?:agreement|agreed\\s+(?:a\\s+|the\\s+)?(?:deal|fee|terms)|(?:struck|reached|sealed)\\s+(?:a\\s+|the\\s+)?deal)\\s+'
            '(?:in\\s+place\\s+)?(?:with\\s+#c\\d+#\\s+)?to\\s+$',
            '', '', 'agreement',
            '{C} have announced an agreement to bring in {P} on a free transfer.', 'a deal agreed to bring him in is an agreement'),
    MoodCue(('signed',), 'before', 3,
            '\\bto $',
            'bring\\b', '', 'interest',
            '{C} want to bring in {P} from {C2}.', 'a signing in the infinitive is wanted, not done'),
    MoodCue(('signed',), 'before', 3,
            '^to $',
            '(?:complete|seal|finalise|finalize|conclude|wrap|put pen)\\b', '', 'interest',
            '{C} want to complete the signing of {P} soon.', 'an infinitive of completion alone: wanted'),
    MoodCue(('signed', 'loan'), 'before', 30,
            '\\b(?:look|looks|appear|appears|seem|seems)\\s+to\\s+(?:have\\s+)?(?:now\\s+|finally\\s+)?$',
            '', '', 'agreement',
            '{C} now look to have won the race for {P}.', 'a done deal only seen from outside: agreed'),
    MoodCue(('signed', 'loan'), 'before', 12,
            '\\bwill\\s+(?:now\\s+)?$',
            '', '', 'agreement',
            '{P} will join {C} on a season-long loan.', 'the future of a done deal: agreed'),
    # a move a club announces or the text calls official is done, whatever its tense (after the
    # rows that make a move to come agreed: "C announced that X will join C2 on loan")
    MoodCue(('agreement',), 'head', 0,
            '^(?:\\d{1,2}[:.]\\d\\d\\s*(?:[-–—|]\\s*)?)?(?:it is\\s+|it\'s\\s+)?(?:now\\s+)?(?:official|done|done deal)\\s*:\\s*(?:[\\w-]+\\s+){0,3}?#[pa]\\d+#\\s+(?:(?:is|will)\\s+(?:now\\s+)?)?$',
            'joining|moving|join|move|signing for|sign for|(?:is\\s+)?leaving', '', 'signed',
            "It is official: {P} is joining {C}.", 'a move the text calls official is done'),
    MoodCue(('agreement',), 'head', 0,
            '\\b(?:announced|confirmed)\\s+(?:on\\s+\\w+\\s+|in\\s+a\\s+statement\\s+)?(?:that\\s+)?(?:[\\w-]+\\s+){0,3}?#[pa]\\d+#\\s+(?:is|will)\\s+(?:now\\s+)?$',
            'joining|moving|join|move|signing for|sign for', '', 'signed',
            "{C2} announced on Saturday that goalkeeper {P} is joining {C}.",
            'a move a club announces is done, whatever its tense'),
    MoodCue(('agreement',), 'after', 120,
            '[^;]{0,100}?,\\s+(?:the\\s+)?(?:[\\w-]+\\s+){0,2}?(?:#c\\d+#|club|side)\\s+(?:has\\s+|have\\s+)?(?:announced|confirmed)\\b',
            '(?:(?:is|are)\\s+(?:now\\s+)?)?(?:joining|moving|leaving|signing for|join|move)\\b', '', 'signed',
            "{P} is leaving {C2} for {C} for {M}, the German club announced on Tuesday.",
            'a move a club announces is done, whatever its tense'),
    MoodCue(('signed', 'loan'), 'before', 40,
            '\\b(?:subject\\s+to|conditional\\s+on|depending\\s+on|dependent\\s+on)\\s+(?:#c\\d+#\\s+)?(?:[\\w-]+\\s+)?$',
            '', '', 'agreement',
            '{C2} agreed the loan, subject to {C} completing the signing of {P}.', 'a move that waits on another is agreed, not done'),
    MoodCue(('signed', 'loan', 'agreement', 'bid'), 'before', 24,
            "\\b(?:could|would|might|should)(?:\\s+not|n't)?\\s+$",
            'have\\b', '', None,
            '{C} could have signed {P} permanently for {M}, but the option will not be used.', 'a move that could have happened did not'),
    MoodCue(('signed', 'loan', 'agreement', 'bid'), 'before', 24,
            "\\b(?:could|would|might|should)(?:\\s+not|n't)?\\s+have\\s+$",
            '', '', None,
            '{C} would have made an offer for {P} had the price been lower.', 'a move that could have happened did not'),
    MoodCue(('talks',), 'before', 40,
            '\\b(?:weighing up|weigh up|considering|consider|planning|plan|plans|preparing|prepare|mulling|mulling over|contemplating|could make|ready to make|set to make|expected to make|will make|may make|might make|to make)\\s+(?:an?\\s+)?(?:formal\\s+|official\\s+|fresh\\s+|first\\s+)?$',
            '', 'approach|enquir', 'interest',
            '{C} are weighing up an approach for {P}.', 'an approach not yet made is interest'),
    MoodCue(('bid',), 'before', 70,
            '(?:\\b(?:expected|set|likely|ready|poised|preparing|prepared|planning|plan|plans|going|looking|hoping|hope|hopes|intend|intends|intending|could|will|would|may|might|to)\\s+(?:\\w+\\s+)?(?:return|come back|follow up)\\s+with|\\b(?:expected|set|likely|ready|poised|preparing|prepared|planning|plan|plans|going|looking|gearing up|hoping|hope|hopes|intend|intends|could|will|would|may|might|about)\\s+to\\s+(?:make|submit|table|launch|lodge|put in|present|send)|\\b(?:could|will|would|may|might)\\s+(?:\\w+\\s+)?(?:make|submit|table|launch|lodge|put in|present|send)|\\b(?:preparing|prepare|prepares|readying|lining up|plotting|mulling|weighing up|considering|thinking about|thinking of|pondering))\\s+(?:(?:a|an|their|its|the)\\s+)?(?:[\\w-]+\\s+|#m\\d+#\\s+){0,3}$',
            '', '', 'interest',
            '{C} are expected to return with an improved offer for {P}.', 'a bid not yet made is interest'),
    MoodCue(('bid',), 'before', 12,
            '\\b(?:any|every|each|no)\\s+(?:[\\w-]+\\s+)?$',
            '', '', None,
            '{C2} are owed part of any offer that {C} turn down for {P}.', 'an offer no one has made is none'),
    MoodCue(('bid',), 'before', 30,
            '\\b(?:(?:prepared|ready|willing|set|expected|planning|poised|hoping|looking|keen|want|wants|likely|going)\\s+to|could|would|will|may|might)\\s+$',
            'offer', '', 'interest',
            '{C} are prepared to offer {P} a four-year deal.', 'an offer not yet made is interest'),
    MoodCue(('ended',), 'before', 24,
            "\\b(?:not|n't|never)\\s+(?:(?:yet|completely|entirely|totally|quite|fully|formally|officially)\\s+)?$",
            '', '', 'interest',
            '{C} have not given up on {P}.', 'a withdrawal denied: the pursuit goes on'),
    MoodCue(('ended',), 'before', 24,
            '\\b(?:may|might|could)\\s+(?:now\\s+|yet\\s+|still\\s+|soon\\s+|well\\s+)?(?:have\\s+to\\s+|be\\s+forced\\s+to\\s+)?$',
            '', '', None,
            '{C} bid for {P}, but {C} may now turn their attention elsewhere.', 'a withdrawal only possible is none yet'),
    MoodCue(('ended',), 'after', 60,
            '[^,;]{0,40}?\\b(?:if|unless)\\b',
            '', '', None,
            '{C} will not pursue a deal for {P} if the price rises.', 'a withdrawal under a condition is none'),
]

MOOD_CUES: list[MoodCue] = [MoodCue(r.kinds, r.where, r.reach, r.pattern, r.at_start, r.within, r.to, r.example, r.note,
                                    f"mood.{i + 1}") for i, r in enumerate(_ROWS)]
