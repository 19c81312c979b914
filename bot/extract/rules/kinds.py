"""Kind triggers: the phrases that say a club wants, approaches, bids for, agrees, signs,
loans or gives up on a player.

The patterns run over a *masked* clause: lowercase, quotes removed, every entity a
placeholder (#c0# club, #p1# player, #a2# player anaphor, #m3# money, #s4# source,
#u5# unknown name), so they speak of verbs, nouns and slots, never of names.

Row fields:
- kind: the claim kind, or "none" for a phrase that looks like a move but is not one
  (a contract renewal): it wins over the shorter trigger inside it and gives nothing;
- strong: the phrase may fall back to the article's player when its clause names none
  ("Sunderland have decided to withdraw");
- mover: the player is the phrase's subject ("X joined C", "X came in from C"), so a
  player before it beats one after it;
- past: the phrase itself tells a finished spell ("spent last season on loan at C");
- cancels: the phrase says the move its clause tells fell through ("X's move to C has
  collapsed at the medical"): the clause's own move and agreement phrases give nothing;
- own_side: the phrase tells the player's own side of a move ("has agreed a two-year contract
  with C", "he only wanted to join C"): where the article tells his move to C done, it is part
  of that move, not a claim of its own;
- back: the phrase may tell him going back to a club he was at before ("returned to C", "is back
  at C"): told beside a loan that ended, that is no move of its own (article_rules);
- former: the club is one he has left ("has previously played for C", "his former clubs include
  C"), never his club now (facts);
- example / club: the sentence the row exists for and the slot of the club whose claim
  it must give ("" when it must give none).

Order matters only inside one kind: the longest match wins, and `ended` is tried first
because its phrases contain interest words ("pulled out of the race for").
"""

from __future__ import annotations

from dataclasses import dataclass, replace


@dataclass(frozen=True, slots=True)
class KindRule:
    kind: str
    pattern: str
    example: str
    club: str = "C"
    strong: bool = False
    mover: bool = False
    past: bool = False
    cancels: bool = False
    own_side: bool = False
    back: bool = False
    former: bool = False
    name: str = ""


C = r"#c\d+#"
P = r"#[pa]\d+#"
M = r"#m\d+#"
# the move a modal governs ("will join C", "could switch to C", "is set to complete a move to C")
_MODAL_MOVE = (r"(?:now\s+|still\s+|officially\s+|also\s+)?(?:join|rejoin|(?:move|switch|head|return)\s+(?:back\s+)?to|head\s+for|go\s+back\s+to|sign\s+for|make\s+the\s+move\s+to|"
               r"be\s+(?:heading|moving|going|returning|switching)\s+(?:back\s+)?to|"
               r"(?:complete|seal)\s+(?:a|his|her|the)\s+(?:[\w-]+\s+)?(?:move|switch|transfer)\s+to)\s+(?=(?:[\w-]+\s+){0,3}?#c)")
# a club's word on its own deal, the player its object: "C confirm X on a season-long loan / a four-year deal"
_CONFIRMS_PLAYER_ON = r"\b(?:confirm|confirms|unveil|unveils|unveiled)\s+(?:[\w-]+\s+){0,2}?#[pa]\d+#\s+on\s+(?:a\s+)?(?:[\w-]+\s+){0,2}?"
# "could leave #c and join #c2": the modal governs both verbs, and the move is the second's
_LEAVE_AND = r"(?:(?:leave|quit)\s+#c\d+#\s+(?:(?:this|next|in)\s+[\w-]+\s+)?and\s+)?"
_RACE = r"(?:race|chase|battle|hunt|queue|scramble|running|fight|bidding|list)"
# right after a player's placeholder: the player is the verb's subject ("#p0# went to #c1#")
_AFTER_PLAYER = r"(?:(?<=#p\d# )|(?<=#a\d# )|(?<=#p\d\d# )|(?<=#a\d\d# ))"
# "Middlesbrough have joined QPR in making enquiries about X", "Everton have joined Inter, Roma and
# Southampton in the chase for X": a club joining other suitors
_COSUITOR = r"\s+#c\d+#(?:(?:,\s*|\s+and\s+)#c\d+#)*\s+in\s+(?:[a-z]+ing\b|(?:the|their)\s+(?:race|chase|hunt|queue|running|pursuit|battle|fight)\b)"

