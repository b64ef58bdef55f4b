# 示例（自拟端到端草案）：某市公共信用信息平台数据授权运营。
# Example (own end-to-end draft): a municipal public-credit-information platform.
#
# Modelled on municipal credit-information platforms that pool social-insurance, tax and court
# data keyed on the national ID number. The platform company is affiliated with the development
# and reform commission that grants the authorization; the data serves credit scoring; the
# public-security bureau may query it on an administrative request; a party committee's
# political-legal commission supervises the arrangement.
#
# Findings a reviewer should expect:
#   MON006 no-competitive-selection (designation; DIRECT_AWARD clause), MON009
#   regulator-affiliated-operator, MON013, MON014, MON015, PRV001, PRV004 (a debtor blacklist
#   marked as criminal-history data, to a state-owned company), PRV005, PRV008
#   linkage-enables-reidentification (national_id across social security, tax and courts),
#   PRV010 open-ended-purpose (clause), PRV015, PRV016, PRV017 profiling-of-residents
#   (credit_scoring), PTY002 party-organ-decision-rights (oversight body), PTY003
#   security-access-without-court, PTY005 oversight-not-independent, PTY008
#   state-access-unaccountable, TRN001, TRN003, TRN004.

policy "某市公共信用信息授权运营管理办法（试行）" {
  jurisdiction "CN-ZZ"
  authority    cr_ndrc
  status       draft
  date         2025-09-01
  language     "zh-CN"
}

body cr_ndrc "市发展和改革委员会" {
  kind regulator
}

body cr_psb "市公安局" {
  kind security_organ
}

body cr_plc "市委政法委员会" {
  kind party_organ
}

operator cr_platform "市信用信息运营有限公司" {
  kind            state_owned
  affiliated_with [cr_ndrc]
}

dataset cr_social "社会保险缴费记录" {
  categories [user.government_id.national_identification_number, user.financial]
  subjects   [residents, employees]
  records    6_000_000
  source     social_security
  keys       [national_id]
}

dataset cr_tax "纳税记录" {
  categories [user.government_id.national_identification_number, user.financial]
  subjects   [residents, businesses]
  records    4_000_000
  source     tax
  keys       [national_id]
}

dataset cr_courts "失信被执行人名单" {
  categories [user.criminal_history, user.government_id.national_identification_number]
  subjects   [residents]
  records    80_000
  source     courts
  keys       [national_id]
}

grant cr_grant "公共信用信息授权运营" {
  operator                cr_platform
  datasets                [cr_social, cr_tax, cr_courts]
  scope                   municipal
  exclusive               false
  term                    3y
  renewal                 on_review
  selection               designation
  published               false
  purposes                [credit_scoring, commercial]
  access                  api
  anonymization           none
  legal_basis             law
  retention               5y
  pricing                 cost_recovery
}

access cr_police "公安机关查询" {
  body     cr_psb
  datasets [cr_social, cr_tax, cr_courts]
  basis    administrative_request
  logging  true
}

oversight cr_supervision "监督" {
  body        cr_plc
  covers      [cr_grant]
  independent false
  powers      [audit]
}

clause cr_art4 "第四条" {
  text "市发展改革委直接指定市信用信息运营有限公司为本市公共信用信息授权运营单位。"
}

clause cr_art9 "第九条" {
  text "运营单位可以将公共信用信息用于信用评价、风险防控以及其他合法用途。"
}
