# MON002 exclusive-term-too-long: exclusive and term > max_exclusive_term (12mo) or indefinite.
package datalint.mon002

import data.datalint.common
import rego.v1

max_exclusive_term_days := 365.25

findings := [{"code": "MON002", "block": g.name, "severity": "error"} |
	some g in common.grants
	g.attributes.exclusive.value == true
	common.longer(g.attributes.term, max_exclusive_term_days)
]
