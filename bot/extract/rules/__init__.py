"""The extractor's rule tables: how transfer news says things, as data.

Each table is an ordered list of rows; each row carries the example sentence it
exists for (with slots: {C} the club the row is about, {C2} another club, {P} the
player, {M} an amount) and what that example must give. The engine in
bot/extract/ applies the rows and names no English word of its own;
tests/extract/test_rule_rows.py runs every row's example through the whole
extractor and checks that the row fires and gives what it says.

Adding a way of saying something is adding a row (README, "Adding an extraction rule").
"""


def describe(rule: str) -> str:
    """A rule row's name with the example it exists for ("kind.3 ... e.g. '...'"), for `transferbot explain`."""
    from bot.extract.rules.kinds import KIND_RULES

    if rule == "rival":
        return "rival: a club beaten to the player wanted him too (rules/roles.py)"
    if rule == "fallback":
        return ("fallback: no phrase read the sentence, but a club is its subject and it names one player "
                "and transfer words: interest, or a move done if the club confirms it (claims.py)")
    for row in KIND_RULES:
        if row.name == rule:
            return f"{row.name} (rules/kinds.py), e.g. {row.example!r}"
    return rule or "article rule"
