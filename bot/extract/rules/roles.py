"""Club roles: what a club is to the move its clause tells, from the words around it.

Each row gives a role when its `before` pattern matches the clause text before the club
(anchored at its end) and its `after` pattern matches right after it (either may be
empty). Rows are tried in order; the first that matches wins, else the club is the
clause's subject. Roles that are no suitor: owner, seller, from, speaker, with (the
counterparty of talks), under, opponent (a club played against), rival (a club beaten to
him, who gets an interest claim of its own). The engine adds two structural roles of its
own: "owner" for a club that describes the player ("Napoli and Nigeria striker X") and
"under" for a manager's club.

`expect` is what the example must give the {C} club: a kind, "past" (a past claim of
any kind) or "none" (no claim at all).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class RoleRule:
    role: str
    before: str
    after: str
    example: str
    expect: str
    note: str = ""
    name: str = ""


_ROWS: list[RoleRule] = [
    RoleRule('speaker',
             '',
             '^\\s+(?:president|chairman|vice-president|sporting director|director of football|director|owner|chief executive|ceo|'
             'spokesman|spokesperson|official)\\s+#[uc]\\d+#,?\\s+(?:has\\s+|had\\s+)?(?:said|says|told|confirmed|revealed|admitted|insisted|'
             'explained|claimed|added)\\b(?:\\s+(?:#s\\d+#|#u\\d+#|reporters|journalists|the press|[\\w-]+)){0,3}?\\s+(?:that\\s+)?(?:the\\s+)?#c\\d+#',
             '{C} president Jean Dupont told RMC that {C2} had made an offer for {P}.', 'none',
             "a club whose official speaks of another club's move"),
    RoleRule('speaker',
             '(?<!# to )(?<!# to)$',
             '^,?\\s+(?:have\\s+|has\\s+|had\\s+)?(?:also\\s+)?(?:announced|said|confirmed|stated|revealed|added|explained)(?:\\s+(?:on|last)\\s+\\w+|\\s+in\\s+a\\s+statement)?\\s*[.!]?\\s*$',
             '{P} has joined {C2} on a free transfer, {C} announced on Friday.', 'none', 'a club that only tags the clause as its statement'),
    RoleRule('seller',
             '',
             '^,?\\s+(?:have\\s+|has\\s+|had\\s+)?(?:also\\s+)?(?:announced|confirmed|said|revealed|stated)(?:\\s+(?:on|last)\\s+\\w+|\\s+in\\s+a\\s+statement)?,?\\s+(?:that\\s+)?'
             '(?:[\\w-]+\\s+){0,3}?#[pa]\\d+#,?\\s+(?:(?:is|has|had|will|would|was)\\s+)?(?:been\\s+)?(?:(?:joining|joined|join|signed for|signing for)\\s+'
             '(?:[\\w-]+\\s+){0,3}?#c|(?:moving|moved|move|leaving|left|leave|loaned|sold|transferred|completed a move)\\b(?:[^#]|#[pam]\\d+#){0,40}?'
             '\\bto\\s+(?:[\\w-]+\\s+){0,3}?#c)',
             '{C} announced on Saturday that goalkeeper {P} is joining {C2} on a two-year loan.', 'none',
             "a club that announces its player's move to another club is selling"),
    RoleRule('seller',
             '',
             '^\\s+(?:had\\s+|have\\s+|has\\s+)?(?:wanted|want|wants|demanded|demand|demands|expect|expects|expected|awaited|await|awaits|'
             '(?:are|were|is|was)\\s+waiting\\s+for)\\s+(?:a|an)\\s+(?:[\\w-]+\\s+){0,2}?(?:offer|bid|proposal)\\b',
             '{C} wanted a final offer of {M} for {P} by Thursday.', 'none',
             'the club that waits for an offer is the one selling'),
    RoleRule('seller',
             '',
             '^\\s+(?:had\\s+|have\\s+|has\\s+)?(?:been\\s+)?(?:(?:are|were|is|was)\\s+)?(?:braced|bracing\\s+themselves|bracing\\s+itself|preparing\\s+themselves|'
             'expecting|expect|expects|expected)\\s+(?:for\\s+)?(?:more\\s+|further\\s+|fresh\\s+|big\\s+|significant\\s+)?(?:offers|bids|approaches|enquiries|interest)\\b',
             '{C} were braced for offers for {P}.', 'none', 'the club braced for offers is the one selling'),
    RoleRule('owner',
             '\\b(?:goodbyes?|farewells?)\\s+to\\s+(?:the\\s+)?(?:[\\w-]+\\s+)?$',
             '',
             '{P} has said his goodbyes to {C} ahead of his move to {C2}.', 'none', 'the club he says goodbye to is his'),
    RoleRule('seller',
             '',
             "^'s\\s+resolve\\b",
             '{C2} will test {C}\'s resolve with a bid for {P}.', 'none', 'the club whose resolve is tested holds him'),
    RoleRule('from',
             '\\b(?:raided|raid|raids|raiding|plundered|plunder)\\s+(?:former\\s+club\\s+|their\\s+former\\s+club\\s+)?$',
             '',
             '{C} have raided {C2} for two players, bringing in {P} and Tom Ashby.', 'signed', 'the club raided sells'),
    RoleRule('seller',
             '\\b(?:offer|offers|bid|bids|proposal)\\s+(?:that\\s+|which\\s+)?(?:the\\s+)?$',
             '^\\s+(?:have\\s+|has\\s+|had\\s+)?(?:already\\s+|quickly\\s+|promptly\\s+)?(?:turn|turns|turned|reject|rejects|rejected|refuse|refuses|refused|'
             'knock|knocks|knocked|threw|throw|throws|dismissed|dismiss|snubbed|rebuffed)\\b',
             '{C2} had gone in with {M} for {P}, an offer {C} threw straight in the bin.', 'none',
             'the club that throws out an offer is selling'),
    RoleRule('seller',
             '\\b(?:gone|went|go|goes|going|come|came|returned|return|returning|returns)\\s+(?:back\\s+)?to\\s+$',
             '^\\s+with\\s+(?:a\\s+|an\\s+|their\\s+)?(?:new\\s+|fresh\\s+|improved\\s+|first\\s+|opening\\s+)?(?:#m\\d+#|offer|bid|proposal)',
             '{C2} had gone to {C} with {M} for {P}.', 'none', 'the club an offer is taken to is selling'),
    RoleRule('seller',
             '',
             '^\\s+(?:have\\s+|has\\s+|had\\s+)?(?:already\\s+|also\\s+|quickly\\s+)?(?:(?:turned|knocked)\\s+(?:it|the\\s+(?:[\\w-]+\\s+)?(?:offer|bid|approach|proposal))\\s+(?:down|back)\\b|'
             '(?:rejected|rebuffed|dismissed|turned\\s+down|knocked\\s+back)\\s+(?:it|the\\s+(?:[\\w-]+\\s+)?(?:offer|bid|approach|proposal))\\b)',
             '{C2} have made an offer for {P}. {C} have turned the bid down.', 'none', 'the club that answers the offer just told sells'),
    RoleRule('seller',
             '',
             "^\\s+(?:have\\s+|has\\s+|had\\s+)?(?:already\\s+|again\\s+|also\\s+)?(?:turn|turns|turned|knock|knocks|knocked)\\s+(?:down|back)\\s+"
             "(?:(?:a|an|the|their|two|three|another|#c\\d+#'s|[\\w-]+)\\s+|#m\\d+#\\s+){0,4}?(?:offer|bid|approach|proposal)s?\\b|"
             "^\\s+(?:have\\s+|has\\s+|had\\s+)?(?:already\\s+|again\\s+|also\\s+)?(?:reject|rejects|rebuff|rebuffs|snub|snubs|dismiss|dismisses)\\s+"
             "(?:(?:a|an|the|their|two|three|another|#c\\d+#'s|[\\w-]+)\\s+|#m\\d+#\\s+){0,4}?(?:offer|bid|approach|proposal)s?\\b",
             "{C} turn down {C2}'s bid for {P}.", 'none', 'the club that turns an offer down sells, in any tense'),
    RoleRule('seller',
             ',\\s*which\\s+(?:the\\s+)?$',
             '^\\s+(?:have\\s+|has\\s+|had\\s+)?(?:already\\s+|quickly\\s+)?(?:rejected|turned down|refused|consider|considers|considered|deem|deemed|'
             'accepted|dismissed|rebuffed|knocked back|judged|found)\\b',
             '{C2} have made an offer to {C} for {P}, which {C} consider insufficient.', 'none',
             'the club that judges an offer made to it sells'),
    RoleRule('rival',
             '\\b(?:beat|beaten|beating|beats|pipped|pip|pipping|edged out|edge out|saw off|seen off|see off|fended off|fend off|hijacked|hijack|hijacks|hijacking|gazumped)\\s+(?:(?:[a-z]+\\s+)?(?:rivals|neighbours)\\s+)?$',
             "(?:'s?\\s+(?:[\\w-]+\\s+)?(?:move|bid|deal|pursuit|swoop|attempt|approach|offer)\\b|\\s+(?:and\\s+#c\\d+#\\s+)?to\\b)",
             '{C2} beat {C} to the signing of {P}.', 'interest', 'the club beaten to him wanted him too'),
    RoleRule('rival',
             '\\b(?:snubbed|snubbing|snub|rejected|rejecting|reject|turned down|turning down|turn down|rebuffed|rebuff|shunned|shun|spurned|spurning|spurn)\\s+$',
             '\\s+(?:in order\\s+)?to\\s+(?:join|sign for|move to|complete a move to)\\b',
             '{P} snubbed {C} to join {C2}.', 'interest', 'the club he turned down wanted him'),
    RoleRule('rival',
             '\\b(?:beat|beaten|beating|beats|fended|fend|fending|fends|saw|seen|see|sees|seeing)\\s+off\\s+(?:the\\s+)?(?:[\\w-]+\\s+)?(?:competition|interest|rivals|challenge|a challenge)\\s+(?:from|of)\\s+(?:the\\s+)?$',
             '',
             '{C2} beat off competition from {C} for {P}.', 'interest', 'a club beaten off wanted him too'),
    RoleRule('rival',
             '\\b(?:won|win|wins|winning)\\s+the\\s+(?:race|battle|chase|fight|scramble)\\s+(?:for\\s+(?:#[pa]\\d+#|him|her)\\s+)?(?:ahead\\s+of|over)\\s+$',
             '',
             '{C2} won the race for {P} ahead of {C}.', 'interest', 'the club the race was won against wanted him too'),
    RoleRule('rival',
             '\\blost\\s+out\\s+to\\s+(?:(?:[a-z]+\\s+)?(?:rivals|neighbours)\\s+)?$',
             '',
             '{C2} lost out to {C} in the race for {P}.', 'interest', 'the club that won the race wanted him too'),
    RoleRule('owner',
             '\\b(?:ending|ends|ended|end|ending\\s+(?:a|an)\\s+[\\w-]+)\\s+(?:his|her|their)?\\s*(?:[\\w-]+\\s+)?(?:time|spell|stay|stint|career|association)\\s+(?:at|with)\\s+$',
             '',
             '{P} has passed his medical at {C2}, ending his time at {C}.', 'none', 'the club whose spell he ends is his old one'),
    RoleRule('opponent',
             '\\b(?:face|faces|facing|faced|meet|meets|meeting|against|versus|vs|drew\\s+with|draw\\s+with|'
             'host|hosts|hosting|hosted|(?:defeat|defeats|loss|losses|victory|victories|win|wins)\\s+(?:by|to|over|against|at)|'
             '(?:beaten|thrashed|hammered)\\s+by)\\s+(?:#c\\d+#(?:,\\s+|\\s+and\\s+))*$',
             '',
             '{P} joined {C2} this week, in the same week that they learned they will face {C} in the group stage.', 'none',
             'a club played against is no suitor'),
    RoleRule('owner',
             '#[pa]\\d+#\\s+of\\s+$',
             '',
             '{C2} are said to be very keen on Jonas Falk and {P} of {C}.', 'none', "the club a player is 'of' owns him"),
    RoleRule('owner',
             '\\b(?:his|her|their)\\s+(?:current|parent|present)\\s+club\\s+$',
             '',
             '{C2} are close to signing {P}, subject to the approval of his current club {C}.', 'none', 'his current club owns him'),
    RoleRule('bidder',
             '\\b(?:bid|bids|offer|offers|interest|competition|approach|enquiry|enquiries|proposal|attention|contact)\\s+(?:\\w+\\s+|#[mpa]\\d+#\\s+){0,4}from\\s+(?:the\\s+)?'
             '(?:(?:[\\w.-]+\\s+){0,3}?(?:rivals|side|club|outfit|team)\\s+)?$',
             '',
             '{C2} have rejected an offer from {C} for {P}.', 'bid', ''),
    RoleRule('seller',
             '\\b(?:sent|send|sends|sending|handed|hand|made|make|presented|present)\\s+$',
             '^\\s+(?:a|an|their|its|the)\\s+(?:[\\w-]+\\s+|#m\\d+#\\s+){0,2}?(?:offer|bid|proposal)s?\\b',
             '{C2} have sent {C} a second offer for {P}.', 'none', 'the club an offer is sent to owns him (before the bidder row: "made #c an offer" is not an offer by #c)'),
    RoleRule('bidder',
             '',
             "^(?:'s?)?\\s+(?:\\w+\\s+)?(?:bid|bids|offer|offers|proposal|representatives|approach)\\b|^,\\s+whose (?:offer|bid)",
             "{C2} have rejected {C}'s bid for {P}.", 'bid', ''),
    RoleRule('pastclub',
             '(?:during his (?:time|spell|stint|days|tenure) (?:at|with|in charge of)|while (?:coaching|managing|in charge (?:at|of)|at|with|boss of|manager of)|when (?:he was )?(?:at|in charge of|managing|coaching))\\s+$',
             '',
             '{C2} boss tried to sign {P} during his time at {C}.', 'past', "a manager's former club"),
    RoleRule('owner',
             '\\b(?:his|her|their)\\s+$',
             '^\\s+(?:team-?mates?|club-?mates?|colleagues?)\\b',
             '{C2} still like his {C} team-mate {P}.', 'none', "a team-mate's club is the player's own"),
    RoleRule('from',
             '\\b(?:swap|swaps|swapped|swapping|trade|trades|traded|trading|exchange|exchanges|exchanged)\\s+$',
             '^\\s+for\\s+#c',
             '{P} could swap {C} for {C2} later this week.', 'none', 'the club swapped for another is the one he leaves'),
    RoleRule('seller',
             '',
             '^,?(?:\\s+[\\w,]+){0,6}?\\s+(?:likely|set|expected|poised|resigned|about|going)\\s+to\\s+lose\\b',
             '{C}, meanwhile, have accepted that they are likely to lose the Brazilian {P} to {C2}.', 'none',
             'the club about to lose him is selling'),
    RoleRule('owner',
             '\\b(?:happy|settled|content|staying|stay|stays|remain|remains|remaining)\\s+(?:at|with)\\s+$',
             '',
             '{P} says he is happy at {C} despite interest from {C2}.', 'none', 'the club he is happy to stay at is his'),
    RoleRule('owner',
             '\\b(?:now|currently)\\s+(?:at|with)\\s+$',
             '',
             'Former Arsenal defender {P}, now at {C}, is also being considered by {C2}.', 'none', 'the club he is at now is his'),
    RoleRule('owner',
             '\\bwith\\s+(?:his|her)\\s+(?:current\\s+|parent\\s+)?club,?\\s+$',
             '',
             '{C2} had all but settled the arrival of {P} with his club, {C}.', 'none', 'the club the deal is settled with is his'),
    RoleRule('owner',
             '\\bwhose\\s+(?:[\\w-]+\\s+)?loan\\s+(?:spell\\s+|stint\\s+)?(?:at|with)\\s+$',
             '',
             '{C2} have enquired about {P}, whose loan at {C} ended in June.', 'none', 'a club he was loaned to before is no suitor'),
    RoleRule('owner',
             '\\b(?:extend|extends|extended|extending|renew|renews|renewed|renewing)\\s+(?:his|her)\\s+$',
             '^\\s+(?:contract|deal)\\b',
             '{P} joins {C2} on loan, after first extending his {C} contract to 2027.', 'none',
             'the club whose contract he extends before a loan is his own'),
    RoleRule('owner',
             '\\b(?:whose|his|her|their|current)\\s+(?:[\\w-]+\\s+)?(?:contract|deal)\\s+(?:at|with)\\s+$',
             '',
             "{P}, whose contract at {C} runs out in June, is wanted by both {C2} and Inter.", 'none', "his contract's club is his"),
    RoleRule('rival',
             '\\bfrom\\s+under\\s+(?:the\\s+)?noses?\\s+of\\s+(?:#c\\d+#\\s*(?:,|and)\\s*)*$|\\bfrom\\s+under\\s+$',
             '',
             "{C2} could snatch {P} from under the noses of {C}.", 'interest', "the club a signing is snatched from under wanted him too"),
    RoleRule('owner',
             '\\bwhose\\s+$',
             '^\\s+(?:current\\s+)?(?:contract|deal)\\b',
             "{C2} hope to bring in {P}, whose {C} contract runs out in June.", 'none', "his contract's club is his"),
    RoleRule('owner',
             '\\b(?:former|ex-|old)\\s*(?:#c\\d+#\\s*(?:,|and)\\s*)*$',
             '^(?:\\s*(?:,|and)\\s*#c\\d+#)*\\s+(?:[\\w-]+\\s+)?(?:man|player|star|defender|midfielder|striker|forward|winger|goalkeeper|keeper|full-back|centre-back|captain|academy graduate|team-?mate|colleague)\\b',
             "{C2} are keen on the former {C} man {P}.", 'none', "a club he played for, describing him"),
    RoleRule('under',
             '\\b(?:formerly\\s+(?:of|with|at)|(?:once|previously)\\s+of)\\s+$',
             '',
             '{C2} are in talks over {P}, formerly of {C}.', 'none', "a club he played for before, describing him"),
    RoleRule('under',
             '\\b(?:behind|above|ahead\\s+of|below|level\\s+with|clear\\s+of|adrift\\s+of)\\s+(?:(?:the\\s+)?(?:[\\w-]+\\s+){0,2}?(?:leaders|champions|rivals|side)\\s+)?$',
             '',
             '{C2}, 11 points behind leaders {C}, are also in talks over {P}.', 'none',
             "a club named only for its place in the table"),
    RoleRule('under',
             '\\b(?:his|her|their)\\s+(?:former|old|ex-)\\s*(?:[\\w-]+\\s+)?(?:manager|coach|boss|team-?mate|colleague|mentor)\\s+(?:at|with)\\s+$',
             '',
             '{P} has agreed a loan to {C2}, where he would link up again with Ron Adler, his former manager at {C}.', 'none',
             "a club that only tells where a person worked with him"),
    RoleRule('under',
             '\\b(?:former|ex-|old)\\s*$',
             '^\\s+(?:head\\s+|sporting\\s+|technical\\s+)?(?:coach|manager|boss|president|director|chairman|owner)\\b',
             '{P} has signed for {C2}, the first signing since the former {C} coach took charge.', 'none',
             "a club that only describes a person ('the former Inter coach')"),
    RoleRule('seller',
             '',
             '^\\s+(?:have\\s+|has\\s+|had\\s+)?(?:told|informed|warned)\\s+#c\\d+#\\s+(?:that\\s+)?(?:it|they)\\s+(?:will|would)\\s+(?:take|cost|need|require)\\b',
             '{C} have told {C2} it will take {M} to prise away {P}.', 'none', 'the club that names its price owns him'),
    RoleRule('subject',
             '\\b(?:told|informed|warned)\\s+$',
             '^\\s+(?:that\\s+)?(?:it|they)\\s+(?:will|would)\\s+(?:take|cost|need|require)\\b',
             '{C2} have told {C} it will take {M} to prise away {P}.', 'talks', 'the club told the price is the suitor'),
    RoleRule('with',
             '\\b(?:asked|asking|asks|ask|approached|contacted|quizzed|sounded out|sound out|sounding out|talking to|speaking to|talked to|spoke to)\\s+$',
             '^\\s+(?:whether|if|about|over|for|to)\\b',
             '{C2} have asked {C} whether they can take striker {P} on loan.', 'none', 'the club asked is the counterparty'),
    RoleRule('with',
             '\\b(?:their|its)\\s+$',
             '^\\s+counterparts\\b',
             '{C2} officials met their {C} counterparts to discuss {P}.', 'none', "the other club's officials are the counterparty"),
    RoleRule('with',
             '\\b(?:told|informed|notified)\\s+$',
             '',
             '{C2} have informed {C} they will pay the release clause of {P} in full.', 'none', 'the club told is the counterparty'),
    RoleRule('seller',
             '(?:rejected|turned down|knocked back|thrown out|dismissed|rebuffed|accepted|declined|refused) by\\s+$|\\boffered\\s+$|\\b(?:persuade|convince)\\s+$|\\blet\\s+$|\\b(?:paid|pay|pays|paying)\\s+$',
             '',
             'A bid from {C2} for {P} was rejected by {C}.', 'none', 'the club that rejects or is offered the bid owns him'),
    RoleRule('seller',
             '',
             # (the club's own official may be the subject: "#c president #u had turned down ...")
             '^(?:\\s+(?:president|vice-president|chairman|owner|(?:sporting\\s+|technical\\s+|football\\s+)?director|chief\\s+executive|ceo)\\s+#[umc]\\d+#,?)?'
             '(?:\\s+(?:have|has|had|are|is|were|was|will|would|now|also|already|then|still|therefore|reportedly|first|initially|previously|once again)){0,3}\\s+(?!(?:rejected|turned down|declined|passed up)\\s+the\\s+(?:chance|opportunity)\\b)(?:rejected|turned(?: it)? down|knocked back|dismissed|rebuffed|refused|snubbed|accepted|declined|(?<=will )(?:reject|turn(?: it)? down|knock back|refuse|rebuff|decline)|insist(?:ed|ing)?|demand(?:ed|ing|s)?|want(?:s)? #m|looking for (?:around |about )?#m|holding out|keen to sell|willing to (?:sell|listen)|prepared to (?:let|sell)|put a|slapped|valu(?:e|ed)|hoping to boost|hoping to raise|set to (?:cash|sell)|agreed to sell|agreed to let|will sell|to sell|sold|to (?:lower|reduce|drop|cut) (?:their|its|the)|to accept|(?:given|granted|handed) #[cpa]\\d+# (?:permission|the green light|the go-ahead))(?:\\b|(?<=#))',
             '{C} have rejected a {M} bid from {C2} for {P}.', 'none', ''),
    RoleRule('seller',
             '',
             '^(?:\\s+(?:have|has|had|are|is|were|was|will|would|now|also|already|still|reportedly)){0,3}\\s+(?:'
             # (weighing up "a bid for X" may be the bidder's own: only an offer made to them, "from #c" or "the offer")
             '(?:study|studying|studied|consider|considering|considered|weigh(?:ing|ed)?\\s+up|mull(?:ing|ed)?\\s+over|assess(?:ing|ed)?|'
             'evaluat(?:e|ing|ed)|examin(?:e|ing|ed))\\s+(?:the\\s+(?:[\\w-]+\\s+|#m\\d+#\\s+){0,2}?(?:offers?|bids?|proposals?)\\b|'
             '(?:(?:a|an|two|three|several)\\s+)?(?:[\\w-]+\\s+|#m\\d+#\\s+){0,2}?(?:offers?|bids?|proposals?)\\s+(?:of\\s+#m\\d+#\\s+)?from\\b)|'
             '(?:receiv(?:e|ed|ing)|field(?:ed|ing)?|listen(?:ing|ed)?\\s+to)\\s+(?:(?:a|an|the|several|a number of|two|three|four|\\d+)\\s+)?(?:[\\w-]+\\s+|#m\\d+#\\s+){0,2}?(?:offers?|bids?|proposals?)\\b)',
             '{C} are considering a {M} offer from {C2} for {P}.', 'none', 'the club that weighs up an offer is the one it was made to'),
    RoleRule('subject',
             '\\bleave\\s+$',
             '^\\s+(?:or\\s+#c\\d+#\\s+)?free\\s+to\\b',
             "The decision could leave {C} free to complete a move for {P}.", 'interest', "left free to act: the club acts"),
    RoleRule('dest',
             '\\bstep\\s+(?:away\\s+)?from\\s+$',
             '',
             '{P} is one step from {C}.', 'agreement', 'one step from a club: about to join it'),
    RoleRule('owner',
             '\\b(?:after|following|ending|his|her)\\s+(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten|several|many)\\s+(?:seasons?|years?|campaigns?)\\s+(?:at|with)\\s+$',
             '',
             '{P}, a free agent after five seasons at {C}, has agreed terms with {C2}.', 'none', 'the club he has spent years at'),
    RoleRule('from',
             '\\b(?:from|leaving|left|quit|quitting|departed|departing|leave|sold by|loaned by|swapped|swapping|swaps)\\s+(?:the\\s+)?(?:(?:[\\w.-]+\\s+){0,3}?(?:side|club|outfit|team|rivals)\\s+|'
             # (a tier or league before the club: "from second-division #c", "from Serie B #c")
             '(?:[a-z]+-(?:division|tier|flight)|serie\\s+[abc]|ligue\\s+[12]|la\\s+liga|(?:2\\.\\s+)?bundesliga|championship|'
             'league\\s+(?:one|two)|eredivisie|mls|primeira\\s+liga|segunda(?:\\s+division)?|national\\s+league|premiership|'
             'super\\s+lig|pro\\s+league)\\s+)?$',
             '',
             '{C2} have signed {P} from {C}.', 'none', 'the club he leaves'),
    RoleRule('seller',
             '',
             "^'s?\\s+(?:#m\\d+#\\s+)?(?:valuation|asking price|price tag|demands)\\b",
             "{C2} met {C}'s valuation of {P} on Wednesday night.", 'none', 'the club whose price is met owns him'),
    RoleRule('dest',
             '\\b(?:signed|signs|signing|penned|pens)\\s+(?:a|an)\\s+(?:[\\w-]+\\s+){0,3}?(?:deal|contract)\\s+(?:with|at)\\s+(?:the\\s+)?'
             "(?:(?:[\\w.'-]+\\s+){0,3}?(?:side|club|outfit|team)\\s+)?$",
             '',
             "{P} has signed a two-year deal with Championship side {C}.", 'signed', 'the club a deal is signed with'),
    RoleRule('dest',
             '\\b(?:to|joined|join|joins|joining|rejoined|signed for)\\s+(?:the\\s+)?(?:newly[\\s-]promoted|promoted|relegated)\\s+$',
             '',
             '{P} has gone on loan to newly promoted {C}.', 'loan', ''),
    RoleRule('with',
             '\\b(?:approach|approaches|enquiry|enquiries|offer|offers|bid|bids|proposal|proposals|request)\\s+(?:(?!(?:and|but|then|before|after)\\b)[\\w-]+\\s+|#m\\d+#\\s+){0,2}?to\\s+(?:the\\s+)?$',
             '',
             '{C2} have made an approach to {C} about {P}.', 'none', 'the club approached: the counterparty'),
    RoleRule('dest',
             '\\b(?:signing with|signed with|signs with|joined|join|joins|joining|rejoined|rejoin|to|for|signed for|moved to|move to|switch to|loan to|arrived at|left for|heading to|return to|returned to|loaned to|went to)\\s+(?:the\\s+)?$',
             '',
             '{P} has completed his move to {C}.', 'signed', 'where he goes'),
    RoleRule('with',
             '\\bwith\\s+(?:the\\s+)?(?:(?:[\\w.-]+\\s+){0,3}?(?:side|club|outfit|team)\\s+)?$',
             '',
             '{C2} have opened talks with {C} over {P}.', 'none', 'the counterparty of talks'),
    RoleRule('at',
             '\\bat\\s+$',
             '',
             '{P} spent last season on loan at {C}.', 'loan', 'where he plays or played'),
    RoleRule('at',
             '\\bat\\s+(?:the\\s+)?(?:[\\w.-]+\\s+|#u\\d+#\\s+){0,3}?(?:side|club|outfit|team)\\s+$',
             '',
             '{P} spent last season on loan at Dutch side {C}.', 'loan', ''),
    RoleRule('dest',
             '\\b(?:to|joined|join|joins|joining|rejoined|signed for|signed with|signing with|moved to|move to|switch to|loan to|loaned to|left for|heading to)\\s+(?:the\\s+)?(?:[\\w.-]+\\s+|#u\\d+#\\s+){0,3}?(?:side|club|outfit|team)\\s+$',
             '',
             '{P} has joined Premier League club {C}.', 'signed', ''),
]

ROLE_RULES: list[RoleRule] = [RoleRule(r.role, r.before, r.after, r.example, r.expect, r.note, f"role.{i + 1}")
                              for i, r in enumerate(_ROWS)]
SUITOR_LESS = frozenset({"owner", "seller", "from", "pastclub", "speaker", "under", "rival", "opponent"})
