# TRN001 grant-not-published: `published` is not true (false or missing).
package datalint.trn001

import data.datalint.common
import rego.v1

findings := [{"code": "TRN001", "block": g.name, "severity": "error"} |
	some g in common.grants
	not g.attributes.published.value == true
]
