# Fixture for MON008 sole-operator-for-source: in jurisdiction CN-FJ one operator receives, at
# provincial or national scope and without an exclusive grant, every tax dataset and every courts
# dataset: MON008 fires once per (operator, source), at the first dataset of each source, although
# one grant holds both sources. Near misses: the other tax datasets (reported once only); health
# data split between two operators; transport data granted only at municipal scope; environment
# data of which one dataset is not granted; geospatial data whose operator holds one grant that
# says `exclusive true` (MON001-MON003 cover it).

policy "某省公共数据授权运营总体方案" {
  jurisdiction "CN-FJ"
  authority    m8_bureau
  status       consultation
  date         2025-04-15
  language     "zh-CN"
}

body m8_bureau "某省数字办" {
  kind regulator
}

operator m8_group "某省数字集团有限公司" {
  kind state_owned
}

operator m8_health_co "某省健康医疗大数据有限公司" {
  kind joint_venture
}

operator m8_map_co "某省测绘地理信息有限公司" {
  kind state_owned
}

# expect: MON008
dataset m8_tax_vat "增值税发票数据" {
  categories [public.enterprise_registry]
  records    80_000_000
  source     tax
}

# ok: MON008
dataset m8_tax_income "企业所得税申报数据" {
  categories [public.enterprise_registry]
  records    2_000_000
  source     tax
}

# ok: MON008
dataset m8_tax_county "县级税收统计" {
  categories [public.statistics]
  records    900
  source     tax
}

# expect: MON008
dataset m8_rulings "裁判文书公开数据" {
  categories [public.court_decisions]
  records    4_000_000
  source     courts
}

# ok: MON008
dataset m8_clinics "基层医疗机构名录" {
  categories [public.infrastructure]
  records    30_000
  source     health
}

# ok: MON008
dataset m8_hospitals "医院床位与设备统计" {
  categories [public.statistics]
  records    5_000
  source     health
}

# ok: MON008
dataset m8_bus "公交线路数据" {
  categories [public.transport]
  records    40_000
  source     transport
}

# ok: MON008
dataset m8_air "空气质量监测数据" {
  categories [public.environment]
  records    1_000_000
  source     environment
}

# ok: MON008
dataset m8_water "水质监测数据" {
  categories [public.environment]
  records    200_000
  source     environment
}

# ok: MON008
dataset m8_maps "基础地理信息数据" {
  categories [public.geospatial]
  records    10_000_000
  source     geospatial
}

# ok: MON008
dataset m8_place_names "地名地址数据" {
  categories [public.geospatial]
  records    3_000_000
  source     geospatial
}

grant m8_tax_grant "税务与司法数据授权运营" {
  # ok: MON008
  operator  m8_group
  datasets  [m8_tax_vat, m8_tax_income, m8_rulings]
  scope     provincial
  exclusive false
}

grant m8_tax_stats "县级税收统计授权" {
  # ok: MON008
  operator  m8_group
  datasets  [m8_tax_county]
  scope     national
}

grant m8_clinic_grant "基层医疗机构名录授权" {
  operator  m8_group
  datasets  [m8_clinics]
  scope     provincial
  exclusive false
}

grant m8_hospital_grant "医院统计数据授权" {
  operator  m8_health_co
  datasets  [m8_hospitals]
  scope     provincial
  exclusive false
}

grant m8_bus_grant "公交线路数据授权" {
  operator  m8_group
  datasets  [m8_bus]
  scope     municipal
  exclusive false
}

grant m8_air_grant "空气质量数据授权" {
  operator  m8_group
  datasets  [m8_air]
  scope     provincial
  exclusive false
}

grant m8_map_grant "基础地理信息独家授权" {
  operator  m8_map_co
  datasets  [m8_maps]
  scope     provincial
  exclusive true
}

grant m8_place_grant "地名地址数据授权" {
  operator  m8_map_co
  datasets  [m8_place_names]
  scope     provincial
  exclusive false
}
