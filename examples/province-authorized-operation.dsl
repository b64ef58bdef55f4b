# Example: a provincial authorized-operation draft for public-security data (jurisdiction CN-GZ).
#
# Modelled on the complete example in language.md, but fuller. A provincial data bureau, which
# answers to the provincial government and through it to the provincial Party committee, hands
# the province's public-security video network, road-checkpoint records and population register
# to one state-owned company it founded: exclusive, twenty years, renewed automatically, awarded
# directly, unpublished, 30% of revenue to the bureau, raw and un-anonymized, kept forever. The
# company's Party organization decides its major matters. The police and the Party's
# political-legal commission have standing access without a court. The only oversight is by the
# granting bureau itself. The clauses (Chinese text, English title) use the wording of real
# Chinese regulations and match the clause-text patterns of rules.md.
#
# Findings a reviewer should expect (code name: where):
#   MON001 exclusive-grant                    gz_province_wide (exclusive, no justification)
#   MON002 exclusive-term-too-long            gz_province_wide (20y > 12mo)
#   MON003 exclusive-without-review           gz_province_wide (no review_interval)
#   MON004 long-term-grant                    gz_province_wide (20y > 5y)
#   MON005 automatic-renewal                  gz_province_wide (renewal automatic); clause gz_art12 (AUTO_RENEW)
#   MON006 no-competitive-selection           gz_province_wide (direct_award); clause gz_art5 (DIRECT_AWARD)
#   MON009 regulator-affiliated-operator      gz_province_wide (gz_cloud_co affiliated with the authority gz_data_bureau)
#   MON012 data-finance-revenue               gz_province_wide (revenue_share 30%, pricing market); clause gz_art25 (REVENUE_SHARE)
#   MON013 public-interest-use-charged        gz_province_wide (pricing market, no free_for)
#   MON014 no-fair-competition-review         gz_province_wide (error in the cn profile)
#   MON015 no-exit-terms                      gz_province_wide
#   PRV001 sensitive-data-exposed             gz_province_wide (face, trajectory, ID number, ethnicity; raw, none)
#   PRV003 minors-data                        gz_province_wide (subjects minors, no guardian consent)
#   PRV005 personal-data-not-anonymized       gz_province_wide
#   PRV006 weak-k-anonymity                   gz_province_wide (gz_population holds birth date, gender and postcode; none)
#   PRV007 location-tracking-data             gz_province_wide (user.location.trajectory, raw)
#   PRV009 surveillance-data-to-operator      gz_province_wide (source public_security to a state_owned company, commercial purposes)
#   PRV010 open-ended-purpose                 clause gz_art15 (OPEN_PURPOSE: 其他合法用途, 使用范围包括但不限于)
#   PRV011 unbounded-retention                gz_province_wide (retention indefinite); clause gz_art18 (INDEFINITE_RETENTION)
#   PRV012 no-legal-basis                     gz_province_wide (legal_basis none)
#   PRV015 missing-impact-assessment          gz_province_wide
#   PRV016 no-breach-notification             gz_province_wide
#   PTY001 party-leadership-clause            clause gz_art3 (PARTY_LEADERSHIP)
#   PTY002 party-organ-decision-rights        gz_cloud_co (party_role decisive); the authority's reports_to chain
#                                             reaches gz_party_committee; clause gz_art8 (PARTY_DECISION)
#   PTY003 security-access-without-court      access gz_police_standing (administrative_request); clause gz_art21 (SECURITY_ACCESS)
#   PTY004 party-organ-data-access            access gz_plac_query (party organ, basis none)
#   PTY005 oversight-not-independent          oversight gz_bureau_supervision (the grantor, not independent)
#   PTY006 sensitive-data-to-political-organs access gz_police_standing and access gz_plac_query (gz_population holds ethnicity)
#   PTY007 state-organ-exemption              clause gz_art30 (STATE_EXEMPTION: 国家机关 … 不适用)
#   PTY008 state-access-unaccountable         access gz_police_standing and access gz_plac_query
#   PTY009 overbroad-security-exception       clause gz_art21 (国家安全 … 需要/可以, no necessity or time-limit wording)
#   TRN001 grant-not-published                gz_province_wide
#   TRN002 exclusivity-unjustified            gz_province_wide
#   TRN003 no-independent-audit               gz_province_wide (audit internal)
#   TRN004 no-redress                         gz_province_wide
# Not expected (near misses): MON007 (only one grant in CN-GZ), MON008 (the grant says exclusive),
# MON010, MON011, PRV002 (basis is none, not consent), PRV004, PRV008 (all three datasets come from
# one source, public_security), PRV013 (resale false), PRV014, PRV017, TRN005 (the grant is covered).
# Clause gz_art1 matches no pattern.

policy "某省公共数据授权运营管理办法（征求意见稿）" {
  jurisdiction "CN-GZ"
  authority    gz_data_bureau
  status       consultation
  date         2025-02-24
  version      "征求意见稿"
  language     "zh-CN"
}

body gz_party_committee "中共某省委员会 (Provincial Party Committee)" {
  kind party_organ
}

body gz_political_legal "中共某省委政法委员会 (Political and Legal Affairs Commission of the Provincial Party Committee)" {
  kind       party_organ
  reports_to gz_party_committee
}

body gz_gov "某省人民政府 (Provincial People's Government)" {
  kind       local_government
  reports_to gz_party_committee
}

body gz_data_bureau "某省大数据发展管理局 (Provincial Big Data Development Administration)" {
  kind         regulator
  reports_to   gz_gov
  independent  false
  jurisdiction "CN-GZ"
}

