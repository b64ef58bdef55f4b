# Fixture for MON001 exclusive-grant: a grant that says `exclusive true` fires (an error, or a
# warning with a justification and a review interval of at most 3y: still a finding); a
# non-exclusive grant and a grant that says nothing about exclusivity do not.

policy "Re-use licences for the national road database" {
  jurisdiction "DE"
  authority    m1_agency
  status       draft
  date         2025-04-01
  language     "en"
}

body m1_agency "Federal Road Data Agency" {
  kind         regulator
  jurisdiction "DE"
}

operator m1_mapco "Kartendienst GmbH" {
  kind private
}

operator m1_ferry "Inselfähren AG" {
  kind private
}

operator m1_lab "Institute for Transport Research" {
  kind research
}

dataset m1_roads "Road network and traffic counts" {
  categories [public.transport, public.infrastructure]
  records    4_200_000
  source     transport
}

dataset m1_ports "Ferry timetables and port calls" {
  categories [public.transport]
  records    120_000
  source     transport
}

grant m1_map_exclusive "Exclusive licence for navigation maps" {
  operator  m1_mapco
  datasets  [m1_roads]
  scope     national
  # expect: MON001
  exclusive true
  term      4y
  selection open_tender
}

grant m1_ferry_service "Exclusive licence for the island ferry information service" {
  operator        m1_ferry
  datasets        [m1_ports]
  scope           sectoral
  # expect: MON001
  exclusive       true
  justification   "The ferry information service for the islands would not be offered without exclusive access."
  review_interval 3y
  term            12mo
  selection       open_tender
}

grant m1_ferry_renewal "Exclusive licence with a justification but a five-year review" {
  operator        m1_ferry
  datasets        [m1_ports]
  scope           sectoral
  # expect: MON001
  exclusive       true
  justification   "Continuity of the island ferry information service."
  review_interval 5y
  selection       competitive_negotiation
}

grant m1_research "Non-exclusive research licence" {
  operator  m1_lab
  datasets  [m1_roads]
  scope     national
  # ok: MON001
  exclusive false
  term      3y
  selection open_tender
}

# ok: MON001
grant m1_open_reuse "Re-use licence that says nothing about exclusivity" {
  operator  m1_lab
  datasets  [m1_ports]
  term      2y
  selection open_tender
}

clause m1_art4 "Article 4 - Exclusivity" {
  # ok: MON001
  text "The ferry licence is exclusive for twelve months because the service would not exist otherwise."
  applies_to [m1_ferry_service]
}
