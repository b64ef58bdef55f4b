# Example: a clean re-use agreement under the EU Data Governance Act (Regulation (EU) 2022/868).
#
# A Dutch municipality (fictional "Zuidstad") makes its mobility and air-quality data available
# for re-use (DGA Chapter II, Art. 3-9): one non-exclusive grant, chosen by open tender, for 3
# years with a yearly review and renewal only after a new review, published, fair-competition
# review done, exit and deletion terms, fees at marginal cost and free for general-interest,
# research and SME re-use. The one personal dataset (shared-bicycle trips) is reachable only in
# a secure processing environment with differential privacy (DGA Art. 5(3)). An independent
# supervisory authority oversees the grant; law-enforcement access needs a court order, is
# logged, notified afterwards and reviewed.
#
# What it shows: what a draft that passes every rule looks like.
# Findings a reviewer should expect: NONE (no MON, PRV, PTY or TRN finding, no E-diagnostic).
#
# Near misses that must stay silent:
#   MON004 long-term-grant        term 3y is within max_term (5y).
#   MON007 operator-concentration only one grant in jurisdiction "NL" (MON007 needs at least
#                                 two; with two or more grants, fewer than six operators always
#                                 give an HHI above 1800).
#   MON008 sole-operator-for-source scope is municipal, not provincial or national.
#   MON013 public-interest-use-charged pricing marginal_cost, but free_for has public_interest.
#   PRV005 personal-data-not-anonymized access sandbox + differential_privacy.
#   PRV008 linkage-enables-reidentification the three datasets share no key.
#   PRV015 missing-impact-assessment the grant exceeds 1,000,000 records; impact_assessment true.
#   PTY003 security-access-without-court basis court_order.
#   PTY008 state-access-unaccountable logging, notification and oversight all present.
#   PTY005 oversight-not-independent the overseer is independent, not the grantor, reports to
#                                 nobody and is not affiliated with the operator.
# The clause texts avoid every phrase of the pattern lists in rules.md (including negated ones,
# e.g. no "foreign ... not excluded", no "without a court order").

policy "Re-use agreement for municipal mobility and air-quality data" {
  jurisdiction "NL"
  authority    eu_city
  status       consultation
  date         2025-03-17
  version      "1.0"
  language     "en"
}

body eu_city "Municipality of Zuidstad (College of Mayor and Aldermen)" {
  kind         local_government
  jurisdiction "NL"
}

body eu_dpa "Dutch Data Protection Authority (Autoriteit Persoonsgegevens)" {
  kind         supervisory_authority
  independent  true
  jurisdiction "NL"
}

body eu_police "National Police, Zuidstad regional unit" {
  kind         security_organ
  jurisdiction "NL"
}

operator eu_reuser "Stadsmobiliteit Lab B.V." {
  kind                private
  foreign             false
  party_role          none
  competes_downstream false
  jurisdiction        "NL"
}

dataset eu_air_quality "Air-quality sensor readings (NO2, PM2.5, PM10), hourly" {
  categories [public.environment, public.weather]
  records    2_600_000
  source     environment
  keys       [station_id]
}

dataset eu_traffic_counts "Traffic-loop and bicycle-counter totals per road segment" {
  categories [public.transport]
  records    1_200_000
  source     transport
  keys       [road_segment]
}

dataset eu_bike_trips "Shared-bicycle trips (origin and destination zone, hour)" {
  categories [user.location.imprecise, user.unique_id.pseudonymous]
  subjects   [residents]
  records    850_000
  source     transport
}

grant eu_mobility_reuse "Non-exclusive re-use of mobility and air-quality data" {
  operator                eu_reuser
  datasets                [eu_air_quality, eu_traffic_counts, eu_bike_trips]
  scope                   municipal
  exclusive               false
  term                    3y
  renewal                 on_review
  review_interval         1y
  selection               open_tender
  published               true
  fair_competition_review true
  exit_terms              true
  purposes                [research, public_interest, statistics, commercial]
  access                  sandbox
  anonymization           differential_privacy
  epsilon                 1.0
  legal_basis             public_interest
  retention               2y
  cross_border            false
  impact_assessment       true
  audit                   independent
  pricing                 marginal_cost
  free_for                [public_interest, research, small_business]
  resale                  false
  redress                 true
  breach_notification     true
}

