# Fixture for MON009 regulator-affiliated-operator: operators affiliated with the granting
# authority (the policy's authority) or with the body it reports_to fire at the grant's `operator`
# (an error; a warning after an open tender). Operators affiliated only with another body (a
# sibling commission) or with nobody do not.

policy "某省公共数据授权运营管理办法（试行）" {
  jurisdiction "CN-HN"
  authority    m9_bureau
  status       adopted
  date         2024-09-01
  language     "zh-CN"
}

body m9_gov "某省人民政府" {
  kind local_government
}

body m9_bureau "某省大数据发展管理局" {
  kind       regulator
  reports_to m9_gov
}

body m9_health "某省卫生健康委员会" {
  kind       regulator
  reports_to m9_gov
}

operator m9_cloud "某省云上数据运营有限公司" {
  kind            state_owned
  affiliated_with [m9_bureau]
}

operator m9_investment "某省数字产业投资集团有限公司" {
  kind            state_owned
  affiliated_with [m9_gov]
}

operator m9_health_co "某省健康医疗大数据有限公司" {
  kind            joint_venture
  affiliated_with [m9_health]
}

operator m9_private "某数据服务有限公司" {
  kind private
}

dataset m9_registry "市场主体登记数据" {
  categories [public.enterprise_registry]
  records    8_000_000
  source     enterprise_registry
}

dataset m9_geo "基础地理信息数据" {
  categories [public.geospatial]
  records    3_000_000
  source     geospatial
}

grant m9_direct "市场主体数据授权运营" {
  # expect: MON009
  operator  m9_cloud
  datasets  [m9_registry]
  selection direct_award
}

grant m9_parent "地理信息数据授权运营" {
  # expect: MON009
  operator  m9_investment
  datasets  [m9_geo]
  selection designation
}

grant m9_tendered "市场主体数据增值服务授权" {
  # expect: MON009
  operator  m9_cloud
  datasets  [m9_registry]
  selection open_tender
}

grant m9_sibling "地理信息数据健康应用授权" {
  # ok: MON009
  operator  m9_health_co
  datasets  [m9_geo]
  selection competitive_negotiation
}

grant m9_independent "市场主体数据开发利用授权" {
  # ok: MON009
  operator  m9_private
  datasets  [m9_registry]
  selection open_tender
}