body gz_police "某省公安厅 (Provincial Public Security Department)" {
  kind       security_organ
  reports_to gz_gov
}

operator gz_cloud_co "某省云上数据运营有限公司 (Provincial Cloud Data Operation Co., Ltd.)" {
  kind            state_owned
  affiliated_with [gz_data_bureau]
  party_role      decisive
  foreign         false
  jurisdiction    "CN-GZ"
}

dataset gz_cameras "公共安全视频图像信息系统 (Public security video network)" {
  categories [user.biometric.face, user.location.trajectory]
  subjects   [residents, minors]
  records    40_000_000
  source     public_security
  keys       [face_template, plate_number, device_id]
}

dataset gz_checkpoints "道路卡口过车记录 (Road checkpoint vehicle passages)" {
  categories [user.government_id.vehicle_registration, user.location.trajectory]
  subjects   [residents]
  records    900_000_000
  source     public_security
  keys       [plate_number]
}

dataset gz_population "实有人口信息库 (Register of the resident population)" {
  categories [
    user.name,
    user.government_id.national_identification_number,
    user.demographic.date_of_birth,
    user.demographic.gender,
    user.demographic.race_ethnicity,
    user.contact.address.postal_code,
    user.contact.phone_number,
  ]
  subjects   [residents, minors, foreigners]
  records    38_000_000
  source     public_security
  keys       [national_id, phone, birth_date, gender, postcode]
}

grant gz_province_wide "全省公共安全数据授权运营 (Province-wide authorization of public-security data)" {
  operator                gz_cloud_co
  datasets                [gz_cameras, gz_checkpoints, gz_population]
  scope                   provincial
  exclusive               true
  term                    20y
  renewal                 automatic
  selection               direct_award
  published               false
  fair_competition_review false
  exit_terms              false
  purposes                [commercial, ai_training, public_security]
  access                  raw
  anonymization           none
  legal_basis             none
  retention               indefinite
  cross_border            false
  impact_assessment       false
  audit                   internal
  pricing                 market
  revenue_share           30%
  revenue_to              gz_data_bureau
  resale                  false
}

access gz_police_standing "公安机关常态化调取 (Standing access for the public security organs)" {
  body     gz_police
  datasets [gz_cameras, gz_checkpoints, gz_population]
  basis    administrative_request
  logging  false
}

access gz_plac_query "政法委查询 (Queries by the political-legal commission)" {
  body         gz_political_legal
  datasets     [gz_population]
  basis        none
  logging      true
  notification false
}

oversight gz_bureau_supervision "省大数据局日常监督 (Supervision by the granting bureau)" {
  body        gz_data_bureau
  covers      [gz_province_wide]
  independent false
  powers      [audit]
}

clause gz_art1 "Article 1 (Purpose and basis)" {
  text """
为了规范公共数据授权运营活动，促进公共数据开发利用，根据《中华人民共和国数据安全法》《中华人民共和国个人信息保护法》等法律、行政法规，结合本省实际，制定本办法。
"""
}

clause gz_art3 "Article 3 (Guiding principles)" {
  text """
公共数据授权运营工作坚持党的全面领导，把党的领导贯穿公共数据授权运营全过程和各方面，坚持统筹发展和安全，坚持政府主导、市场运作、安全可控的原则。
"""
}

clause gz_art5 "Article 5 (Operating entity)" {
  text """
省人民政府授权省大数据发展管理局直接指定某省云上数据运营有限公司为全省公共数据授权运营主体，由其独家运营全省公共安全视频图像、道路卡口和实有人口等公共数据。
"""
  applies_to [gz_province_wide, gz_cloud_co]
}

clause gz_art8 "Article 8 (Party organization of the operator)" {
  text """
被授权运营单位应当建立健全党的组织。党组织研究讨论是董事会、经理层决策重大经营管理事项的前置程序；重大数据产品上架和重大合作项目，应当报省委网信委审定。
"""
  applies_to [gz_cloud_co]
}

clause gz_art12 "Article 12 (Term and renewal)" {
  text """
授权运营期限为二十年，自授权运营协议签订之日起计算。授权期限届满，被授权运营单位未提出终止申请且授权主体无异议的，授权运营协议自动顺延十年。
"""
  applies_to [gz_province_wide]
}

clause gz_art15 "Article 15 (Scope of use)" {
  text """
被授权运营单位可以将授权数据用于数据产品开发、模型训练、商业服务及其他合法用途，使用范围包括但不限于智慧城市、金融风控、保险、商业营销等领域。
"""
  applies_to [gz_province_wide]
}

clause gz_art18 "Article 18 (Retention)" {
  text """
被授权运营单位对授权数据及其衍生数据实行长期保存；授权运营终止后，已经加工形成的数据资源由被授权运营单位永久保存并继续使用。
"""
  applies_to [gz_province_wide]
}

clause gz_art21 "Article 21 (Access by the security organs)" {
  text """
公安机关、国家安全机关因维护国家安全和社会稳定需要，可以通过运营平台实时调取、查询授权数据，无需另行审批。被授权运营单位应当为其提供技术支持和协助。
"""
  applies_to [gz_police_standing]
}

clause gz_art25 "Article 25 (Revenue)" {
  text """
被授权运营单位应当按照年度运营收入的百分之三十向省大数据发展管理局上缴收益分成，并按年度缴纳特许经营使用费。
"""
  applies_to [gz_province_wide]
}

clause gz_art30 "Article 30 (State organs)" {
  text """
国家机关依法履行职责使用授权数据的，不适用本办法第二十五条关于收费的规定。
"""
}
