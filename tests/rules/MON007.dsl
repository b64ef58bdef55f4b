# Fixture for MON007 operator-concentration: three grants in jurisdiction CN-SD, two to one
# operator (9,000,000 records) and one to another (1,000,001 records: one dataset counts 1,000,000,
# one without `records` counts as one). HHI is about 8,200 > 1800, so MON007 fires once for the
# jurisdiction, at the operator of the first grant; the other grants' operators must stay silent.

policy "某省公共数据资源授权运营方案" {
  jurisdiction "CN-SD"
  authority    m7_bureau
  status       draft
  date         2025-06-30
  language     "zh-CN"
}

body m7_bureau "某省大数据局" {
  kind regulator
}

operator m7_group "某省数据集团有限公司" {
  kind state_owned
}

operator m7_lab "某大学数据实验室" {
  kind research
}

dataset m7_tax "企业纳税数据" {
  categories [public.enterprise_registry]
  records    6_000_000
  source     tax
}

dataset m7_registry "市场主体登记数据" {
  categories [public.enterprise_registry]
  records    3_000_000
  source     enterprise_registry
}

dataset m7_stats "分县统计汇总表" {
  categories [public.statistics]
  records    1_000_000
  source     statistics
}

dataset m7_budget "省级部门预算公开数据" {
  categories [public.budget]
  source     other
}

grant m7_tax_grant "企业纳税数据授权运营" {
  # expect: MON007
  operator  m7_group
  datasets  [m7_tax]
  scope     provincial
  selection open_tender
}

grant m7_registry_grant "市场主体登记数据授权运营" {
  # ok: MON007
  operator  m7_group
  datasets  [m7_registry]
  scope     provincial
  selection open_tender
}

grant m7_research "统计与预算数据科研授权" {
  # ok: MON007
  operator  m7_lab
  datasets  [m7_stats, m7_budget]
  scope     sectoral
  selection open_tender
}
