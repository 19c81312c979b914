"""Word lists the extractor shares: countries and demonyms, positions, roles, leagues,
regions, and capitalised words that are never part of a player's name.

All keys are folded (bot.text.fold) so lookups are accent- and case-insensitive.
"""

from __future__ import annotations

# country -> the forms the press uses for its people and its teams.
_COUNTRIES: dict[str, tuple[str, ...]] = {
    "England": ("english", "england", "englishman"), "Scotland": ("scottish", "scotland", "scot", "scotsman"), "Wales": ("welsh", "wales", "welshman"), "Great Britain": ("great britain", "united kingdom"),
    "Northern Ireland": ("northern irish", "northern ireland"), "Ireland": ("irish", "ireland", "republic of ireland", "irishman"),
    "France": ("french", "france", "frenchman"), "Germany": ("german", "germany"), "Spain": ("spanish", "spaniard", "spain"),
    "Portugal": ("portuguese", "portugal"), "Italy": ("italian", "italy"), "Netherlands": ("dutch", "netherlands", "holland", "dutchman"),
    "Belgium": ("belgian", "belgium"), "Switzerland": ("swiss", "switzerland"), "Austria": ("austrian", "austria"),
    "Denmark": ("danish", "denmark", "dane"), "Sweden": ("swedish", "sweden", "swede"), "Norway": ("norwegian", "norway"),
    "Finland": ("finnish", "finland"), "Iceland": ("icelandic", "iceland", "icelander"), "Poland": ("polish", "poland", "pole"),
    "Czech Republic": ("czech", "czech republic", "czechia"), "Slovakia": ("slovak", "slovakian", "slovakia"),
    "Hungary": ("hungarian", "hungary"), "Romania": ("romanian", "romania"), "Bulgaria": ("bulgarian", "bulgaria"),
    "Serbia": ("serbian", "serbia", "serb"), "Croatia": ("croatian", "croatia", "croat"), "Slovenia": ("slovenian", "slovenia"),
    "Bosnia and Herzegovina": ("bosnian", "bosnia"), "Montenegro": ("montenegrin", "montenegro"),
    "Albania": ("albanian", "albania"), "Kosovo": ("kosovan", "kosovar", "kosovo"), "North Macedonia": ("macedonian", "north macedonia", "macedonia"),
    "Greece": ("greek", "greece"), "Turkey": ("turkish", "turkey", "turkiye", "turk"), "Ukraine": ("ukrainian", "ukraine"),
    "Russia": ("russian", "russia"), "Georgia": ("georgian", "georgia"), "Armenia": ("armenian", "armenia"),
    "Brazil": ("brazilian", "brazil"), "Argentina": ("argentine", "argentinian", "argentina"),
    "Uruguay": ("uruguayan", "uruguay"), "Paraguay": ("paraguayan", "paraguay"), "Colombia": ("colombian", "colombia"),
    "Ecuador": ("ecuadorian", "ecuadorean", "ecuador"), "Chile": ("chilean", "chile"), "Peru": ("peruvian", "peru"),
    "Venezuela": ("venezuelan", "venezuela"), "Mexico": ("mexican", "mexico"), "United States": ("american", "usa", "us", "united states"),
    "Canada": ("canadian", "canada"), "Jamaica": ("jamaican", "jamaica"), "Costa Rica": ("costa rican", "costa rica"),
    "Japan": ("japanese", "japan"), "South Korea": ("south korean", "korean", "south korea", "korea"),
    "China": ("chinese", "china"), "Australia": ("australian", "australia"), "Iran": ("iranian", "iran"),
    "Saudi Arabia": ("saudi", "saudi arabian", "saudi arabia"), "Qatar": ("qatari", "qatar"),
    "Egypt": ("egyptian", "egypt"), "Morocco": ("moroccan", "morocco"), "Algeria": ("algerian", "algeria"),
    "Tunisia": ("tunisian", "tunisia"), "Nigeria": ("nigerian", "nigeria"), "Ghana": ("ghanaian", "ghana"),
    "Senegal": ("senegalese", "senegal"), "Ivory Coast": ("ivorian", "ivory coast", "cote d ivoire"),
    "Cameroon": ("cameroonian", "cameroon"), "Mali": ("malian", "mali"), "Guinea": ("guinean", "guinea"),
    "Gabon": ("gabonese", "gabon"), "DR Congo": ("congolese", "dr congo"), "South Africa": ("south african", "south africa"),
    "Burkina Faso": ("burkinabe", "burkina faso"), "Cape Verde": ("cape verdean", "cape verde"),
    "Israel": ("israeli", "israel"),
    # the rest of the football nations whose players move between European clubs
    "Uzbekistan": ("uzbek", "uzbekistan"), "Kazakhstan": ("kazakh", "kazakhstan"), "Azerbaijan": ("azerbaijani", "azerbaijan"),
    "Belarus": ("belarusian", "belarus"), "Lithuania": ("lithuanian", "lithuania"), "Latvia": ("latvian", "latvia"),
    "Estonia": ("estonian", "estonia"), "Moldova": ("moldovan", "moldova"), "Luxembourg": ("luxembourgish", "luxembourg"),
    "Cyprus": ("cypriot", "cyprus"), "Malta": ("maltese", "malta"), "Faroe Islands": ("faroese", "faroe islands"),
    "Bolivia": ("bolivian", "bolivia"), "Honduras": ("honduran", "honduras"), "Panama": ("panamanian", "panama"),
    "El Salvador": ("salvadoran", "el salvador"), "Guatemala": ("guatemalan", "guatemala"), "Haiti": ("haitian", "haiti"),
    "Trinidad and Tobago": ("trinidadian", "trinidad and tobago", "trinidad"), "Curacao": ("curacaoan", "curacao"), "Suriname": ("surinamese", "suriname"),
    "New Zealand": ("new zealander", "new zealand"), "Iraq": ("iraqi", "iraq"), "Jordan": ("jordanian",),
    "Syria": ("syrian", "syria"), "Lebanon": ("lebanese", "lebanon"), "United Arab Emirates": ("emirati", "uae"),
    "Oman": ("omani", "oman"), "Bahrain": ("bahraini", "bahrain"), "Kuwait": ("kuwaiti", "kuwait"), "India": ("indian", "india"),
    "Thailand": ("thai", "thailand"), "Vietnam": ("vietnamese", "vietnam"), "Indonesia": ("indonesian", "indonesia"),
    "Zambia": ("zambian", "zambia"), "Zimbabwe": ("zimbabwean", "zimbabwe"), "Angola": ("angolan", "angola"),
    "Mozambique": ("mozambican", "mozambique"), "Kenya": ("kenyan", "kenya"), "Uganda": ("ugandan", "uganda"),
    "Tanzania": ("tanzanian", "tanzania"), "Ethiopia": ("ethiopian", "ethiopia"), "Libya": ("libyan", "libya"),
    "Benin": ("beninese", "benin"), "Togo": ("togolese", "togo"), "Sierra Leone": ("sierra leonean", "sierra leone"),
    "Liberia": ("liberian", "liberia"), "Gambia": ("gambian", "gambia", "the gambia"), "Guinea-Bissau": ("guinea-bissau",),
    "Equatorial Guinea": ("equatoguinean", "equatorial guinea"), "Madagascar": ("malagasy", "madagascar"),
    "Mauritania": ("mauritanian", "mauritania"), "Namibia": ("namibian", "namibia"), "Rwanda": ("rwandan", "rwanda"),
    "Comoros": ("comorian", "comoros"), "Burundi": ("burundian", "burundi"), "Sudan": ("sudanese", "sudan"),
    "Palestine": ("palestinian", "palestine"), "Yemen": ("yemeni", "yemen"), "Kyrgyzstan": ("kyrgyz", "kyrgyzstan"),
    "Cuba": ("cuban", "cuba"), "Fiji": ("fijian", "fiji"), "Congo": ("congo",), "Niger": ("nigerien",), "Malawi": ("malawian", "malawi"),
    "Botswana": ("botswana",), "Malaysia": ("malaysian", "malaysia"), "Philippines": ("filipino", "philippines"),
    "Gibraltar": ("gibraltar",), "Andorra": ("andorran", "andorra"), "Liechtenstein": ("liechtenstein",),
}

