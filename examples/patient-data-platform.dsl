# Example (own end-to-end draft): a national patient-data platform run by a private vendor.
#
# Modelled on procurements of an analytics platform for a national health service: a private
# vendor, chosen by open tender, runs the software that joins hospital and social-care records
# for seven years. The records reach it pseudonymized through an API; a police data service
# may query them on an administrative request; the contract is published with its annexes
# withheld, and one clause leaves the purposes open. Jurisdiction GB: the `intl` profile.
#
# Findings a reviewer should expect:
#   MON004 long-term-grant (7y > 5y), MON008 sole-operator-for-source twice (the vendor
#   receives every health and every social-security dataset of the jurisdiction at national
#   scope, in effect exclusively), MON014 no-fair-competition-review, PRV001 sensitive-data-exposed
#   (health records, pseudonymized, through an API), PRV005 personal-data-not-anonymized,
#   PRV006 weak-k-anonymity (date of birth, gender and postcode, pseudonymized only), PRV008
#   linkage-enables-reidentification (hospital and social-care records joined on national_id),
#   PRV010 open-ended-purpose (clause 4: "such other purposes as"), PTY003
#   security-access-without-court (police queries on an administrative request), PTY008
#   state-access-unaccountable (no notification, no oversight of the queries), PTY009
#   overbroad-security-exception (clause 12), TRN001 grant-not-published, TRN003
#   no-independent-audit (internal audit only).
# Near misses: "Either party" and "any third party" in clause 9 (no party-control rule),
# clause 13's national-security exception limited to what is necessary and proportionate and
# to three months (no PTY009), an open tender (no MON006), exit terms, a fixed retention,
# a legal basis, an impact assessment, breach notification, redress, free pricing, no
# transfer abroad, and independent oversight of the grant (no TRN005, no PTY005).

policy "Federated Patient Data Platform: Data Processing Framework (draft for consultation)" {
  jurisdiction "GB"
  authority    pd_health_dept
  status       consultation
  date         2025-06-02
}

body pd_health_dept "Department of Health and Social Care" {
  kind ministry
}

body pd_commissioner "Information Commissioner" {
  kind        supervisory_authority
  independent true
}

body pd_police "National Police Data Service" {
  kind security_organ
}

operator pd_vendor "Platform vendor consortium" {
  kind    private
  foreign true
}

dataset pd_hospital "Hospital episode records" {
  categories [user.health_and_medical, user.demographic.date_of_birth, user.demographic.gender,
              user.contact.address.postal_code]
  subjects   [patients]
  records    57_000_000
  source     health
  keys       [national_id, postcode, birth_date]
}

dataset pd_social_care "Adult social-care records" {
  categories [user.demographic.date_of_birth, user.contact.address]
  subjects   [residents]
  records    2_500_000
  source     social_security
  keys       [national_id]
}

grant pd_platform "Platform services contract" {
  operator            pd_vendor
  datasets            [pd_hospital, pd_social_care]
  scope               national
  exclusive           false
  term                7y
  renewal             on_review
  review_interval     1y
  selection           open_tender
  # The contract is published, but its annexes (data flows, fees) are withheld.
  published           false
  exit_terms          true
  purposes            [public_interest, statistics]
  access              api
  anonymization       pseudonymized
  legal_basis         public_interest
  retention           7y
  cross_border        false
  impact_assessment   true
  audit               internal
  pricing             free
  redress             true
  breach_notification true
}

access pd_police_queries "Police queries of hospital records" {
  body         pd_police
  datasets     [pd_hospital]
  basis        administrative_request
  notification false
  logging      true
}

oversight pd_oversight "Supervision by the Information Commissioner" {
  body        pd_commissioner
  covers      [pd_platform]
  independent true
  powers      [audit, sanction, publish]
}

clause pd_c4 "Clause 4: Purposes" {
  text       "The Authority and the Supplier shall use platform data for direct care, service planning and such other purposes as the Secretary of State may direct."
  applies_to [pd_platform]
}

clause pd_c9 "Clause 9: Termination and confidentiality" {
  text       "Either party may terminate this agreement on six months' notice. The Supplier shall not disclose platform data to any third party."
  applies_to [pd_platform]
}

clause pd_c12 "Clause 12: Restriction of rights" {
  text "Where national security so requires, the Authority may suspend the rights of data subjects under this framework."
}

clause pd_c13 "Clause 13: Restriction of access" {
  text "Where national security so requires, the Authority may restrict access to the platform, only to the extent necessary and proportionate and for no longer than three months."
}
