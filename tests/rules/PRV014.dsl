# Fixture for PRV014 cross-border-without-assessment.
# Fires on a grant with cross_border true whose transfer_assessment is false or not given, at the
# `cross_border` value; the rule reads no data categories, so non-personal data count too.
# Near misses: an assessment made; cross_border false.

policy "Fixture PRV014 cross-border-without-assessment" {
  jurisdiction "CN"
  authority    p14_authority
}

body p14_authority "Ministry of Transport" {
  kind ministry
}

operator p14_operator "Logistics Data Co." {
  kind state_owned
}

dataset p14_tracks "Freight vehicle tracks" {
  categories [user.government_id.vehicle_registration, user.location.trajectory]
  source     transport
}

dataset p14_ports "Port throughput statistics" {
  categories [public.statistics]
  source     transport
}

grant p14_assessment_false "Abroad, assessment false" {
  operator            p14_operator
  datasets            [p14_tracks]
  # expect: PRV014
  cross_border        true
  transfer_assessment false
}

grant p14_assessment_not_stated "Abroad, assessment not stated" {
  operator     p14_operator
  datasets     [p14_tracks]
  # expect: PRV014
  cross_border true
}

grant p14_ports_abroad "Abroad, non-personal data, no assessment" {
  operator     p14_operator
  datasets     [p14_ports]
  # expect: PRV014
  cross_border true
}

grant p14_assessed "Near miss: assessment made" {
  operator            p14_operator
  datasets            [p14_tracks]
  # ok: PRV014
  cross_border        true
  transfer_assessment true
}

grant p14_domestic "Near miss: data stay in the jurisdiction" {
  operator     p14_operator
  datasets     [p14_tracks]
  # ok: PRV014
  cross_border false
}
