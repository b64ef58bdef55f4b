# Fixture for PRV005 personal-data-not-anonymized.
# Fires on a grant of personal data (user.*) with access raw or api and anonymization none,
# pseudonymized or not given (not given counts as none). The finding points at `anonymization`,
# or at the grant header when `anonymization` is not given.
# Near misses: sandbox and query-only access; anonymized data; non-personal data.

policy "Fixture PRV005 personal-data-not-anonymized" {
  jurisdiction "NL"
  authority    p05_authority
}

body p05_authority "City council" {
  kind local_government
}

operator p05_operator "Data Broker B.V." {
  kind private
}

dataset p05_residents "Resident register" {
  categories [user.name, user.contact.address.street]
  source     civil_affairs
}

dataset p05_tables "Population tables" {
  categories [public.statistics]
  source     statistics
}

grant p05_raw_none "Raw access, anonymization none" {
  operator      p05_operator
  datasets      [p05_residents]
  access        raw
  # expect: PRV005
  anonymization none
}

# expect: PRV005
grant p05_api_absent "API access, anonymization not stated" {
  operator p05_operator
  datasets [p05_tables, p05_residents]
  access   api
}

grant p05_api_pseudonymized "API access, pseudonymized" {
  operator      p05_operator
  datasets      [p05_residents]
  access        api
  # expect: PRV005
  anonymization pseudonymized
}

grant p05_sandbox "Near miss: sandbox access" {
  operator      p05_operator
  datasets      [p05_residents]
  access        sandbox
  # ok: PRV005
  anonymization none
}

grant p05_anonymized "Near miss: anonymized" {
  operator      p05_operator
  datasets      [p05_residents]
  access        raw
  # ok: PRV005
  anonymization anonymized
}

grant p05_tables_raw "Near miss: non-personal data" {
  operator      p05_operator
  datasets      [p05_tables]
  access        raw
  # ok: PRV005
  anonymization none
}

# ok: PRV005
grant p05_query_only "Near miss: query-only access, anonymization not stated" {
  operator p05_operator
  datasets [p05_residents]
  access   query_only
}
