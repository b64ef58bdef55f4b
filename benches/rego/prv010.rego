# PRV010 open-ended-purpose: a personal grant whose purposes are missing, empty
# or hold `any`; or a clause matching OPEN_PURPOSE (negation-guarded).
package datalint.prv010

import data.datalint.common
import rego.v1

grant_findings := [{"code": "PRV010", "block": g.name, "severity": "error"} |
	some g in common.grants
	open_purposes(g)
	common.personal(common.datasets(g))
]

open_purposes(g) if not g.attributes.purposes

open_purposes(g) if count(g.attributes.purposes.value) == 0

open_purposes(g) if {
	some p in g.attributes.purposes.value
	p.value == "any"
}

clause_findings := [{"code": "PRV010", "block": c.name, "severity": "error"} |
	some c in common.clauses
	open_purpose(lower(c.attributes.text.value))
]

findings := array.concat(grant_findings, clause_findings)

regexes := [
	`其(他|它)(合法(的)?)?用途`,
	`任(何|意)(合法(的)?)?(用途|目的)`,
	`\b(((be|are|is) )?(used|processed|disclosed|shared|re-?used|exploited|transferred) |(use|process|disclose|share|re-?use|exploit|transfer)s?\b[^,.;!?\n]{0,30}?)?for any (lawful |legitimate )?purposes?\b`,
	`\bsuch other purposes as\b`,
	`\b(purposes?|uses)\b[^.;!?\n]{0,20}?\binclud(e|es|ing),? but (are |is )?not limited to\b`,
]

open_purpose(lt) if common.matches_any(lt, regexes, true, {"not", "never"})

# 用途/目的/使用范围 … 包括但不限于 (up to 15 characters between, no comma but one right before)
open_purpose(lt) if {
	some m in regex.find_n(`包括但不限于`, lt, -1)
	j := indexof(lt, m)
	not common.negated(lt, j)
	before := trim_right(substring(lt, max([0, j - 16]), min([j, 16])), "，,：:")
	segment := common.clause_tail(before)
	some w in ["用途", "目的", "使用范围"]
	contains(segment, w)
}
