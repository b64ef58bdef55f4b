# Example: a municipal health-data authorized-operation measure, clause texts in Chinese
# (jurisdiction CN-ZJ, language zh-CN).
#
# A city's data bureau authorizes (1) a joint-venture health-data company to run electronic
# medical records and medical-insurance claims through an API, pseudonymized, for commercial
# and profiling purposes, and (2) a university clinical research centre to use the medical
# records in a sandbox, under 3-anonymity, on general consent. Several clauses are clean (and
# three are deliberate near misses), others match the clause-text patterns of rules.md. Clauses
# hz_art15 (a match after \" escapes) and hz_art22 (clean; \" \n \u{4E2D}) are normal strings
# with escapes, so spans inside escaped strings and unescaping can be checked. No oversight
# block covers either grant.
#
# Findings a reviewer should expect (code name: where):
#   MON007 operator-concentration          two grants in CN-ZJ, two operators: HHI about 5,400 > 1800 (warning)
#   MON011 discriminatory-eligibility      clause hz_art18 (LOCAL_ONLY: 本市注册的企业, 外资企业不得)
#   PRV001 sensitive-data-exposed          hz_commercial (health data; api, pseudonymized)
#   PRV002 sensitive-without-separate-consent hz_research (legal_basis consent, consent general; error in cn)
#   PRV003 minors-data                     hz_commercial and hz_research (hz_emr subjects minors, no guardian consent)
#   PRV005 personal-data-not-anonymized    hz_commercial
#   PRV006 weak-k-anonymity                hz_research (k 3 < 5)
#   PRV008 linkage-enables-reidentification hz_commercial (hz_emr from health and hz_claims from
#                                          social_security share the key national_id)
#   PRV010 open-ended-purpose              clause hz_art12 (OPEN_PURPOSE: 其他合法用途)
#   PRV011 unbounded-retention             clause hz_art15 (INDEFINITE_RETENTION: 长期保存, in an escaped string)
#   PRV017 profiling-of-residents          hz_commercial (purpose profiling)
#   PTY001 party-leadership-clause         clause hz_art3 (PARTY_LEADERSHIP: 党建引领)
#   TRN003 no-independent-audit            hz_commercial (audit internal)
#   TRN005 no-oversight                    hz_commercial and hz_research
# Must NOT fire (near misses):
#   PRV010 on clause hz_art9   "只能用于……的需要，不得用于其他用途" is negated (the Cybersecurity Law
#                              Art. 30 true negative of rules.md).
#   PTY009 on clause hz_art20  "公共利益需要" is followed in the same clause by necessity,
#                              proportionality and time-limit wording (必要, 比例原则, 最短期限).
#   MON005 on clause hz_art11  renewal only on a new application and assessment (no 自动/视为/无异议).
#   MON004 on hz_commercial    term 5y equals max_term; the rule needs more than 5y.
#   MON009                     hz_health_data_co is affiliated with the health commission, which is
#                              neither the authority (hz_data_bureau) nor a body it reports_to.
#   MON013, MON014, MON015, TRN001, TRN004, PRV012, PRV015, PRV016: set correctly on both grants.
# Clauses hz_art1, hz_art6, hz_art22 match no pattern.

policy "某市健康医疗数据授权运营管理办法（征求意见稿）" {
  jurisdiction "CN-ZJ"
  authority    hz_data_bureau
  status       draft
  date         2024-11-08
  version      "征求意见稿"
  language     "zh-CN"
}

body hz_gov "某市人民政府" {
  kind local_government
}

body hz_data_bureau "某市数据资源管理局" {
  kind       regulator
  reports_to hz_gov
}

body hz_health_commission "某市卫生健康委员会" {
  kind       regulator
  reports_to hz_gov
}

operator hz_health_data_co "某市健康医疗大数据运营有限公司" {
  kind            joint_venture
  affiliated_with [hz_health_commission]
  foreign         false
  party_role      none
}

operator hz_research_center "某医科大学临床医学研究中心" {
  kind research
}

dataset hz_emr "全市电子病历与检验检查数据" {
  categories [
    user.health_and_medical,
    user.name,
    user.government_id.national_identification_number,
    user.demographic.date_of_birth,
    user.demographic.gender,
  ]
  subjects   [patients, residents, minors]
  records    9_800_000
  source     health
  keys       [national_id, medical_record_no]
}

dataset hz_claims "医疗保险结算数据" {
  categories [
    user.health_and_medical.insurance_beneficiary_id,
    user.financial,
    user.government_id.national_identification_number,
  ]
  subjects   [patients]
  records    7_500_000
  source     social_security
  keys       [national_id]
}