access eu_police_on_court_order "Law-enforcement access on a court order only" {
  body         eu_police
  datasets     [eu_bike_trips]
  basis        court_order
  notification true
  logging      true
  oversight    eu_dpa
}

oversight eu_dpa_supervision "Supervision by the data protection authority" {
  body        eu_dpa
  covers      [eu_mobility_reuse]
  independent true
  powers      [audit, sanction, suspend, revoke, publish]
}

clause eu_art1 "Article 1 - Subject matter" {
  text """
This agreement sets the conditions under which the Municipality makes the datasets listed in
Annex I available for re-use under Chapter II of Regulation (EU) 2022/868 (Data Governance Act).
Re-use is non-exclusive: the same data are available to every other re-user on the same
conditions.
"""
  applies_to [eu_mobility_reuse]
}

clause eu_art3 "Article 3 - Selection and publication" {
  text """
The re-user was selected through an open call for tenders. The conditions for re-use, this
agreement and the fees charged are made publicly available through the single information
point referred to in Article 8 of the Data Governance Act.
"""
  applies_to [eu_mobility_reuse]
}

clause eu_art5 "Article 5 - Secure processing environment" {
  text """
Personal data in the shared-bicycle trip dataset are made available only inside a secure
processing environment operated by the Municipality, as provided in Article 5(3) of the Data
Governance Act. Results leave that environment only after differential-privacy noise has been
added, with an epsilon of at most 1.0, and after a disclosure check by the Municipality. The
re-user does not attempt to re-identify data subjects and reports every such attempt to the
Municipality without delay.
"""
  applies_to [eu_mobility_reuse, eu_bike_trips]
}

clause eu_art7 "Article 7 - Purposes" {
  text """
The data are re-used for scientific research, official statistics, non-commercial civic
applications and commercial mobility services. Each use case is registered with the
Municipality before processing begins; a use outside these purposes requires a new agreement.
"""
  applies_to [eu_mobility_reuse]
}

clause eu_art9 "Article 9 - Fees" {
  text """
Fees are limited to the marginal costs of reproduction, provision and dissemination and of
anonymisation, in accordance with Article 6 of the Data Governance Act. Re-use for scientific
research, for non-commercial general-interest purposes and by small and medium-sized
enterprises is free of charge.
"""
  applies_to [eu_mobility_reuse]
}

clause eu_art11 "Article 11 - Term, review and end" {
  text """
This agreement runs for three years. The Municipality reviews it every year. It can be renewed
once, for at most three further years, only after a new review of its conditions and of the
demand from other re-users. At the end of the term the re-user deletes all copies of the data
and of intermediate results that still contain personal data, and confirms the deletion in
writing.
"""
  applies_to [eu_mobility_reuse]
}

clause eu_art13 "Article 13 - Retention" {
  text """
The re-user keeps personal data for at most two years from receipt, and in any case not beyond
the term of this agreement.
"""
  applies_to [eu_mobility_reuse]
}

clause eu_art15 "Article 15 - Rights of data subjects and personal data breaches" {
  text """
Data subjects can object, obtain information and lodge a complaint with the Municipality or
with the Dutch Data Protection Authority. The re-user notifies the Municipality of a personal
data breach within 24 hours, so that the Municipality can meet its obligations under Articles
33 and 34 of the General Data Protection Regulation.
"""
  applies_to [eu_mobility_reuse]
}

clause eu_art17 "Article 17 - Requests from law enforcement" {
  text """
Requests from law-enforcement authorities for data held under this agreement are answered only
on the order of a court. Each request is logged, and the data subjects concerned are informed
once informing them can no longer prejudice the investigation. The Dutch Data Protection
Authority reviews the log every year.
"""
  applies_to [eu_police_on_court_order]
}

clause eu_art19 "Article 19 - Supervision and audit" {
  text """
An independent auditor examines compliance with this agreement every year and sends its report
to the Municipality and to the Dutch Data Protection Authority, which can suspend or end the
re-use where the conditions are breached. The audit reports are published.
"""
  applies_to [eu_mobility_reuse, eu_dpa_supervision]
}

clause eu_art21 "Article 21 - Competition" {
  text """
Before adoption the Municipality assessed the effects of this agreement on competition in the
market for mobility data services. Nothing in this agreement prevents the Municipality from
making the same data available to other re-users.
"""
  applies_to [eu_mobility_reuse]
}
