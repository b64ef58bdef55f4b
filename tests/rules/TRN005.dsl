# Fixture for TRN005 no-oversight: a grant that no oversight block covers (finding at the grant's
# header). Near misses: grants covered by one oversight block, or by one of several.

policy "Fixture TRN005: grants without oversight" {
  jurisdiction "CN"
  authority    t5_bureau
}

body t5_bureau "Data bureau" {
  kind regulator
}

body t5_dpa "Independent supervisory authority" {
  kind        supervisory_authority
  independent true
}

operator t5_operator "Data operation company" {
  kind state_owned
}

dataset t5_traffic "Traffic counts" {
  categories [public.transport]
  source     transport
}

# ok: TRN005
grant t5_covered "Grant covered by the supervisory authority" {
  operator t5_operator
  datasets [t5_traffic]
}

# ok: TRN005
grant t5_covered_twice "Grant covered by two oversight blocks" {
  operator t5_operator
  datasets [t5_traffic]
}

# expect: TRN005
grant t5_uncovered "Grant no oversight covers" {
  operator t5_operator
  datasets [t5_traffic]
}

oversight t5_dpa_supervision "Supervision by the supervisory authority" {
  body        t5_dpa
  covers      [t5_covered, t5_covered_twice]
  independent true
}

oversight t5_bureau_supervision "Supervision by the bureau" {
  body   t5_bureau
  covers [t5_covered_twice]
}

# An oversight block that covers nothing.
oversight t5_idle "Supervision with no grants listed" {
  body t5_dpa
}
