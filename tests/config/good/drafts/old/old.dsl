# Example (own end-to-end draft): a national health-data research platform.
#
# Modelled on health-data hubs that open hospital records to researchers in a secure
# environment: access is through a sandbox, records are k-anonymized, an independent authority
# oversees it, and the platform is free for research. The draft still falls short in places:
# k is 3, a foreign cloud processor receives derived data without a transfer assessment, an
# insurer may use the data for risk profiling, and breach notification is missing.
#
# Findings a reviewer should expect:
#   PRV006 weak-k-anonymity (k 3 < 5), PRV014 cross-border-without-assessment, PRV016
#   no-breach-notification, PRV017 profiling-of-residents (profiling purpose), MON006
#   no-competitive-selection (the institute is designated), MON015
#   no-exit-terms, MON007 operator-concentration (two grants, the institute holds most records).
# Near misses: sandbox access (no PRV001/PRV005/PRV007), separate consent and law as bases,
# an independent audit, free pricing, published, impact assessment done.

policy "Health Data Research Platform Regulation (draft)" {
  jurisdiction "NL"
  authority    hr_ministry
  status       draft
  date         2025-03-14
}

body hr_ministry "Ministry of Health" {
  kind ministry
}

body hr_authority "Data Protection Authority" {
  kind        supervisory_authority
  independent true
}

operator hr_institute "National Health Data Institute" {
  kind public_body
}

operator hr_insurer "Mutual Health Insurer" {
  kind private
}

dataset hr_records "Hospital discharge records" {
  categories [user.health_and_medical, user.demographic.date_of_birth, user.demographic.gender]
  subjects   [patients]
  records    9_000_000
  source     health
}

dataset hr_claims "Insurance claims" {
  categories [user.health_and_medical.insurance_beneficiary_id, user.financial]
  subjects   [patients]
  records    2_000_000
  source     health
}

grant hr_research "Research access through the platform" {
  operator                hr_institute
  datasets                [hr_records]
  scope                   national
  exclusive               false
  term                    5y
  renewal                 on_review
  review_interval         1y
  selection               designation
  published               true
  fair_competition_review true
  exit_terms              true
  purposes                [research, public_interest]
  access                  sandbox
  anonymization           k_anonymity
  k                       3
  legal_basis             law
  retention               5y
  cross_border            true
  impact_assessment       true
  audit                   independent
  pricing                 free
  redress                 true
  breach_notification     true
}

grant hr_insurer_access "Access for an insurer" {
  operator                hr_insurer
  datasets                [hr_claims]
  scope                   national
  exclusive               false
  term                    3y
  renewal                 on_review
  selection               competitive_negotiation
  published               true
  fair_competition_review true
  purposes                [profiling]
  access                  sandbox
  anonymization           differential_privacy
  epsilon                 1.0
  legal_basis             consent
  consent                 separate
  retention               1y
  impact_assessment       true
  audit                   independent
  pricing                 marginal_cost
  free_for                [public_interest, research]
  redress                 true
}

oversight hr_oversight "Supervision by the data protection authority" {
  body        hr_authority
  covers      [hr_research, hr_insurer_access]
  independent true
  powers      [audit, suspend, revoke, publish]
}
