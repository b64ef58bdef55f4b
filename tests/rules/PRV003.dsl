# Fixture for PRV003 minors-data.
# Fires on a grant of a dataset whose subjects include minors, or with a category under
# user.childrens, when consent is not guardian (a missing consent counts). The finding points at
# `consent`, or at the grant header when `consent` is not given.
# Near misses: guardian consent; a dataset of students and residents without minors.

policy "Fixture PRV003 minors-data" {
  jurisdiction "CN-SH"
  authority    p03_authority
}

body p03_authority "Municipal education bureau" {
  kind regulator
}

operator p03_operator "Education platform" {
  kind state_owned
}

dataset p03_pupils "Pupil registry" {
  categories [user.name, user.demographic.date_of_birth]
  subjects   [students, minors]
  source     education
}

dataset p03_child_health "Child health checks" {
  categories [user.childrens, user.health_and_medical]
  source     health
}

dataset p03_adult_learners "Adult learners" {
  categories [user.name, user.contact.email]
  subjects   [students, residents]
  source     education
}

# expect: PRV003
grant p03_no_consent "Minors as subjects, no consent stated" {
  operator    p03_operator
  datasets    [p03_pupils]
  legal_basis law
}

grant p03_separate_consent "Children's category, separate but not guardian consent" {
  operator    p03_operator
  datasets    [p03_adult_learners, p03_child_health]
  legal_basis consent
  # expect: PRV003
  consent     separate
}

grant p03_guardian "Near miss: guardian consent" {
  operator    p03_operator
  datasets    [p03_pupils, p03_child_health]
  legal_basis consent
  # ok: PRV003
  consent     guardian
}

# ok: PRV003
grant p03_adults "Near miss: no minors" {
  operator    p03_operator
  datasets    [p03_adult_learners]
  legal_basis consent
}
