# Fixture for PTY002 party-organ-decision-rights: an operator whose party organization decides
# (party_role decisive), a granting authority whose reports_to chain reaches a party organ in
# three steps, oversight by a party organ, and clauses giving a party body approval or prior
# review (pattern list PARTY_DECISION). The case where the authority itself is a party organ is
# the rule's own example (a file holds one policy). Near misses: party_role advisory, oversight by
# an independent authority, and contract language ("either party", "a third-party organization").

policy "Fixture PTY002: party organs with decision rights" {
  jurisdiction "CN-GZ"
  # expect: PTY002
  authority    p2_district_bureau
}

body p2_city_committee "City Party Committee" {
  kind party_organ
}

body p2_city_gov "City People's Government" {
  kind       local_government
  reports_to p2_city_committee
}

body p2_district_gov "District People's Government" {
  kind       local_government
  reports_to p2_city_gov
}

body p2_district_bureau "District data bureau" {
  kind       regulator
  reports_to p2_district_gov
}

body p2_discipline "Discipline inspection commission" {
  kind party_organ
}

body p2_dpa "Independent data protection authority" {
  kind        supervisory_authority
  independent true
}

operator p2_city_data_co "City data operation company" {
  kind       state_owned
  # expect: PTY002
  party_role decisive
}

operator p2_lab "University data lab" {
  kind       research
  # ok: PTY002
  party_role advisory
}

dataset p2_traffic "Traffic counts" {
  categories [public.transport]
}

grant p2_grant_co "Authorization of the city data company" {
  operator p2_city_data_co
  datasets [p2_traffic]
}

grant p2_grant_lab "Authorization of the university lab" {
  operator p2_lab
  datasets [p2_traffic]
}

oversight p2_party_supervision "Supervision by the discipline inspection commission" {
  # expect: PTY002
  body        p2_discipline
  covers      [p2_grant_co]
  independent false
}

oversight p2_dpa_supervision "Supervision by the data protection authority" {
  # ok: PTY002
  body        p2_dpa
  covers      [p2_grant_co, p2_grant_lab]
  independent true
}

clause p2_art8 "Article 8 (party organization of the operator)" {
  # expect: PTY002
  text "党组织研究讨论是董事会、经理层决策重大经营管理事项的前置程序。"
}

clause p2_art9 "Article 9 (products)" {
  # expect: PTY002
  text "重大数据产品上架和重大合作项目，应当报省委网信委审定。"
}

clause p2_art10 "Article 10" {
  # expect: PTY002
  text "The Party committee of the operator approves every data product before it is sold."
}

clause p2_art11 "Article 11 (termination)" {
  # ok: PTY002
  text "Either party may terminate the agreement; a third-party organization reviews the accounts every year."
}

clause p2_art12 "Article 12" {
  # ok: PTY002
  text "The contracting party organization shall approve each invoice within thirty days."
}

clause p2_art13 "Article 13" {
  # ok: PTY002
  text "市人民政府组织部门开展数据安全审查；被授权运营单位应当建立健全党的组织。"
}