# folded demonym or country name -> country
NATIONALITY: dict[str, str] = {}
for _country, _forms in _COUNTRIES.items():
    for _f in _forms:
        NATIONALITY.setdefault(_f, _country.strip())
# A city's people: a person word like a nationality ("the 33-year-old Dubliner"), never a club's
# ("the Catalans", "the Bavarians" are kept out: the press names clubs by them)
_CITY_DEMONYMS = {"dubliner": "Ireland", "glaswegian": "Scotland", "aberdonian": "Scotland", "londoner": "England",
                  "mancunian": "England", "liverpudlian": "England", "scouser": "England", "geordie": "England",
                  "brummie": "England", "cockney": "England", "yorkshireman": "England", "lancastrian": "England",
                  "cornishman": "England", "parisian": "France"}
for _f, _country in _CITY_DEMONYMS.items():
    NATIONALITY.setdefault(_f, _country)
COUNTRY_NAMES: frozenset[str] = frozenset(c.strip().lower() for c in _COUNTRIES)
# Demonyms that name a person ("the Spaniard", "the Ecuadorian"), used as player anaphors.
PERSON_DEMONYMS: frozenset[str] = frozenset(f for f in NATIONALITY if f not in COUNTRY_NAMES and " " not in f)

# Country -> currency its clubs deal in (for "$214 million (180 million euros)").
CURRENCY_OF_COUNTRY: dict[str, str] = {"England": "GBP", "Scotland": "GBP", "Wales": "GBP", "United States": "USD"}
EURO_COUNTRIES = frozenset({
    "France", "Germany", "Spain", "Portugal", "Italy", "Netherlands", "Belgium", "Austria", "Ireland",
    "Greece", "Finland", "Slovakia", "Slovenia", "Croatia",
})

