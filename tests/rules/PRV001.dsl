# Fixture for PRV001 sensitive-data-exposed.
# Fires on a grant of a sensitive dataset (a category marked sensitive in taxonomy.md) with
# access raw or api and anonymization none, pseudonymized or not given (not given counts as
# none). The finding points at the grant's `access` value.
# Near misses: sandbox access; k-anonymity; a personal but not sensitive dataset; no access stated.

policy "Fixture PRV001 sensitive-data-exposed" {
  jurisdiction "EU"
  authority    p01_authority
}

body p01_authority "Data authority" {
  kind regulator
}

operator p01_operator "Analytics operator" {
  kind private
}

dataset p01_health "Hospital records" {
  categories [user.health_and_medical, user.name]
  subjects   [patients]
  source     health
}

dataset p01_faces "Face templates" {
  categories [user.biometric.face]
  source     public_security
}

dataset p01_contacts "Contact register (personal, not sensitive)" {
  categories [user.name, user.contact.email]
  source     civil_affairs
}

grant p01_raw_none "Raw access, anonymization none" {
  operator      p01_operator
  datasets      [p01_health]
  # expect: PRV001
  access        raw
  anonymization none
}

grant p01_api_absent "API access, anonymization not stated" {
  operator p01_operator
  datasets [p01_contacts, p01_health]
  # expect: PRV001
  access   api
}

grant p01_api_pseudonymized "API access to pseudonymized biometric data" {
  operator      p01_operator
  datasets      [p01_faces]
  # expect: PRV001
  access        api
  anonymization pseudonymized
}

grant p01_sandbox "Near miss: sandbox access" {
  operator      p01_operator
  datasets      [p01_health]
  # ok: PRV001
  access        sandbox
  anonymization none
}

grant p01_k_anonymity "Near miss: k-anonymity, not none or pseudonymized" {
  operator      p01_operator
  datasets      [p01_health]
  # ok: PRV001
  access        raw
  anonymization k_anonymity
  k             10
}

grant p01_not_sensitive "Near miss: personal but not sensitive" {
  operator      p01_operator
  datasets      [p01_contacts]
  # ok: PRV001
  access        raw
  anonymization none
}

# ok: PRV001
grant p01_no_access "Near miss: no access stated" {
  operator      p01_operator
  datasets      [p01_health]
  anonymization none
}
