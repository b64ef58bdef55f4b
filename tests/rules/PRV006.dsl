# Fixture for PRV006 weak-k-anonymity (min_k 5).
# Fires (1) on anonymization k_anonymity with k below 5, at the `k` value; (2) on k_anonymity
# without k, at the grant header; (3) on a dataset holding date of birth, gender and postcode
# (by category or by join key, or mixed) released with anonymization none, pseudonymized or not
# given, at `anonymization` or, when it is not given, at the grant header.
# Near misses: k exactly 5; only two of the three attributes; aggregated release; k-anonymity
# with k 5 on the three attributes.

policy "Fixture PRV006 weak-k-anonymity" {
  jurisdiction "EU"
  authority    p06_authority
}

body p06_authority "National statistics office" {
  kind regulator
}

operator p06_operator "Survey Lab" {
  kind research
}

dataset p06_visits "Clinic visits" {
  categories [user.health_and_medical]
  source     health
}

dataset p06_census "Census microdata (three categories)" {
  categories [user.demographic.date_of_birth, user.demographic.gender, user.contact.address.postal_code]
  source     statistics
}

dataset p06_keyed "Survey file (three join keys)" {
  categories [user.unique_id.pseudonymous]
  source     health
  keys       [birth_date, gender, postcode]
}

dataset p06_mixed "Patient list (two categories and a postcode key)" {
  categories [user.demographic.date_of_birth, user.demographic.gender]
  source     health
  keys       [postcode, record_no]
}

dataset p06_two_of_three "Birth register (date of birth and gender only)" {
  categories [user.demographic.date_of_birth, user.demographic.gender]
  source     civil_affairs
  keys       [record_no]
}

grant p06_k3 "k-anonymity with k 3" {
  operator      p06_operator
  datasets      [p06_visits]
  access        raw
  anonymization k_anonymity
  # expect: PRV006
  k             3
}

grant p06_k5 "Near miss: k exactly 5" {
  operator      p06_operator
  datasets      [p06_visits]
  access        raw
  anonymization k_anonymity
  # ok: PRV006
  k             5
}

# expect: PRV006
grant p06_k_missing "k-anonymity without k" {
  operator      p06_operator
  datasets      [p06_visits]
  access        raw
  anonymization k_anonymity
}

grant p06_census_none "Three categories, anonymization none" {
  operator      p06_operator
  datasets      [p06_census]
  access        raw
  # expect: PRV006
  anonymization none
}

grant p06_keyed_pseudonymized "Three join keys, pseudonymized" {
  operator      p06_operator
  datasets      [p06_keyed]
  access        api
  # expect: PRV006
  anonymization pseudonymized
}

# expect: PRV006
grant p06_mixed_not_stated "Categories and a key, anonymization not stated" {
  operator p06_operator
  datasets [p06_visits, p06_mixed]
  access   sandbox
}

grant p06_two_of_three_none "Near miss: only date of birth and gender" {
  operator      p06_operator
  datasets      [p06_two_of_three]
  access        raw
  # ok: PRV006
  anonymization none
}

grant p06_census_aggregated "Near miss: aggregated release" {
  operator      p06_operator
  datasets      [p06_census]
  access        aggregated
  # ok: PRV006
  anonymization aggregated
}

grant p06_census_k5 "Near miss: the three attributes under k-anonymity with k 5" {
  operator      p06_operator
  datasets      [p06_census]
  access        raw
  # ok: PRV006
  anonymization k_anonymity
  k             5
}
