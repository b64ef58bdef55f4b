# PRV001 sensitive-data-exposed: a sensitive dataset, access raw or api, and
# anonymization none or pseudonymized (none when not given).
package datalint.prv001

import data.datalint.common
import rego.v1

findings := [{"code": "PRV001", "block": g.name, "severity": "error", "dataset": d.name} |
	some g in common.grants
	g.attributes.access.value in {"raw", "api"}
	not_anonymized(g)
	ds := common.datasets(g)
	common.sensitive(ds)
	d := common.first_sensitive(ds)
]

not_anonymized(g) if not g.attributes.anonymization

not_anonymized(g) if g.attributes.anonymization.value in {"none", "pseudonymized"}
