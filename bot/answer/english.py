"""Common English words (4+ letters) that fans type around a name.

A word of this list is a word, not a typo: the resolver never "corrects" it into a name ("salad" is not
Salah, "buyer" is not Bayer Leverkusen, "water" is not Walter), and it names a player or club through
one word of a longer name ("young" of Young Boys, "white" of Gibbs-White, "heart" of Heart of
Midlothian) only where a name would stand ("any news on white"). Exact names and aliases are not
affected: "derby", "villa", "forest" and "wolves" are found as they always were.
"""

from __future__ import annotations

_WORDS = """
able about above abroad absolute absolutely accept accepted access according account across acting action
active actual actually added adding address admit admits advance advice afford afraid after afternoon again
against agency agent agents ages agree agreed ahead aimed aiming allow allowed almost alone along already
alright also although always amazing amount angry animal annoyed announce announced announcement annual
another answer answers anybody anyhow anymore anyone anything anyway anywhere apart appear appears apply
april area areas argue army around arrive arrived asked asking asleep attack attacker attacking attempt
august autumn available average avoid awake award aware away awesome awful babe baby back backed background
backup badly balance ball ballon band bank banned base based basic basically beach bear beat beaten beating
beautiful became because become becomes been before began begin behind being believe believes below bench
beside best better between beyond bigger biggest bill bird birth birthday bits bitter black blame blind block
blood blow blue board boat body bold bond bonus book boost bored boring born boss both bother bottle bottler
bottom bought bound brain brand brave bread break breaking brief bright brilliant bring bringing brings
broke broken brother brought brown budget build building built bunch burn business busy butter buyer buying
cake call called calling calls calm came camp cancel cannot capable captain card care career careful cares
carry case cash cast catch caught cause centre certain certainly chair champion champions chance chances
change changed changes channel chaos charge cheap cheaper check checked cheers chest chief child choice
choose chose chosen church circle claim claimed claims class classic clean clear clearly clever click climb
clock close closed closer closest clown clueless clubs coach coast code coin cold collapse collect colour
come comes comfortable coming comment comments common complete completely concern confirm confirmation
confused contact continue control cook cool copy core corner correct cost could count country couple course
court cover crap crash crazy cream create credit crew crisis cross crowd cruel crying cult cup current
cursed cycle daily damn dance danger dark data date dates dead deadline deal dealing dealt dear death debate
debt decent decide decided decision deep defence defend defender defending defensive degree delay deliver
demand denied deny depth derby desk desperate despite detail details development device died diff
difference different difficult dinner direct direction director dirty disaster discuss dislike doing dollar
done door double doubt down dozen draft drama dream dreams dress drink drive driver drop dropped drunk during
dying each eager early earn earth ease easily east easy eating edge effort eight either elite else email
embarrassing empty ending ends enemy energy engine enjoy enough entire entry equal error especially even
evening event events ever every everyday exact exactly example excellent except exchange excited exciting
excuse exist exists expect expected expensive experience expert explain extra extremely face fact factor
fail failed fair faith fake fall false fame family famous fans fantastic farm fast faster father fault
favourite fear feel feeling feels fees fell fellow felt female fewer field fifth fight fights figure file fill
film final finally find fine finger finish finished fire firm first fish five fixed flag flat flight floor
flop focus folk follow following food fool foot football force forever forget form former forward found four
frame free fresh friday friend friends from front fruit full fully fun funny future gain gains game games
garbage gate gave general genuinely german giant gift girl give given gives giving glad glass global goal
goals goes going gold golden gone good goodbye gosh gotten grab grand grant grass great greatest greed green
greek grew ground group grow grown growth guard guess guest guide guilty habit half hall hand handle hands
hang happen happened happening happens happy hard hardly hate hates head heading health hear heard heart
heat heavy held hell hello help helped here hero hidden high higher highly hill himself hint hire history
hold hole holiday home honest honestly hope hoped hopefully hopes horse hospital host hotel hour hours house
however huge human hundred hungry hurt hype idea ideal idiot image imagine impact important impossible
improve inch include including income indeed info injured injury inside instead into issue issues italian
italy item itself japan jealous joint joke jokes judge jump june just keen keep keeper keeping keeps kept
kick kicked kids kill killer kind king kings kiss kitchen knee knew knock know knowing known label labour
lack lady land large largely last late lately later latter laugh launch layer lazy lead leader leading leads
league leak leaked learn least leave leaves leaving left legal legend length less letter level liar life
lift light like liked likes limit line lines link linked list listen literally little live lives living
load loads loan local lock lone long longer look looked looking looks loose lord lose loser losing loss lost
loud love loved lovely loving lower loyal luck lucky lunch mad made magic main mainly major make maker makes
making male manage managed manager managers mania manner many march mark market mass massive master match
matches matter maybe meal mean means meant measure media medical medium meet meeting member memory mental
mention mess message metal method middle might mile mind minor minute minutes mirror miss missed missing
mister mistake model moment monday money month months mood moral more morning most mother motion mouth move
moved movie moving much music must myself naked name named names narrow nasty nation national native nearly
neck need needed needs negative neither nerve never news next nice night nine noble nobody noise none normal
north note nothing notice novel number nurse obvious obviously occur ocean odds offer offered offers office
official often older once online only open opinion option orange order other others otherwise ought outside
over owner pace pack page paid pain paint pair panel panic paper parent park part party pass passed past
path pathetic patient pause peace penalty people perfect perhaps period person phone photo pick picked piece
pilot pitch place plain plan plane planned plans plant plate play played player playing please plenty plus
pocket point pointless points police policy poor popular position positive possible post posted power
powerful practice praise prefer premium prepared present press pressure pretty price pride prime priority
prize probably problem problems process profit project promise proof proper properly proud prove proved
public pull pure purpose push quality quick quickly quiet quite quote race radio raise random range rapid
rate rather ratio rating reach reaction read reading ready real reality really reason reasons recent
recently record recruit reduce refuse relax release reliable remain remember remove repair replace replaced
reply report reported reporter reporting reports request rest result results return revenue rich ride right
ring rise risk rival road rock role roll room root rotation rough round route royal rubbish rugby rule rules
rumour rural rush sack sacked sadly safe said salad salary sale salty same save saving says scale scary
scene school score scored scores scoring scout scouted scouting scouts screen season seat second secret see
seem seems seen sell selling send sense sent serious seriously serve service session settle seven several
shame shape share sharp sheet shift shirt shock shocked shoe shoot shop short shot should shout show shows
sick side sight sign signal signed signing signings silly silver simple simply since single sister site size
skill skills sleep slow small smart smell smile smoke snake social soft sold solid some someone something
sometimes somewhere song soon sorry sort sound source sources south space speak special speed spend spent
spirit split sport sports spot spring squad staff stage stand standard star stars start started starter
starting starts state statement stats status stay steal steel step stick still stock stone stop store storm
story straight strange street strength stress strike striker strong stuck study stuff stupid style
subject success such sudden suddenly sugar suit summer sunday sunny super support supporter supporters
suppose sure surely surprise surprised sweet swiss system table take taken takes taking talent talk talked
talking talks tall task taste teach team teams tears teeth tell telling tells tend tenth term terms terrible
test text than thank thanks that their them theme then there these they thick thief thing things think
thinking third those though thought thread three threw through throw thursday ticket tier tiger tight till
time times tired title today together told tomorrow tonight took tool total touch tough tour tower town
track trade traded trading train training transfer transfers trash travel treat tree trend trial tried
trip trophy trouble true truly trust truth trying tuesday turn turned tweet twice twitter type ugly under
union unity unless until update updates upon upper upset urban used useful useless usual usually valid
value very video view visit vital voice vote wage wages wait waiting wake walk wall want wanted wanting
wants warm warn waste watch watched watching water wave ways weak wealth wear weather wednesday week weekend
weeks weird welcome well went were west what whatever wheel when where whether which while white whole whom
whose wide wife will willing wind window wing winger winner winning wins winter wish with within without
woman wonder wonderful word words work worked working works world worried worry worse worst worth would wow
write writing written wrong yeah year years yellow young younger youth zero
"""
COMMON_WORDS: frozenset[str] = frozenset(_WORDS.split())