# Position words -> coarse position (the finer word is kept as the fact's value).
POSITIONS: dict[str, str] = {
    "goalkeeper": "goalkeeper", "keeper": "goalkeeper", "shot stopper": "goalkeeper",
    "defender": "defender", "centre back": "defender", "center back": "defender", "centre half": "defender",
    "center half": "defender", "full back": "defender", "left back": "defender", "right back": "defender",
    "wing back": "defender", "sweeper": "defender", "stopper": "defender",
    "midfielder": "midfielder", "playmaker": "midfielder", "central midfielder": "midfielder",
    "holding midfielder": "midfielder", "defensive midfielder": "midfielder", "attacking midfielder": "midfielder",
    "forward": "forward", "striker": "striker", "winger": "winger", "attacker": "forward",
    "centre forward": "forward", "center forward": "forward", "frontman": "forward", "marksman": "forward",
}
# Nouns that describe a player without being a position ("Newcastle star Almiron").
PLAYER_NOUNS: frozenset[str] = frozenset({
    "star", "teenager", "youngster", "international", "prospect", "talent", "wonderkid", "ace",
    "captain", "skipper", "man", "player", "loanee", "academy graduate", "starlet", "scorer", "marksman",
    "goalscorer", "asset",
})

# Roles that make a capitalised name a non-player person.
PERSON_ROLES: frozenset[str] = frozenset({
    "manager", "boss", "coach", "head coach", "chief executive", "ceo", "director", "sporting director",
    "president", "chairman", "owner", "chief", "journalist", "reporter", "correspondent", "agent", "expert",
    "insider", "pundit", "analyst", "commentator", "presenter", "writer", "columnist", "editor", "executive", "official",
    "technical director", "general manager", "gm", "assistant", "legend", "former manager", "referee",
    # plural and staff roles: "sporting bosses X and Y", "the player's representatives, X and Y",
    # "their head of medicine, X"
    "managers", "bosses", "coaches", "directors", "presidents", "owners", "agents", "executives", "officials",
    "representative", "representatives", "adviser", "advisers", "advisor", "advisors", "chief scout",
    "head of medicine", "head of recruitment", "head of scouting", "head of football", "head of performance",
    "spokesman", "spokeswoman", "spokesperson", "physio", "club doctor",
})

