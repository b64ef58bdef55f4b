# MON001 exclusive-grant: an exclusive grant; a warning when it has a
# justification and a review_interval of at most 3y.
package datalint.mon001

import data.datalint.common
import rego.v1

findings := [{"code": "MON001", "block": g.name, "severity": severity(g)} |
	some g in common.grants
	g.attributes.exclusive.value == true
]

severity(g) := "warning" if {
	g.attributes.justification
	g.attributes.review_interval.days <= 3 * 365.25
} else := "error"