grant hz_commercial "健康医疗数据商业化授权运营" {
  operator                hz_health_data_co
  datasets                [hz_emr, hz_claims]
  scope                   municipal
  exclusive               false
  term                    5y
  renewal                 on_review
  review_interval         1y
  selection               competitive_negotiation
  published               true
  fair_competition_review true
  exit_terms              true
  purposes                [commercial, profiling]
  access                  api
  anonymization           pseudonymized
  legal_basis             public_interest
  retention               3y
  cross_border            false
  impact_assessment       true
  audit                   internal
  pricing                 cost_recovery
  free_for                [public_interest, research]
  resale                  false
  redress                 true
  breach_notification     true
}

grant hz_research "临床科研数据授权使用" {
  operator                hz_research_center
  datasets                [hz_emr]
  scope                   municipal
  exclusive               false
  term                    3y
  renewal                 on_review
  selection               open_tender
  published               true
  fair_competition_review true
  exit_terms              true
  purposes                [research]
  access                  sandbox
  anonymization           k_anonymity
  k                       3
  legal_basis             consent
  consent                 general
  retention               5y
  cross_border            false
  impact_assessment       true
  audit                   independent
  pricing                 free
  resale                  false
  redress                 true
  breach_notification     true
}

clause hz_art1 "第一条（目的和依据）" {
  text """
为了规范本市健康医疗数据授权运营活动，保护个人信息权益，促进健康医疗数据依法有序开发利用，根据《中华人民共和国个人信息保护法》《中华人民共和国数据安全法》《中华人民共和国基本医疗卫生与健康促进法》等法律、法规，结合本市实际，制定本办法。
"""
}

clause hz_art3 "第三条（基本原则）" {
  text """
健康医疗数据授权运营工作坚持党建引领、政府主导、安全可控、开放共享的原则，统筹发展和安全。
"""
}

clause hz_art6 "第六条（敏感个人信息）" {
  text """
处理患者病历、检验检查结果等敏感个人信息的，应当取得个人的单独同意；处理不满十四周岁未成年人个人信息的，应当取得其父母或者其他监护人的同意。
"""
  applies_to [hz_commercial, hz_research]
}

clause hz_art9 "第九条（用途限制）" {
  text """
临床科研数据授权使用单位获取的健康医疗数据，只能用于本办法规定的临床科研和公共卫生管理的需要，不得用于其他用途。
"""
  applies_to [hz_research]
}

clause hz_art11 "第十一条（授权期限）" {
  text """
授权运营期限最长不超过五年。授权期限届满需要继续运营的，被授权运营单位应当在期限届满三个月前重新提出申请，经评估合格后重新签订授权运营协议。
"""
  applies_to [hz_commercial, hz_research]
}

clause hz_art12 "第十二条（运营范围）" {
  text """
被授权运营单位可以将健康医疗数据用于保险产品精算、健康管理、药品研发以及其他合法用途。
"""
  applies_to [hz_commercial]
}

# A normal string with escapes before the matched phrase: the PRV011 finding must point at the
# source characters 长期保存, after the two \" escapes, not at an offset into the unescaped text.
clause hz_art15 "第十五条（数据保存）" {
  text "运营过程中形成的\"数据资源\"、算法模型和衍生数据，由被授权运营单位长期保存。"
  applies_to [hz_commercial]
}

clause hz_art18 "第十八条（申请条件）" {
  text """
申请授权运营的单位应当为在本市注册的企业法人，具有健全的数据安全管理制度和相应的技术能力；外资企业不得申请。
"""
  applies_to [hz_commercial]
}

clause hz_art20 "第二十条（应急调用）" {
  text """
因突发公共卫生事件应对或者维护公共利益需要调用授权数据的，应当遵循合法、正当、必要和比例原则，限于实现目的所必要的范围和最短期限，并依法记录、事后告知。
"""
}

# A normal string with escapes: \" (quotation marks), \n (line break), \u{4E2D} (the character 中).
clause hz_art22 "第二十二条（公示和个人权利）" {
  text "被授权运营单位应当在\"健康医疗数据授权运营平台\"公示数据产品目录、收费标准和授权运营协议主要条款，接受社会监督。\n个人依照《\u{4E2D}华人民共和国个人信息保护法》第四十四条至第四十七条，有权查阅、复制、更正、删除其个人信息。"
  applies_to [hz_commercial, hz_research]
}
