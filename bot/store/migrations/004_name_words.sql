-- Name words for answering one question without loading every alias (bot/answer/resolve.py,
-- QuestionResolver): the words of every player, club and manager form, and the roles a word
-- plays in a player's or club's form. Kept up to date by triggers, so every writer (the store,
-- bulk loads, the benchmark) maintains them. Keys are folded (bot.text.fold: [a-z0-9 ], single
-- spaces); a key in any other shape is skipped (a folded question can never match it).
--
-- Trigger bodies keep each inner ';' off the end of a line: bot/store/migrate.py splits
-- statements at a ';' that ends a line.

-- Every word of every form (the resolver's vocabulary), for membership and typo candidates.
CREATE TABLE name_words (
    word TEXT PRIMARY KEY
) WITHOUT ROWID;
-- Typo candidates: same first letter in a length band; or the same word after the first letter.
CREATE INDEX name_words_band ON name_words(substr(word, 1, 1), length(word));
CREATE INDEX name_words_tail ON name_words(substr(word, 2));

-- role 0: any word of the form (kind as the alias's); 1: a player's surname (last word of a
-- form of two words or more); 2: a player's last two words (forms of three words or more);
-- 3: a player's first word (forms of two words or more); 4: a word of a club's form of two
-- words or more.
CREATE TABLE name_tokens (
    token     TEXT NOT NULL,
    role      INTEGER NOT NULL,
    kind      TEXT NOT NULL,
    entity_id INTEGER NOT NULL,
    PRIMARY KEY (token, role, kind, entity_id)
) WITHOUT ROWID;

CREATE TRIGGER aliases_name_words AFTER INSERT ON aliases
WHEN NEW.kind IN ('player', 'club') AND NEW.key <> '' AND NEW.key NOT GLOB '*[^a-z0-9 ]*'
     AND NEW.key NOT GLOB '*  *' AND NEW.key NOT GLOB ' *' AND NEW.key NOT GLOB '* '
BEGIN
    INSERT OR IGNORE INTO name_words(word)
    SELECT value FROM json_each('["' || replace(NEW.key, ' ', '","') || '"]'); INSERT OR IGNORE INTO name_tokens(token, role, kind, entity_id)
    SELECT value, 0, NEW.kind, NEW.entity_id FROM json_each('["' || replace(NEW.key, ' ', '","') || '"]')
    UNION ALL
    SELECT value, 1, 'player', NEW.entity_id FROM json_each('["' || replace(NEW.key, ' ', '","') || '"]')
    WHERE NEW.kind = 'player' AND key > 0 AND key = json_array_length('["' || replace(NEW.key, ' ', '","') || '"]') - 1
    UNION ALL
    SELECT json_extract('["' || replace(NEW.key, ' ', '","') || '"]', '$[#-2]') || ' '
           || json_extract('["' || replace(NEW.key, ' ', '","') || '"]', '$[#-1]'), 2, 'player', NEW.entity_id
    WHERE NEW.kind = 'player' AND json_array_length('["' || replace(NEW.key, ' ', '","') || '"]') > 2
    UNION ALL
    SELECT value, 3, 'player', NEW.entity_id FROM json_each('["' || replace(NEW.key, ' ', '","') || '"]')
    WHERE NEW.kind = 'player' AND key = 0 AND NEW.key GLOB '* *'
    UNION ALL
    SELECT value, 4, 'club', NEW.entity_id FROM json_each('["' || replace(NEW.key, ' ', '","') || '"]')
    WHERE NEW.kind = 'club' AND NEW.key GLOB '* *'; END;

CREATE TRIGGER manager_tenures_name_words AFTER INSERT ON manager_tenures
WHEN NEW.key <> '' AND NEW.key NOT GLOB '*[^a-z0-9 ]*'
     AND NEW.key NOT GLOB '*  *' AND NEW.key NOT GLOB ' *' AND NEW.key NOT GLOB '* '
BEGIN
    INSERT OR IGNORE INTO name_words(word)
    SELECT value FROM json_each('["' || replace(NEW.key, ' ', '","') || '"]'); END;

-- A player's or club's forms, by entity (names_with_aliases, the name look-up of `claims --player`).
CREATE INDEX aliases_entity ON aliases(kind, entity_id);

-- What the database holds already.
INSERT OR IGNORE INTO name_words(word)
SELECT j.value FROM aliases a, json_each('["' || replace(a.key, ' ', '","') || '"]') j
WHERE a.kind IN ('player', 'club') AND a.key <> '' AND a.key NOT GLOB '*[^a-z0-9 ]*'
      AND a.key NOT GLOB '*  *' AND a.key NOT GLOB ' *' AND a.key NOT GLOB '* ';

INSERT OR IGNORE INTO name_words(word)
SELECT j.value FROM manager_tenures m, json_each('["' || replace(m.key, ' ', '","') || '"]') j
WHERE m.key <> '' AND m.key NOT GLOB '*[^a-z0-9 ]*'
      AND m.key NOT GLOB '*  *' AND m.key NOT GLOB ' *' AND m.key NOT GLOB '* ';

INSERT OR IGNORE INTO name_tokens(token, role, kind, entity_id)
SELECT j.value, 0, a.kind, a.entity_id
FROM aliases a, json_each('["' || replace(a.key, ' ', '","') || '"]') j
WHERE a.kind IN ('player', 'club') AND a.key <> '' AND a.key NOT GLOB '*[^a-z0-9 ]*'
      AND a.key NOT GLOB '*  *' AND a.key NOT GLOB ' *' AND a.key NOT GLOB '* '
UNION ALL
SELECT j.value, CASE WHEN j.key = 0 THEN 3 ELSE 1 END, 'player', a.entity_id
FROM aliases a, json_each('["' || replace(a.key, ' ', '","') || '"]') j
WHERE a.kind = 'player' AND a.key GLOB '* *' AND a.key NOT GLOB '*[^a-z0-9 ]*'
      AND a.key NOT GLOB '*  *' AND a.key NOT GLOB ' *' AND a.key NOT GLOB '* '
      AND (j.key = 0 OR j.key = json_array_length('["' || replace(a.key, ' ', '","') || '"]') - 1)
UNION ALL
SELECT json_extract('["' || replace(a.key, ' ', '","') || '"]', '$[#-2]') || ' '
       || json_extract('["' || replace(a.key, ' ', '","') || '"]', '$[#-1]'), 2, 'player', a.entity_id
FROM aliases a
WHERE a.kind = 'player' AND a.key GLOB '* * *' AND a.key NOT GLOB '*[^a-z0-9 ]*'
      AND a.key NOT GLOB '*  *' AND a.key NOT GLOB ' *' AND a.key NOT GLOB '* '
UNION ALL
SELECT j.value, 4, 'club', a.entity_id
FROM aliases a, json_each('["' || replace(a.key, ' ', '","') || '"]') j
WHERE a.kind = 'club' AND a.key GLOB '* *' AND a.key NOT GLOB '*[^a-z0-9 ]*'
      AND a.key NOT GLOB '*  *' AND a.key NOT GLOB ' *' AND a.key NOT GLOB '* ';