LEAGUES: dict[str, str] = {
    "premier league": "Premier League", "championship": "Championship", "bundesliga": "Bundesliga",
    "2 bundesliga": "2. Bundesliga", "serie a": "Serie A", "serie b": "Serie B", "la liga": "La Liga",
    "laliga": "La Liga", "ligue 1": "Ligue 1", "ligue 2": "Ligue 2", "eredivisie": "Eredivisie",
    "primeira liga": "Primeira Liga", "liga portugal": "Primeira Liga", "saudi pro league": "Saudi Pro League",
    "pro league": "Saudi Pro League", "mls": "MLS", "major league soccer": "MLS", "super lig": "Super Lig",
    "scottish premiership": "Scottish Premiership", "j league": "J1 League", "j1 league": "J1 League",
    "brasileirao": "Brasileirao", "liga mx": "Liga MX", "league one": "League One", "league two": "League Two",
    "segunda division": "Segunda Division", "jupiler pro league": "Belgian Pro League",
    "premiership": "Scottish Premiership", "scottish championship": "Scottish Championship",
    "segunda": "Segunda Division", "primera": "La Liga", "2 liga": "2. Liga", "super league": "Super League",
    "superliga": "Superliga",
}

# Cities and regions the press uses as club descriptions ("the London club", "the Catalan giants").
PLACES: dict[str, tuple[str, ...]] = {
    "london": ("Arsenal", "Chelsea", "Tottenham Hotspur", "West Ham United", "Fulham", "Crystal Palace",
               "Brentford", "Queens Park Rangers", "Charlton Athletic", "Millwall", "Leyton Orient"),
    "north london": ("Arsenal", "Tottenham Hotspur"), "west london": ("Chelsea", "Fulham", "Brentford", "Queens Park Rangers"),
    "east london": ("West Ham United",), "south london": ("Crystal Palace", "Charlton Athletic", "Millwall"),
    "merseyside": ("Liverpool", "Everton"), "manchester": ("Manchester City", "Manchester United"),
    "catalan": ("Barcelona", "Espanyol", "Girona"), "basque": ("Athletic Club", "Real Sociedad"),
    "madrid": ("Real Madrid", "Atlético Madrid", "Rayo Vallecano", "Getafe"),
    "milan": ("AC Milan", "Inter Milan"), "turin": ("Juventus", "Torino"), "rome": ("Roma", "Lazio"),
    "parisian": ("Paris Saint-Germain",), "paris": ("Paris Saint-Germain",), "capital": (),
    "bavarian": ("Bayern Munich",), "lisbon": ("Benfica", "Sporting CP"), "glasgow": ("Celtic", "Rangers"),
    "midlands": ("Aston Villa", "Wolverhampton Wanderers", "Nottingham Forest", "Leicester City", "West Bromwich Albion"),
    "yorkshire": ("Leeds United", "Sheffield United", "Sheffield Wednesday", "Hull City", "Middlesbrough"),
    "andalusian": ("Sevilla", "Real Betis"), "valencian": ("Valencia", "Villarreal"),
    "tyneside": ("Newcastle United",), "wearside": ("Sunderland",), "south coast": ("Brighton & Hove Albion",
               "Southampton", "AFC Bournemouth", "Portsmouth"),
    # cities that are no club's name ("the Amsterdam club", "the Jeddah club"): the clubs they hold
    "amsterdam": ("Ajax",), "rotterdam": ("Feyenoord", "Sparta Rotterdam", "Excelsior"), "eindhoven": ("PSV Eindhoven",),
    "jeddah": ("Al Ittihad", "Al Ahli"), "riyadh": ("Al Hilal", "Al Nassr", "Al-Shabab"), "dammam": ("Al-Ettifaq",),
    "seville": ("Sevilla", "Real Betis"), "istanbul": ("Galatasaray", "Fenerbahçe", "Beşiktaş"), "naples": ("Napoli",),
    "florence": ("Fiorentina",), "bergamo": ("Atalanta",), "gelsenkirchen": ("Schalke 04",),
    "berlin": ("Union Berlin", "Hertha Berlin"), "moscow": ("Spartak Moscow", "CSKA Moscow", "Lokomotiv Moscow", "Dynamo Moscow"),
    "st petersburg": ("Zenit St Petersburg",), "athens": ("Panathinaikos", "AEK Athens"), "piraeus": ("Olympiacos",),
    "brussels": ("Anderlecht",), "bern": ("Young Boys",), "kyiv": ("Dynamo Kyiv",), "kiev": ("Dynamo Kyiv",),
    "buenos aires": ("Boca Juniors", "River Plate"), "edinburgh": ("Heart of Midlothian", "Hibernian"),
    "sheffield": ("Sheffield United", "Sheffield Wednesday"), "bristol": ("Bristol City",),
    "nottingham": ("Nottingham Forest", "Notts County"), "nanjing": ("Jiangsu FC",), "shanghai": ("Shanghai Port", "Shanghai Shenhua"),
    "guangzhou": ("Guangzhou FC", "Guangzhou City"), "doha": ("Al-Sadd", "Al-Gharafa", "Al-Duhail"),
    "dubai": ("Shabab Al-Ahli", "Al-Wasl"), "abu dhabi": ("Al-Wahda",),
}

