# Example: a national data-group consolidation plan (jurisdiction CN).
#
# The national data administration designates one state-owned national data group to run the
# consolidated public data of five national systems (tax, social insurance, medical insurance,
# the market-entity register, road-freight tracking), at national scope. No grant says
# "exclusive", yet the group is the only operator of each of those sources (exclusivity in
# effect), holds nearly all granted records, links the sources on the national ID number and the
# unified social credit code, sells its own products built on the data, lists data products on
# an exchange and sends freight-trajectory products abroad without a transfer assessment. A
# small, clean research grant (aggregated statistics) stands beside it, so that the
# concentration is "nearly all", not "all". Oversight is by the granting administration itself.
#
# Findings a reviewer should expect (code name: where), when this file is checked alone:
#   MON004 long-term-grant                 nat_core (10y > 5y)
#   MON006 no-competitive-selection        nat_core (selection designation)
#   MON007 operator-concentration          the CN grants: HHI about 10,000 > 1800; a WARNING, not an error,
#                                          because nat_research holds 2,900 of the granted records
#   MON008 sole-operator-for-source        nat_data_group receives, at national scope and without any
#                                          exclusive grant, every dataset of five sources: tax
#                                          (nat_tax), social_security (nat_social), health (nat_medical),
#                                          enterprise_registry (nat_registry), transport (nat_freight)
#   MON010 downstream-self-preferencing    nat_data_group competes_downstream (grants nat_core and nat_freight_grant)
#   MON014 no-fair-competition-review      nat_core (error in the cn profile)
#   MON015 no-exit-terms                   nat_core
#   PRV001 sensitive-data-exposed          nat_core (health, financial, ID number; api, pseudonymized);
#                                          nat_freight_grant (trajectory; api, pseudonymized)
#   PRV003 minors-data                     nat_core (nat_medical subjects minors, no guardian consent)
#   PRV005 personal-data-not-anonymized    nat_core, nat_freight_grant
#   PRV007 location-tracking-data          nat_freight_grant (user.location.trajectory, api)
#   PRV008 linkage-enables-reidentification nat_core (tax, social_security, health and enterprise_registry
#                                          datasets share the key national_id; tax/social/registry also credit_code)
#   PRV013 resale-of-personal-data         nat_core (resale true: listing on the data exchange)
#   PRV014 cross-border-without-assessment nat_freight_grant (cross_border true, transfer_assessment false)
#   PRV015 missing-impact-assessment       nat_core (sensitive, large, PRV008); nat_freight_grant (sensitive, large)
#   PRV017 profiling-of-residents          nat_core (purpose credit_scoring)
#   PTY001 party-leadership-clause         clause nat_art2 (PARTY_LEADERSHIP: 党中央集中统一领导)
#   PTY005 oversight-not-independent       oversight nat_supervision (the granting authority, not independent)
#   TRN003 no-independent-audit            nat_core (audit internal)
# Not expected (near misses): MON001-MON003 and TRN002 (nothing is exclusive), MON005, MON009
# (nat_data_group is affiliated with SASAC, which is neither the authority nor in its reports_to
# chain), MON011, MON012 (cost_recovery, no revenue share), MON013 (free_for has public_interest),
# PRV002, PRV006 (nat_social has birth date and gender but no postcode), PRV009-PRV012, PRV016,
# PTY002 (party_role advisory; no party organ in the chain), TRN001, TRN004, TRN005; and every
# rule on nat_research_grant (non-personal, open tender, free, sectoral scope).
# Checked together with the provincial and municipal examples, MON007 and MON008 depend on
# whether "CN" is taken to contain "CN-GZ" and "CN-ZJ"; the counts above assume it does not.

policy "全国公共数据资源整合与授权运营实施方案（征求意见稿）" {
  jurisdiction "CN"
  authority    nat_data_admin
  status       consultation
  date         2025-05-20
  version      "征求意见稿"
  language     "zh-CN"
}

body nat_ndrc "国家发展和改革委员会 (National Development and Reform Commission)" {
  kind ministry
}

body nat_data_admin "国家数据局 (National Data Administration)" {
  kind       regulator
  reports_to nat_ndrc
}

body nat_sasac "国务院国有资产监督管理委员会 (State-owned Assets Supervision and Administration Commission)" {
  kind ministry
}

body nat_exchange "国家级数据交易所 (National-level data exchange)" {
  kind data_exchange
}

operator nat_data_group "国家数据集团有限公司 (National Data Group Co., Ltd.)" {
  kind                state_owned
  affiliated_with     [nat_sasac]
  party_role          advisory
  competes_downstream true
  foreign             false
}

operator nat_research "某大学数据科学研究院 (University institute of data science)" {
  kind research
}

dataset nat_tax "个人所得税与电子发票数据 (Individual income tax and e-invoice records)" {
  categories [user.name, user.government_id.national_identification_number, user.financial, user.workplace]
  subjects   [citizens, employees, businesses]
  records    650_000_000
  source     tax
  keys       [national_id, taxpayer_id, credit_code]
}

dataset nat_social "社会保险参保与缴费数据 (Social insurance enrolment and contributions)" {
  categories [
    user.name,
    user.government_id.national_identification_number,
    user.demographic.date_of_birth,
    user.demographic.gender,
    user.workplace,
    user.financial,
  ]
  subjects   [citizens, employees]
  records    1_070_000_000
  source     social_security
  keys       [national_id, credit_code]
}

