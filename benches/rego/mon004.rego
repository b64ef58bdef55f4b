# MON004 long-term-grant: term > max_term (5y) or indefinite.
package datalint.mon004

import data.datalint.common
import rego.v1

max_term_days := 5 * 365.25

findings := [{"code": "MON004", "block": g.name, "severity": "warning"} |
	some g in common.grants
	common.longer(g.attributes.term, max_term_days)
]
