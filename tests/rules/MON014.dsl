# Fixture for MON014 no-fair-competition-review: `fair_competition_review false` fires at the
# attribute, a grant without it fires at its header (a warning; an error in the cn profile, which
# jurisdiction CN-SH selects); `fair_competition_review true` does not.

policy "上海市某区公共数据授权运营实施方案" {
  jurisdiction "CN-SH"
  authority    m14_district
  status       draft
  date         2025-07-01
  language     "zh-CN"
}

body m14_district "某区大数据中心" {
  kind regulator
}

operator m14_operator "某区数据运营有限公司" {
  kind state_owned
}

dataset m14_streets "城市部件与道路设施数据" {
  categories [public.infrastructure]
  records    700_000
  source     other
}

grant m14_unreviewed "城市部件数据授权运营" {
  operator                m14_operator
  datasets                [m14_streets]
  # expect: MON014
  fair_competition_review false
}

# expect: MON014
grant m14_silent "道路设施数据授权运营" {
  operator m14_operator
  datasets [m14_streets]
  term     3y
}

grant m14_reviewed "城市部件数据开发利用授权" {
  operator                m14_operator
  datasets                [m14_streets]
  # ok: MON014
  fair_competition_review true
}

clause m14_art4 "第四条（公平竞争审查）" {
  # ok: MON014
  text "本方案出台前，应当依照《公平竞争审查条例》开展公平竞争审查。"
}
