"""Which grammar rules can start at a place, from its first two tokens.

Trying every rule at every word is what makes a regex grammar slow.  Each
rule of ``temporal_grammar.RULES`` is read once, at import, to list the
first two tokens it can start with (a token is a run of letters, a run of
digits written ``#``, or one other character; white space separates them).
The scanner then tries, at each word, only the rules listed for that word
and the next token, in priority order.  A rule whose start cannot be
listed is tried everywhere, so the table can only make the scan faster,
never change what it finds.  The rules listed for a place are tried as one
alternation (``Chain``): one call of the regex engine per place.
"""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

from factcheck.normalize.temporal_grammar import FLAGS, RULE_NAMES, RULES, _p

_LIMIT = 60000
#: Tokens are told apart by this many first letters (first, second token).
FIRST, SECOND = 6, 3
#: A token of the text after a first word (white space skipped).
NEXT_TOKEN = re.compile(r"\s*([^\W\d_]+|\d+|\S)")
#: The first words of a text: runs of letters, runs of digits.
WORD = re.compile(r"[^\W\d_]+|\d+")
#: A word, never a place inside one ("1er" is one place, "1"): group 1 its
#: first digit or group 2 its first letters (as many as the table keeps).
WORD_START = re.compile(rf"(?<!\w)(?:(\d)\d*|([^\W\d_]{{1,{FIRST}}})[^\W\d_]*)")
#: The start of the token after a word: group 1 its first digit, group 2
#: its first letters (as many as the table keeps) or sign.  Read only where
#: the word's rules depend on it (a lookahead in WORD_START cost every word).
NEXT_START = re.compile(rf"\s*(?:(\d)|([^\W\d_]{{1,{SECOND}}}|\S))")

# A scan state: (completed tokens, current partial token, its kind).
_State = tuple[tuple[str, ...], str, int]
_NONE, _ALPHA, _DIGIT = 0, 1, 2


class _GiveUp(Exception):
    pass


def _classes(op, av, c) -> tuple[set[str], bool, bool, set[str]]:  # type: ignore[no-untyped-def]
    """(letters, digit?, space?, other characters) a character node matches."""
    letters: set[str] = set()
    digit = space = False
    others: set[str] = set()
    members = [(c.LITERAL, av)] if op is c.LITERAL else list(av)
    if members and members[0][0] is c.NEGATE:
        if any(m is c.CATEGORY and v in (c.CATEGORY_NOT_SPACE, c.CATEGORY_UNI_NOT_SPACE)
               for m, v in members):  # fmt: skip
            return letters, False, True, others  # [^\S\n]: white space
        raise _GiveUp
    for member, value in members:
        if member is c.LITERAL or (member is c.RANGE and value[1] - value[0] < 64):
            codes = [value] if member is c.LITERAL else range(value[0], value[1] + 1)
            for code in codes:
                ch = chr(code)
                if ch.isalpha():
                    letters.add(ch.lower())
                elif ch.isdigit():
                    digit = True
                elif ch.isspace():
                    space = True
                else:
                    others.add(ch)
        elif member is c.CATEGORY and value in (c.CATEGORY_DIGIT, c.CATEGORY_UNI_DIGIT):
            digit = True
        elif member is c.CATEGORY and value in (c.CATEGORY_SPACE, c.CATEGORY_UNI_SPACE):
            space = True
        else:
            raise _GiveUp
    return letters, digit, space, others


def _close(state: _State) -> tuple[str, ...]:
    tokens, partial, _ = state
    return tokens + (partial,) if partial else tokens


def _step(states: set[_State], node, c, done: set[tuple[str, str]]) -> set[_State]:  # type: ignore[no-untyped-def]
    op, av = node
    letters, digit, space, others = _classes(op, av, c)
    out: set[_State] = set()

    def emit(state: _State) -> None:
        if len(state[0]) >= 2:
            done.add((state[0][0], state[0][1]))
        else:
            out.add(state)

    for state in states:
        tokens, partial, kind = state
        if space:
            emit((_close(state), "", _NONE))
        for ch in letters:
            if kind == _ALPHA:
                # Tokens are compared by their first letters only.
                if len(partial) >= (SECOND if tokens else FIRST):
                    if tokens:
                        done.add((tokens[0], partial))
                    else:
                        out.add(state)
                else:
                    emit((tokens, partial + ch, _ALPHA))
            else:
                emit((_close(state), ch, _ALPHA))
        if digit:
            emit(state if kind == _DIGIT else (_close(state), "#", _DIGIT))
        for ch in others:
            emit((_close(state) + (ch,), "", _NONE))
    return out


