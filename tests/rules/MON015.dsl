# Fixture for MON015 no-exit-terms: `exit_terms false` fires at the attribute, a grant without it
# fires at its header; `exit_terms true` does not.

policy "Authorized operation of port logistics data" {
  jurisdiction "SG"
  authority    m15_authority
  status       draft
  date         2025-08-18
  language     "en"
}

body m15_authority "Port Data Authority" {
  kind regulator
}

operator m15_operator "Harbour Data Services Pte. Ltd." {
  kind private
}

dataset m15_calls "Vessel calls and berth schedules" {
  categories [public.transport]
  records    1_500_000
  source     transport
}

grant m15_no_exit "Operation of the berth schedule data" {
  operator   m15_operator
  datasets   [m15_calls]
  term       3y
  # expect: MON015
  exit_terms false
}

# expect: MON015
grant m15_silent "Operation of the vessel call data" {
  operator m15_operator
  datasets [m15_calls]
  term     2y
}

grant m15_exit "Operation of the logistics dashboard data" {
  operator   m15_operator
  datasets   [m15_calls]
  term       2y
  # ok: MON015
  exit_terms true
}

clause m15_art20 "Article 20 - End of the authorization" {
  # ok: MON015
  text "When the authorization ends, the operator returns the data and deletes every copy within 30 days."
  applies_to [m15_exit]
}
