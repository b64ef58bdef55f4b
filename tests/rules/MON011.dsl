# Fixture for MON011 discriminatory-eligibility: a grant with a non-empty `excludes` fires at
# `excludes`; clauses matching LOCAL_ONLY fire at the matched words, in Chinese (本市注册的企业,
# 注册地须在, 外资企业不得, 境外企业…不得) and English ("only domestically registered",
# "foreign … not eligible"). An empty or missing `excludes` does not, nor do clauses that open
# eligibility to all, "foreign applicants are not excluded", or the Shenzhen Data Regulations
# Art. 47 sentence on free open data.

policy "某市公共数据授权运营申请指南" {
  jurisdiction "CN-GD"
  authority    m11_bureau
  status       draft
  date         2025-03-03
  language     "zh-CN"
}

body m11_bureau "某市政务服务数据管理局" {
  kind regulator
}

operator m11_operator "某市数据运营有限公司" {
  kind state_owned
}

dataset m11_parking "公共停车场泊位数据" {
  categories [public.transport, public.infrastructure]
  records    400_000
  source     transport
}

grant m11_closed "停车数据授权运营" {
  operator  m11_operator
  datasets  [m11_parking]
  # expect: MON011
  excludes  [foreign, non_local]
  selection open_tender
}

grant m11_empty "停车数据开发利用授权" {
  operator  m11_operator
  datasets  [m11_parking]
  # ok: MON011
  excludes  []
  selection open_tender
}

# ok: MON011
grant m11_open "停车数据科研授权" {
  operator  m11_operator
  datasets  [m11_parking]
  selection open_tender
}

clause m11_art8 "第八条（申请条件）" {
  # expect: MON011
  text "申请授权运营的单位应当为在本市注册的企业法人，具有健全的数据安全管理制度。"
}

clause m11_art9 "第九条（注册地）" {
  # expect: MON011
  text "申请单位注册地须在本市行政区域内。"
}

clause m11_art10 "第十条（外资限制）" {
  # expect: MON011
  text "外资企业不得申请公共数据授权运营。"
}

clause m11_art11 "第十一条（境外主体）" {
  # expect: MON011
  text "境外企业及其控制的境内主体不得参与数据产品开发。"
}

clause m11_art12 "Article 12 - Eligibility" {
  # expect: MON011
  text "Only domestically registered companies may apply for access to the parking data."
}

clause m11_art13 "Article 13 - Foreign applicants" {
  # expect: MON011
  text "Foreign-invested enterprises are not eligible to apply."
}

clause m11_art14 "第十四条（平等参与）" {
  # ok: MON011
  text "境内外各类市场主体均可按照本指南平等申请。"
}

clause m11_art15 "Article 15 - Equal treatment" {
  # ok: MON011
  text "Foreign applicants are not excluded and apply on the same conditions as domestic ones."
}

clause m11_art16 "第十六条（开放数据不收费）" {
  # ok: MON011
  text "依照法律、法规规定开放公共数据，不得收取任何费用。"
}