# The news agencies whose bracketed name opens a wire's dateline ("Paris (AFP) -", "(PA) -"), as a
# regex alternation: the dateline's credit (attribution.py) and the sentence splitter's "Pa. (AP) -"
# (sentences.py) read the same list.
NEWS_AGENCIES = "AFP|Reuters|AP|PA|dpa|DPA|ANSA|EFE|Xinhua|PA Media"

# Languages a report is translated from ("(Translated from the Spanish of Marca.)").
LANGUAGES: frozenset[str] = frozenset({
    "french", "spanish", "italian", "german", "portuguese", "dutch", "turkish", "catalan", "greek", "russian", "arabic",
    "japanese", "polish", "swedish", "danish", "norwegian", "croatian", "serbian", "czech", "english", "korean", "chinese",
    "brazilian"})

# Nouns that make "the <X> <noun>" a club description.
CLUB_NOUNS: frozenset[str] = frozenset({
    "club", "side", "outfit", "team", "giants", "giant", "champions", "heavyweights", "hierarchy",
    "powerhouse", "minnows", "strugglers", "high flyers", "holders", "leaders",
})
PLURAL_CLUB_NOUNS: frozenset[str] = frozenset({"duo", "pair", "trio", "clubs", "sides", "rivals", "teams"})
# Modifiers that can describe a club the article just named ("the newly promoted side").
GENERIC_CLUB_MODIFIERS: frozenset[str] = frozenset({
    "newly promoted", "promoted", "relegated", "english", "top flight", "ambitious", "cash rich",
    "capital", "big spending", "big", "same", "former", "selling", "buying", "parent",
})

MONTHS: dict[str, int] = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12,
}
WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})

NUMBER_WORDS: dict[str, float] = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "a": 1, "an": 1, "half": 0.5,
}

# Stadiums are places, not clubs ("a move to Anfield" names no buyer we can trust): the kinds of
# place a ground's name ends with ("Fratton Park"), and the words its own name is ("Anfield").
GROUND_KINDS = frozenset({"stadium", "park", "arena", "road", "lane", "bridge", "ground"})
STADIUM_WORDS = GROUND_KINDS | frozenset({"anfield", "trafford", "emirates", "etihad", "bernabeu", "nou", "molineux",
                                          "goodison", "san siro", "craven", "parc", "allianz", "signal", "iduna"})