dataset nat_medical "医疗保障结算与诊疗数据 (Medical insurance settlements and diagnoses)" {
  categories [
    user.health_and_medical,
    user.health_and_medical.insurance_beneficiary_id,
    user.government_id.national_identification_number,
  ]
  subjects   [residents, patients, minors]
  records    1_330_000_000
  source     health
  keys       [national_id]
}

dataset nat_registry "市场主体登记数据 (Register of market entities and legal representatives)" {
  categories [public.enterprise_registry, user.name, user.government_id.national_identification_number, user.contact.phone_number]
  subjects   [businesses, citizens]
  records    185_000_000
  source     enterprise_registry
  keys       [credit_code, national_id, phone]
}

dataset nat_freight "道路货运车辆轨迹数据 (Road-freight vehicle trajectories)" {
  categories [public.transport, user.government_id.vehicle_registration, user.location.trajectory]
  subjects   [employees, businesses]
  records    7_500_000
  source     transport
  keys       [plate_number, credit_code]
}

dataset nat_census_tables "分县人口与经济统计汇总表 (County-level statistical tables)" {
  categories [public.statistics]
  records    2_900
  source     statistics
  keys       [county_code]
}

grant nat_core "国家公共数据资源统一授权运营 (Consolidated national authorization)" {
  operator                nat_data_group
  datasets                [nat_tax, nat_social, nat_medical, nat_registry]
  scope                   national
  exclusive               false
  term                    10y
  renewal                 on_review
  review_interval         3y
  selection               designation
  published               true
  fair_competition_review false
  exit_terms              false
  purposes                [public_interest, statistics, credit_scoring, commercial]
  access                  api
  anonymization           pseudonymized
  legal_basis             law
  retention               10y
  cross_border            false
  impact_assessment       false
  audit                   internal
  pricing                 cost_recovery
  free_for                [public_interest, research]
  resale                  true
  redress                 true
  breach_notification     true
}

grant nat_freight_grant "道路货运数据授权运营 (Road-freight data, including services abroad)" {
  operator                nat_data_group
  datasets                [nat_freight]
  scope                   national
  exclusive               false
  term                    5y
  renewal                 on_review
  review_interval         1y
  selection               competitive_negotiation
  published               true
  fair_competition_review true
  exit_terms              true
  purposes                [commercial, ai_training]
  access                  api
  anonymization           pseudonymized
  legal_basis             public_interest
  retention               3y
  cross_border            true
  transfer_assessment     false
  impact_assessment       false
  audit                   independent
  pricing                 cost_recovery
  free_for                [public_interest]
  resale                  false
  redress                 true
  breach_notification     true
}

grant nat_research_grant "统计汇总数据科研授权 (Statistical tables for research)" {
  operator                nat_research
  datasets                [nat_census_tables]
  scope                   sectoral
  exclusive               false
  term                    3y
  renewal                 on_review
  selection               open_tender
  published               true
  fair_competition_review true
  exit_terms              true
  purposes                [research, public_interest]
  access                  aggregated
  anonymization           aggregated
  audit                   independent
  pricing                 free
  resale                  false
}

oversight nat_supervision "国家数据局监督 (Supervision by the granting administration)" {
  body        nat_data_admin
  covers      [nat_core, nat_freight_grant, nat_research_grant]
  independent false
  powers      [audit, suspend]
}

clause nat_art2 "Article 2 (Principles)" {
  text """
公共数据资源整合工作坚持党中央集中统一领导，坚持全国一盘棋，统筹发展和安全，推动公共数据资源集约化管理和规模化开发利用。
"""
}

clause nat_art5 "Article 5 (Consolidation)" {
  text """
税务、人力资源社会保障、医疗保障、市场监管、交通运输等部门应当按照统一标准，将本系统公共数据资源汇聚至国家公共数据资源平台，由国家数据集团有限公司统一开展授权运营。
"""
  applies_to [nat_core, nat_freight_grant]
}

clause nat_art9 "Article 9 (Linkage)" {
  text """
国家数据集团有限公司应当以公民身份号码、统一社会信用代码为关联标识，对各来源数据进行比对、融合，形成覆盖全体自然人和市场主体的统一数据资源。
"""
  applies_to [nat_core]
}

clause nat_art12 "Article 12 (Listing)" {
  text """
经加工形成的数据产品和服务，可以在国家级数据交易所挂牌交易。
"""
  applies_to [nat_core, nat_exchange]
}

clause nat_art15 "Article 15 (Services abroad)" {
  text """
为服务国际物流通道建设，国家数据集团有限公司可以向境外合作方提供道路货运车辆轨迹加工数据及其衍生产品。
"""
  applies_to [nat_freight_grant]
}

clause nat_art18 "Article 18 (Rights of individuals and incidents)" {
  text """
个人对其个人信息的处理有异议的，可以向国家数据集团有限公司提出查阅、复制、更正、删除请求。发生或者可能发生个人信息泄露、篡改、丢失的，国家数据集团有限公司应当立即采取补救措施，并通知履行个人信息保护职责的部门和个人。
"""
  applies_to [nat_core, nat_freight_grant]
}
