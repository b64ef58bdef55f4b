# Fixture for MON005 automatic-renewal: `renewal automatic` fires at `renewal`; clauses matching
# AUTO_RENEW fire at the matched words, in Chinese (自动顺延, 期满后自动续期, 期满视为续约, 无异议…延)
# and English (renewed automatically, tacitly renewed, evergreen). `renewal on_review` and
# `renewal none` do not, nor do clauses that renew only after a new application or review, or
# that say the term is not renewed automatically (不自动续期).

policy "某省公共数据授权运营协议示范文本" {
  jurisdiction "CN-HB"
  authority    m5_bureau
  status       draft
  date         2025-01-20
  language     "zh-CN"
}

body m5_bureau "某省数据局" {
  kind regulator
}

operator m5_operator "某省数字产业集团有限公司" {
  kind state_owned
}

dataset m5_registry "市场主体登记数据" {
  categories [public.enterprise_registry]
  records    6_000_000
  source     enterprise_registry
}

grant m5_auto "市场主体数据授权运营" {
  operator  m5_operator
  datasets  [m5_registry]
  term      3y
  # expect: MON005
  renewal   automatic
  selection open_tender
}

grant m5_review "市场主体数据授权运营（评估后续期）" {
  operator  m5_operator
  datasets  [m5_registry]
  term      3y
  # ok: MON005
  renewal   on_review
  selection open_tender
}

grant m5_none "市场主体数据一次性授权" {
  operator  m5_operator
  datasets  [m5_registry]
  term      2y
  # ok: MON005
  renewal   none
  selection open_tender
}

clause m5_art12 "第十二条（期限与续期）" {
  # expect: MON005
  text "授权期限届满，被授权运营单位未提出终止申请且授权主体无异议的，授权运营协议自动顺延五年。"
  applies_to [m5_auto]
}

clause m5_art13 "第十三条（续期）" {
  # expect: MON005
  text "本协议期满后自动续期一次，续期期限与原期限相同。"
}

clause m5_art14 "第十四条（视为续约）" {
  # expect: MON005
  text "协议期满视为续约，双方另有约定的除外。"
}

clause m5_art15 "Article 15 - Renewal" {
  # expect: MON005
  text "This agreement shall be renewed automatically for successive periods of two years."
}

clause m5_art16 "Article 16 - Tacit renewal" {
  # expect: MON005
  text "The licence is tacitly renewed each year unless the Bureau gives notice three months before it ends."
}

clause m5_art17 "Article 17 - Term" {
  # expect: MON005
  text "The licence is an evergreen arrangement that continues until terminated."
}

clause m5_art18 "第十八条（重新申请）" {
  # ok: MON005
  text "授权期限届满需要继续运营的，被授权运营单位应当在期限届满三个月前重新提出申请，经评估合格后重新签订授权运营协议。"
}

clause m5_art19 "第十九条（不自动续期）" {
  # ok: MON005
  text "授权运营协议期满不自动续期。"
}

clause m5_art20 "Article 20 - Review before renewal" {
  # ok: MON005
  text "The agreement may be renewed once, for at most three years, only after a new review and a new call for tenders."
}
