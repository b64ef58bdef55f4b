# Fixture for MON006 no-competitive-selection: `selection direct_award` and `designation` fire at
# `selection` (errors), a grant without `selection` fires at its header (a warning); clauses
# matching DIRECT_AWARD fire at the matched words (直接授权, 指定…为…运营主体, 独家运营, "sole
# operator", "single-source"). Open tender and competitive negotiation do not, nor do clauses on
# open tendering, a "non-exclusive operator" or 非独家授权.

policy "某市公共数据授权运营管理暂行办法" {
  jurisdiction "CN-JS"
  authority    m6_bureau
  status       consultation
  date         2024-12-02
  language     "zh-CN"
}

body m6_bureau "某市数据资源管理局" {
  kind regulator
}

operator m6_group "某市大数据集团有限公司" {
  kind state_owned
}

operator m6_firm "某数据科技有限公司" {
  kind private
}

dataset m6_utilities "水电气缴费汇总数据" {
  categories [public.infrastructure]
  records    12_000_000
  source     utilities
}

dataset m6_env "环境监测数据" {
  categories [public.environment]
  records    3_000_000
  source     environment
}

grant m6_direct "公用事业数据授权运营" {
  operator  m6_group
  datasets  [m6_utilities]
  # expect: MON006
  selection direct_award
}

grant m6_designated "环境数据授权运营" {
  operator  m6_group
  datasets  [m6_env]
  # expect: MON006
  selection designation
}

# expect: MON006
grant m6_unstated "公用事业数据增值开发授权" {
  operator m6_firm
  datasets [m6_utilities]
  term     3y
}

grant m6_tender "环境数据开发利用授权" {
  operator  m6_firm
  datasets  [m6_env]
  # ok: MON006
  selection open_tender
}

grant m6_negotiated "公用事业数据分析授权" {
  operator  m6_firm
  datasets  [m6_utilities]
  # ok: MON006
  selection competitive_negotiation
}

clause m6_art5 "第五条（运营主体）" {
  # expect: MON006
  text "市人民政府直接授权某市大数据集团有限公司开展全市公共数据授权运营。"
}

clause m6_art6 "第六条（指定运营主体）" {
  # expect: MON006
  text "市数据局指定某市大数据集团有限公司为本市公共数据授权运营主体，由其独家运营公用事业数据。"
}

clause m6_art7 "Article 7 - Operator" {
  # expect: MON006
  text "The Bureau appoints the City Data Group as the sole operator of the utilities data."
}

clause m6_art8 "Article 8 - Procurement" {
  # expect: MON006
  text "The platform contract is awarded through a single-source procedure."
}

clause m6_art9 "第九条（公开招标）" {
  # ok: MON006
  text "被授权运营单位通过公开招标方式确定，招标结果向社会公示。"
}

clause m6_art10 "第十条（非独家授权）" {
  # ok: MON006
  text "环境监测数据采用非独家授权方式，向符合条件的各类市场主体平等开放。"
}

clause m6_art11 "Article 11 - Non-exclusive use" {
  # ok: MON006
  text "Each re-user is licensed as a non-exclusive operator of the environmental data API."
}
