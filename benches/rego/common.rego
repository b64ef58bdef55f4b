# Helpers shared by the eight rules: block lists, references, the taxonomy
# flags datalint exports with each category, durations and clause patterns.
#
# Written in the linear form: every collection is an array comprehension and
# every lookup an index into input.blocks (a reference's `block`). Rules that
# build sets or objects by iteration (`x contains y if …`) are quadratic in
# rego-cpp 1.5, so none is used.
package datalint.common

import rego.v1

grants := [b | some b in input.blocks; b.kind == "grant"]

clauses := [b | some b in input.blocks; b.kind == "clause"]

# The datasets a grant names, resolved.
datasets(g) := [input.blocks[r.block] | some r in g.attributes.datasets.value]

personal(ds) if {
	some d in ds
	some c in d.attributes.categories.value
	c.personal
}

sensitive(ds) if {
	some d in ds
	some c in d.attributes.categories.value
	c.sensitive
}

first_sensitive(ds) := [d | some d in ds; some c in d.attributes.categories.value; c.sensitive][0]

# A duration attribute longer than `days` (indefinite is longer than all).
longer(duration, _) if duration.indefinite

longer(duration, days) if {
	not duration.indefinite
	duration.days > days
}

word(block, attr) := block.attributes[attr].value

# ---- clause patterns -------------------------------------------------------
#
# rego-cpp's regex builtins work on bytes, not characters: `.` and `[^…]`
# match single bytes of a Chinese character. So the Chinese forms below are
# literal alternations, and the forms with a gap (指定…为…运营主体) are
# matched with string functions, which count characters. Latin text is
# lowered first (the pattern lists are case-insensitive for Latin script).

sentence_ends := {"。": "\n", "；": "\n", ";": "\n", "！": "\n", "？": "\n", "!": "\n", "?": "\n"}

clause_seps := {"。": "\n", "；": "\n", ";": "\n", "！": "\n", "？": "\n", "!": "\n", "?": "\n", "，": "\n", ",": "\n"}

# The part of `s` before its first sentence end.
sentence_head(s) := split(strings.replace_n(sentence_ends, s), "\n")[0]

# The part of `s` after its last sentence end or comma.
clause_tail(s) := t if {
	parts := split(strings.replace_n(clause_seps, s), "\n")
	t := parts[count(parts) - 1]
}

negation_phrases := ["不得", "禁止", "严禁", "不能", "不可"]

# A negation just before position i (up to 24 characters, same sentence, no comma between).
negated(lt, i) if {
	start := max([0, i - 24])
	window := clause_tail(substring(lt, start, i - start))
	some p in negation_phrases
	contains(window, p)
}

negated(lt, i) if {
	start := max([0, i - 24])
	window := clause_tail(substring(lt, start, i - start))
	regex.match(`\b(shall not|may not|must not|no)\b`, window)
}

# The last word before position i (letters and digits; a trailing hyphen ignored).
word_before(lt, i) := w if {
	before := trim_right(substring(lt, 0, i), " \t-")
	ws := regex.find_n(`[a-z0-9]+$`, before, 1)
	count(ws) == 1
	w := ws[0]
}

rejected(lt, i, reject) if {
	w := word_before(lt, i)
	w in reject
}

# A match of one of `regexes` (on the lowered text) that no negation precedes
# (when `guard`) and whose previous word is not in `reject`.
matches_any(lt, regexes, guard, reject) if {
	some r in regexes
	some m in regex.find_n(r, lt, -1)
	i := indexof(lt, m)
	not_excluded(lt, i, guard, reject)
}

not_excluded(lt, i, guard, reject) if {
	not guard
	not rejected(lt, i, reject)
}

not_excluded(lt, i, guard, reject) if {
	guard
	not negated(lt, i)
	not rejected(lt, i, reject)
}

# `head` (a regex), then within `gap` characters of the same sentence `tail`.
gap_match(lt, head, gap, tail) if {
	some m in regex.find_n(head, lt, -1)
	i := indexof(lt, m) + count(m)
	segment := sentence_head(substring(lt, i, gap + count(tail)))
	j := indexof(segment, tail)
	j >= 0
	j <= gap
}