def _walk(items, states: set[_State], c, done: set[tuple[str, str]]) -> set[_State]:  # type: ignore[no-untyped-def]
    for op, av in items:
        if not states:
            break
        if op in (c.ASSERT, c.ASSERT_NOT, c.AT):
            continue
        if op is c.LITERAL or op is c.IN:
            states = _step(states, (op, av), c, done)
        elif op is c.BRANCH:
            states = set().union(*(_walk(list(b), set(states), c, done) for b in av[1]))
        elif op is c.SUBPATTERN:
            states = _walk(list(av[-1]), states, c, done)
        elif op is c.ATOMIC_GROUP:
            states = _walk(list(av), states, c, done)
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", None)):
            low, high, sub = av
            reached = set(states) if low == 0 else set()
            current = states
            for count in range(1, 9):
                if count > high:
                    break
                current = _walk(list(sub), current, c, done)
                if count >= low:
                    if current <= reached:
                        break
                    reached |= current
                if not current:
                    break
            else:
                if high > 8 and current and not current <= reached:
                    raise _GiveUp
            states = reached
        elif op is c.GROUPREF_EXISTS:
            yes, no = av[1], av[2]
            states = _walk(list(yes), set(states), c, done) | (
                _walk(list(no), set(states), c, done) if no is not None else set(states)
            )
        elif op is c.GROUPREF:
            # A back reference: any token may come; states that already
            # hold a first token end with an unknown second one.
            for tokens, partial, _ in states:
                first = (tokens + (partial,))[0] if (tokens or partial) else None
                if first is None:
                    raise _GiveUp
                done.add((first, "*"))
            states = set()
        else:
            raise _GiveUp
        if len(states) + len(done) > _LIMIT:
            raise _GiveUp
    return states


def first_tokens(body: str) -> set[tuple[str, str]] | None:
    """The (first, second) tokens a rule can start with; "*" for a second
    token that can be anything (or nothing).  None when they cannot be
    listed."""
    try:
        from re import _constants as c  # type: ignore[attr-defined]  # noqa: PLC0415
        from re import _parser  # type: ignore[attr-defined]  # noqa: PLC0415

        done: set[tuple[str, str]] = set()
        ends = _walk(list(_parser.parse(body, FLAGS)), {((), "", _NONE)}, c, done)
    except (_GiveUp, Exception):  # noqa: BLE001  (an internal API: no table rather than no scan)
        return None
    for state in ends:
        tokens = _close(state)
        if not tokens:
            return None  # the rule can match nothing at all
        done.add((tokens[0], tokens[1] if len(tokens) > 1 else "*"))
    return done


def build() -> tuple[dict[tuple[str, str], tuple[str, ...]],
                     dict[str, tuple[tuple[str, ...], bool | None]], tuple[str, ...]]:  # fmt: skip
    """(rules by first two tokens, (rules by first token alone, whether the
    next token matters), rules tried everywhere), in priority order."""
    order = {name: i for i, name in enumerate(RULE_NAMES)}
    pairs: dict[tuple[str, str], set[str]] = {}
    wild: dict[str, set[str]] = {}
    everywhere: set[str] = set()
    for name, body in RULES:
        starts = first_tokens(_p(body))
        if starts is None:
            everywhere.add(name)
            continue
        for first, second in starts:
            if second == "*":
                wild.setdefault(first, set()).add(name)
            else:
                pairs.setdefault((first, second), set()).add(name)
    firsts = {first for first, _ in pairs} | set(wild)

    def ordered(names: set[str]) -> tuple[str, ...]:
        return tuple(sorted(names | everywhere, key=order.__getitem__))

    by_pair = {pair: ordered(names | wild.get(pair[0], set())) for pair, names in pairs.items()}
    # A first token whose rules do not depend on the next one needs no look.
    by_pair_needed = {first for first, _ in by_pair}
    by_first = {
        first: (ordered(wild.get(first, set())), True if first in by_pair_needed else None) for first in firsts
    }
    return by_pair, by_first, ordered(set())


#: The tables are computed from the grammar (half a second: every rule's
#: parse tree is walked) and shipped in TABLE_PATH, keyed by a hash of the
#: grammar, so that importing factcheck does not pay for it; a grammar
#: edited without regenerating them (``python -m
#: factcheck.normalize.temporal_dispatch``) is walked at import, and a
#: test says the shipped tables are stale.
TABLE_PATH = Path(__file__).with_name("dispatch_table.json")
#: Bump when ``build`` itself changes what it computes.
_BUILD_VERSION = 1


def grammar_key() -> str:
    source = repr((_BUILD_VERSION, FIRST, SECOND, RULES, FLAGS))
    return hashlib.sha256(source.encode("utf-8")).hexdigest()


