# Fixture for MON004 long-term-grant: a term over 5y (61mo, 20y) or indefinite fires at `term`;
# exactly 5y or 60mo does not, nor does a grant without a term.

policy "某市公共数据授权运营实施细则（征求意见稿）" {
  jurisdiction "CN-SC"
  authority    m4_bureau
  status       consultation
  date         2025-03-10
  language     "zh-CN"
}

body m4_bureau "某市大数据中心" {
  kind regulator
}

operator m4_city_data "某市数据运营有限公司" {
  kind state_owned
}

operator m4_univ "某大学交通研究所" {
  kind research
}

dataset m4_transport "公交线路与站点数据" {
  categories [public.transport]
  records    150_000
  source     transport
}

dataset m4_weather "气象观测数据" {
  categories [public.weather]
  records    5_000_000
  source     environment
}

grant m4_twenty "公共交通数据授权运营" {
  operator  m4_city_data
  datasets  [m4_transport]
  # expect: MON004
  term      20y
  selection open_tender
}

grant m4_unlimited "气象数据长期授权" {
  operator  m4_city_data
  datasets  [m4_weather]
  # expect: MON004
  term      indefinite
  selection open_tender
}

grant m4_sixty_one "公交数据授权（六十一个月）" {
  operator  m4_univ
  datasets  [m4_transport]
  # expect: MON004
  term      61mo
}

grant m4_five "气象数据科研授权（五年）" {
  operator  m4_univ
  datasets  [m4_weather]
  # ok: MON004
  term      5y
}

grant m4_sixty "公交数据授权（六十个月）" {
  operator  m4_univ
  datasets  [m4_transport]
  # ok: MON004
  term      60mo
}

# ok: MON004
grant m4_no_term "未约定期限的授权" {
  operator m4_univ
  datasets [m4_weather]
}

clause m4_art11 "第十一条（授权期限）" {
  # ok: MON004
  text "授权运营期限最长不超过五年。"
}
