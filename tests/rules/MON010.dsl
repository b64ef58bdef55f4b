# Fixture for MON010 downstream-self-preferencing: an operator that says
# `competes_downstream true` fires at that attribute; `competes_downstream false` and an operator
# that does not say it do not.

policy "National data group consolidation plan" {
  jurisdiction "CN"
  authority    m10_admin
  status       consultation
  date         2025-05-20
  language     "en"
}

body m10_admin "National Data Administration" {
  kind regulator
}

operator m10_group "National Data Group Co., Ltd." {
  kind                state_owned
  # expect: MON010
  competes_downstream true
}

operator m10_exchange "National Data Exchange" {
  kind                data_exchange
  # ok: MON010
  competes_downstream false
}

# ok: MON010
operator m10_institute "University institute of data science" {
  kind research
}

dataset m10_credit "Enterprise credit records" {
  categories [public.enterprise_registry]
  records    185_000_000
  source     enterprise_registry
}

grant m10_core "Consolidated operation of enterprise credit data" {
  operator  m10_group
  datasets  [m10_credit]
  scope     national
  selection designation
}

grant m10_listing "Listing of credit data products" {
  operator  m10_exchange
  datasets  [m10_credit]
  scope     national
  selection competitive_negotiation
}

grant m10_research "Credit data for research" {
  operator  m10_institute
  datasets  [m10_credit]
  scope     sectoral
  selection open_tender
}

clause m10_art12 "Article 12 (Products)" {
  # ok: MON010
  text "The National Data Group develops and sells credit-scoring products built on the consolidated data."
  applies_to [m10_group]
}