# Capitalised words that are never (part of) a player's name.
NON_NAME_WORDS: frozenset[str] = frozenset({
    # adjectives that open a sentence before a player ("Veteran striker X", "Experienced defender X")
    "veteran", "experienced", "teenage", "former", "versatile", "promising", "talented", "prolific", "seasoned", "unsettled",
    "because", "unless", "whereas",  # a sentence that opens with its conjunction ("Because Tianjin needed ...")
    "the", "a", "an", "he", "his", "him", "she", "her", "hers", "women", "womens", "elsewhere", "they", "their", "it", "its", "this", "that", "these",
    "those", "there", "here", "we", "i", "you", "our", "my", "but", "and", "or", "nor", "if", "as", "at",
    "in", "on", "for", "to", "of", "with", "by", "from", "after", "before", "since", "while", "whilst",
    "although", "though", "however", "meanwhile", "despite", "earlier", "later", "now", "then", "when",
    "where", "what", "who", "whether", "why", "how", "both", "all", "any", "some", "several", "many",
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "first",
    "last", "next", "new", "fresh", "further", "latest", "recent", "other", "big", "across", "back", "according", "reports", "report", "sources", "source", "club", "clubs",
    "league", "cup", "premier", "championship", "champions", "europa", "conference", "world", "euro",
    "asian", "african", "nations", "copa", "america", "group", "final", "semi", "quarter", "round",
    "fa", "efl", "uefa", "fifa", "ffp", "pif", "var", "tv", "bbc", "sky", "espn", "cbs", "mail", "express",
    "daily", "times", "telegraph", "guardian", "mirror", "sun", "star", "standard", "evening", "athletic",
    "independent", "record", "sport", "sports", "news", "online", "twitter", "instagram", "tweet",
    "stadium", "park", "arena", "road", "lane", "bridge", "middle", "east", "west", "north", "south",
    "federation", "association", "committee", "council", "tribunal", "court", "ministry", "agency",
    "foundation", "institute", "university", "commission", "authority", "football",
    "fund", "investment", "consortium", "holdings",
    "europe", "european", "saudi", "arabia", "arabian", "republic", "pro", "transfer", "window", "deadline", "day", "season",
    "manager", "boss", "coach", "head", "chief", "executive", "director", "president", "chairman",
    "owner", "journalist", "reporter", "expert", "agent", "international", "under", "u21", "u23",
    "olympic", "olympics", "game", "games", "derby", "statement", "reuters", "afp", "ap", "pa", "dpa",
    "imago", "getty", "images", "photo", "read", "more", "also", "see", "watch", "click", "full", "story",
    "exclusive", "breaking", "official", "confirmed", "update", "live", "today", "yesterday", "tomorrow", "mr", "sir", "dr",
    "ballon", "dor", "golden", "boot", "award", "player", "year", "month", "week", "young", "team",
    "national", "ligue", "liga", "serie", "bundesliga", "eredivisie", "mls", "primeira", "super", "lig",
    "wsl", "nwsl", "epl", "spl", "spfl",
    "qatari", "qatari-owned", "financial", "fair", "play", "rules", "board", "fans", "fan", "supporters",
    "summer", "winter", "january", "february", "march", "april", "june", "july", "august", "september", "october",
    "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "yes", "no", "not", "never", "maybe", "perhaps", "indeed", "still", "just", "only", "even", "so",
    "currently", "having", "being", "without", "rated", "links", "talk", "talks", "speaking", "negotiations",
    "discussions", "personal", "terms", "contract", "fee", "deal", "interest", "bid", "offer", "loan",
    "like", "will", "would", "could", "should", "can", "may", "might", "must", "is", "are", "was",
    "were", "has", "have", "had", "do", "does", "did", "said", "says", "added", "little",
    "reds", "blues", "whites", "devil", "devils", "magpies", "toffees", "seagulls", "gunners", "spurs", "wolves",
    "bianconeri", "nerazzurri", "rossoneri", "blaugrana", "los", "blancos", "la", "le", "les", "el", "il",
    # position and player nouns that open a sentence ("Defender Ko Itakura has left ...")
    "defender", "defenders", "midfielder", "midfielders", "striker", "strikers", "winger", "wingers",
    "goalkeeper", "goalkeepers", "forward", "forwards", "playmaker", "attacker", "teenager", "youngster",
    "wonderkid", "starlet", "centre-back", "full-back", "left-back", "right-back", "wing-back",
    # prepositions, adverbs and greetings that open a sentence ("Beyond Edouard, the only arrivals are ...")
    "beyond", "besides", "unlike", "among", "amongst", "amid", "during", "following", "until", "within",
    "alongside", "behind", "against", "towards", "throughout", "instead", "moreover", "furthermore",
    "nevertheless", "nonetheless", "additionally", "overall", "finally", "eventually", "ultimately",
    "initially", "originally", "previously", "recently", "reportedly", "apparently", "interestingly",
    "unfortunately", "fortunately", "crucially", "notably", "separately", "similarly", "likewise", "thus",
    "hence", "therefore", "once", "again", "above", "below", "around", "upon", "except", "regarding",
    "including", "welcome", "congratulations", "thanks", "another", "every", "each", "such", "gossip", "column", "rumour", "rumours", "mill", "roundup",
})
# Lowercase particles allowed inside a name ("Matthijs de Ligt", "Vasco da Gama").
NAME_PARTICLES = frozenset({"de", "da", "do", "dos", "das", "del", "della", "di", "van", "von", "der", "den",
                            "la", "le", "el", "bin", "al", "ter", "ten", "mac", "mc", "st"})
