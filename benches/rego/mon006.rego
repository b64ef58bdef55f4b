# MON006 no-competitive-selection: selection direct_award or designation (error),
# or missing (warning); or a clause matching DIRECT_AWARD.
package datalint.mon006

import data.datalint.common
import rego.v1

grant_findings := [{"code": "MON006", "block": g.name, "severity": severity(g)} |
	some g in common.grants
	uncompetitive(g)
]

uncompetitive(g) if not g.attributes.selection

uncompetitive(g) if g.attributes.selection.value in {"direct_award", "designation"}

severity(g) := "warning" if not g.attributes.selection
else := "error"

clause_findings := [{"code": "MON006", "block": c.name, "severity": "error"} |
	some c in common.clauses
	direct_award(lower(c.attributes.text.value))
]

findings := array.concat(grant_findings, clause_findings)

regexes := [
	`直接(授权|指定|委托)`,
	`唯一(授权)?运营`,
	`\bsingle[- ]source\b`,
	`\bsole\s+operators?\b`,
	`\bexclusive\s+operators?\b`,
	`\bdirect(ly)?\s+award`,
	`\bawarded\s+directly\b`,
]

direct_award(lt) if common.matches_any(lt, regexes, false, {"non"})

# 独家授权, 独家运营, but not 非独家
direct_award(lt) if {
	some m in regex.find_n(`独家(授权|运营)`, lt, -1)
	i := indexof(lt, m)
	substring(lt, max([0, i - 1]), min([i, 1])) != "非"
}

# 指定 … 为 … 运营主体/机构/单位, within one sentence
direct_award(lt) if {
	some m in regex.find_n(`指定`, lt, -1)
	i := indexof(lt, m) + 2
	segment := common.sentence_head(substring(lt, i, 60))
	j := indexof(segment, "为")
	j >= 0
	j <= 30
	rest := substring(segment, j + 1, 24)
	some t in ["运营主体", "运营机构", "运营单位"]
	k := indexof(rest, t)
	k >= 0
	k <= 20
}
