# Fixture for PRV008 linkage-enables-reidentification.
# Fires on a grant covering two datasets from different sources, at least one personal, that
# share a join key or both hold a direct identifier (user.name, user.government_id,
# user.contact, user.biometric.face). A dataset without a source counts as a source of its own.
# The finding points at the grant's `datasets` value.
# Near misses: same source; no shared key and only one direct identifier; non-personal data
# sharing a key; a single dataset (without a source, so it is not paired with itself).

policy "Fixture PRV008 linkage-enables-reidentification" {
  jurisdiction "CN"
  authority    p08_authority
}

body p08_authority "National Data Administration" {
  kind regulator
}

operator p08_operator "National Data Group" {
  kind state_owned
}

dataset p08_tax "Income tax records" {
  categories [user.name, user.financial]
  source     tax
  keys       [national_id, taxpayer_id]
}

dataset p08_tax_archive "Archived tax returns" {
  categories [user.financial]
  source     tax
  keys       [national_id]
}

dataset p08_health "Medical insurance claims" {
  categories [user.health_and_medical]
  source     health
  keys       [national_id, record_no]
}

dataset p08_phonebook "Residents' telephone book" {
  categories [user.name, user.contact.phone_number]
  source     civil_affairs
}

dataset p08_licences "Driving licences" {
  categories [user.government_id.drivers_license_number, user.location.imprecise]
  source     transport
}

dataset p08_newsletter "Newsletter subscribers (no source given)" {
  categories [user.contact.email]
  keys       [email]
}

dataset p08_library "Library loans" {
  categories [user.behavior.media_consumption]
  source     other
  keys       [email]
}

dataset p08_stations "Weather stations" {
  categories [public.weather]
  source     environment
  keys       [station_id]
}

dataset p08_station_stats "Station statistics" {
  categories [public.statistics]
  source     statistics
  keys       [station_id]
}

dataset p08_single "Resident list (no source given)" {
  categories [user.name]
  keys       [phone]
}

grant p08_shared_key "Tax and health records share national_id" {
  operator p08_operator
  # expect: PRV008
  datasets [p08_tax, p08_health]
}

grant p08_identifiers "Both hold direct identifiers" {
  operator p08_operator
  # expect: PRV008
  datasets [p08_phonebook, p08_licences]
}

grant p08_unknown_source "A dataset without source shares the email key" {
  operator p08_operator
  # expect: PRV008
  datasets [p08_newsletter, p08_library]
}

grant p08_unknown_source_second "The dataset without source listed second" {
  operator p08_operator
  # expect: PRV008
  datasets [p08_library, p08_newsletter]
}

grant p08_same_source "Near miss: both from the tax source" {
  operator p08_operator
  # ok: PRV008
  datasets [p08_tax, p08_tax_archive]
}

grant p08_no_link "Near miss: no shared key, one direct identifier" {
  operator p08_operator
  # ok: PRV008
  datasets [p08_health, p08_licences]
}

grant p08_non_personal "Near miss: non-personal data sharing station_id" {
  operator p08_operator
  # ok: PRV008
  datasets [p08_stations, p08_station_stats]
}

grant p08_one_dataset "Near miss: a single dataset" {
  operator p08_operator
  # ok: PRV008
  datasets [p08_single]
}
