# Fixture for PRV015 missing-impact-assessment (large_scale 1_000_000).
# Fires when impact_assessment is not true (at its value, or at the grant header when not given)
# on a grant that covers sensitive data, or personal data in more than 1,000,000 records, or
# datasets of different sources that can be linked (PRV008), or public-security data.
# Near misses: an assessment made; exactly 1,000,000 personal records; a large grant of
# non-personal data.

policy "Fixture PRV015 missing-impact-assessment" {
  jurisdiction "EU"
  authority    p15_authority
}

body p15_authority "Ministry of the Interior" {
  kind ministry
}

operator p15_operator "Public Data Services Ltd." {
  kind private
}

dataset p15_prescriptions "Prescription records (sensitive)" {
  categories [user.health_and_medical]
  records    5_000
  source     health
}

dataset p15_mailing_list "Mailing list (2,000,000 records)" {
  categories [user.contact.email]
  records    2_000_000
  source     civil_affairs
}

dataset p15_newsletter "Newsletter list (1,000,000 records)" {
  categories [user.contact.email]
  records    1_000_000
  source     civil_affairs
}

dataset p15_phone_register "Telephone register" {
  categories [user.contact.phone_number]
  records    1_000
  source     civil_affairs
  keys       [phone]
}

dataset p15_utility_accounts "Utility accounts" {
  categories [user.behavior.purchase_history]
  records    1_000
  source     utilities
  keys       [phone]
}

dataset p15_plates "Checkpoint plate reads" {
  categories [user.government_id.vehicle_registration]
  records    10_000
  source     public_security
}

dataset p15_weather "Weather observations" {
  categories [public.weather]
  records    5_000_000
  source     environment
}

# expect: PRV015
grant p15_sensitive_not_stated "Sensitive data, assessment not stated" {
  operator p15_operator
  datasets [p15_prescriptions]
}

grant p15_sensitive_false "Sensitive data, assessment false" {
  operator          p15_operator
  datasets          [p15_prescriptions]
  # expect: PRV015
  impact_assessment false
}

grant p15_large "Large-scale personal data" {
  operator          p15_operator
  datasets          [p15_mailing_list]
  # expect: PRV015
  impact_assessment false
}

grant p15_linked "Linkable datasets" {
  operator          p15_operator
  datasets          [p15_phone_register, p15_utility_accounts]
  # expect: PRV015
  impact_assessment false
}

grant p15_public_security "Public-security data" {
  operator          p15_operator
  datasets          [p15_plates]
  # expect: PRV015
  impact_assessment false
}

grant p15_assessed "Near miss: assessment made" {
  operator          p15_operator
  datasets          [p15_prescriptions, p15_mailing_list]
  # ok: PRV015
  impact_assessment true
}

# ok: PRV015
grant p15_edge "Near miss: exactly 1,000,000 personal records" {
  operator p15_operator
  datasets [p15_newsletter]
}

# ok: PRV015
grant p15_weather_large "Near miss: large, but non-personal" {
  operator p15_operator
  datasets [p15_weather]
}