def dump_tables(tables: tuple[dict, dict, tuple]) -> str:  # type: ignore[type-arg]
    """The tables as JSON: each distinct tuple of rules once."""
    by_pair, by_first, anywhere = tables
    combos = sorted({*by_pair.values(), *(rules for rules, _ in by_first.values())})
    index = {rules: i for i, rules in enumerate(combos)}
    data = {
        "grammar": grammar_key(),
        "combos": [list(rules) for rules in combos],
        "pairs": {f"{first}\t{second}": index[rules] for (first, second), rules in sorted(by_pair.items())},
        "first": {first: [index[rules], look] for first, (rules, look) in sorted(by_first.items())},
        "anywhere": list(anywhere),
    }
    return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\n"


def _load_tables() -> tuple[dict, dict, tuple] | None:  # type: ignore[type-arg]
    try:
        data = json.loads(TABLE_PATH.read_text(encoding="utf-8"))
        if data.get("grammar") != grammar_key():
            return None
        combos = [tuple(rules) for rules in data["combos"]]
        by_pair = {tuple(pair.split("\t", 1)): combos[i] for pair, i in data["pairs"].items()}
        by_first = {first: (combos[i], look) for first, (i, look) in data["first"].items()}
        return by_pair, by_first, tuple(data["anywhere"])
    except (OSError, ValueError, KeyError, IndexError, TypeError):
        return None  # missing or damaged: computed instead


RULES_BY_PAIR, RULES_BY_FIRST, RULES_ANYWHERE = _load_tables() or build()  # type: ignore[misc]
if RULES_ANYWHERE:  # every rule must be listed by its start (the scanner relies on it)
    raise RuntimeError(f"rules with no listed start: {RULES_ANYWHERE}")


def candidates(text: str, word: re.Match[str]) -> tuple[str, ...]:
    """The rules that may start at ``word``, in priority order."""
    token = word.group()
    first = "#" if token[0].isdigit() else token[:FIRST].lower()
    entry = RULES_BY_FIRST.get(first)
    if entry is None:
        return RULES_ANYWHERE
    rules, look = entry
    if look is None:
        return rules
    following = NEXT_TOKEN.match(text, word.end())
    if following is None:
        return rules
    second = following.group(1)
    second = "#" if second[0].isdigit() else second[:SECOND].lower()
    return RULES_BY_PAIR.get((first, second), rules)


class Chain:
    """The rules that may start at a place, tried as one regular expression.

    ``match(k)`` is the alternation of the rules from the k-th on, each a
    group named after it, so one call of the regex engine tries them all in
    priority order (``m.lastgroup`` tells which matched); when that rule's
    reading fails, the scanner goes on with ``match(index[rule] + 1)``.
    The rules are written in lower case: ``match`` reads the text lowered
    (``temporal_base._lowered``), as a case-sensitive pattern, a third faster
    than ignoring case.  Compiled on first use: most of the 90 chains never
    meet a text.
    """

    __slots__ = ("rules", "index", "matchers")

    def __init__(self, rules: tuple[str, ...]) -> None:
        self.rules = rules
        self.index = {rule: i for i, rule in enumerate(rules)}
        #: ``match`` of each compiled alternation, None until first used.
        self.matchers: list = [None] * len(rules)  # type: ignore[type-arg]

    def match(self, k: int):  # type: ignore[no-untyped-def]
        matcher = self.matchers[k]
        if matcher is None:
            body = "|".join(f"(?P<{rule}>{_p(_BODY[rule])})" for rule in self.rules[k:])
            matcher = self.matchers[k] = re.compile(body, FLAGS & ~re.IGNORECASE).match
        return matcher


_BODY = dict(RULES)
_CHAINS: dict[tuple[str, ...], Chain] = {}


def _chain(rules: tuple[str, ...]) -> Chain:
    chain = _CHAINS.get(rules)
    if chain is None:
        chain = _CHAINS[rules] = Chain(rules)
    return chain


_SECONDS_OF: dict[str, dict[str, tuple[str, ...]]] = {}
for (_first, _second), _rules in RULES_BY_PAIR.items():
    _SECONDS_OF.setdefault(_first, {})[_second] = _rules


def _by_second(first: str) -> dict[str, Chain]:
    return {second: _chain(rules) for second, rules in _SECONDS_OF.get(first, {}).items()}


#: The tables above with chains for rule names, for the scanner: by first
#: token, (its chain, the chains by second token or None when the second
#: token does not matter).
CHAINS: dict[str, tuple[Chain, dict[str, Chain] | None]] = {
    first: (_chain(rules), _by_second(first) if look else None)
    for first, (rules, look) in RULES_BY_FIRST.items()
}


if __name__ == "__main__":  # regenerate the shipped tables after editing the grammar
    TABLE_PATH.write_text(dump_tables(build()), encoding="utf-8")
    print(f"wrote {TABLE_PATH}")