# Club-name markers: a capitalised span with one of these is a club, not a person.
CLUB_MARKERS = frozenset({"fc", "afc", "cf", "sc", "ac", "as", "ssc", "calcio", "united", "city", "town",
                          "rovers", "athletic", "albion", "wanderers", "hotspur", "county", "sporting",
                          "real", "atletico", "borussia", "olympique", "inter", "deportivo", "club",
                          "fk", "sk", "bk", "if", "ik", "cd", "ud", "sd", "rc", "vfb", "vfl", "tsg",
                          "1899", "04", "05", "1860", "psv", "ajax", "juniors", "plate", "al",
                          # the words of club names across Europe and the Americas that no person's name has
                          "dinamo", "dynamo", "spartak", "lokomotiv", "sparta", "slavia", "slovan", "rapid",
                          "racing", "union", "stade", "eintracht", "kickers", "hapoel", "maccabi", "beitar",
                          "universidad", "nacional", "independiente", "estudiantes", "esporte", "clube",
                          "sv", "fsv", "tsv", "ssv", "spvgg", "nk", "hnk", "kv", "krc", "aik", "ifk", "cska"})

# Last words many clubs share ("Rovers", "City"), never a place of their own: alone, they name no
# club by themselves.
SHARED_CLUB_WORDS: frozenset[str] = frozenset({"rovers", "united", "city", "town", "athletic", "wanderers", "albion", "county",
                                               "borough"})

# Lowercase words English joins to a name with a hyphen ("Madrid-born", "Premier League-bound"):
# no syllable of a romanised given name ("Kwang-song").
HYPHEN_COMPOUND_WORDS: frozenset[str] = frozenset({
    "bound", "born", "based", "owned", "run", "led", "up", "on", "off", "out", "era", "man", "men", "old", "year",
    "time", "side", "type", "style", "like", "wide", "long", "level", "only"})
# Surnames that are also common words, kept in a name after a first name ("Emre Can", "Ashley Young").
SURNAME_WORDS: frozenset[str] = frozenset({"can", "young", "little", "may", "day", "will"})
# The articles a paper's title opens with ("El Nacional", "Le Parisien", "A Bola").
PAPER_ARTICLES = frozenset({"the", "el", "la", "le", "les", "il", "lo", "der", "die", "das", "de", "het", "o", "a"})
# The last word of a newspaper's name ("Bury Times", "Doncaster Free Press"): in an item's closing
# bracket, the paper credited, even when it starts with a club's town.
PAPER_WORDS: frozenset[str] = frozenset({
    "times", "mail", "echo", "advertiser", "press", "post", "chronicle", "gazette", "herald", "telegraph", "express",
    "journal", "news", "argus", "standard", "star", "mirror", "record", "observer", "examiner", "courier", "sentinel",
    "tribune", "bulletin", "leader", "live"})