_ROWS: list[KindRule] = [
    # ---- ended: checked first, and they hide the interest words inside them
    KindRule("ended", r"\b(?:pulled|pull|pulling|pulls|dropped|drop|dropping|bowed|crashed)\s+out\b(?:\s+of\s+the\s+(?:race|running|chase|hunt|battle|bidding))?",
             "{C} have pulled out of the race for {P}.", strong=True),
    KindRule("ended", r"\bout of the (?:race|running|chase|hunt)\b", "{C} are out of the running for {P}.", strong=True),
    KindRule("ended", r"\bpriced out of\b", "{C} have been priced out of a deal for {P}.", strong=True),
    KindRule("ended", r"\b(?:stop|stopped|stops|stopping|cease|ceased)\s+(?:pursuing|chasing|tracking|their pursuit of|its pursuit of)\b",
             "{C} have decided to stop pursuing {P}.", strong=True),
    KindRule("ended", r"\bblow\s+to\s+#c\d+#'s\s+(?:[\w-]+\s+)?(?:hopes|plans|pursuit|interest|chances)\b",
             "{C2} have handed {P} a new contract, a blow to {C}'s hopes of taking him.", strong=True),
    KindRule("ended", r"\b(?:withdrawn|withdrew|withdraw|withdrawing|withdraws)\b(?:\s+(?:from\s+)?(?:the\s+)?(?:race|interest|chase|bid|offer))?",
             "{C} have withdrawn from the race to sign {P}.", strong=True),
    KindRule("ended", r"\b(?:stepped|step|stepping|walked|walk|walking)\s+away\b(?:\s+from\s+(?:the\s+)?(?:race|chase|deal|talks|negotiations))?",
             "{C} have walked away from talks over {P}.", strong=True),
    KindRule("ended", r"\b(?:ended|end|ending|abandoned|abandon|abandoning|halted|called off|call off|calling off|dropped|shelved|scrapped|parked|terminated|terminate)\s+(?:once and for all\s+|now\s+|finally\s+)?(?:(?:their|its|his|the)\s+|(?=talks\b|negotiations\b))(?:pursuit|interest|chase|move|bid|talks|negotiations|search|plans?|signing)\b|"
                      r"\b(?:ended|abandoned|halted|called off|dropped|shelved|scrapped|parked|given up)\s+(?:their\s+|its\s+|the\s+)?(?:plans|attempts|efforts|hopes)\s+"
                      r"(?:to|of)\s+(?:sign|signing|bring\s+in|bringing\s+in|land|landing|buy|buying|recruit|recruiting)\b",
             "{C} have ended their pursuit of {P}.", strong=True),
    KindRule("ended", r"\b(?:put|putting|puts|brought|bringing|brings)\s+an\s+end\s+to\s+(?:" + C + r"'s\s+|(?:their|its)\s+)(?:[\w-]+\s+)?(?:pursuit|interest|chase)\b",
             "{P} has signed a new contract with {C2}, putting an end to {C}'s lengthy pursuit of him.", strong=True),
    KindRule("ended", r"\b(?:cooled|cooling|cool)\s+(?:their|its|his)?\s*interest\b", "{C} have cooled their interest in {P}.", strong=True),
    KindRule("ended", r"\b(?:gave|give|giving|given)\s+up\s+(?:on|the)\b(?!\s+(?:\w+ing\s+)?(?:a|an|the|his|her)\s+(?:work permit|visa|permit|licence)\b)",
             "{C} have given up on signing {P}.", strong=True),
    KindRule("ended", r"(?<!#[pa]\d# was )(?<!#[pa]\d# is )(?<!client was )(?<!client is )\b(?:no longer|not)\s+(?:interested|keen|pursuing|in the race|in the running|want(?:ing)?(?=\s+(?:to\s+(?:sign|buy|bring|land|pursue|take)\b|(?:#[pa]\d+#|him\b|her\b)(?!\s+back)))|chasing|tracking|considering)\b"
                      r"(?!\s+(?:to\s+(?:sell|lose|let|part)|in\s+(?:selling|losing|letting|parting|cashing))\b)",
             "{C} are no longer interested in {P}.", strong=True),
    # (not "had no intention of selling him": his club keeping him)
    KindRule("ended", r"\b(?:have|has|had|with)\s+no\s+(?:interest|intention|plans)\s+(?:in|of)\b(?=\s+(?:signing|bringing|buying|pursuing|making|moving|joining|going|returning|bidding|landing|taking|re-signing|a\s+(?:move|deal|transfer|loan)|the\s+(?:player|move|deal)|#[pa]\d+#|him\b|her\b))|"
                      r"\b(?:have|has|had|with)\s+no\s+(?:intention|plans)\s+to\s+(?:sign|bid for|make (?:a|an) (?:move|bid|offer) for|move for)\b",
             "{C} have no interest in signing {P}.", strong=True),
    KindRule("ended", r"(?<=# )(?:has\s+|have\s+|had\s+)?(?:dismissed|dismisses|denied|denies|deny|played down|plays down|rubbished|rubbishes)\s+"
                      r"(?:any\s+|the\s+)?(?:reports?|rumours?|speculation|suggestions|talk|claims|links)\s+(?:linking|that|of|about|over)\b|"
                      r"\bdistanced\s+(?:themselves|itself)\s+from\b|\bno truth (?:in|to)\b|\bnever\s+(?:been\s+)?(?:interested|keen)\b",
             "{C} have denied reports that they want {P}.", strong=True),
    KindRule("ended", r"\bno longer\s+(?:want|wants|need|needs|pursue|pursues|an option|a target)\b", "{C} no longer need {P}.", strong=True),
    KindRule("ended", r"\b(?:opted|decided|chose|choosing|opting)\s+against\b", "{C} have opted against a permanent deal for {P}.", strong=True),
    KindRule("ended", r"\b(?:ruled|rule|ruling)\s+out\s+(?:(?:a|any|an?\s+[\w-]+|any\s+[\w-]+)\s+(?:move|bid|deal|swoop|approach|offer)|signing|a\s+return)\b", "{C} have ruled out a move for {P}.", strong=True),
    KindRule("ended", r"\b(?:will|would)\s+not\s+(?:pursue|follow up|make|submit|return|go back)\b", "{C} will not pursue a deal for {P}.", strong=True),
    KindRule("ended", r"\b(?:turned|turn|turning)\s+(?:their|its)\s+attention(?:s)?\s+(?:elsewhere|to other|away from)\b",
             "{C} have turned their attention elsewhere after missing out on {P}.", strong=True),
    KindRule("ended", r"\bmoved on from\b", "{C} have moved on from {P}.", strong=True),
    KindRule("ended", r"\b(?:has|have|had)\s+(?:now\s+)?(?:collapsed|fallen through|fallen apart|broken down)\b|"
                      # "C's long-awaited signing of X fell apart overnight": the deal, in the simple past
                      r"\b(?:signing|move|deal|transfer|switch|loan|talks|negotiations)\s+(?:of|for|to|with|over)\s+(?:[\w-]+\s+){0,3}?#[pac]\d+#"
                      r"(?:\s+(?:from|to)\s+#c\d+#){0,2}\s+(?:fell apart|fell through|collapsed|broke down)\b|\b(?:is|are)\s+(?:now\s+)?off\b(?!\s+(?:to|for|on)\b)|\bfailed\s+(?:his|her|a|the)\s+medical\b",
             "{C}'s move for {P} has collapsed.", strong=True, cancels=True),
    KindRule("ended", r"\b(?:was|were)\s+not\s+(?:completed|finalised|finalized|done)\b",
             "A late bid from {C} for {P} was not completed in time.", strong=True, cancels=True),
    KindRule("ended", r"\bcould not persuade\b|\bfailed to persuade\b", "{C} could not persuade {P} to join.", strong=True),
    KindRule("ended", r"\b(?:couldn't|could not|failed to|failing to|(?:was|were)\s+unable\s+to)\s+(?:secure|agree|land|complete|strike|sign)\b(?![^;]*\b(?:last (?:summer|season|year|window|january)|in (?:19|20)\d\d)\b)", "{C} failed to agree a fee for {P}.", strong=True),
    KindRule("ended", r"\b(?:pursuit|interest|chase|move|bid|deal|saga|hopes)\b(?:[^;#]|#[pm]\d+#|(?<=from )#c\d+#|(?<=to )#c\d+#){0,40}?\b(?:is|are|appears to be|appear to be|seems to be|looks)\s+(?:now\s+)?(?:over|dead)\b",
             "{C}'s pursuit of {P} is over.", strong=True),
    # moving on, backing away, letting it lapse: "C have moved on from X", "C's interest in X has cooled"
    KindRule("ended", r"\bmoved\s+on\s+from\s+(?=(?:[\w-]+\s+){0,2}?#[pa])|\b(?:switched|turned|shifted)\s+(?:their|its)\s+(?:attention|focus)\s+away\s+from\b|"
                      r"\binterest\s+in\s+#[pa]\d+#\s+(?:has|had)\s+(?:now\s+)?(?:cooled|waned|faded|cooled off|died down)\b|"
                      r"\bgiven\s+up\s+(?:all\s+)?(?:hope|hopes)\s+of\s+(?:signing|landing|bringing)\b|\b(?:backed|backs|backing)\s+away\s+from\b|"
                      r"\bdistanced\s+(?:themselves|itself)\s+from\b|\b(?:passed|passes)\s+on\s+(?=(?:[\w-]+\s+){0,2}?#[pa])|"
                      r"\blet\s+(?:their|its)\s+interest\s+(?:in\s+#[pa]\d+#\s+)?(?:lapse|fade|die)\b",
             "{C}'s interest in {P} has cooled.", strong=True),
    KindRule("ended", r"\bwe are out\b|\b(?:is|are)\s+out\s+of\s+(?:it|the picture)\b",
             "{C} are out of the picture for {P}.", strong=True),
    # ---- a renewal is no move: it hides the "signed ... with" inside it
    KindRule("none", r"\b(?:signed|signs|sign|penned|pens|agreed|agrees|put pen to paper on)\s+(?:a\s+)?(?:new|fresh|improved|extended|long-term)\s+"
                     r"(?:[\w-]+\s+){0,2}?(?:contract|deal|terms)(?:\s+(?:with|at)\s+" + C + r")?",
             "{P} has signed a new five-year contract with {C}.", club=""),
    KindRule("none", r"\b(?:extended|extends|extending|renewed|renews|renewing)\s+(?:his|her|their|the)\s+(?:[\w-]+\s+)?(?:contract|deal|stay)\b",
             "{P} has extended his contract at {C}.", club=""),
    KindRule("none", r"\b(?:signed|signs|sign|penned|pens|agreed|agrees)\s+(?:a|an|his|her)\s+(?:[\w-]+\s+){0,3}?(?:extension|renewal)\b(?:\s+(?:with|at)\s+" + C + r")?",
             "{P} has signed a two-year extension with {C}.", club=""),
    # ---- his club's stance: it keeps him ("Juventus consider X untouchable"), no one's pursuit
    KindRule("none", r"\b(?:consider|considers|considered|regard|regards|regarded|deem|deems|deemed)\s+#[pa]\d+#\s+(?:as\s+)?(?:untouchable|unsellable|indispensable|not for sale)\b",
             "{C2} are keen, but {C} consider {P} untouchable.", club=""),
    # ---- done kinds
    KindRule("loan", r"\b(?:spent|spending)\b(?:[^#,;]|#[a-z]\d+#){0,50}?\bon loan\b",
             "{P} spent last season on loan at {C}.", strong=True, past=True),
    KindRule("loan", r"\b(?:will|to|would|could|set to|going to)\s+spend\b(?:[^#,;]|#[a-z]\d+#){0,50}?\bon loan\b",
             "{P} will spend the season on loan at {C}.", strong=True, mover=True),
    KindRule("loan", r"\bloan (?:spells?|stints?|seasons?|years?|campaigns?) (?:at|with)\b|\b(?:spells?|stints?)\s+on\s+loan\s+(?:at|with)\b",
             "{P} is back after a tough loan spell at {C}.", strong=True, past=True),
    KindRule("loan", r"\b(?:is|are|was|currently|(?:has|have|had)\s+been)\s+(?:currently\s+|still\s+|out\s+)?on loan (?:at|with)\b",
             "{P} is on loan at {C} from {C2}.", strong=True, past=True),
    KindRule("loan", r"\b(?:while|whilst|when)\s+(?:he\s+was\s+|she\s+was\s+)?on\s+loan\s+(?:at|with)\b",
             "{P} won the cup while on loan at {C} in 2018.", strong=True, past=True),
    # what he did on a loan told as his record: "scored 26 goals in 35 games on loan at C in 2012-13"
    KindRule("loan", r"\b(?:games|goals|appearances|matches|outings|seasons?|campaigns?|spell|years|months)\s+on\s+loan\s+(?:at|with)\s+(?=(?:[\w-]+\s+){0,3}?#c)|"
                     r"\b(?:impressed|shone|starred|excelled|thrived|flourished|debut)\s+(?:[\w-]+\s+){0,6}?on\s+loan\s+(?:at|with)\s+(?=(?:[\w-]+\s+){0,3}?#c)",
             "{P} scored 26 goals in 35 games on loan at {C} in 2012-13.", strong=True, mover=True, past=True),
    # a loan that has run its course: "X's loan at C is over", "and with it X's loan at C"
    KindRule("loan", r"#[pa]\d+#'s\s+(?:[\w-]+\s+)?loan\s+(?:spell\s+|stint\s+)?(?:at|with)\s+#c\d+#(?=\s+(?:is|was|has|had)\s+(?:now\s+|officially\s+)?"
                     r"(?:over|ended|expired|finished|come\s+to\s+an\s+end|been\s+cut\s+short|run\s+its\s+course)\b|\s*[.;]$)|"
                     r"#[pa]\d+#'s\s+#c\d+#\s+loan\s+(?:spell\s+)?(?=(?:is|was|has|had)\s+(?:now\s+|officially\s+)?(?:over|ended|expired|finished)\b)",
             "The season has finished, and with it {P}'s loan at {C}.", strong=True, past=True),
    KindRule("loan", r"\b(?:loaned|farmed)\s+out\b|\bloaned\s+to\b|\bsent\s+(?:out\s+)?on loan\b", "{P} has been loaned to {C}.", strong=True),
    KindRule("loan", r"\bloaned\s+in\s+(?=(?:[\w-]+\s+){0,3}?#[pa])", "{C} have loaned in {P} from {C2}.", strong=True),
    KindRule("loan", r"\b(?:been|was|were)\s+sent\s+out\s+(?:again\s+)?to\b", "{P} joined {C2} in 2016 and has since been sent out to {C}.",
             strong=True, mover=True),
    # a trade or transfer the seller makes: "C2 traded X to C", "C2 transfer X to Liga MX side C", "X has been traded by C2 to C"
    KindRule("signed", r"\b(?:traded|trades|transfers|transferred)\s+(?!(?:his|her|their)\s+rights\b)(?:(?:[\w-]+|#[pa]\d+#,?|by\s+(?:the\s+)?#c\d+#)\s+){0,5}?to\s+(?:[\w-]+\s+|#u\d+#\s+){0,4}?(?=#c)|"
                       r"(?<=#\s)transfer\s+(?:(?:[\w-]+|#[pa]\d+#,?)\s+){1,5}?to\s+(?:[\w-]+\s+|#u\d+#\s+){0,4}?(?=#c)",
             "{P} has been traded by {C2} to {C}.", strong=True),
    # a loan that goes on: "X will stay on loan at C for another season"
    KindRule("loan", r"\b(?:stay|stays|staying|remain|remains|remaining)\s+on\s+loan\s+(?:at|with)\s+(?=#c)",
             "{P} stays on loan at {C} for another season.", strong=True, mover=True),
    # a signing told by the shirt he will wear: "X will wear the C shirt next season"
    KindRule("agreement", r"\b(?:will|to)\s+(?:be\s+)?wear(?:ing)?\s+(?:the\s+)?(?=#c\d+#\s+(?:shirt|jersey|colours)\b)",
             "{P} is expected to be wearing {C} colours next season.", strong=True, mover=True),
    # (the headline present tense; "announced X on loan" and "confirmed signing X on loan" have rows of their own)
    KindRule("loan", _CONFIRMS_PLAYER_ON + r"loan\b",
             "{C} confirm {P} on a season-long loan from {C2}, with an option to buy.", strong=True),
    KindRule("signed", _CONFIRMS_PLAYER_ON + r"(?:contract|deal)\b",
             "{C} confirm {P} on a four-year deal from {C2}.", strong=True),
    # "C have agreed to take X on loan": the loan agreed, not yet done
    KindRule("agreement", r"\b(?:agreed|agree|agrees)\s+to\s+take\s+(?:[\w-]+\s+|#c\d+#(?:'s)?\s+){0,3}?#[pa]\d+#\s+on\s+(?:a\s+)?(?:[\w-]+\s+){0,2}?loan\b",
             "{C} have agreed to take {C2} forward {P} on loan with an option to buy."),
    # "C have closed agreements for X of C2 and Y of C3"
    KindRule("agreement", r"\bclosed\s+(?:an?\s+)?(?:agreements?|deals?|accords?)\s+(?:for|over)\s+(?=(?:[\w-]+\s+){0,3}?#[pa])",
             "{C} have also closed agreements for {P} of {C2} and Y of Toulouse.", strong=True),
    # a player who is discussing a switch: "X is discussing a switch to C"
    KindRule("talks", r"\b(?:discussing|discusses|discussed|negotiating|negotiates)\s+(?:a|his|her|the)\s+(?:[\w-]+\s+|#m\d+#\s+){0,2}?(?:move|switch|transfer|deal)\s+(?:to|with)\s+(?=#c)",
             "{P} is discussing a switch to {C}.", strong=True, mover=True),
    # a departure about to happen: "X is about to leave for C" (with the club left, agreement.23)
    KindRule("agreement", r"\b(?:about|set|poised|due|expected)\s+to\s+leave\s+for\s+(?=(?:[\w-]+\s+){0,2}?#c)",
             "{P} is about to leave for {C}.", strong=True, mover=True),
    # a player as good as signed: "X is all but an Inter player", "X is going to be a Roma defender"
    KindRule("agreement", r"#[pa]\d+#\s+(?:is\s+(?:all\s+but|almost|practically|virtually|as\s+good\s+as|going\s+to\s+be)|will\s+(?:soon\s+)?be)\s+"
                          r"(?:a|an)\s+(?=#c\d+#\s+(?:player|defender|midfielder|striker|forward|winger|goalkeeper|keeper)\b)",
             "{P} is all but an {C} player.", strong=True, mover=True),
    # a club's place in his future: "C are a possible destination"
    KindRule("interest", r"(?<=#\s)(?:are|is|would\s+be|could\s+be|remain|remains)\s+(?:a|the|another)\s+(?:possible|likely|potential|probable|preferred|favoured|favourite|logical|obvious)\s+destination\b",
             "{P} could leave, and {C} are a possible destination.", strong=False),
    # "C have (recently) turned to X", "C are on X"
    KindRule("interest", r"(?<=#\s)(?:have|has)\s+(?:now\s+|recently\s+|since\s+|instead\s+)?turned\s+to\s+(?=(?:[\w-]+\s+){0,3}?#[pa])|"
                         r"(?<=#\s)(?:are|is)\s+(?:also\s+|now\s+|firmly\s+|already\s+|both\s+|all\s+)?on\s+(?=#[pa]\d+#)",
             "{C} have recently turned to {P} to strengthen their squad.", strong=True),
    # a gossip headline with no verb: "C1, C2 and C3 on X." (the player closes it); "C dream of X"
    KindRule("interest", r"(?<=#\s)on\s+(?=#p\d+#\s*[.!]?\s*$)|(?<=#\s)dream(?:s|ing)?\s+of\s+(?=#p\d+#)",
             "{C2} and {C} on {P}.", strong=True),
    # a pursuit shelved: "C have put their pursuit of X on hold"
    KindRule("ended", r"\bput\s+(?:their|its|the)\s+(?:[\w-]+\s+)?(?:pursuit|interest|chase|move|bid|plans?)\b(?=[^;]{0,50}\bon\s+(?:hold|ice)\b)",
             "{C} have put their pursuit of {P} on hold.", strong=True),
    # "an attempt for X", "ready to welcome X", "wanted by C"
    KindRule("interest", r"\b(?:make|making|made|makes|launch|launched)\s+(?:an?\s+|another\s+|one\s+last\s+)?(?:[\w-]+\s+)?attempt\s+(?:for|to\s+(?:sign|land|get))\b",
             "{C} could make an attempt for {P}.", strong=True),
    KindRule("agreement", r"\b(?:ready|set|poised|about|preparing)\s+to\s+welcome\s+(?=(?:[\w-]+\s+){0,3}?#[pa])",
             "{C} are ready to welcome {P}.", strong=True),
    # a stay that ends talk of a move: "a decision that ends any talk of him moving to C"
    KindRule("ended", r"\b(?:ends?|ended|ending|put\s+an\s+end\s+to)\s+(?:any\s+|all\s+)?(?:talk|speculation|rumours|hopes?)\s+of\s+(?:[\w-]+\s+|#[pa]\d+#\s+){0,3}?(?:moving|joining|a\s+move|a\s+switch|going)\s+to\s+#c\d+#",
             "{P} will stay, a decision that ends any talk of him moving to {C}.", strong=True),
    # a loan the club wants to make permanent: "C want to turn X's loan from C2 into a permanent move"
    KindRule("interest", r"\b(?:turn|make|convert)\s+#[pa]\d+#'s\s+loan\b(?=[^;]{0,50}\b(?:into\s+a\s+permanent|permanent)\b)",
             "{C} want to turn {P}'s loan from {C2} into a permanent move.", strong=True),
    # a deal taken from under a rival's nose: "C could snatch X", "C nabbed X"
    KindRule("signed", r"\b(?:snatched|snatch|snatches|nabbed|nab|nabs|poached|poach|poaches|hijacked|hijack|hijacks)\s+(?=(?:[\w-]+\s+){0,3}?#[pa])",
             "{C} snatched {P} from under {C2}'s nose.", strong=True),
    # "C2 have announced X's loan to C": the loan's club is the one it goes to
    KindRule("loan", r"#[pa]\d+#'s\s+(?:[\w-]+\s+){0,2}?loan\s+(?:move\s+|switch\s+|deal\s+|spell\s+)?to\s+(?=(?:[\w-]+\s+){0,2}?#c\d+#(?!\s+(?:also\s+|then\s+|has\s+|had\s+)?(?:is|has|will|could|would|looks|was|fell|collapsed|broke|broken)\b))",
             "{C2} have announced {P}'s loan to {C} for the rest of the season.", strong=True),
    # the seller lets him go: the club named after is the one he went to
    KindRule("signed", r"(?<!to )\b(?:let|lets|letting|allow|allows|allowed|allowing)\s+(?:[\w-]+\s+|#[pa]\d+#\s+){1,4}?(?:to\s+)?(?:go|leave|move|head|depart)\s+(?:to|for)\s+(?=#c)|"
                       r"(?<!to )\b(?:let|lets|letting|allow|allows|allowed|allowing)\s+(?:[\w-]+\s+){0,3}?#[pa]\d+#\s+(?:to\s+)?(?:join|sign\s+for)\s+(?=#c)",
             "{C2} have already let {P} go to {C}.", strong=True),
    KindRule("loan", r"\bloaned\s+(?:out\s+)?by\s+#c\d+#\s+to\s+(?=#c)|\b(?:sent|sends|(?<!to )send|sending)\s+(?:(?:[\w-]+|#[pa]\d+#,?|\d+,)\s+){1,5}?(?:out\s+)?on\s+(?:a\s+)?(?:[\w-]+\s+)?loan\s+to\b",
             "{C2} also sent midfielder {P}, 20, on loan to Serie B club {C}.", strong=True),
    KindRule("loan", r"\b(?:completes?|completed|sealed|seals|secured|secures|finalised|finalized)\s+(?:a\s+|his\s+|the\s+)?(?:season-long\s+|temporary\s+|six-month\s+)?loan\b",
             "{P} has completed a season-long loan to {C}.", strong=True),
    KindRule("loan", r"\b(?:joined|joins|join|moved|moves|move|arrived|arrives|arriving|signed|signs|joining|returned|returns|switched|switches|heads|headed|went|goes|gone)\b"
                     r"(?:[^#,;]|#[a-z]\d+#){0,40}?\bon (?:a\s+|an\s+)?(?:(?:season-long|temporary|six-month|initial|half-season|year-long|short-term)\s+){0,2}loan\b",
             "{P} moves on to {C} on loan.", strong=True, mover=True),
    KindRule("loan", r"\b(?:recalled|recalls|recall|returned|returns|return|back)\s+(?:[\w-]+\s+|#[pac]\d+#\s+){0,3}?from\s+(?:his|her|a|the)\s+"
                     r"(?:[\w-]+\s+)?loan\s+(?:spell\s+|stint\s+)?(?:at|with)\b",
             "{C2} have recalled {P} from his loan at {C}.", strong=True),
    KindRule("loan", r"\bon a loan running\b|\bsigning #[pa]\d+# on loan\b", "{C} confirmed signing {P} on loan until the summer.", strong=True),
    KindRule("loan", r"(?:\b(?:brought in|landed|secured|captured|drafted in|added|took|taken|signed)|(?<=, )(?:bringing in|landing|securing|capturing|adding|taking|signing))\s+(?:[\w-]+\s+|#[a-z]\d+#,?\s+|\d\d,\s+){0,6}?on (?:a\s+)?(?:[\w-]+\s+)?(?:loan|temporary (?:deal|basis))\b|"
                     r"\b(?:gone|went|headed|heads|heading|goes|going)\s+out\s+on\s+(?:a\s+)?(?:[\w-]+\s+)?loan\b",
             "{C} have brought in {P} on a six-month loan.", strong=True),
    KindRule("signed", r"\b(?:has|have|had)\s+(?:officially\s+)?(?:joined|signed for|signed with|completed (?:a|his|the) (?:move|switch|transfer))\b(?!\s+(?:the\s+)?" + _RACE + r"\b|" + _COSUITOR + r")",
             "{P} has joined {C} from {C2}.", strong=True, mover=True),
    KindRule("signed", r"\b(?:joined|joins|rejoined|rejoins)\b(?!\s+#[pa]|\s+(?:the\s+)?" + _RACE + r"\b|" + _COSUITOR + r")", "{P} joined {C} in the summer.", strong=True, mover=True),
    KindRule("signed", r"\bjoining\s+#c\d+#(?!\s+(?:and\s+#c\d+#\s+)?in\s+(?:the\s+)?(?:race|chase|battle|hunt|queue|scramble|pursuit|running)\b)|\b(?:joining|arriving)\s+from\s+#c\d+#|^(?:moving|switching)\s+to\s+#c\d+#|\b(?:after|before|since|then|later)\s+(?:moving|switching)\s+to\s+#c\d+#",
             "The deal sees {P} joining {C}.", strong=True, mover=True),
    KindRule("signed", r"(?:(?<=# )|(?<=\bwho )|(?<=\bhe )|(?<=\bshe ))cost\s+#c\d+#\s+(?:a\s+)?(?:[\w-]+\s+){0,2}?#m\d+#",
             "{P}, who cost {C} {M} in 2021, is available.", strong=True),
    KindRule("signed", r"\bsigned\s+(?:for|with)\b(?!\s+(?:a|an|one|two|three|four|five|\d+)\s+(?:more\s+)?(?:years?|seasons?)\b)|\bsigning\s+with\b|\bsigns\s+for\b(?!\s+(?:a|an|one|two|three|four|five|\d+)\s+(?:more\s+)?(?:years?|seasons?)\b)|\bsigned\s+by\b|\bhas\s+signed\b|\bhave\s+signed\b|\bsigned\s+(?:[\w-]+\s+|#c\d+#'s\s+){0,4}?#[pa]\d+#",
             "{C} have signed {P} from {C2}.", strong=True),
    KindRule("signed", r"\b(?:was|were|has been|have been|had been)\s+signed\b", "{P} was signed to compete with Rui Teixeira at {C}.",
             strong=True, mover=True),
    KindRule("signed", r"\bsnapped\s+up\b|\bsnap(?:ped)?\s+#[pa]\d+#\s+up\b|\bwrapped\s+up\s+(?:a|the)\s+(?:deal|signing)\b|"
                       r"(?<=\bto )wrap up\s+(?:a|the)\s+(?:[\w-]+\s+|#m\d+#\s+){0,2}?(?:deal|signing|move|transfer)\b",
             "{C} have snapped up {P}.", strong=True),
    KindRule("agreement", r"\b(?:is|are)\s+(?:now\s+)?wrapping up\s+(?:a|the)\s+(?:[\w-]+\s+|#m\d+#\s+){0,2}?(?:deal|signing|move|transfer)\b",
             "{C} are wrapping up a deal for {P}.", strong=True),
    KindRule("signed", r"\b(?:completed|complete|completes|sealed|seals|seal|finalised|finalized|concluded)\s+(?:the\s+|a\s+|an\s+|his\s+|their\s+)?(?:[\w-]+\s+|#m\d+#\s+){0,3}?(?:signings?|transfer|move|switch|deals?|agreement|capture|acquisition|purchase|recruitment)\b",
             "{C} have completed the signing of {P}.", strong=True),
    KindRule("signed", r"(?:(?<=, )|(?<=\bafter )|(?<=\bby ))signing\s+(?:[\w-]+\s+|#c\d+#'s\s+){0,4}?#[pa]\d+#\s+from\s+#c\d+#",
             "{C} have broken their transfer record, signing {P} from {C2}.", strong=True),
    KindRule("signed", r"\b(?:announced|announce|announces|unveiled|unveils|unveil|presented|presents)\s+(?:[\w-]+\s+){0,2}?#[pa]\d+#,?\s+on\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:contract|deal)\b",
             "Official: {C} have announced {P} on a four-year contract.", strong=True),
    KindRule("signed", r"\b(?:brought|brings|bringing)\s+#[pa]\d+#\s+back\b(?!\s+(?:into|in|to)\s+(?:the\s+|his\s+|her\s+|their\s+|its\s+)?(?:team|side|squad|starting|line-up|fold|plans|first team|reckoning))",
             "{C} brought {P} back to Scotland from {C2} on a four-year contract.", strong=True),
    KindRule("signed", r"\b(?:leaves|left|leaving|departs|departed|departing|quits|quit)\s+#c\d+#\s+after\s+(?:[\w-]+\s+){1,3}?(?:seasons|years)\b",
             "{P} leaves {C} after eight seasons as the club's all-time leading scorer.", strong=True, past=True),
    KindRule("signed", r"\b(?:following|after|since|with|by)\s+#[pa]\d+#'s\s+(?:[\w£€$#-]+\s+){0,2}?(?:move|switch|departure|exit)\s+to\s+#c\d+#(?!\s+(?:is|has|had|will|could|would|looks|was|fell|collapsed|broke)\b)",
             "The blow comes after {P}'s £40m move to {C} in July.", strong=True),
    # a move the text recalls in a relative clause: "overtaking #p, whose move to #c in 2017 cost £10m"
    KindRule("signed", r"(?<=#,\s)whose\s+(?:[\w£€$#-]+\s+){0,2}?(?:move|switch|transfer)\s+to\s+#c\d+#"
                       r"(?!\s+(?:is|has|will|could|would|looks|looked|seems|seemed|appears|appeared|fell|collapsed|broke)\b)",
             "He would overtake {P}, whose move to {C} in 2017 cost £10m.", strong=True, mover=True),
    KindRule("loan", r"\b(?:sent|sends|(?<!to )(?<!will )(?<!would )(?<!could )send)\s+(?:[\w-]+\s+|#[pa]\d+#,?\s+|\d+,\s+){1,6}?to\s+#c\d+#\s+on\s+(?:a\s+)?(?:[\w-]+\s+)?loan\b|"
                     r"\b(?:comes|came|arrives|arrived|joins|joined)\s+(?:in\s+)?from\s+#c\d+#\s+on\s+(?:a\s+)?(?:[\w£€$#-]+\s+){0,3}?loan\b",
             "{C2} have sent the World Cup winner {P} to {C} on loan for the rest of the season.", strong=True),
    # the loan under way, told by the club that lends him: agreed, not yet done
    KindRule("agreement", r"\b(?:are|is)\s+(?:now\s+|also\s+)?sending\s+(?:[\w-]+\s+|#[pa]\d+#,?\s+){1,6}?to\s+#c\d+#\s+on\s+(?:a\s+)?(?:[\w-]+\s+)?loan\b",
             "{C2} are sending young winger {P} to {C} on loan for the rest of the season."),
    KindRule("signed", r"\b(?:bought|signed|purchased|acquired|brought in)\s+outright\b|\bmade\s+(?:the\s+)?(?:loan\s+)?(?:deal|move|transfer|signing)\s+(?:of\s+#[pa]\d+#\s+)?permanent\b",
             "{P} was bought outright by {C} on 1 July.", strong=True),
    KindRule("signed", r"#[pa]\d+#'s\s+(?:[\w£€$#-]+\s+){0,2}?transfer\s+to\s+#c\d+#(?!\s+(?:is|has|will|could|would|looks|was)\b)",
             "The fee beats {P}'s transfer to {C}.", strong=True, past=True),
    KindRule("signed", r"\b(?:transfer|move|switch)\s+to\s+#c\d+#\s+(?:was|has been|had been)\s+(?:completed|confirmed|finalised|sealed)\b",
             "{P}'s transfer to {C} was completed on Friday.", strong=True),
    KindRule("signed", r"\b(?:switch|move|transfer)\s+from\s+#c\d+#\s+to\b", "{P}, whose 2020 switch from {C2} to {C} cost a record fee, is the benchmark.",
             strong=True),
    KindRule("signed", r"\bconfirm(?:ed|s)?\s+(?:the\s+|his\s+)?(?:[\w-]+\s+|#[pa]\d+#'s\s+){0,3}?(?:arrival|signings?)\b|\bannounc(?:ed|e|es)\s+(?:the\s+)?(?:#m\d+#\s+)?signings?\b|\bunveiled\b",
             "{C} have confirmed the arrival of {P}.", strong=True),
    KindRule("signed", r"\b(?:arrivals?\s+of\b(?!\s+(?:two|three|four|five|six|several|some|other|new|a|an)\b)|the signing of\b)|\bwon the race\b|\bhave won the race\b",
             "{C} have won the race for {P}.", strong=True),
    KindRule("signed", r"\b(?:returned|returns|returning)\s+to\s+(?=#c)", "{P} returned to {C} on a free transfer.", strong=True, mover=True, back=True),
    KindRule("signed", _AFTER_PLAYER + r"committed\s+to\s+(?=#c\d+#)|\b(?:moved|has moved|have moved)\s+(?:up|down|across)\s+to\s+(?=(?:[\w-]+\s+){0,3}#c\d+#)",
             # ("remains committed to C": his own club, no move)
             "{P} has moved up to Championship side {C}.", strong=True, mover=True),
    KindRule("signed", r"\bmoved\s+to\b(?!\s+(?:the\s+)?(?:front|top|head)\s+of\b)|(?:(?<=#\s)|(?<=\bhe\s)|(?<=\bshe\s))moves\s+to\s+(?=(?:[\w-]+\s+){0,2}?#c)|\b(?:switched|headed)\s+to\s+(?=(?:[\w-]+\s+){0,3}?#c)|\b(?:left|leaves)\s+(?:(?:his|her|the)\s+(?:[\w-]+\s+){0,2}?(?:club|side|team)\s+)?(?:(?:the\s+)?#c\d+#\s+(?:(?:in|during|at|earlier|this|last|on)(?:\s+[\w-]+){1,3},?\s+)?)?for\s+(?:[\w-]+\s+){0,3}?(?=#c)|\bleft to join\b|(?:(?<=years )|(?<=seasons )|(?<=months ))to\s+(?:join|sign\s+for)\s+(?=#c)|(?<!#c\d# )(?<!#c\d\d# )\b(?:has|have|had)\s+(?:also\s+|both\s+|all\s+|now\s+)?gone(?:,)?\s+to\b|"
                       # ("#p went to #c", not "Napoli also went to Genoa, to find in #p a replacement")
                       + _AFTER_PLAYER + r"went\s+to\s+(?=#c\d+#(?!'s))",
             "{P} has gone to {C}.", strong=True, mover=True),
    KindRule("signed", r"\b(?:came|(?<!\bto )(?:has|have|had)\s+(?:also\s+)?come)\s+(?:in\s+)?from\b(?!\s+nowhere\b)|\b(?:arrived|arrives|arriving)\s+from\b", "{P} came in from {C2} to {C} last week.", strong=True, mover=True),
    KindRule("signed", r"\bbrought\s+(?:#[pa]\d+#\s+)?(?:over\s+|in\s+)?from\b|\bbought\s+(?:#[pa]\d+#\s+)?(?:outright\s+)?(?:from|for)\b|\bhad\s+bought\b|"
                       r"\b(?:has|have)\s+bought\s+(?:[\w-]+\s+){0,3}?#[pa]\d+#",
             "{C} bought {P} from {C2} for {M}.", strong=True),
    KindRule("signed", r"\b(?:spent|spending|splashed|paid|paying|handed over|shelled out|forked out)\s+(?:#c\d+#\s+)?(?:an?\s+(?:[\w-]+\s+)?|(?:about|around|roughly|nearly|almost|some|over|close to|in the region of|more than|just under|just over|upwards of)\s+)?#m\d+#[\s,]+(?:\w+[\s,]+){0,3}?(?:on|for)\b|"
                       r"#m\d+#\s+(?:that\s+|which\s+)?#c\d+#\s+(?:spent|paid)\s+(?:#c\d+#\s+)?(?:on|for)\b|#c\d+#\s+paid\s+#c\d+#\s+(?:(?:a|an|the)\s+(?:[\w-]+\s+|#m\d+#\s+){0,6}?)?for\b",
             "{C} spent {M} on {P} last summer.", strong=True),
    KindRule("signed", r"\boutlays?\b(?:[^;]){0,30}?#m\d+#\s+on\b|(?<!\bof )(?<!\btag )(?<!\bto )#m\d+#\s+on\s+#[pa]\d+#", "{C}'s outlay of {M} on {P} raised eyebrows.", strong=True),
    KindRule("signed", r"\b(?:made|makes)\s+(?:the|his|her|a)\s+(?:[\w-]+\s+|#m\d+#\s+){0,2}?(?:move|switch)\s+to\s+(?=(?:[\w-]+\s+){0,3}?#c)",
             "{P} made the move to {C} in 2019.", strong=True, mover=True),
    # "C have brought in C2 winger X", "C's £18m signing of X"
    KindRule("signed", r"\b(?:brought|brings)\s+in\s+(?:[\w-]+\s+|#c\d+#(?:'s)?\s+){0,4}?(?=#[pa]\d+#)(?!#[pa]\d+#\s+(?:on\s+(?:a\s+)?(?:[\w-]+\s+)?loan|from\b))",
             "{C} have also brought in {C2} winger {P} today.", strong=True),
    KindRule("signed", r"(?:(?<=#c\d#)|(?<=#c\d\d#))'s\s+(?:#m\d+#\s+|[\w-]+\s+){0,3}?(?:signing|capture|purchase|acquisition)\s+of\s+(?=(?:[\w-]+\s+){0,3}?#[pa]\d+#)"
                       r"(?![^;]*\b(?:fell|falls|collapsed|collapses|broke down|fallen|is off|was off)\b)",
             "The biggest deal is {C}'s {M} signing of {P} from {C2}.",
             strong=True),
    # a career told verb by verb: "came to C", "landed at C", "stepped up to C", "was picked up by C"
    KindRule("signed", r"\b(?:came|comes)\s+to\s+(?=(?:[\w-]+\s+){0,3}?#c)|\blanded\s+at\s+(?=#c)|\bfound\s+(?:his|her)\s+way\s+to\b|"
                       r"\bcrossed\s+the\s+(?:city|road|divide|border)\s+to\b|\b(?:stepped|steps)\s+(?:up|down)\s+to\s+(?=(?:[\w-]+\s+){0,3}?#c)|"
                       r"\bmade\s+the\s+step\s+(?:up|down)\s+to\b|\bdropped\s+down\s+to\s+(?=(?:[\w-]+\s+){0,3}?#c)|"
                       r"\bwent\s+on\s+to\s+(?:join|sign\s+for)\b|(?<=# )put pen to paper\s+(?:with|at|for)\b",
             "{P} came to {C} from {C2} in 2019.", strong=True, mover=True),
    KindRule("signed", r"\b(?:was|were|been)\s+(?:bought|picked up|recruited|poached|lured|prised|prized|plucked|snapped up)\s+(?:away\s+)?(?:(?:from|to)\s+#c\d+#\s+|(?:back\s+)?to\s+(?:[\w-]+\s+){1,2}?)?(?:by|to)\b",
             "{P} was picked up by {C} in 2019.", strong=True, mover=True),
    KindRule("signed", r"\b(?:earned|secured|sealed|got|won)\s+(?:a|his|her|the)\s+(?:[\w-]+\s+|#m\d+#\s+){0,2}?(?:move|switch|transfer)\s+to\b",
             "{P} earned a move to {C} in 2019.", strong=True, mover=True),
    KindRule("signed", r"\b(?:had|has had)\s+(?:a|two|three|several|brief|short)\s+(?:[\w-]+\s+)?spells?\s+(?:at|with)\b(?<!loan spells at)(?<!loan spell at)"
                       r"(?<!loan spells with)(?<!loan spell with)",
             "{P} then had a spell at {C}.", strong=True, mover=True, past=True),
    # a career told by where he played, not by the moves between: each club is a finished spell
    # (the clubs it names are in the phrase: "he played for C1 from 2009 to 2012 and for C2")
    KindRule("signed", r"\b(?:(?:played|starred|featured|turned out)\s+(?:(?:only|also|once|then|later|mainly|briefly|regularly)\s+)?for|"
                       r"enjoyed\s+(?:a|two|three|several)\s+(?:[\w-]+\s+){0,2}?(?<!loan )(?:spells?|stints?)\s+(?:at|with)|"
                       r"(?:turned|turning)\s+professional\s+(?:at|with)|signed\s+(?:his|her)\s+first\s+(?:professional\s+)?(?:contract|deal)\s+(?:at|with))"
                       r"\s+(?:[\w-]+\s+){0,3}?#c\d+#(?:(?:\s*\([^()#;]*\))?(?:,\s*|,?\s+and\s+)#c\d+#(?!['’]))*(?:[^;#]{0,40}?\band\s+(?:for|at|with)\s+#c\d+#)?"
                       r"(?![^;]{0,40}\b(?:on|last|this)\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|night|weekend)\b|[^;]{0,30}\b(?:against|win|draw|defeat|loss|game|match)\b)",
             "{P} played for {C2} and turned out for {C} before moving to Everton.", strong=True, mover=True, past=True),
    KindRule("signed", r"(?<=# )signed\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?:deal|contract)\s+(?:with|at)\s+(?=(?:[\w-]+\s+){0,2}?#c)",
             "{P} signed a three-year deal with {C} in 2019.", strong=True, mover=True),
    # a club's statement that he has signed: the club is the one he signed for
    KindRule("signed", r"\b(?:announced|confirmed|revealed|said)\s+(?:on\s+\w+\s+|in\s+a\s+statement\s+)?(?:that\s+)?(?:[\w-]+\s+){0,3}?(?:#[pa]\d+#\s+){1,2}"
                       r"(?:had|has)\s+(?:now\s+|officially\s+)?signed\s+(?:a|an)\s+(?!(?:new|fresh|improved|extended)\b)(?:[\w-]+\s+){0,3}?(?:contract|deal)\b(?!\s+(?:with|at)\s+#c)",
             "{C} announced on Friday that the defender {P} had signed a two-year contract.", strong=True),
    # the medical passed and the contract signed: the move is done ("passed his medical and signed a five-year contract")
    KindRule("signed", r"\bpassed\s+(?:his|her|a|the)\s+medical\b(?:[^;#]|#c\d+#){0,40}?\b(?:and|then)\s+(?:then\s+|also\s+)?signed\s+(?:a|an|his|her)\s+(?:[\w-]+\s+){0,3}?(?:contract|deal)\b",
             "{P} passed his medical at {C} and signed a five-year contract.", strong=True, mover=True),
    KindRule("loan", r"\bbrought\s+#[pa]\d+#\s+back\s+on\s+(?:a\s+)?(?:[\w-]+\s+)?loan\b|\bbrought\s+back\s+(?:[\w-]+\s+){0,2}?#[pa]\d+#\s+on\s+(?:a\s+)?(?:[\w-]+\s+)?loan\b",
             "{C} have brought {P} back on loan from {C2}.", strong=True),
    KindRule("loan", r"(?<=#)'s\s+(?:[\w-]+\s+){0,2}?loan\s+(?:move\s+|switch\s+|deal\s+)?to\s+#c\d+#\s+(?:has\s+been|was|is|had\s+been)\s+(?:officially\s+)?(?:confirmed|completed|finalised|finalized|announced|made\s+official|sealed)\b",
             "{P}'s loan to {C} has been confirmed.", strong=True),
    KindRule("agreement", r"\b(?:given|gave|giving)\s+(?:the\s+)?(?:green\s+light|go-ahead|his\s+approval|her\s+approval)\s+(?:to|for)\s+(?:a|the|his|her)\s+(?:[\w-]+\s+){0,2}?(?:move|switch|transfer)\s+to\b|"
                          r"\bpaperwork\s+(?:for|on)\s+(?:[\w-]+\s+|#[pa]\d+#(?:'s)?\s+){0,3}?(?:move|switch|transfer|loan|deal)\s+to\s+#c\d+#\s+(?:is|was)\s+(?:being\s+)?(?:completed|finalised|finalized|signed|processed)\b",
             "{P} has given the green light to a move to {C}.", strong=True),
    # still there: the club is his, the move that took him there background, however recent
    KindRule("signed", r"\b(?:has|have)\s+been\s+(?:at|with)\s+#c\d+#\s+since\b",
             "{P} has been at {C} since 2015.", strong=True, mover=True, past=True),
    KindRule("signed", r"\b(?:departed|departs|departing)\s+for\s+(?=(?:[\w-]+\s+){0,3}?#c)|\b(?:was|were)\s+sold\s+by\s+#c\d+#\s+to\s+(?=#c)",
             "{P} departed for {C} in 2019.", strong=True, mover=True),
    KindRule("agreement", r"\b(?:is|are)\s+(?:now\s+)?(?:moving|switching|heading|making\s+the\s+move)\s+to\s+(?=(?:[\w-]+\s+){0,3}?#c)",
             "{P} is moving to {C}.", strong=True, mover=True),
    KindRule("signed", r"\b(?:making|made)\s+(?:a\s+)?(?:#m\d+#\s+)?move\s+(?:of his own\s+)?from\b", "{P} made a {M} move from {C2} to {C}.", strong=True),
    KindRule("signed", r"(?:\barrived|^arriving)\s+(?:at|from)\b(?!\s+#c\d+#'s\s+(?:training|headquarters|hq|base|offices|medical))", "{P} arrived at {C} in 2019.", strong=True, mover=True),
    KindRule("signed", r"\b(?:has|have|had)\s+(?:already\s+|also\s+|since\s+|now\s+)?taken\s+(?:(?!over\b|on\b|in\b|up\b|delivery\b|part\b|charge\b)[\w-]+\s+){0,2}?#[pa]\d+#|(?:(?<=# )|(?<=\band ))(?:then\s+|also\s+)?took\s+#[pa]\d+#(?!\s+(?:off|out|aside|apart)\b)",
             "{C} have taken {P} from {C2}.", strong=True),
    KindRule("signed", r"(?<=# )(?:secured|recruited|captured)\s+#[pa]\d+#|"
                       r"\b(?:has|have)\s+(?:finally\s+|now\s+|already\s+|officially\s+)?(?:got|landed|captured|bagged|secured|recruited)\s+(?:#[pa]\d+#|the\s+(?:[\w-]+\s+){0,2}?(?:midfielder|defender|striker|forward|winger|goalkeeper|full-back|centre-back))",
             "{C} have finally landed {P}.", strong=True),
    KindRule("signed", r"\b(?:has|have|had)\s+(?:now\s+|officially\s+|finally\s+)?put pen to paper\b|(?:(?<=\bto )|(?<=\bwill ))put pen to paper\b",
             "{P} has put pen to paper at {C}.", strong=True),
    KindRule("signed", r"\b(?:snubbed|snubbing|rejected|rejecting|turned down|turning down|rebuffed|shunned|spurned|spurning|"
                       r"(?:(?<=\bto )|(?<=\bwill ))(?:snub|reject|turn down|rebuff|shun|spurn))\s+#c\d+#\s+(?:in order\s+)?to\s+"
                       r"(?:join|sign for|move to|complete a move to)\b",
             "{P} snubbed {C2} to join {C}.", strong=True),
    KindRule("signed", r"\bmade\s+(?:[\w'-]+\s+|#[a-z]\d+#(?:'s)?\s+){1,8}?permanent\b|\b(?:activated|triggered|exercised|taken up|took up)\s+(?:the|an|their|his|its)\s+(?:[\w-]+\s+)?(?:option|obligation)\s+to\s+(?:buy|sign|purchase|make)\b",
             "{C} have made {P}'s loan move permanent.", strong=True),
    KindRule("signed", r"\b(?:sold|sells|selling|offloaded|offloading|losing)\s+(?:[\w-]+\s+){0,3}?(?:[\w-]+,\s+)?#[pa]\d+#,?\s+to\s+#c|\b(?:been|was|were)\s+(?:sold|offloaded)\s+to\s+#c|(?:^|[:,]\s*)(?:sold|transferred)\s+to\s+#c",
             "{C2} sold {P} to {C} in 2022.", strong=True),
    KindRule("signed", r"\b(?:signing|purchase|arrival|addition|acquisition|recruit)\s+(?:of\s+the\s+(?:summer|window|season|month)\s+)?(?:so far\s+)?after\b(?=[^;]*#[pa]\d+#\s+from\s+#c|\s+(?:[\w-]+\s+){0,2}?#[pa]\d+#(?:,\s+#[pa]\d+#)*,?\s+and\s+(?:[\w-]+\s+){0,2}?#[pa]\d+#)",
             "For {C}, Luca Brandt is the fourth purchase of the summer after {P} from {C2}, Jonas Falk from Celtic.", strong=True),
    KindRule("signed", r"\b(?:brought in|signed|added|recruited|landed)\s+(?:[\w-]+\s+){0,2}?(?:players|signings|new faces|recruits)(?:\s+from\s+#c\d+#)?(?:\s+on\s+loan)?(?:,?\s+(?:among them|including|among whom are)\b|:)",
             "{C} have brought in nine players, among them {P} and Jonas Falk.", strong=True),
    KindRule("signed", r"\bcompleting\s+(?:(?:a|their|his|her)\s+)?(?:[\w-]+\s+)?moves?\s+to\s+(?=#c)",
             "{C} have announced three signings, with {P} and Jonas Falk completing moves to {C}.", strong=True, mover=True),
    # a move called done or told as settled: "X's early move to C is done", "now that his move from C2 to C"
    KindRule("signed", r"(?<=#)'s\s+(?:[\w-]+\s+){0,2}?(?:move|switch|transfer)\s+(?:from\s+(?:[\w-]+\s+){0,3}?#c\d+#\s+)?to\s+#c\d+#\s+(?:is|has been)\s+"
                       r"(?:now\s+|finally\s+|officially\s+)?(?:done|complete|official|sealed)\b|"
                       r"\bnow\s+that\s+(?:his|her)\s+(?:[\w-]+\s+)?(?:move|switch|transfer)\s+(?:from\s+(?:[\w-]+\s+){0,3}?#c\d+#\s+)?to\b",
             "{P}'s early move to {C} is done.", strong=True),
    KindRule("signed", r"\bother\s+(?:[\w-]+\s+)?(?:signing|arrival|recruit|addition),\s+(?=(?:[\w-]+\s+){0,3}?#[pa]\d+#)|"
                       r"\b(?:sent|sends|traded|trades)\s+(?:[\w-]+\s+|#[pa]\d+#\s+){1,4}?to\s+#c\d+#\s+in\s+(?:a\s+)?(?:return|exchange|trade|swap)\b",
             "{C} welcomed the club's other winter signing, striker {P}.", strong=True),
    KindRule("signed", r"\b(?:jumped|jumps|stepped up|steps up|moved up|moves up|dropped down|drops down)\s+(?:[\w-]+\s+){0,3}?to\s+(?=(?:[\w-]+\s+){0,3}?#c)",
             "{P} jumped two divisions to Championship side {C} this month.", strong=True, mover=True),
    # a completion told as what went before ("after completing his move"): done, not under way
    KindRule("signed", r"\b(?:after|since|upon)\s+(?:completing|sealing|finalising|finalizing|completion of)\s+(?:the\s+|a\s+|an\s+|his\s+|her\s+|their\s+)?"
                       r"(?:[\w-]+\s+|#m\d+#\s+){0,3}?(?:transfer|move|switch|deal|signing)\b",
             "{P} has thanked the fans after completing his move from {C2} to {C}.", strong=True, mover=True),
    KindRule("signed", r"\b(?:bought|signed|landed|added|brought in|recruited)\s+(?:a|an|another)\s+(?:new\s+)?(?:[\w-]+\s+)?(?:left-back|right-back|centre-back|goalkeeper|keeper|striker|midfielder|winger|forward|defender|playmaker|full-back),\s+(?:[\w-]+\s+){0,3}?(?=#[pa]\d+#)",
             "{C} also bought a left-back, Australia international {P} from {C2}.", strong=True),
    KindRule("loan", r"\b(?:tied|tie|ties)\s+up\s+(?:a|the)\s+(?:[\w-]+\s+)?loan\s+(?:deal\s+|move\s+)?for\b",
             "{C} had earlier tied up a loan for {P}, the 22-year-old defender, from {C2}.", strong=True),
    KindRule("signed", r"\b(?:delighted|happy|thrilled|proud|excited|honoured|pleased)\s+to\s+(?:have\s+)?(?:join|joined|be joining|have signed for|sign for|be at)\s+(?=#c)",
             "{P} said he was delighted to join {C} from {C2}.", strong=True, mover=True),
    KindRule("loan", r"\b(?:announced|announce|announces|confirmed|confirm|confirms|completed|complete|completes|sealed|secured)\s+the\s+"
                     r"(?:[\w-]+\s+){0,2}?loan\s+(?:signing\s+|move\s+|deal\s+)?of\b",
             "{C} announced the six-month loan of {C2} striker {P}.", strong=True),
    # ---- agreement
    KindRule("agreement", r"\b(?:agreed|agrees|has agreed)\s+(?:a|an)\s+(?:new\s+)?(?:[\w-]+-year|[\w-]+-month|long-term|short-term|one-year)\s+"
                          r"(?:contract|deal)\s+(?:with|at)\s+#c\d+#",
             "{P} has agreed a three-year contract with {C}.", strong=True, own_side=True),
    KindRule("agreement", r"\b(?:agreed|agree|agrees|agreeing)\s+(?:on\s+(?:[\w-]+\s+){0,2}?on\s+|on\s+)?(?:a\s+|an\s+|the\s+)?(?:[\w-]+\s+|#m\d+#\s+){0,2}?(?:fee|deal|terms|personal terms|package|contract|agreement|price|transfer|loan)\b",
             "{C} have agreed a fee with {C2} for {P}.", strong=True),
    KindRule("agreement", r"\b(?:fee|terms|deal)\s+(?:has\s+|have\s+|was\s+)?(?:already\s+|now\s+|also\s+|reportedly\s+)?(?:been\s+)?agreed\b",
             "Personal terms have been agreed between {C} and {P}.", strong=True),
    KindRule("agreement", r"\b(?:settled|settle|settles|struck|strike|strikes|thrashed out|hammered out)\s+(?:a|an|the)\s+(?:[\w-]+\s+|#m\d+#\s+){0,2}?(?:fee|deal|terms|agreement)\b",
             "{C} have struck a deal with {C2} for {P}.", strong=True),
    KindRule("agreement", r"\breach(?:ed|es|ing)?\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:agreement|deal|accord|understanding)\b", "{C} have reached an agreement for {P}.", strong=True),
    KindRule("agreement", r"\b(?:have|has|had)\s+(?:already\s+|now\s+|reportedly\s+)?an?\s+agreement\s+(?:in\s+principle\s+)?with\s+(?=#[pa]\d+#)",
             "{C} already have an agreement in principle with {P}.", strong=True),
    KindRule("agreement", r"\b(?:agreement|deal)\s+in\s+place\b|\b(?:a|an)\s+(?:provisional|verbal|full|total)\s+(?:agreement|deal)\b",
             "{C} have a verbal agreement with {P}.", strong=True),
    KindRule("agreement", r"\bstruck\s+(?:a|an)\s+(?:\w+\s+)?(?:deal|agreement)\b|\bstrike\s+a\s+deal\b|\b(?:secured|secure|securing)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:deal|agreement)\s+(?:with|for)\b",
             "{C} have secured a deal with {C2} for {P}.", strong=True),
    KindRule("agreement", r"\bhere we go\b|\bmedical\b|\b(?:is|are)\s+(?:now\s+|reportedly\s+|also\s+|said to be\s+|believed to be\s+|understood to be\s+|reported to be\s+|thought to be\s+)?(?:heading|headed|bound)\s+(?:to|for)\s+#c\d+#|\b(?:(?:is|are)\s+)?(?:now\s+|reportedly\s+|also\s+)?on (?:his|her|their) way (?:back\s+)?to\s+#c\d+#|\b(?:is|are|was|were)\s+(?:now\s+|reportedly\s+)?off\s+to\s+#c\d+#",
             "{P} is heading for {C}.", strong=True, mover=True),
    KindRule("agreement", r"(?<=#)\s+to\s+#c\d+#,?\s+(?:is\s+)?(?:confirmed|done deal|done|agreed|all done|here we go)\b", "{P} to {C}, here we go.", strong=True),
    # the move a player is about to make: "ahead of his move to #c", "to force through a move to #c"
    KindRule("agreement", r"\bahead\s+of\s+(?:his|her)\s+(?:[\w-]+\s+|#m\d+#\s+){0,2}?(?:move|switch|transfer)\s+to\s+(?=#c)",
             "{P} has said his goodbyes to {C2} ahead of his move to {C}.", strong=True, mover=True),
    KindRule("interest", r"\bto\s+force\s+(?:through\s+)?(?:a|his|her)\s+(?:[\w-]+\s+)?(?:move|switch|transfer)\s+to\s+(?=#c)",
             "{P} has handed in a transfer request to force through a move to {C}.", strong=True, mover=True),
    KindRule("agreement", r"#[pa]\d+#\s+(?:and|to)\s+#c\d+#\s*:\s*(?:it's\s+|it is\s+)?(?:done|a done deal|official|here we go)\b",
             "{P} and {C}: it's done.", strong=True),
    KindRule("signed", r"#[pa]\d+#\s+(?:is|becomes|has become)\s+(?:now\s+|officially\s+|finally\s+|already\s+)?(?:a|an)\s+#c\d+#\s+player\b"
                       # (not his club's word that he stays: "X is a Southampton player and will remain one")
                       r"(?!,?\s+and\s+will\s+(?:remain|stay)\b)",
             "{P} is an {C} player, the club confirmed.", strong=True),
    # "X is set to become an Inter player": a move agreed, not yet done
    KindRule("agreement", r"#[pa]\d+#\s+(?:is|are)\s+(?:set|poised|expected|due|about)\s+to\s+become\s+(?:a|an)\s+#c\d+#\s+player\b|"
                          r"#[pa]\d+#\s+(?:is|are)\s+(?:close|closing\s+in|on\s+the\s+verge|on\s+the\s+brink)\s+(?:to|on|of)\s+becoming\s+(?:a|an)\s+#c\d+#\s+player\b",
             "{P} is set to become a {C} player.", strong=True),
    # "X is a new Napoli midfielder": the new player of that club
    KindRule("signed", r"#[pa]\d+#\s+(?:is|becomes|has become)\s+(?:now\s+|officially\s+)?(?:a|an|the)\s+new\s+#c\d+#\s+(?:midfielder|defender|striker|forward|winger|goalkeeper|keeper|centre-back|full-back|"
                       r"left-back|right-back|wing-back|attacker|playmaker|player|signing|recruit|arrival)\b",
             "{P} is a new {C} midfielder.", strong=True),
    KindRule("ended", r"#[pa]\d+#\s+will\s+not\s+be\s+(?:a|an)\s+#c\d+#\s+player\b", "{P} will not be a {C} player.", strong=True),
    KindRule("agreement", r"\b(?:is|are)\s+(?:now\s+)?leaving\s+(?:#c\d+#\s+)?for\b", "{P} is leaving {C2} for {C}.", strong=True, mover=True),
    KindRule("agreement", r"\b(?:likely|set|expected|poised|resigned)\s+to\s+lose\s+(?:[\w-]+\s+|#c\d+#(?:'s)?\s+|#a\d+#\s+){0,3}?#[pa]\d+#\s+to\s+(?=#c)",
             "{C2} have accepted that they are likely to lose the Brazilian {P} to {C}."),
    KindRule("agreement", r"\barrived\s+at\s+(?=#c\d+#'s\s+(?:training ground|training base|headquarters|base|training centre|training complex)\b)",
             "{P} has arrived at {C}'s training ground, Sky Sports reports.", strong=True, mover=True),
    KindRule("agreement", r"\b(?:agree|agreed|agrees)\s+on\s+(?=#[pa]\d+#)", "{C} and {C2} agree on {P}, who signs for four years.", strong=True),
    KindRule("agreement", r"\b(?:expected|set|poised|due|likely)\s+to\s+leave\s+(?:#c\d+#\s+)?for\s+(?=#c)",
             "{P} is expected to leave {C2} for {C} before the deadline.", strong=True, mover=True),
    KindRule("interest", r"\b(?:possible|potential|likely|realistic|possible new)\s+destinations?\s+for\b",
             "{C} and {C2} are now possible destinations for {P}."),
    KindRule("interest", r"\b(?:can|could|might|may)\s+(?:take|borrow)\s+(?:[\w-]+\s+){0,2}?#[pa]\d+#\s+on\s+(?:a\s+)?(?:[\w-]+\s+)?loan\b",
             "{C} have asked {C2} whether they can take striker {P} on loan."),
    KindRule("agreement", r"\b(?:move|return|switch|transfer|loan)\s+to\s+#c\d+#\s+(?:is|looks|now looks|is getting|is now)\s+(?:close|closer|imminent|near|nearer|on|set)\b",
             "{P}'s return to {C} is close.", strong=True),
    KindRule("interest", r"\b(?:work|working|works|worked)\s+on\s+(?:a|the)\s+(?:deal|move|transfer)\s+for\b", "{C} continue to work on a deal for {P}."),
    KindRule("interest", r"\b(?:would like|would love|wants?|wanted|keen|hoping|hopes?|looking|plans?|planning)\s+to\s+(?:take|bring|lure|tempt|prise|prize)\s+"
                         r"(?=(?:[\w-]+\s+|#c\d+#(?:'s)?\s+){0,3}?#[pa]\d+#)",
             "{C} would like to take {C2} midfielder {P}, 32, back to the club."),
    # ("..., with C1 and C2 both interested": the clause the comma cuts off)
    KindRule("interest", r"#c\d+#\s+(?:(?:,|and)\s+#c\d+#\s+)*(?:are\s+|were\s+)?(?:(?:both|all)\s+|(?:said|thought|believed|understood|reported|rumoured)\s+to\s+be\s+)"
                         r"(?:interested|keen)\b(?!\s+(?:in|on)\b)",
             "{P} is desperate to leave, with {C} and {C2} both interested."),
    KindRule("signed", r"\bpaid\s+#c\d+#\s+(?:#m\d+#\s+)?for\s+(?=(?:[\w-]+\s+){0,2}?#[pa]\d+#)|\bspent\s+(?:heavily|big|#m\d+#)\s+on\s+(?=(?:[\w-]+\s+){0,2}?#[pa]\d+#)",
             "{C} have spent heavily on {P} this summer.", strong=True),
    KindRule("signed", r"\b(?:left|leaves|quit|quits)\s+(?:[\w-]+\s+){0,2}?#c\d+#\s+to\s+(?:sign\s+for|join)\s+(?=(?:[\w-]+\s+|#u\d+#'s\s+){0,3}?#c)",
             "{P} has left Russian club {C2} to sign for {C}.", strong=True, mover=True),
    KindRule("interest", r"\bunder consideration\b|\bbeing considered\b", "{C} have {P} under consideration as a replacement."),
    KindRule("loan", r"\b(?:is|are|was|were)\s+(?:currently\s+|now\s+|already\s+)?(?:at|with)\s+#c\d+#\s+on\s+(?:a\s+)?(?:[\w-]+\s+)?loan\b",
             "Chief among them is centre-back {P}, 33, who is at {C} on loan.", strong=True, mover=True),
    # (", with" cuts the clause: "X is heading for England, with C the club in the frame")
    KindRule("interest", r"^#c\d+#\s+(?:the\s+)?(?:club|team|side)s?\s+(?:most\s+)?(?:in\s+the\s+frame|in\s+pole\s+position|leading\s+the\s+race)\b",
             "{P} is reported to be heading for England, with {C} the club in the frame.", strong=True),
    KindRule("agreement", r"\bdeal\s+(?:is|was|has\s+been)\s+(?:now\s+|already\s+)?in\s+place\s+(?:to\s+(?:bring\s+in|sign|take|land)|for)\b",
             "For {C}, a £1m deal is in place to bring in {P} from {C2}.", strong=True),
    KindRule("interest", r"\bin\s+(?:their|his|its)\s+sights\b|\b(?:are|is|moved|moving|edge|edged|edging|inch|inched|inching|get|got|getting)\s+(?:a\s+step\s+)?closer\s+to\s+(?=(?:[\w-]+\s+){0,3}?#[pa])",
             "{C} have {P} in their sights."),
    KindRule("interest", r"\b(?:explore|explores|exploring|explored|looking into|look into|looks into|investigating|assessing|examining)\s+"
                         r"(?:a|the)\s+(?:possible\s+|potential\s+)?(?:deal|move|transfer|loan|swoop)\s+for\b",
             "{C} are exploring a deal for {P}."),
    # wanting told as watching, trying or hoping: "following X closely", "a late attempt for X",
    # "hope to beat C2 to X", "scrapping to take X on loan", "X has gone to C on trial"
    KindRule("interest", r"\b(?:following|monitoring|watching)\s+(?:the\s+situation\s+of\s+)?#[pa]\d+#(?:'s\s+situation)?\s+(?:very\s+)?closely\b|"
                         r"\b(?:made|make|making|launched|launch)\s+(?:a|an|one)\s+(?:late|last-ditch|last-gasp|fresh|final|new|late-night|deadline-day)\s+(?:attempt|effort|push|move)\s+(?:for|to\s+sign)\b|"
                         r"\b(?:hope|hopes|hoping)\s+to\s+beat\s+#c\d+#(?:\s+(?:and|or)\s+#c\d+#)?\s+to\s+(?=(?:[\w-]+\s+){0,2}?#[pa])|"
                         r"\b(?:scrapping|fighting|battling|vying|competing|jostling)\s+to\s+(?:take|sign|land|bring\s+in)\b|"
                         r"\bgone\s+to\s+#c\d+#\s+on\s+trial\b|\b(?:favourites|favorites|frontrunners|front-runners)\s+for\s+(?:the\s+)?(?:signature|services)\b",
             "{C} are following the situation of {P} closely."),
    KindRule("interest", r"\b(?:is|are|was|were|being)\s+(?:being\s+)?lined\s+up\s+by\b|\bput\s+#[pa]\d+#\s+on\s+(?:their|its)\s+(?:wish\s*list|shortlist|radar|list)\b|"
                         r"\b(?:see|sees|saw|view|views|viewed|regard|regards)\s+#[pa]\d+#\s+as\s+(?:the|a|an|their)\s+(?:[\w-]+\s+){0,2}?(?:replacement|successor|target|option|solution|signing)\b|"
                         r"\b(?:thrown|threw|throw|throwing)\s+(?:their|its)\s+hat\s+into\s+the\s+ring\s+for\b|\bin\s+the\s+frame\s+(?:for|to\s+sign)\b",
             "{C} have thrown their hat into the ring for {P}."),
    KindRule("talks", r"\b(?:met|meet|meeting|spoke\s+to|spoken\s+to|speaking\s+to)\s+(?:with\s+)?(?:the\s+)?(?:agent|agents|representatives?|entourage|camp|father|advisers?)\s+of\b|"
                      r"\b(?:held|hold|holding|had)\s+(?:a\s+|further\s+)?(?:meeting|meetings|talks)\s+with\s+#[pa]\d+#'s\s+(?:agent|agents|representatives?|entourage|camp|father|advisers?)\b|"
                      r"\b(?:met|meet|meeting)\s+(?:their\s+|its\s+)?#c\d+#\s+counterparts\s+to\s+discuss\b|\b(?:requested|request|requesting|asked\s+for)\s+information\s+(?:about|on)\b|"
                      r"\b(?:opened|open|opening)\s+(?:a\s+)?dialogue\s+with\b|\b(?:initiated|initiate|made\s+initial)\s+contact\b|"
                      r"\b(?:talking|speaking|talked|spoke)\s+to\s+#c\d+#\s+about\b",
             "{C} met the agent of {P} on Wednesday."),
    KindRule("agreement", r"\b(?:has|have|had)\s+(?:given|handed)\s+#c\d+#\s+(?:his|her)\s+(?:verbal\s+)?(?:agreement|approval|word|yes)\b|"
                          r"\b(?:found|find|finding|had|have|has)\s+(?:an|a\s+verbal|a\s+total|a\s+full)?\s*agreement\s+with\s+#c\d+#\s+(?:for\s+days\s+|for\s+weeks\s+)?(?:for|over|on)\b|"
                          r"\bexpected\s+to\s+(?:finalise|finalize|complete|seal)\s+(?:a|his|her|the)\s+(?:[\w-]+\s+)?(?:loan|move|switch|transfer)\s+(?:from\s+#c\d+#\s+)?to\s+(?=#c)",
             "{P} has given {C} his verbal agreement to join.", strong=True),
    KindRule("agreement", r"\b(?:nearly|almost|all but|virtually|as good as)\s+(?:done|complete|completed|agreed|finalised|sealed|settled|wrapped up|tied up)\b"
                          r"(?:\s+(?:the\s+)?(?:arrival|signing|transfer|move|deal|capture)\s+of\b)?|\bclose to being (?:agreed|done|completed|finalised)\b",
             "The deal to bring {P} to {C} is almost done.", strong=True),
    KindRule("agreement", r"\b(?:closing|closes|closed)\s+in\s+on\b|\b(?:close to|nearing) (?:signing|a deal|completing|landing|agreeing|securing|joining|sealing|finalising|finalizing|an agreement|a move|(?:moving|switching|heading) to|bringing in|snapping up|capturing|recruiting)\b|\bon the (?:verge|brink|cusp|point) of\b(?:\s+(?:a|an|his|her)\s+(?:[\w-]+\s+|#m\d+#\s+){0,2}?(?:move|switch|transfer|return)(?:\s+from\s+#c\d+#)?)?|\bnearing (?:a\s+)?(?:deal|agreement|completion|move)\b|\bclose in on\b",
             "{C} are closing in on {P}.", strong=True),
    # the club as the move's premodifier ("close to an Everton move"), and "edging towards a move"
    KindRule("agreement", r"\b(?:close to|nearing|on the (?:verge|brink|cusp|point) of|edging (?:closer )?(?:towards|to))\s+(?:a|an|his|her)\s+"
                          r"(?=#c\d+#\s+(?:move|switch|transfer|deal|return)\b)|\bedging (?:closer )?(?:towards|to)\s+(?:a\s+)?"
                          r"(?:move|switch|transfer|deal)\b",
             "{P} is close to an {C} move.", strong=True, mover=True),
    KindRule("agreement", r"\bset to (?:sign|complete|land|seal|finalise|join)\b|\bpoised to (?:sign|complete|land|seal|join|become)\b|\b(?:expected|due) to (?:sign|join|complete|seal)\b",
             "{C} are poised to land {P}.", strong=True),
    KindRule("agreement", r"\b(?:signed|agreed|penned|signing|signs)\s+(?:a|an|his|the)\s+pre-?contract(?:\s+(?:agreement|deal))?\b|\bpre-?contract (?:agreement|deal)\b",
             "{P} has signed a pre-contract agreement with {C}.", strong=True),
    KindRule("agreement", r"\b(?:triggered|activated|met|paid)\s+(?:his|her|the|a|their|#[pa]\d+#'s)\s+(?:[\w-]+\s+|#m\d+#\s+){0,2}?(?:release|buy-?out|exit|buy-?back)\s+clause\b",
             "{C} have triggered the release clause of {P}.", strong=True),
    KindRule("agreement", r"\bagreed to sell\s+(?:[\w-]+\s+){0,3}?#[pa]\d+#\s+to\s+#c|\bagreed to let\s+(?:[\w-]+\s+){0,2}?#[pa]\d+#\s+(?:join|move to|leave for|go to|sign for)\b|"
                          r"\bwill\s+(?:now\s+)?sign\s+(?:for\s+#c|(?:[\w-]+\s+){0,2}?#[pa]\d+#)",
             "{C2} have agreed to sell {P} to {C}.", strong=True),
    KindRule("agreement", r"\bset for (?:a|an|his|her)\s+(?:[\w-]+\s+|#m\d+#\s+){0,2}?(?:move|switch|transfer|return)\s+to\b|\bagreed to (?:join|sign for|move to)\b|\ballowed to (?:join|move (?:on )?to)\b",
             "{P} is set for a move to {C}.", strong=True),
    # ---- bid
    KindRule("bid", r"\b(?:improved|fresh|new|opening|initial|formal|official|first|second|third|fourth|final|rejected|club-record|record|concrete|latest|revised|renewed|written)\s+(?:#m\d+#\s+)?(?:bid|offer|proposal)s?\b",
             "{C2} rejected {C}'s opening offer for {P}.", strong=True),
    KindRule("bid", r"\boffered\s+#c\d+#\s+(?:[\w-]+\s+){0,2}?#m\d+#|\b(?:has|have|had)\s+(?:already\s+|now\s+)?offered\s+#m\d+#\s+for\b|"
                    r"(?<=# )offered\s+(?:[\w-]+\s+){0,2}?#m\d+#(?:\s+(?:plus|with)\s+(?:[\w-]+\s+|#m\d+#\s+){1,3}?)?\s*for\b|"
                    r"\b(?:matched|match|matches|met|meet|meets)\s+(?:#[pa]\d+#'s\s+)?(?:[\w-]+\s+)?(?:release|buy-out|buyout)\s+clause\b|"
                    r"(?:(?<=# )|\b(?:has|have|had)\s+)offered\s+#[pa]\d+#\s+(?:a|an)\s+(?!(?:new|improved|fresh|extended|much|better|bumper)\b)(?:[\w-]+\s+){0,2}?(?:contract|deal)\b",
             "{C} offered {C2} {M} for {P}.", strong=True),
    KindRule("bid", r"#m\d+#\s+(?:that\s+)?(?:they|it)\s+(?:have|has|had)\s+(?:already\s+)?offered\s+#c\d+#\s+for\b",
             "{C} will improve on the {M} they have offered {C2} for {P}.", strong=True),
    KindRule("bid", r"#m\d+#\s+(?:[\w-]+\s+)?proposals?\b|\bproposals?\s+(?:from|for|of)\s+#", "{C2} are studying a proposal from {C} for {P}.", strong=True),
    KindRule("bid", r"(?<!contract )(?<!new-deal )(?<!extension )\b(?:bid|bids|offer|offers)\b(?!\s+for\s+(?:a|an|the|their|its|his|her)\s+(?:[\w'-]+\s+|#[a-z]\d+#(?:'s)?\s+){0,5}?(?:title|titles|trophy|crown|treble|double|promotion|survival|championship|glory|play-offs?|playoffs?|top[- ]four|top[- ]six|europe|honours)\b)"
                    r"(?!\s+(?:him|her|#[pa]\d+#)\s+(?:[\w-]+\s+){0,3}?(?:football|minutes|game time|playing time|a (?:starting )?role|a place|a route|the chance)\b)",
             "{C2} have rejected a {M} bid from {C} for {P}.", strong=True),
    KindRule("bid", r"\b(?:tabled|lodged|submitted|launched|made|put forward|table|lodge|submit)\s+(?:a|an|their|two|several)\s+(?:[\w-]+\s+|#m\d+#\s+){0,3}?(?:bid|offer|proposal)s?\b",
             "{C} have tabled a {M} offer for {P}.", strong=True),
    # ---- talks
    KindRule("talks", r"\b(?:opened|open|opening|reopened|reopen|held|holding|hold|began|begun|started|entered|in|initiated|stepped up)\s+(?:advanced\s+|formal\s+|initial\s+|fresh\s+|early\s+)?(?:talks|negotiations|discussions|dialogue|contacts)\b",
             "{C} have opened talks with {C2} over {P}.", strong=True),
    KindRule("talks", r"\b(?:negotiating|negotiate|negotiations|talks)\s+(?:with|over|for|about|are ongoing|have stalled|have stagnated|have reportedly stalled|stalled|stagnated)\b",
             "{C} are negotiating for {P}.", strong=True),
    KindRule("talks", r"\b(?:talks|negotiations)\s+(?:are\s+|have\s+|has\s+)?(?:reportedly\s+)?(?:stalled|stagnated|broken down|continuing|continue|ongoing|progressing|advanced|advancing)\b|"
                      r"\b(?:talks|negotiations|discussions)\s+between\s+#c\d+#\s+and\s+#c\d+#(?![^;]*\b(?:broken down|broke down|collapsed|fell through|fallen through)\b)",
             "Negotiations are progressing between {C} and {C2} for {P}.", strong=True),
    KindRule("talks", r"\b(?:been|was|were)\s+quoted\s+#m\d+#", "{C} have been quoted {M} for {P}.", strong=True),
    KindRule("talks", r"\b(?:permission|green light|the go-ahead|allowed|free)\s+to\s+(?:speak|talk|hold talks)\s+(?:to|with)\b",
             "{C} have been given permission to speak to {P}.", strong=True),
    KindRule("talks", r"\b(?:approached|approach|approaches|made contact|enquired|enquiry|enquiries|inquired|inquiry|inquiries|sounded out|contacted)\b|"
                      r"\b(?:made|make|making|established|establish)\s+(?:their|its|a|the)\s+(?:first\s+|initial\s+|direct\s+|formal\s+|official\s+)*contact\b",
             "{C} have made an enquiry for {P}.", strong=True),
    KindRule("talks", r"\b(?:in contact|in touch)\s+with\s+(?:(?:his|her|the player's|#[pa]\d+#'s|the)\s+|the\s+(?:#c\d+#\s+)?[\w-]+'s\s+)?(?:representatives|agents?|camp|entourage)\b|\b(?:in contact|in touch|in talks)\s+with\s+#c\d+#\s+(?:over|about|for|regarding)\s+(?=(?:[\w-]+\s+){0,3}?#[pa]\d+#)",
             "{C} remain in contact with the representatives of {P}.", strong=True),
    KindRule("talks", r"\b(?:asked|asking|ask|asks)\s+(?:#c\d+#\s+)?about\s+(?:a\s+(?:loan|deal|move|transfer)\s+for\s+|the\s+availability\s+of\s+)?(?:#c\d+#(?:'s)?\s+)?(?:[\w-]+\s+){0,3}?#[pa]\d+#",
             "{C} have asked about {P}.", strong=True),
    KindRule("talks", r"\b(?:made|make|making)\s+a\s+(?:late|last-ditch|late|fresh|first)\s+move\s+for\b", "{C} have made a late move for {P}.", strong=True),
    # ---- interest
    KindRule("interest", r"\b(?:interested|interest)\s+in\b|\binterest\s+(?:at|from)\s+#c|\b(?:showing|shown|show|shows|showed|expressed|registered|maintained|formalise|formalize)\s+(?:their\s+|his\s+|its\s+|an\s+)?interest\b",
             "{C} have registered an interest in {P}."),
    KindRule("interest", r"\bof interest to\b", "{P} is of interest to {C}."),
    KindRule("interest", r"\b(?:keen\s+on|keen\s+to\s+(?:sign|land|bring|add|secure|get)|(?:is|are|was|were|remain|remains|be)\s+(?:also\s+|still\s+|very\s+|particularly\s+)?keen\b(?!\s+to\b))",
             "{C} are keen on {P}."),
    KindRule("interest", r"#c\d+#\s+(?:are\s+|is\s+)?(?:also|too)\s+(?:interested|keen|in the race|in the running|lurking|circling)\b",
             "{C2} want {P}, and {C} are also interested."),
    # other suitors listed after "with", which opens a clause of its own: "C2 are keen on X, with C1, C3 and
    # C4 all said to be in the running" (the clause: "#c1, #c3 and #c4 all in the running")
    KindRule("interest", r"^#c\d+#(?:(?:,\s*|\s+and\s+)#c\d+#)*\s+(?:all\s+|both\s+)?(?:in\s+the\s+(?:race|running|hunt|chase)|interested|keen(?!\s+to\b)|circling)\b",
             "{C2} are keen on {P}, with {C} said to be in the running."),
    KindRule("interest", r"\b(?:keeping|keep|keeps|kept)\s+(?:close\s+)?(?:tabs|a\s+(?:close\s+)?watch)\s+on\b|\b(?:keeping|keep|keeps|kept|has|have|had|with)\s+(?:a\s+close\s+|an\s+|his\s+|their\s+)?eye\s+on\b|\beyeing\b|\beyes\b",
             "{C} are keeping tabs on {P}."),
    KindRule("interest", r"\bmonitor(?:ing|s|ed)?\b|\bscout(?:ing|s|ed)?\b|\bwatch(?:ed|ing)?\s+#[pa]\d+#|\bbeing\s+(?:watched|courted|followed)\s+by\b|\bsent scouts\b|\btrack(?:ing|s|ed)?\b|"
                         r"\b(?:following|followed|follow|follows|keeping\s+(?:tabs|an\s+eye)\s+on)\s+(?:the|his|her)\s+(?:situation|case)\b", "{C} are monitoring {P}."),
    KindRule("interest", r"\badmir(?:er|ers|es|e|ing)\b|\b(?:fan|fans)\s+of\s+#[pa]\d+#|\blikes?\s+#[pa]\d+#", "{C} are admirers of {P}."),
    KindRule("interest", r"\bhope\s+(?:that\s+)?(?=[^;]{0,80}?\bwill\s+be\s+(?:their|the|its|his|her)\s+(?:[\w-]+\s+)?(?:signing|arrival|addition|recruit)\b)",
             "{C} hope {C2}'s defender {P}, 23, will be the first signing of the new manager's reign."),
    KindRule("interest", r"\b(?:would love|would like|wants|want|keen|hoping|hopes|hope)\s+to\s+(?:be\s+)?reunite[ds]?\s+with\b",
             "{C} boss Jon Smith would love to be reunited with {C2} playmaker {P}."),
    KindRule("interest", r"\b(?:wants?|wanted|would love|would like|hopes?|hoping|is keen|is eager|is desperate|dreams?|keen|eager|looking|ready|pushing)\s+to\s+"
                         r"(?:join|play for|(?:move|switch|head)\s+to|sign for|make the move to)\s+(?=(?:[\w-]+\s+){0,3}?#c)",
             "{P} told reporters he wants to join {C}.", mover=True, own_side=True),
    KindRule("interest", r"\b(?:possible|potential|proposed|mooted|prospective)\s+(?:move|switch|transfer|loan)\s+to\s+(?:[\w-]+\s+){0,4}?(?=#c)",
             "Representatives of {P} will talk about a possible switch to Major League Soccer club {C}."),
    # "also likes Dynamo Kiev forward X", "still like his QPR team-mate X": the object described
    KindRule("interest", r"(?<!\bthe )\blikes?\s+(?!of\b|to\s+welcome\b)(?:his\s+|her\s+|their\s+|the\s+)?(?:#c\d+#(?:'s)?\s+)?(?:[\w-]+\s+){1,2}?#[pa]\d+#",
             "{C} also like {C2} forward {P}."),
    KindRule("interest", r"\btop of (?:their|the|his|its|#c\d+#'s)\s+(?:[\w-]+\s+)?(?:list|shortlist|wishlist|wish list|agenda)\b", "{P} is top of {C}'s shopping list."),
    KindRule("interest", r"\btarget(?:s|ed|ing)?\b(?!\s+(?:allocation|money|reached|tied|set)\b)(?<!sporting targets)(?<!performance targets)|\bshortlist\b|\blist of targets\b|\bon (?:that|the|their|this) list\b|\bsingled out\b|\bsights on\b",
             "{P} is a summer target for {C}."),
    KindRule("interest", r"\bon the radar of\b|\bon (?:their|his|its|the|#c\d+#'s) radar\b|\b(?:ready|willing|prepared|able) to (?:meet|pay|trigger|activate)\s+(?:his|the|a|their)\s+(?:[\w-]+\s+)?(?:release|buy-?out|exit)\s+clause\b",
             "{P} is on the radar of {C}."),
    KindRule("interest", r"(?<!bonuses )(?<!bonus )(?<!payments )(?<!add-ons )\blinked\s+(?:with|to)\b(?!\s+(?:his|her|their|the)\s+(?:[\w-]+\s+)?(?:performances?|form|appearances|results|fitness|goals)\b)|\blinks?\s+(?:with|to)\s+#|\bconnecting\s+(?:them|the club|#c\d+#)\s+with\b", "{P} has been linked with {C}."),
    KindRule("interest", r"\b(?:vying|battle|battling|race|racing|chase|chasing|chased|hunt|pursuit|pursue|pursuing|fight|fighting|competition|compete|tussle|tug-of-war|battle|head to head|head-to-head)\s+(?:it\s+out\s+)?(?:for|of|with(?!\s+(?:[\w-]+\s+)?#[pa]\d+#)|over|from)\b",
             "{C} are in pursuit of {P}."),
    # "X is the subject of a tug of war between C and C2": the clubs on either side want him
    KindRule("interest", r"\b(?:tug[\s-]of[\s-]war|battle|race|fight|scramble|tussle|bidding\s+war|auction)\s+between\s+(?=#c)",
             "{P} is the subject of a tug of war between {C} and {C2}.", strong=True),
    KindRule("interest", r"\bthere\s+(?:is|was|has\s+been|had\s+been)\s+(?:[\w-]+\s+){0,2}?interest\s+from\b|\b(?:ready|poised|waiting|primed)\s+to\s+pounce\b",
             "There is strong interest from {C} in {P}."),
    KindRule("interest", r"\bin the (?:race|running|hunt|market)\s+for\b|\bfront-?runners?\b|\bfavourites? to (?:sign|land)\b|\bin for\s+#[pa]\d+#",
             "{C} are the front-runners for {P}."),
    KindRule("interest", r"\b(?:want|wants|wanted|wanting)\s+(?:to (?:sign|take|land|bring in|bring|get|add|prise|prize|pry|lure|snap up)\s+)?(?:#c\d+#(?:'s)?\s+(?:[\w-]+\s+){0,2}?|(?:(?!to\b|keep\b|him\b|her\b|for\b|from\b|by\b|with\b)[\w-]+\s+){1,2}?)?#[pa]\d+#|\bwould like\s+(?:to\s+(?:sign|take|bring in|land|bring)\s+)?#[pa]\d+#|\b(?:hope(?:s|ful)?|hoping)\s+(?:of|to)\s+(?:sign|land|bring|take)",
             "{C} want {P}."),
    KindRule("interest", r"\bconsider(?:ing|s|ed)?\b|\bcourting\b|\bweighing up\b|\bplotting\b|\beyeing up\b|\blining up\b|\bput out the feelers\b|\bfeelers\b",
             "{C} are considering a move for {P}."),
    KindRule("interest", r"\bcaught the (?:attention|eye) of\b|\b(?:attract(?:ed|ing|s)?|dr[ae]w(?:n|ing|s)?)\s+(?:the\s+)?(?:interest|attention)\s+(?:from|of)\b", "{P} has caught the eye of {C}."),
    KindRule("interest", r"\b(?:go|going|come|coming|went)\s+(?:back\s+)?(?:after|for)\s+#[pa]\d+#|\btipped to (?:sign|land|move for)\b|\bcome back in for\b",
             "{C} could come back in for {P} in the summer."),
    KindRule("interest", r"\b(?:gearing up|preparing|ready|planning|plan|plans|look(?:ing)? to|set) to (?:make|launch|table|submit|lodge)\b",
             "{C} are gearing up to make a move for {P}."),
    KindRule("interest", r"\b(?:land|landing)\s+#[pa]\d+#|\bto land\b|\bto sign\b|\bsigning\s+#[pa]\d+#|\bbring\s+(?:[\w-]+\s+){0,2}?#[pa]\d+#|\bfree to complete\b|"
                         r"\b(?:secure|securing|capture|capturing|recruit|recruiting|snap\s+up|snapping\s+up)\s+(?:[\w-]+\s+){0,3}?#[pa]\d+#",
             "{C} are desperate to land {P}."),
    # more ways of wanting a player: "alerted to X's availability", "had X watched", "tipped to join C",
    # "lined up X", "turned to X", "looking at X", "hope to lure/tempt X"
    KindRule("interest", r"\balerted\s+to\s+#[pa]\d+#'s\s+(?:availability|situation)\b|\bhad\s+#[pa]\d+#\s+(?:watched|scouted|monitored)\b|"
                         r"\b(?:lined|lining)\s+up\s+(?=(?:[\w-]+\s+){0,3}?#[pa]\d+#)|(?<=# )(?:have\s+|has\s+|had\s+)?(?:now\s+)?turned\s+to\s+(?=#[pa]\d+#)|"
                         r"\b(?:looking|look|looked)\s+at\s+(?=(?:[\w-]+\s+){0,3}?#[pa]\d+#)|\b(?:lure|tempt|prise|pry)\s+(?=(?:[\w-]+\s+){0,3}?#[pa]\d+#)|"
                         r"\bkept\s+informed\s+(?:about|of|on)\s+(?=#[pa])",
             "{C} have been alerted to {P}'s availability."),
    KindRule("interest", r"\btipped\s+to\s+(?:join|move to|sign for|switch to)\s+(?=(?:[\w-]+\s+){0,3}?#c)", "{P} has been tipped to join {C}.", mover=True),
    # the last steps of a deal: "announcement imminent", "the deal is done", "finishing touches"
    KindRule("agreement", r"\bannouncement\s+(?:of\s+)?(?:[\w-]+\s+){0,3}?#[pa]\d+#(?:'s\s+(?:[\w-]+\s+)?(?:signing|arrival|move))?\s+(?:is\s+)?(?:imminent|expected|due)\b|"
                          r"\bfinishing touches\b|"
                          r"\bfinalis(?:ing|e|es)\s+(?:the\s+)?(?:final\s+)?details\b",
             "{C}'s announcement of {P} is imminent.", strong=True),
    KindRule("agreement", r"\b(?:given|gave|gives)\s+(?:the\s+)?(?:green light|his consent|her consent|the go-ahead)\s+to\s+(?=#c)|\bsaid\s+yes\s+to\s+(?=#c\d+#(?!'s))",
             "{P} has given the green light to {C}.", strong=True, mover=True),
    KindRule("signed", r"\b(?:was|were|been|is)\s+(?:officially\s+)?(?:presented|unveiled)\s+(?:by|at)\b|\bofficially\s+announced\s+(?=#[pa]\d+#)",
             "{P} has been presented by {C}.", strong=True, mover=True),
    # A move after a modal: agreed when the modal says it will happen ("will join C", "is set to move to
    # C"), wanted when it only may ("could join C"). A bare "to join C" tells no mood of its own ("left C2
    # to join C"), and "will return to C" is the end of a loan.
    KindRule("agreement", r"\b(?:will|set to|expected to|poised to|due to|about to|going to|in line to|agreed to)\s+" + _LEAVE_AND + _MODAL_MOVE,
             "{P} will join {C} in the summer.", mover=True),
    KindRule("interest", r"\b(?:could|may|might)\s+" + _LEAVE_AND + _MODAL_MOVE, "{P} could leave {C2} and head for {C}.", mover=True),
    KindRule("interest", r"\btried\s+(?:to\s+(?:sign|land|buy|bring in|take)|for)\b", "{C} had tried for {P} last summer.", past=True),
    KindRule("interest", r"\b(?:try|tries)\s+(?:to\s+(?:sign|land|buy|bring in|take)|for)\b", "{C} will try to sign {P} in the summer."),
    KindRule("interest", r"\b(?:is|are)\s+(?:still\s+|now\s+)?trying\s+(?:to\s+(?:sign|land|buy|bring in|get)|for)\b",
             "{C} are trying to land {C2} striker {P}."),
    KindRule("interest", r"(?<=# )(?:wants|favours|prefers|is keen on|has set his heart on|has his heart set on)\s+(?:a (?:move|switch) to\s+)?(?=#c)",
             "{P} wants {C}, and talks are under way.", mover=True),
    KindRule("interest", r"#c\d+#'s\s+(?:[\w-]+\s+){0,3}?(?:priority|first choice|preferred option|dream signing)\b(?!\s+(?:is|was|will be|remains)\s+to\s+(?!sign|land|bring)\w+)",
             "{C}'s priority for the role is {P}."),
    KindRule("interest", r"\bwould rather go to\b|\bprefers? a move to\b|\bwould\s+(?:like|love|welcome|relish)\s+a\s+(?:move|switch|transfer)\s+to\b",
             "{P} would prefer a move to {C}.", mover=True),
    KindRule("interest", r"\bmove for\b|\bswoop for\b|\bbid to sign\b", "{C} could launch a swoop for {P}."),
    KindRule("interest", r"\b(?:wanted|targeted|monitored|scouted|admired|courted|coveted|eyed|pursued|considered|chased|tracked)\s+(?:[\w-]+\s+){0,3}?by\s+(?:both\s+)?#c\d+#", "{P} is wanted by {C}."),
    KindRule("interest", r"\b(?:rejected|turned down|snubbed|rebuffed|shunned|spurned|rejecting|turning down|snubbing|rebuffing|"
                         r"shunning|spurning)\s+#c\d+#(?!')", "{P} snubbed {C} last year.", mover=True),
    KindRule("interest", r"\b(?:want|wants|wanted|wanting)\s+#c\d+#\s+to\s+(?:sell|lower|reduce|drop|cut|accept|release|let)\b",
             "{C} want {C2} to lower their asking price for {P}."),
    KindRule("interest", r"\b(?:rejected|turned down|snubbed|rebuffed|refused|said no to)\s+(?:a|an)\s+(?:[\w-]+\s+)?(?:move|switch|transfer)\s+to\s+#c\d+#",
             "{P} said no to a move to {C}.", mover=True),
    KindRule("interest", r"\bfailed to (?:land|sign)\b(?=[^;]*\b(?:last|in (?:19|20)\d\d)\b)", "{C} failed to land {P} last summer.", past=True),
    # ---- added after the first three held-out batches: common phrasings no row had
    KindRule("signed", r"(?:\b(?:landed|captured|bagged|recruited|acquired)|(?:(?<=\bby )|(?<=\bafter ))landing)\s+(?:[\w-]+\s+){0,3}?#[pa]\d+#(?!\s+on\s+(?:a\s+)?(?:[\w-]+\s+)?loan)|\bacquisition of\b",
             "{C} landed {P} from {C2} for {M}.", strong=True),
    KindRule("signed", r"\bsecured\s+(?:the\s+)?(?:signature|services)\s+of\b|\bsecured\s+#[pa]\d+#'s\s+(?:signature|services)\b",
             "{C} secured the signature of {P} on Friday.", strong=True),
    KindRule("signed", r"\bmade\s+(?:[\w-]+\s+){0,3}?#[pa]\d+#\s+(?:their|its|a|an)\s+(?:[\w-]+\s+|#m\d+#\s+){0,3}?(?:signing|recruit|arrival)\b|"
                       r"#[pa]\d+#\s+(?:has\s+)?(?:became|becomes|become|is|was|has been)\s+(?:now\s+|officially\s+)?#c\d+#'s\s+(?:[\w-]+\s+){0,3}?(?:signing|recruit|arrival|acquisition|reinforcement|addition|capture)\b|"
                       # "Spezia announced that X, 28, is their fifth signing of the summer"
                       r"#[pa]\d+#(?:,\s+\d\d,)?\s+(?:has\s+)?(?:became|becomes|become|is|was|has been)\s+(?:now\s+|officially\s+)?(?:their|its)\s+"
                       r"(?:(?:latest|newest|new|record|club-record|marquee|summer|january|winter|only|permanent|biggest|final|first|second|third|fourth|fifth|sixth|seventh|"
                       r"eighth|ninth|tenth|eleventh|twelfth|\d+(?:st|nd|rd|th))\s+){1,3}(?:signing|recruit|arrival|acquisition|reinforcement|addition|capture)\b",
             "{C} made {P} their third signing of the summer.", strong=True),
    KindRule("signed", r"\bmade\s+#[pa]\d+#'s\s+(?:arrival|signing|transfer|move)\s+(?:from\s+#c\d+#\s+)?official\b|\b(?:has|have|had)\s+(?:now\s+)?signed\s+at\s+(?=#c)",
             "{C} have made {P}'s arrival official.", strong=True),
    KindRule("interest", r"\b(?:chance|possibility|prospect)\s+of\s+(?:a\s+)?(?:moving|move|joining|switching|switch)\s+to\s+(?=#c)|"
                         r"\b(?:will|could|may|might|would)\s+go\s+for\s+(?=(?:[\w-]+\s+|#c\d+#(?:'s)?\s+){0,3}#[pa])|"
                         r"\b(?:plan b|fallback|back-up option|alternative)\s+in\s+(?=(?:[\w-]+\s+|#c\d+#(?:'s)?\s+){0,3}#[pa])",
             "{P} has a chance of moving to {C}."),
    KindRule("agreement", r"\b(?:expected|set|due|poised|about|likely)\s+to\s+(?:head\s+(?:to|for)\s+(?=#c)|wear\s+the\s+#c\d+#\s+shirt\b)",
             "{P} is likely to head for {C} on loan.", strong=True, mover=True),
    KindRule("interest", r"\b(?:could|might|may)\s+(?:yet\s+|still\s+|now\s+)?land\b|\b(?:thinking|think|thinks|thought)\s+(?:about|of)\s+(?=(?:[\w-]+\s+){0,3}#[pa])",
             "{C} could yet land {C2} striker {P}."),
    KindRule("interest", r"\bon\s+#c\d+#'s\s+(?:shopping\s+|transfer\s+|wish\s+|short\s+)?(?:list|shortlist|wishlist)\b",
             "{C2} striker {P} could also be on {C}'s list."),
    KindRule("interest", r"\bpush\s+through\s+(?:a|his|her|the)\s+(?:[\w-]+\s+|#m\d+#\s+){0,2}?(?:transfer|move|switch)\s+to\b|\b(?:take|taking|takes)\s+(?:a\s+)?loan\s+move\s+to\b",
             "{P} has stayed away from training to try to push through a {M} transfer to {C}.", mover=True),
    KindRule("agreement", r"\bagreed\s+in\s+principle\s+to\s+(?:take|sign|bring in|buy|loan)\b",
             "{C} have agreed in principle to take {P} on a season-long loan."),
    KindRule("ended", r"\bending\s+#c\d+#(?:'s)?\s+and\s+#c\d+#(?:'s)?\s+(?:hopes|interest|pursuit|chances)\b|"
                      r"\b(?:ending|ends|ended|end)\s+their\s+(?:hopes|interest|pursuit|chances|chase)\b",
             "{P} signs a new deal, ending {C2}'s and {C}'s hopes.", strong=True),
    KindRule("ended", r"\b(?:ending|ends|ended|end)\s+(?:the\s+|any\s+)?hopes\s+(?:at|of)\s+#c\d+#(?:(?:,|\s+and|\s+or)\s+#c\d+#)*",
             "{C2} have tied {P} down to a new contract, ending hopes at {C} of taking him away.", strong=True),
    KindRule("ended", r"\b(?:will\s+not|won't|is\s+not|isn't|are\s+not|aren't)\s+(?:now\s+|be\s+|going\s+to\s+(?:be\s+)?)?"
                      r"(?:joining|join|moving\s+to|move\s+to|going\s+to|go\s+to|heading\s+to|head\s+to|switching\s+to|switch\s+to|"
                      r"signing\s+for|sign\s+for|(?:completing|complete)\s+(?:a|his|her|the)\s+move\s+to)\s+(?:[\w-]+\s+){0,3}?#c\d+#",
             "{P} will not be moving to {C} after all.", strong=True),
    KindRule("ended", r"\b(?:will\s+not|won't)\s+(?:now\s+|be\s+)?(?:sign|signing|land|landing|secure|securing|capture|capturing|recruit|recruiting|"
                      r"bring\s+in|bringing\s+in|snap\s+up|snapping\s+up|(?:complete|completing)\s+the\s+signing\s+of|pursue|pursuing|"
                      r"go\s+back\s+in\s+for|return\s+for)\b|"
                      r"\b(?:will|would)\s+not\s+be\s+(?:signing|bringing\s+in|making\s+a\s+move\s+for|pursuing)\b",
             "{C} will not sign the {C2} winger {P}.", strong=True),
    KindRule("ended", r"\b(?:bringing|brings|brought|bring)\s+(?:#c\d+#'s\s+|(?:their|its|the)\s+)(?:[\w-]+\s+){0,2}?(?:pursuit|interest|chase|hopes|saga|bid)\b"
                      r"(?:\s+(?:of|for|in)\s+(?:[\w-]+\s+|#[pa]\d+#\s+){1,4}?)?\s*to\s+an\s+end\b",
             "{P} has signed a new contract with {C2}, bringing {C}'s long pursuit of the striker to an end.", strong=True),
    KindRule("ended", r"\b(?:went|go|going|gone|goes)\s+no\s+further\b|\b(?:took|take|taken|taking)\s+(?:it|things|their interest|the matter)\s+no\s+further\b",
             "{C} sounded out {P} but went no further.", strong=True),
    KindRule("ended", r"\bclos(?:es|ed|ing|e)\s+the\s+door\s+on\b|\badmit(?:ted|s)?\s+defeat\b|"
                      r"\b(?:pursuit|chase|interest|hunt)\s+(?:was|is|has been|had been)\s+(?:now\s+)?(?:over|dead|finished)\b",
             "The extension closes the door on {C}, who had come forward for {P}.", strong=True),
    KindRule("signed", r"\bmade\s+official\s+the\s+(?:arrival|signing|transfer|loan)\s+of\b|\bpresented\s+(?:[\w.-]+\s+){0,4}?#[pa]\d+#|"
                       r"\b(?:completed|completing|finalised|sealed)\s+#[pa]\d+#'s\s+(?:sale|transfer|move)\s+to\s+(?=#c)",
             "This afternoon {C} made official the arrival of {P} from {C2}.", strong=True),
    KindRule("signed", r"\b(?:is|are)\s+(?:now\s+)?moving\s+to\s+the\s+(?=#c)",
             "{C2} midfielder {P} is moving to the {C}.", strong=True, mover=True),
    KindRule("loan", r"\b(?:announced|presented|unveiled)\s+(?:[\w-]+\s+){0,2}?#[pa]\d+#,?\s+on\s+(?:a\s+)?(?:[\w-]+\s+)?loan\b",
             "{C} announced {P} on loan from {C2} until June.", strong=True),
    KindRule("loan", r"\bback\s+(?:at|with)\s+#c\d+#\s+on\s+(?:a\s+)?(?:[\w-]+\s+)?loan\b", "{P} is back at {C} on a season-long loan.", strong=True, mover=True),
    KindRule("ended", r"\b(?:backed|backing|backs)\s+out\b|(?<!# )\bback\s+out\b(?!\s+(?:to|on|again)\b)|\blost\s+(?:their|its|his)?\s*interest\b",
             "{C} have backed out of a deal for {P}.", strong=True),
    KindRule("interest", r"\bearmarked\b|\b(?:have|has|had)\s+(?:now\s+|already\s+)?identified\s+(?:#c\d+#(?:'s)?\s+|[\w-]+\s+){0,3}?#[pa]\d+#|\b(?:is|are)\s+(?:also\s+)?circling\b",
             "{C} have earmarked {P} as a replacement."),
    KindRule("none", r"\b(?:option|obligation)\s+(?:of|to)\s+(?:signing|sign|buying|buy|making|make|purchasing|purchase)\b",
             "{C} have the option of signing {P} for {M} in the summer.", club=""),
    KindRule("interest", r"\bmade\s+#[pa]\d+#\s+(?:a|an|their|his|its)\s+(?:[\w-]+\s+)?(?:priority|target)\b",
             "{C} coach Ron Adler had made {P} a priority."),
    KindRule("signed", r"\b(?:has|have|had|also)?\s*added\s+(?:[\w-]+\s+){0,3}?#[pa]\d+#\s+(?:from\b|on\s+a\s+free\b)",
             "{C} have also added goalkeeper {P} from {C2} for {M}.", strong=True),
    KindRule("ended", r"\b(?:look|looks|looking|looked|turn|turned|turning|go|going|went|spend|spent|spending|invest|investing)\s+"
                      r"(?:(?:their|its|the|his)\s+(?:money|budget|funds|resources)\s+)?elsewhere\b|"
                      r"\bnot\s+(?:take|push|pursue)\s+(?:their|its|his|the)\s+(?:interest|pursuit|move)\s+(?:any\s+)?further\b",
             "{C} asked about {P} before deciding to look elsewhere.", strong=True),
    KindRule("interest", r"\b(?:looked|looking|look|looks)\s+at\s+(?:[\w-]+\s+|#c\d+#(?:'s)?\s+){0,3}?#[pa]\d+#",
             "{C} have also looked at {C2} defender {P}."),
    KindRule("loan", r"\b(?:coming|came|comes|is back|returns|returned|returning)\s+(?:off|from)\s+(?:a|an|his|her)\s+(?:[\w-]+\s+){0,2}?loan\s+"
                     r"(?:spell\s+|stint\s+)?(?:at|with)\b",
             "{P} is coming off a productive loan at {C}.", strong=True, past=True),
    KindRule("agreement", r"\b(?:one|a|just one|a single|a final)\s+step\s+(?:away\s+)?from\s+(?=#c)",
             "{P} is one step from {C}.", strong=True, mover=True),
    KindRule("agreement", r"\bagreed\s+(?:on\s+)?(?:the\s+)?(?:main|key|broad|basic)\s+(?:points|details|terms|outline)\s+of\b",
             "{C} have agreed the main points of a five-year contract with {P}.", strong=True),
    KindRule("interest", r"\b(?:turned|turning|turn|switched|switching|switch)\s+(?:their|its|his)\s+attention\s+to\s+(?=#[pa]|#c\d+#(?:'s)?\s+(?:[\w-]+\s+){0,2}?#[pa])",
             "{C} have turned their attention to {P}."),
    KindRule("ended", r"\b(?:cooled|cooling|cools)\s+on\b", "{C}, who were keen in January, have cooled on {P}.", strong=True),
    KindRule("interest", r"\b(?:is|are|remain|remains|were|was)\s+(?:also\s+|still\s+|now\s+)?(?:(?:said|thought|believed|understood|reported|known)\s+to\s+(?:be|have\s+been)\s+)?interested\b(?!\s+in\b)"
                         r"|\b(?:all\s+|also\s+)?(?:taking|take|takes|took|taken)\s+an\s+interest\b",
             "{P} has options: {C} are interested but want a loan."),
    KindRule("loan", r"\b(?:his|her)\s+(?:[\w-]+\s+)?loan\s+(?:spell\s+|stint\s+|move\s+)?(?:at|with)\b(?=\s+#c)",
             "{P}'s career revived during his loan at {C}.", strong=True, past=True),
    KindRule("interest", r"\b(?:pursuing|pursue|pursues|chasing|chase|chases)\s+(?:[\w-]+\s+|#c\d+#(?:'s)?\s+){0,3}?#[pa]\d+#",
             "{C} are known to be pursuing {C2} striker {P}."),
    KindRule("signed", r"\b(?:presented|unveiled|introduced|announced|confirmed)\s+as\s+(?:a|an|the)\s+(?:new\s+)?#c\d+#\s+player\b",
             "{P} was presented as a {C} player on Monday.", strong=True, mover=True),
    # ---- added after batch 7 (read 2026-12-06): a club told the price, a race led, a valuation met
    KindRule("talks", r"\b(?:it|they)\s+(?:will|would)\s+(?:take|cost|need|require)\s+(?:at least\s+|around\s+|about\s+|in excess of\s+)?#m\d+#\s+to\s+(?:prise|pry|lure|tempt|sign|get|land|buy)\b",
             "{C2} have told {C} it will take {M} to prise away {P}.", strong=True),
    # first in line: "C have moved to the front of the queue for X", "C are at the top of the queue to take him"
    KindRule("interest", r"\b(?:front|top|head)\s+of\s+the\s+(?:queue|race|pecking order)\b",
             "{C} have moved to the front of the queue for {P}.", strong=True),
    # a name talked about at a club: "X is being talked about at C"
    KindRule("interest", r"\b(?:talked|spoken)\s+about\s+at\s+(?=(?:[\w-]+\s+){0,2}?#c)",
             "{P} is being talked about at {C}.", strong=True),
    KindRule("interest", r"\b(?:lead|leads|leading|led|head|heads|heading)\s+the\s+(?:race|chase|queue|pursuit|running)\b",
             "{C2} want {M} for {P}, with {C} leading the chase."),
    KindRule("interest", r"\b(?:ready|willing|prepared|able)\s+to\s+(?:meet|match|pay)\s+(?:#c\d+#'s\s+)?(?:[\w-]+\s+|#m\d+#\s+){0,2}?(?:valuation|asking price|price tag|price|demands|fee)\b",
             "{C} are ready to match {C2}'s {M} valuation of {P}."),
    KindRule("signed", r"\b(?:welcomed|welcomes|welcoming)\s+(?:[\w-]+\s+){0,3}?#[pa]\d+#(?!\s+back\b)",
             "{C} have already welcomed {P} from {C2} this window.", strong=True),
    KindRule("signed", r"\bbrought\s+in\s+(?:[\w-]+\s+){0,3}?#[pa]\d+#(?!\s+on\s+(?:a\s+)?(?:[\w-]+\s+)?loan)",
             "{C} have also brought in French defender {P} from {C2} this month.", strong=True),
    KindRule("loan", r"\bsent\s+(?:#[pa]\d+#\s+|him\s+|her\s+)?(?:out\s+)?to\s+(?=#c)(?=[^;]*\b(?:loan|rest of the season|season-long)\b)",
             "{C2} recalled {P} from his loan and sent him to {C} for the rest of the season.", strong=True),
    KindRule("ended", r"\b(?:end|ends|ended|ending|dash|dashes|dashed|dashing|scupper|scuppers|scuppered|kill|kills|killed|"
                      r"(?:put|puts|putting)\s+(?:a\s+stop|an\s+end|paid)\s+to)\s+(?:#c\d+#(?:'s)?(?:,\s+|\s+and\s+|\s+or\s+|,\s+and\s+))*#c\d+#'s\s+(?:[\w-]+\s+)?(?:hopes|pursuit|interest|chase|plans)\b",
             "{P} has signed a new deal, a move that is likely to end {C}'s hopes of signing him.", strong=True),
    KindRule("none", r"\b(?:tie|ties|tied|tying)\s+(?:#[pa]\d+#\s+|him\s+|her\s+|(?:their|his|its|the)\s+(?:[\w-]+\s+){0,2})?down\b",
             "{C} had made tying {P} down a priority.", club=""),
    KindRule("none", r"\b(?:not|n't)\s+(?:want|wish|intend|plan|keen|willing|prepared)\s+to\s+(?:sell|lose|let\b|part with)|\b(?:keen|willing|prepared|ready)\s+to\s+let\s+(?:#[pa]\d+#\s+|him\s+|her\s+)?go\b",
             "{C} did not want to sell {P} to a rival.", club=""),
    KindRule("signed", r"\b(?:was|were|had been)\s+previously\s+(?:at|with)\s+(?=#c)",
             "{P} was previously at {C}.", strong=True, mover=True, past=True),
    KindRule("signed", r"(?:^|\bwith\s+)#[pa]\d+#\s+(?:moving|switching|heading|joining|going back|going|returning)\s+to\s+(?=#c)",
             "{C2} have already lost one player to {C}, with {P} moving to {C} for a record fee last August.", strong=True, mover=True, back=True),
    # ---- added after batch 8 (read 2026-12-06): a chance passed up, a career's seasons, signings for a club
    KindRule("ended", r"\b(?:turned|turn|turning|turns|passed|pass|passing|passes)\s+(?:down|up|on)\s+(?:the\s+)?(?:chance|opportunity)\s+to\s+(?:sign|land|bring|buy|secure)\b",
             "{C} have turned down the chance to sign {P}.", strong=True),
    KindRule("signed", r"\b(?:spent|spending|spend)\s+(?:the\s+)?(?:last\s+|past\s+|previous\s+|first\s+)?(?:a|an|one|two|three|four|five|six|seven|\d+|several|[\w-]+)"
                       r"(?:\s+and\s+a\s+half)?\s+(?:[\w-]+\s+)?(?:seasons?|years?|campaigns?)\s+(?:at|with)\s+"
                       r"(?:(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:club|side|outfit)\s+)?(?=#c)",
             "{P} came through at {C2} before spending two seasons at {C}.", strong=True, mover=True, past=True),
    KindRule("signed", r"\b(?:moving|moved|moves)\s+on\s+to\s+(?=#c)(?![^;]*\bloan\b)",
             "{P} came through at {C2}, then moving on to {C} in 2020.", strong=True, mover=True),
    KindRule("signed", r"\b(?:signings?|arrivals?|recruits?|additions?)\s+(?:for|at|by)\s+(?=#c)",
             "{P} was one of four deadline-day signings for {C} on Thursday.", strong=True, mover=True),
    KindRule("signed", r"\b(?:began|started|begun)\s+(?:his|her)\s+(?:professional\s+|senior\s+)?career\s+(?:at|with)\s+(?=#c)",
             "{P} began his career at {C}.", strong=True, mover=True, past=True),
    KindRule("agreement", r"\b(?:met|meets|matched|matches)\s+#c\d+#'s\s+(?:#m\d+#\s+)?(?:valuation|asking price|price tag|demands)\b",
             "{C} met {C2}'s valuation for {P} on Wednesday night.", strong=True),
    # ---- added after batch 9 (read 2026-12-06)
    KindRule("loan", r"\b(?:is|are|was|were|joins|joined|joining|arrives|arrived|arriving|(?:has\s+|have\s+)?come\s+in|comes\s+in|came\s+in)\s+(?:currently\s+|now\s+)?on\s+(?:a\s+)?(?:[\w-]+\s+)?loan\s+from\b",
             "{C} have strengthened: {P} is on a season-long loan from {C2}.", strong=True, mover=True),
    KindRule("signed", r"\b(?:moving|moved|moves|move|switching|switched|switch)\s+to\s+(?:[\w-]+\s+){1,3}?with\s+(?=#c)",
             "{P} spent six seasons at {C2} before switching to Serie A with {C} in 2013.", strong=True, mover=True),
    KindRule("interest", r"\b(?:pay|meet|trigger|activate|paying|meeting|triggering|activating)\s+#[pa]\d+#'s\s+(?:#m\d+#\s+)?(?:release|buy-?out|exit)\s+clause\b",
             "{C} could pay {P}'s release clause."),
    KindRule("ended", r"\b(?:ward|wards|warding|warded|fend|fends|fending|fended)\s+off\s+(?:[\w-]+\s+){0,2}?(?:interest|approaches|suitors|bids|offers)\s+(?:from|of)\b",
             "{C2} have tied {P} down to a new contract to ward off transfer interest from {C}.", strong=True),
    KindRule("agreement", r"\bwill\s+(?:now\s+)?(?:pay|meet|trigger|activate)\s+(?:the|his|her)\s+(?:[\w-]+\s+|#m\d+#\s+){0,2}?(?:release\s+|buy-?out\s+|exit\s+)?clause\b",
             "{C} have informed {C2} they will pay the release clause of {P} in full.", strong=True),
    KindRule("signed", r"(?<=# )(?:sign|signs|complete|completes|seal|seals|snap up|snaps up|land|lands|capture|captures)\s+(?:[\w-]+\s+){0,3}?#[pa]\d+#",
             "{C} sign midfielder {P} from {C2}.", strong=True),
    # ---- added after batch 10 (read 2026-12-06)
    KindRule("interest", r"\b(?:can|could|would|might|may)\s+(?:still\s+|now\s+|yet\s+)?(?:sign|land|get|afford|bring in|lure|prise)\s+(?:[\w-]+\s+){0,3}?#[pa]\d+#",
             "{C} are hoping they can sign {P} for less than {M}."),
    KindRule("signed", r"\bleaving\s+(?:#c\d+#\s+)?for\s+(?=#c)", "The only exit was {P} leaving for {C} on a free.", strong=True, mover=True),
    KindRule("signed", r"\bsale\s+of\s+(?:[\w-]+\s+){0,2}?#[pa]\d+#\s+to\s+(?=#c)", "The window started badly with the sale of {P} to {C}.", strong=True),
    KindRule("signed", r"\b(?:club-record|record|permanent|free|surprise|marquee|deadline-day)\s+(?:#m\d+#\s+)?(?:signing|capture|acquisition)\s+of\b",
             "It finished well for {C} with the club-record signing of {P}.", strong=True),
    KindRule("signed", r"\b(?:his|her)\s+(?:[\w-]+\s+)?arrival\s+from\b", "{C} hope {P}'s career can take off after her arrival from {C2}.", strong=True),
    # ---- added after a probe of transfer verbs and their slots (stop 14): frames no row had
    KindRule("signed", r"\blost\s+(?:[\w-]+\s+){0,2}?#[pa]\d+#(?:(?:,|\s+and)\s+(?:[\w-]+\s+){0,2}?#[pa]\d+#)*\s+to\s+(?=#c)",
             "{C2} lost {P} to {C} earlier this summer.", strong=True),
    # a club told the price it must pay wants him: "#c have been told they must pay #m for X"
    KindRule("interest", r"\b(?:told|warned|informed)\s+(?:that\s+)?(?:they|it)\s+(?:must|will\s+have\s+to|would\s+have\s+to|(?:will\s+)?need\s+to)\s+"
                         r"(?:pay|spend|fork\s+out|stump\s+up|find)\b",
             "{C} have been told they must pay £20m for {C2} winger {P}.", strong=True),
    # a trade told by the club that sends him: "completed a trade, sending midfielder X to #c"
    KindRule("signed", r"(?:(?<=, )sending|\bsent)\s+(?:[\w-]+\s+){0,4}?#[pa]\d+#\s+to\s+(?=#c)",
             "{C2} completed a trade on Friday, sending midfielder {P} to {C}.", strong=True),
    # the club that lends him out: "#c2 loan out X to #c", "#c2 have sent X out on loan to #c"
    KindRule("loan", r"\b(?:loan|loans|loaned|loaning)\s+out\s+(?:[\w-]+\s+){0,3}?#[pa]\d+#\s+to\s+(?=#c)|"
                     r"\b(?:sent|send|sends|sending)\s+(?:[\w-]+\s+){0,3}?#[pa]\d+#\s+out\s+on\s+(?:a\s+)?(?:[\w-]+\s+)?loan\s+to\s+(?=#c)",
             "{C2} loan out {P} to {C}, with no option attached.", strong=True),
    # a club's signing in the headline present: "#c add #c2 defender X" (right after the club)
    KindRule("signed", r"(?:(?<=#c\d# )|(?<=#c\d\d# ))(?:add|adds)\s+(?=(?:(?!(?:a|an|the|to|years?|another|more|extra)\b)[\w-]+\s+|#c\d+#\s+){0,3}?#p\d+#(?!'))",
             "{C} add {C2} defender {P}.", strong=True),
    KindRule("signed", r"\b(?:brought|bringing|brings|bring)\s+in\s+(?:(?!(?:if|when|unless|because|while|once|should|after|before)\b)[\w-]+\s+){0,3}?#[pa]\d+#(?!\s+on\s+(?:a\s+)?(?:[\w-]+\s+)?loan)",
             "{C} have spent heavily, bringing in {P} from {C2}.", strong=True),
    KindRule("signed", r"\b(?:swapped|swapping|swaps|traded|trading|trades|exchanged)\s+#c\d+#\s+for\s+(?=#c)", "{P} swapped {C2} for {C} in 2022.", strong=True, mover=True),
    KindRule("signed", r"\b(?:departed|departs|quit|quits|exchanged)\s+#c\d+#\s+for\s+(?=#c)", "{P} has departed {C2} for {C}.", strong=True, mover=True),
    KindRule("interest", r"\b(?:could|may|might|would|set to|expected to)\s+(?:swap|trade|exchange)\s+#c\d+#\s+for\s+(?=#c)",
             "{P} could swap {C2} for {C} later this week.", strong=True, mover=True),
    KindRule("signed", r"(?:\bthen\s+|\band\s+|,\s+)sold\s+to\s+(?=#c)", "{P} was loaned to {C2} and then sold to {C} in 2022.",
             strong=True, mover=True),
    KindRule("signed", r"\b(?:previously|formerly|once|then|later)\s+played\s+for\b|\bwent\s+on\s+to\s+play\s+for\b|\bused\s+to\s+play\s+(?:for|at|with)\b|\b(?:has|have|had)\s+(?:also\s+|since\s+)?played\s+for\b|"
                       # "his previous clubs include A, B and C"
                       r"\b(?:previous|former|past)\s+clubs\s+(?:include|included|includes|are|were)\b",
             "{P} has previously played for {C}.", strong=True, mover=True, past=True, former=True),
    KindRule("signed", r"\b(?:tied|ties)\s+up\s+(?:a|the)\s+(?:[\w-]+\s+|#m\d+#\s+){0,2}?(?:deal|move|transfer|signing)\b",
             "{C} have tied up a deal for {P}.", strong=True),
    KindRule("agreement", r"\btying\s+up\s+(?:a|the)\s+(?:[\w-]+\s+|#m\d+#\s+){0,2}?(?:deal|move|transfer|signing)\b",
             "{C} are tying up a deal for {P}.", strong=True),
    KindRule("signed", r"(?:\b(?:has|have|had|also|already|they|we|club|side|outfit)\s+|#c\d+#\s+)added\s+(?!that\b|how\b|his\b|her\b)(?:[\w-]+\s+){0,3}?#[pa]\d+#(?!(?:,\s+\d+,)?\s+to\s+(?:their|its|his|the|a)\s)",
             "{C} have already added {P} this summer.", strong=True),
    KindRule("interest", r"\b(?:the\s+)?(?:latest|newest|last|first)\s+(?:club|side|team)\s+(?:to\s+(?:go|come|be)\s+)?after\b",
             "{C} are the latest club after {C2}'s {P}.", strong=True),
    KindRule("interest", r"\b(?:keep|keeps|keeping|kept|have|has|had)\s+(?:[\w-]+\s+|#c\d+#'s\s+){0,3}?#[pa]\d+#\s+in\s+mind\b",
             "{C} are keeping {C2}'s {P} in mind as an alternative.", strong=True),
    KindRule("interest", r"\badded\s+(?:[\w-]+\s+){0,3}?#[pa]\d+#,?(?:\s+\d+,)?\s+to\s+(?:their|its|the)\s+(?:[\w-]+\s+)?(?:list|shortlist|wish\s*list|radar)\b",
             "{C} have added {C2} midfielder {P}, 21, to their list of options.", strong=True),
    KindRule("signed", r"\b(?:had|has|have|with|after|following|before)\s+(?:[\w-]+\s+){0,2}?(?<!loan )(?:spells|stints)\s+(?:at|with)\b", "{P} had spells at {C} and {C2} before joining Fulham.",
             strong=True, mover=True, past=True),
    KindRule("signed", r"\b(?:has|have|had)\s+(?:also\s+|previously\s+|since\s+)?represented\b(?=\s+(?:[\w-]+\s+){0,2}?#c)", "{P} has also represented {C}.", strong=True, mover=True, past=True),
    KindRule("signed", r"\b(?:before|after|following|since)\s+(?:a|his|her)\s+(?!(?:proposed|potential|possible|mooted|planned|failed|collapsed|dream|prospective)\b)"
                       r"(?:#m\d+#\s+|[\w-]+\s+){0,2}?(?:move|switch|transfer)\s+to\s+#c\d+#(?![^;,]{0,30}\b(?:broke|broken|collapsed|fell|failed|was blocked|called off)\b)",
             "{P} made his name at {C2} before a {M} move to {C} in 2018.", strong=True, mover=True),
    KindRule("signed", r"\b(?:returned|returns|returning|went back|goes back|headed back|heading back|moved back|ended up|wound up)\s+(?:home\s+)?(?:to|at)\s+(?:(?:his|her)\s+(?!parent\b)(?:[\w-]+\s+){0,2}?club,?\s+)?(?=#c)",
             "{P} returned to his boyhood club {C} in 2022.", strong=True, mover=True, back=True),
    KindRule("loan", r"\b(?:a|his|her)\s+(?:[\w-]+\s+){0,2}?loan\s+(?:at|with)\s+(?=#c)(?![^;]{0,40}\b(?:cut short|terminated|ended)\b)",
             "{P} enjoyed a successful loan at {C} last season.", strong=True, past=True),
    # a player named as a club's signing: "Everton's summer signings X, Y and Z", "new signing X",
    # "with X, Y and Z among their summer signings", "X joins Y and Z as Everton's summer arrivals"
    KindRule("signed", r"#c\d+#'s\s+(?:new\s+|summer\s+|january\s+|winter\s+|latest\s+|record\s+|recent\s+|deadline-day\s+){1,2}(?:signings?|arrivals?|additions?|recruits?)\s+(?=#[pa])|"
                       r"(?<![\w'#])(?:new|summer|january|winter|latest|deadline-day|recent)\s+(?:signings?|arrivals?|additions?|recruits?)\s+(?=#[pa])|"
                       r"(?<=[#)] )(?:(?:are|were|is|was)\s+)?(?:among|as)\s+(?:their|its|the\s+club's|#c\d+#'s)\s+(?:[\w-]+\s+){0,2}?(?:signings|arrivals|additions|recruits)\b",
             "{C}'s summer signings {P} and Jonas Falk have started well.", strong=True),
    KindRule("signed", r"#c\d+#'s\s+(?:[\w-]+\s+){0,3}?(?:signings?|arrivals?|additions?|recruits?)\s+(?:[\w-]+\s+){0,3}?(?:are|were|is|was|include|included|have been)\s+(?=(?:[\w-]+\s+){0,3}?#[pa])",
             "{C}'s other arrivals this summer are {P} and Rui Teixeira.", strong=True),
    KindRule("signed", r"\b(?:with|after|following)\s+the\s+(?:additions?|arrivals?|signings?|captures?)\s+of\s+(?:[\w-]+\s+){0,2}?(?=#[pa])",
             "{C} have strengthened with the additions of {P} and Rui Teixeira.", strong=True),
    KindRule("agreement", r"\bto\s+(?:(?:finalise|finalize|seal|tie up)\s+(?:his|her|a|the)|complete\s+(?:his|her))\s+(?:[\w-]+\s+|#m\d+#\s+){0,2}?(?:move|switch|transfer|deal)\b|#c\d+#-bound\b",
             "{P} is in town to finalise his move to {C}.", strong=True),
    KindRule("ended", r"\bpulled\s+the\s+plug\b|\bdistanced\s+(?:themselves|itself)\s+from\b|\bden(?:ied|y|ies|ying)\s+(?:any\s+)?(?:interest|an interest)\b|"
                      r"\bmissed\s+out\s+on\b(?=\s+(?:#c\d+#(?:'s)?\s+|(?!(?:a|an|another|two|three|four|several|some|the)\b)[\w-]+\s+){0,3}?(?:#[pa]\d+#|him\b|her\b))",
             "{C} have pulled the plug on a move for {P}.", strong=True),
    KindRule("ended", r"\b(?:chose|choose|chooses|decided|decide|decides|opted|opt|opts|elected)\s+not\s+to\s+(?:raise|increase|improve|up|match|pursue|"
                      r"go|make|submit|return|push|follow|table|test|meet|pay)\b",
             "{C} chose not to raise their offer for {P}.", strong=True),
    KindRule("interest", r"\bon\s+(?:his|her|the\s+[\w-]+'s|#[pa]\d+#'s)\s+trail\b", "{P} had {C} and {C2} all on his trail.", strong=True),
    KindRule("signed", r"\barrived\s+(?:on|in)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:transfer|deal|move)\s+from\b", "{P} arrived on a permanent transfer from {C2} to {C}.",
             strong=True, mover=True),
    KindRule("signed", r"\b(?:was|were|been)\s+brought\s+(?:back\s+)?to\s+(?=#c)|\b(?:was|were|been)\s+brought\s+(?:back\s+)?(?:to\s+(?:[\w-]+\s+){1,2}?)?by\b", "{P} was brought to {C} on a free transfer from {C2}.", strong=True, mover=True),
    KindRule("interest", r"\b(?:auction|bidding war|bidding battle)\s+(?:with|for|over)\b", "{C} will not be drawn into an auction with {C2} for {P}.", strong=True),
    KindRule("ended", r"\bpart(?:ed|s|ing)?\s+(?:company|ways)\s+with\b", "{C} have parted company with {P} with immediate effect.", strong=True),
    KindRule("loan", r"\bformer\s+#c\d+#(?:,?\s+(?:and\s+)?#c\d+#)*\s+loan(?:ee|\s+(?:man|player|star|signing|striker|defender|midfielder|winger|forward|goalkeeper))\b",
             "The former {C} loan man {P} has joined Fulham.", strong=True, past=True),
    KindRule("signed", r"\b(?:signing|arrival|addition|reinforcement|recruit)\s+of\s+(?:the\s+)?(?:#c\d+#'s\s+)?(?:[\w-]+\s+){0,3}?(?:summer|window|season|january)\b[^;#]{0,12}?,?\s+(?:after|joining|following)\s+(?=(?:[\w-]+\s+){0,3}#[pa])",
             "Rui Teixeira is the tenth signing of {C}'s summer, after {P}.", strong=True),
    KindRule("signed", r"\bplayed\s+(?:[\w-]+\s+){0,4}?(?:for|at)\s+#c\d+#\s+(?:between|from)\s+(?:19|20)\d\d\b",
             "{P} played more than 150 games for {C} between 2007 and 2011 before joining Fulham.", strong=True, mover=True, past=True),
    KindRule("signed", r"\b(?:is|are)\s+(?:now\s+)?back\s+(?:at|with)\s+(?=#c)(?!#c\d+#(?:'s|’s)\s+disposal\b)(?![^;]{0,60}\bloan\b)", "{P} is back at {C} after four years away.", strong=True, mover=True, back=True),
    KindRule("signed", r"\b(?:beat|beaten|beating|beats|pipped)\s+(?:[\w-]+\s+){0,2}?#c\d+#\s+to\s+(?:the\s+)?(?:signature|capture)\s+of\b",
             "{C} have beaten {C2} to the signature of {P}.", strong=True),
    # ---- added after batch 11 (read 2026-12-06)
    KindRule("bid", r"\b(?:offered|offering|offers|offer)\s+(?:a|an|their|its)\s+(?:[\w-]+\s+|#m\d+#\s+){0,3}?(?:fee|sum|package|player-plus-cash deal|cash-plus-player deal)\b",
             "According to the report, {C} offered a reduced fee plus a player for {P}.", strong=True),
    # ---- added after a second probe of transfer verbs (stop 15): frames no row had
    KindRule("signed", r"\b(?:was|were|has been|have been|had been|is being|will be|is to be)\s+(?:officially\s+|permanently\s+)?transferred\s+to\s+(?=#c)",
             "{P} was transferred to {C} in a deal worth {M}.", strong=True, mover=True),
    KindRule("signed", r"\b(?:completed|complete|completes|sealed|seals|secured|made)\s+(?:their\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:moves|switches|transfers)\s+to\s+(?=#c)",
             "{P} and Rui Teixeira have completed permanent moves to {C} and Everton respectively.", strong=True, mover=True),
    KindRule("signed", r"\b(?:sent|sends|send|traded|trades|trade|dealt)\s+(?:#[pa]\d+#|him|her)\s+to\s+(?=#c)(?![^;]*\bloan\b)|\b(?:was|were|been|being)\s+(?:traded|dealt)\s+to\s+(?=#c)",
             "{P} asked for a trade, and {C2} dealt her to {C}.", strong=True),
    KindRule("signed", r"\b(?:ended|ending|end|ends|wound|winding)\s+up\s+(?:with|at|joining|signing for|moving to)\s+(?=#c)",
             "{P} asked to be traded and ended up with {C} in 2019.", strong=True, mover=True),
    KindRule("signed", r"\b(?:made|make|completed|complete)\s+(?:two|three|four|five|six|seven|several|\d+)\s+(?:new\s+|summer\s+|january\s+)?(?:signings|additions|arrivals)(?:\s+(?:so\s+far\s+)?(?:this|in\s+the)\s+(?:summer|window|month|january|season))?\s*[:,]\s*(?=(?:[\w-]+\s+){0,2}#[pa])",
             "{C} have made two signings: {P} and Rui Teixeira.", strong=True),
    KindRule("signed", r"\b(?:penned|pens|pen|penning)\s+(?:a|an|his|her)\s+(?:[\w-]+\s+){0,3}?(?:deal|contract|agreement)\s+(?:with|at)\s+(?=#c)|"
                       r"\bput\s+pen\s+to\s+paper\s+on\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?:deal|contract)\s+(?:with|at)\s+(?=#c)",
             "{P} has penned a three-year deal with {C}.", strong=True, mover=True),
    KindRule("signed", r"\badded\s+(?:[\w-]+\s+){0,3}?#[pa]\d+#\s+to\s+(?:their|its|the)\s+(?:[\w-]+\s+)?(?:squad|ranks|roster|books|team)\b",
             "{C} have added {P} to their squad.", strong=True),
    KindRule("loan", r"\b(?:loaned|loans|loaning|loan)\s+(?:#[pa]\d+#|him|her)\s+(?:out\s+)?to\s+(?=#c)|\b(?:borrowed|borrow|borrows|borrowing)\s+(?:(?:[\w-]+\s+|#c\d+#\'s\s+){0,4}?#[pa]\d+#|(?:him|her)\b)",
             "{C2} have loaned {P} to {C}.", strong=True),
    KindRule("ended", r"\blost\s+out\s+(?:to|on|in)\b", "{C} lost out to {C2} in the race for {P}.", strong=True),
    # (a club that takes on another in the race for him: both want him, "#c could rival #c2 for X")
    KindRule("interest", r"\b(?:set|ready|poised|expected|prepared)\s+to\s+(?:rival|challenge|compete with|fight)\s+(?=#c)|"
                         r"\b(?:could|can|will|may|might)\s+(?:rival|challenge)\s+(?=#c\d+#\s+(?:in\s+the\s+race\s+)?for\b)",
             "{C} are set to rival {C2} for {P}."),
    KindRule("interest", r"\b(?:want|wants|wanted|wanting|like|likes|admire|admires|rate|rates|are eyeing|is eyeing)\s+(?:to sign\s+)?the\s+#c\d+#(?:'s)?\s+"
                         r"(?:[\w-]+\s+){0,2}?(?:midfielder|defender|striker|forward|winger|goalkeeper|keeper|centre-back|full-back|left-back|"
                         r"right-back|playmaker|attacker|man|star|youngster|teenager|international|captain)\b",
             "{P} has been in fine form, and {C} want the {C2} midfielder.", strong=True),
    KindRule("signed", r"(?<=, )bringing\s+(?:[\w'-]+\s+){0,6}?#[pa]\d+#\s+back\s+to\b|\b(?:has|have|had)\s+brought\s+(?:[\w'-]+\s+){0,6}?#[pa]\d+#\s+back\s+to\b", "{C} pulled off a deal on Monday, bringing striker {P} back to MLS from {C2}.",
             strong=True),
    KindRule("signed", r"\b(?:earned|won|secured|sealed|got)\s+(?:#[pa]\d+#|him|her)\s+(?:a|an|his|her)\s+(?:[\w-]+\s+|#m\d+#\s+){0,2}?(?:move|transfer|switch)\s+to\s+(?=#c)",
             "That form earned {P} a move to {C} in January 2024.", strong=True, mover=True),
    KindRule("signed", r"\b(?:was|were)\s+(?:a|an)\s+#c\d+#\s+player\s+(?:from|between)\s+(?:19|20)\d\d\b",
             "{P}, who was a {C} player from 2008 to 2012, is back.", strong=True, mover=True, past=True),
    KindRule("agreement", r"\b(?:has|have|had)\s+(?:now\s+|already\s+)?agreed\s+to\s+(?:sign|buy|take|bring in|land|re-sign)\s+(?=(?:[\w-]+\s+){0,3}#[pa])",
             "{C} have agreed to sign {P} from {C2}.", strong=True),
    KindRule("interest", r"\b(?:ready|willing|prepared|able)\s+to\s+(?:pay|spend|offer|splash out|fork out)\s+(?:up to\s+|around\s+|about\s+)?#m\d+#\s+(?:for|on)\b",
             "{C} are ready to pay {M} for {P}."),
    KindRule("agreement", r"(?<!, )\b(?:completing|finalising|finalizing|sealing)\s+(?:the\s+|a\s+|an\s+|his\s+|her\s+|their\s+)?(?:[\w-]+\s+|#m\d+#\s+){0,3}?"
                          r"(?:signing|transfer|move|switch|deal|purchase|capture|acquisition|loan)\b",
             "{C} are completing the purchase of {P} from {C2}.", strong=True),
    # the same words as a participle after the clause that tells the day's business are the deal done:
    # "C made the headline move as the window closed, completing the loan signing of X"
    KindRule("signed", r"(?<=, )(?:completing|finalising|finalizing|sealing)\s+(?:the\s+|a\s+|an\s+|his\s+|her\s+|their\s+)?(?:[\w-]+\s+|#m\d+#\s+){0,3}?"
                       r"(?:signing|transfer|purchase|capture|acquisition)\s+of\b",
             "{C} made the headline move of the day, completing the loan signing of {P} from {C2}.", strong=True),
    # a move told by where it went from and to: "X moved from C2 to C", "X has transferred from C2 to C"
    KindRule("signed", r"\b(?:moved|moves|switched|switches|transferred|transfers|went)\s+(?:permanently\s+|on\s+loan\s+)?from\s+(?:[\w-]+\s+){0,3}?#c\d+#(?:'s\s+(?:youth\s+)?(?:academy|ranks|reserves|youth\s+team))?\s+to\s+(?=(?:[\w-]+\s+){0,3}?#c\d+#(?!'s))",
             "{P} moved from {C2} to {C} last week.", strong=True, mover=True),
    # a club that watches how he is doing: "C have been following X's progress for a long time"
    KindRule("interest", r"\b(?:been|are|is|were|was|keep|keeps|kept)\s+(?:closely\s+|keenly\s+|carefully\s+)?following\s+(?!(?:the\s+)?(?:situation|case|future)\b)(?=(?:the\s+|his\s+|her\s+)?(?:[\w-]+\s+){0,3}?(?:#[pa]\d+#|progress\b|development\b))",
             "{C} have been following {P}'s progress for a long time.", strong=True),
    # a name on a club's list: "C are weighing up other forwards, with X among the players of interest"
    KindRule("interest", r"(?<=#)\s+(?:is\s+|are\s+)?(?:among|on|top\s+of|at\s+the\s+top\s+of)\s+(?:the|their|its)\s+(?:[\w-]+\s+)?(?:players\s+of\s+interest|targets|options|alternatives|candidates|names\s+on\s+the\s+list)\b",
             "{C} are weighing up other forwards too, with {P} among the players of interest.", strong=True),
    # interest in other words: "C have been alerted to X", "C2 now joining C in the race to sign him"
    KindRule("interest", r"\b(?:been\s+)?alerted\s+to\s+(?=(?:[\w-]+\s+|#c\d+#'s\s+){0,4}?#[pa]\d+#(?!'s))|"
                         r"\bjoin(?:s|ed|ing)?\s+(?:#c\d+#\s+(?:and\s+#c\d+#\s+)?)?in\s+the\s+(?:race|chase|battle|hunt|scramble|pursuit|running)\b",
             "{C} have both been alerted to Arsenal's 17-year-old striker {P}.", strong=True),
    # an approach the player turned down: "X will stay after turning down C's advances"
    KindRule("talks", r"\b(?:turned|turning|turns|turn|rebuffed|rebuffing|rejected|rejecting)\s+(?:down\s+)?#c\d+#'s\s+(?:advances|approach|approaches|overtures)\b",
             "{P} will stay at {C2} after turning down {C}'s advances.", strong=True),
    # a deal being worked on: "C are working on a loan deal for X"
    KindRule("talks", r"\bworking\s+on\s+(?:a|the)\s+(?:[\w-]+\s+){0,2}?(?:deal|move|transfer|loan|signing)\s+(?:for|to\s+sign|to\s+bring\s+in)\b",
             "{C} are working on a loan deal for {P}.", strong=True),
    # a welcome about to happen: "C are about to welcome a new goalkeeper, X"
    KindRule("agreement", r"\b(?:about|set|poised|due|ready|expected)\s+to\s+welcome\s+(?=(?:[\w-]+,?\s+|#c\d+#'s\s+){0,5}?#[pa]\d+#)",
             "{C} are about to welcome a new goalkeeper, {C2}'s {P}.", strong=True),
    # a loan told as being sent out: "C2 sent X straight back out to C", "sent the midfielder out to C"
    KindRule("loan", r"\b(?:sent|sends|(?<!to )(?<!will )(?<!would )(?<!could )send|sending)\s+(?:[\w-]+\s+|#[pa]\d+#\s+){1,4}?(?:straight\s+|immediately\s+)?(?:back\s+)?out\s+(?:again\s+)?to\s+(?=(?:[\w-]+\s+){0,3}?#c)",
             "{C2} cut short his loan and sent {P} straight back out to {C}.", strong=True),
    # a loan ended early: "C2 have cut short X's loan at C", "brought X back from C, cutting the loan short"
    KindRule("loan", r"\b(?:cut|cuts|cutting|curtailed|curtails|curtailing|ended|ends|ending|terminated|terminates|terminating)\s+(?:short\s+)?"
                     r"#[pa]\d+#'s\s+(?:[\w-]+\s+){0,2}?loan\s+(?:spell\s+|stint\s+|deal\s+)?(?:at|with)\s+#c\d+#",
             "{C2} have cut short {P}'s loan at {C}.", strong=True, past=True),
    KindRule("loan", r"\b(?:brought|brings|bringing|bring)\s+#[pa]\d+#\s+back\s+from\s+#c\d+#(?=,?\s+(?:cutting|curtailing|ending)\b[^;]{0,60}?\bloan\b)",
             "{C2} have brought {P} back from {C}, cutting his season-long loan short.", strong=True, past=True),
    # a club that took the player from another: "C lured X from C2", "C prised X away from C2"
    KindRule("signed", r"\b(?:lured|lures|prised|prized|pried|tempted|plucked)\s+(?:[\w-]+\s+){0,3}?#[pa]\d+#\s+(?:away\s+)?from\b",
             "{C} have lured {P} from {C2}.", strong=True),
    # a move told by where the club brought him: "C brought X to Anfield/the club from C2"
    KindRule("signed", r"\b(?:brought|brings|bringing)\s+#[pa]\d+#\s+to\s+(?:the\s+club|#c\d+#|[\w-]+)\s+from\b",
             "{C} brought {P} to the club from {C2} two years ago.", strong=True),
]


def _named(rows: list[KindRule]) -> list[KindRule]:
    counts: dict[str, int] = {}
    out = []
    for r in rows:
        counts[r.kind] = counts.get(r.kind, 0) + 1
        out.append(replace(r, name=f"{r.kind}.{counts[r.kind]}"))
    return out


KIND_RULES: list[KindRule] = _named(_ROWS)
