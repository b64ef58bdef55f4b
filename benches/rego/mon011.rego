# MON011 discriminatory-eligibility: a non-empty `excludes`, or a clause matching LOCAL_ONLY.
package datalint.mon011

import data.datalint.common
import rego.v1

grant_findings := [{"code": "MON011", "block": g.name, "severity": "error"} |
	some g in common.grants
	count(g.attributes.excludes.value) > 0
]

clause_findings := [{"code": "MON011", "block": c.name, "severity": "error"} |
	some c in common.clauses
	local_only(lower(c.attributes.text.value))
]

findings := array.concat(grant_findings, clause_findings)

regexes := [
	`(本地|本市|本省|本区|本县)(依法)?(注册|设立|登记)(的)?(企业|法人)`,
	`注册地(必须|须|应当|应)(位于|设在|在)`,
	`外(资|商投资)(企业)?(不得|除外)`,
	`\bdomestically[- ]registered\b[^.;!?\n]{0,30}?\bonly\b`,
	`\bonly\b[^.;!?\n]{0,30}?\b(domestically|locally)[- ]registered\b`,
	`\bforeign\b[^.;!?\n]{0,40}?(\bnot\s+eligible\b|\bineligible\b|\b(are|is|be|been|being)\s+excluded\b)`,
]

local_only(lt) if common.matches_any(lt, regexes, false, set())

# 境外主体 … 不得, 境外企业 … 不得 (within 20 characters of one sentence)
local_only(lt) if common.gap_match(lt, `境外(主体|企业)`, 20, "不得")
