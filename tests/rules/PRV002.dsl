# Fixture for PRV002 sensitive-without-separate-consent (an error in the cn profile).
# Fires on a grant of a sensitive dataset with legal_basis consent whose consent is not separate
# or written; a missing consent attribute counts. The finding points at `consent`, or at the
# grant header when `consent` is not given.
# Near misses: separate and written consent; another legal basis; a dataset that is not sensitive.

policy "Fixture PRV002 sensitive-without-separate-consent" {
  jurisdiction "CN"
  authority    p02_authority
}

body p02_authority "Municipal health commission" {
  kind regulator
}

operator p02_operator "Clinical research centre" {
  kind research
}

dataset p02_records "Electronic medical records" {
  categories [user.health_and_medical]
  subjects   [patients]
  source     health
}

dataset p02_phones "Telephone numbers" {
  categories [user.contact.phone_number]
  source     civil_affairs
}

grant p02_general "General consent" {
  operator    p02_operator
  datasets    [p02_records]
  legal_basis consent
  # expect: PRV002
  consent     general
}

# expect: PRV002
grant p02_no_consent_form "Consent basis, no consent form stated" {
  operator    p02_operator
  datasets    [p02_phones, p02_records]
  legal_basis consent
}

grant p02_consent_none "Consent basis, consent none" {
  operator    p02_operator
  datasets    [p02_records]
  legal_basis consent
  # expect: PRV002
  consent     none
}

grant p02_separate "Near miss: separate consent" {
  operator    p02_operator
  datasets    [p02_records]
  legal_basis consent
  # ok: PRV002
  consent     separate
}

grant p02_written "Near miss: written consent" {
  operator    p02_operator
  datasets    [p02_records]
  legal_basis consent
  # ok: PRV002
  consent     written
}

grant p02_by_law "Near miss: legal basis law, not consent" {
  operator    p02_operator
  datasets    [p02_records]
  legal_basis law
  # ok: PRV002
  consent     general
}

grant p02_not_sensitive "Near miss: dataset not sensitive" {
  operator    p02_operator
  datasets    [p02_phones]
  legal_basis consent
  # ok: PRV002
  consent     general
}

dataset p02_pupils "School health checks" {
  categories [user.childrens, user.health_and_medical]
  subjects   [minors, students]
  source     education
}

grant p02_guardian "Near miss: a guardian's consent for children's data (PRV003 asks for it)" {
  operator    p02_operator
  datasets    [p02_pupils]
  legal_basis consent
  # ok: PRV002
  consent     guardian
}
