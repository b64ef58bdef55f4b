# Fixture for PTY004 party-organ-data-access: standing access by party organs that no statute
# provides for (an administrative request, no basis at all). Near misses: a party organ's access
# with basis statute, and a security organ's access (PTY003's concern, not this rule's).

policy "Fixture PTY004: party-organ access to data" {
  jurisdiction "CN"
  authority    p4_bureau
}

body p4_bureau "Data bureau" {
  kind regulator
}

body p4_commission "Political and legal affairs commission" {
  kind party_organ
}

body p4_discipline "Discipline inspection commission" {
  kind party_organ
}

body p4_police "Public security bureau" {
  kind security_organ
}

dataset p4_population "Population register" {
  categories [user.name, user.government_id.national_identification_number, user.contact.address]
  source     public_security
}

access p4_commission_query "Queries by the political and legal affairs commission" {
  body     p4_commission
  datasets [p4_population]
  # expect: PTY004
  basis    administrative_request
}

# No basis at all: the finding points at the block header.
# expect: PTY004
access p4_discipline_query "Queries by the discipline inspection commission" {
  body     p4_discipline
  datasets [p4_population]
  logging  true
}

access p4_discipline_statute "Queries under the statute on supervision" {
  body     p4_discipline
  datasets [p4_population]
  # ok: PTY004
  basis    statute
}

access p4_police_query "Queries by the police" {
  body     p4_police
  datasets [p4_population]
  # ok: PTY004
  basis    administrative_request
}
