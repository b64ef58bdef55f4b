# Diff test, version 2 of v1.dsl: lines moved, the revenue share dropped, publication dropped.
#
# Example (own end-to-end draft): a city mobility-data concession in an EU member state.
#
# Modelled on municipal smart-parking and mobility-data concessions: a city hands one private
# company an exclusive ten-year concession over its parking-sensor, licence-plate and
# bus-location data, in exchange for a share of the revenue. The tender was open and the
# contract is published, but the exclusivity has no documented reason or review, plate numbers
# go out through an API without anonymization, and the concessionaire may resell the data.
#
# Findings a reviewer should expect:
#   MON001 exclusive-grant, MON002 exclusive-term-too-long, MON003 exclusive-without-review,
#   MON004 long-term-grant, MON012 data-finance-revenue (revenue share), MON013
#   public-interest-use-charged, MON015 no-exit-terms, PRV005 personal-data-not-anonymized,
#   PRV001 sensitive-data-exposed (precise locations), PRV007 location-tracking-data, PRV013 resale-of-personal-data, PRV016 no-breach-notification,
#   TRN002 exclusivity-unjustified, TRN003 no-independent-audit, TRN004 no-redress.
# Near misses: open tender (no MON006), published (no TRN001), fair-competition review done
# (no MON014), one grant only (no MON007), oversight by an independent authority (no TRN005).

policy "Smart mobility data concession (draft for council)" {
  jurisdiction "IT"
  authority    cm_city
  status       consultation
  date         2025-06-02
  language     "en"
}

body cm_city "City council, mobility department" {
  kind local_government
}

body cm_garante "Data protection authority" {
  kind        supervisory_authority
  independent true
}

operator cm_parkco "ParkData S.p.A." {
  kind                private
  competes_downstream false
}

dataset cm_parking "Parking sensors and payments" {
  categories [user.government_id.vehicle_registration, user.location.precise, user.payment]
  subjects   [residents, foreigners]
  records    3_500_000
  source     transport
  keys       [plate_number]
}

dataset cm_buses "Bus positions" {
  categories [public.transport]
  records    120_000
  source     transport
}

grant cm_concession "Mobility data concession" {
  operator                cm_parkco
  datasets                [cm_parking, cm_buses]
  scope                   municipal
  exclusive               true
  term                    10y
  renewal                 on_review
  selection               open_tender
  fair_competition_review true
  purposes                [commercial, statistics]
  access                  api
  anonymization           pseudonymized
  legal_basis             contract
  retention               3y
  impact_assessment       true
  audit                   internal
  pricing                 cost_recovery
  revenue_to              cm_city
  resale                  true
}

oversight cm_supervision "Supervision of the concession" {
  body        cm_garante
  covers      [cm_concession]
  independent true
  powers      [audit, sanction, publish]
}

clause cm_art7 "Article 7 (Revenue)" {
  text "The concessionaire pays the City a revenue share of 15% of its gross receipts from the data."
}
