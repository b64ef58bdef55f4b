# Fixture for PTY005 oversight-not-independent: oversight by the granting authority, by a body
# that reports to a party organ, by a body a covered operator is affiliated with, and oversight
# not declared independent (false, or missing). One finding per oversight block, for the first
# reason that holds. Near miss: an independent supervisory authority that is none of these.

policy "Fixture PTY005: oversight that is not independent" {
  jurisdiction "CN"
  authority    p5_bureau
}

body p5_bureau "Data bureau (the granting authority)" {
  kind regulator
}

body p5_committee "City Party Committee" {
  kind party_organ
}

body p5_office "Office for data security under the party committee" {
  kind        other
  reports_to  p5_committee
  independent true
}

body p5_exchange "City data exchange" {
  kind data_exchange
}

body p5_audit_office "City audit office" {
  kind regulator
}

body p5_dpa "Independent data protection authority" {
  kind        supervisory_authority
  independent true
}

operator p5_exchange_co "Data exchange operating company" {
  kind            state_owned
  affiliated_with [p5_exchange]
}

operator p5_lab "University data lab" {
  kind research
}

dataset p5_traffic "Traffic counts" {
  categories [public.transport]
}

grant p5_grant_exchange "Authorization of the exchange company" {
  operator p5_exchange_co
  datasets [p5_traffic]
}

grant p5_grant_lab "Authorization of the university lab" {
  operator p5_lab
  datasets [p5_traffic]
}

# 1. The granting authority oversees its own grants (and says it is not independent).
oversight p5_by_grantor "Supervision by the bureau" {
  # expect: PTY005
  body        p5_bureau
  covers      [p5_grant_exchange, p5_grant_lab]
  independent false
}

# 2. The overseer reports to a party organ, although it is declared independent.
oversight p5_by_party_office "Supervision by the party committee's office" {
  # expect: PTY005
  body        p5_office
  covers      [p5_grant_lab]
  independent true
}

# 3. The operator of a covered grant is affiliated with the overseer.
oversight p5_by_exchange "Supervision by the data exchange" {
  body        p5_exchange
  # expect: PTY005
  covers      [p5_grant_lab, p5_grant_exchange]
  independent true
}

# 4a. Declared not independent.
oversight p5_by_audit_office "Supervision by the audit office" {
  body        p5_audit_office
  covers      [p5_grant_lab]
  # expect: PTY005
  independent false
}

# 4b. Independence not stated: the finding points at the block header.
# expect: PTY005
oversight p5_by_audit_office_2 "Second supervision by the audit office" {
  body   p5_audit_office
  covers [p5_grant_exchange]
}

# ok: PTY005
oversight p5_by_dpa "Supervision by the data protection authority" {
  body        p5_dpa
  covers      [p5_grant_exchange, p5_grant_lab]
  independent true
  powers      [audit, sanction, suspend, revoke, publish]
}
