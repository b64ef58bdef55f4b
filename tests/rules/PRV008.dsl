# Fixture for PRV008 linkage-enables-reidentification.
# Fires on a grant covering two datasets from different sources, at least one personal, that
# share a join key or both hold a direct identifier (user.name, user.government_id,
# user.contact, user.biometric.face). A dataset without a source counts as a source of its own.
# The finding points at the grant's `datasets` value.
# Near misses: same source; no shared key and only one direct identifier; non-personal data
# sharing a key; a single dataset (without a source, so it is not paired with itself).
# The last two grants list 18 datasets, which the engine groups by key and source rather
# than scanning (docs/rules.md, "Searching a list for a partner").

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

dataset p08_bulk_1 "Tax ledger 1" {
  categories [user.financial]
  source     tax
  keys       [national_id]
}

dataset p08_bulk_2 "Tax ledger 2" {
  categories [user.financial]
  source     tax
  keys       [national_id]
}

dataset p08_bulk_3 "Tax ledger 3" {
  categories [user.financial]
  source     tax
  keys       [national_id]
}

dataset p08_bulk_4 "Tax ledger 4" {
  categories [user.financial]
  source     tax
  keys       [national_id]
}

dataset p08_bulk_5 "Tax ledger 5" {
  categories [user.financial]
  source     tax
  keys       [national_id]
}

dataset p08_bulk_6 "Tax ledger 6" {
  categories [user.financial]
  source     tax
  keys       [national_id]
}

dataset p08_bulk_7 "Tax ledger 7" {
  categories [user.financial]
  source     tax
  keys       [national_id]
}

dataset p08_bulk_8 "Tax ledger 8" {
  categories [user.financial]
  source     tax
  keys       [national_id]
}

dataset p08_bulk_9 "Tax ledger 9" {
  categories [user.financial]
  source     tax
  keys       [national_id]
}

dataset p08_bulk_10 "Tax ledger 10" {
  categories [user.financial]
  source     tax
  keys       [national_id]
}

dataset p08_bulk_11 "Tax ledger 11" {
  categories [user.financial]
  source     tax
  keys       [national_id]
}

dataset p08_bulk_12 "Tax ledger 12" {
  categories [user.financial]
  source     tax
  keys       [national_id]
}

dataset p08_bulk_13 "Tax ledger 13" {
  categories [user.financial]
  source     tax
  keys       [national_id]
}

dataset p08_bulk_14 "Tax ledger 14" {
  categories [user.financial]
  source     tax
  keys       [national_id]
}

dataset p08_bulk_15 "Tax ledger 15" {
  categories [user.financial]
  source     tax
  keys       [national_id]
}

dataset p08_bulk_16 "Tax ledger 16" {
  categories [user.financial]
  source     tax
  keys       [national_id]
}

dataset p08_bulk_17 "Tax ledger 17" {
  categories [user.financial]
  source     tax
  keys       [national_id]
}

dataset p08_bulk_regions "Regional statistics" {
  categories [public.statistics]
  source     statistics
  keys       [region_code]
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

grant p08_many_one_source "Near miss: 17 tax datasets share national_id, the 18th holds another key" {
  operator p08_operator
  # ok: PRV008
  datasets [p08_bulk_1, p08_bulk_2, p08_bulk_3, p08_bulk_4, p08_bulk_5, p08_bulk_6, p08_bulk_7, p08_bulk_8, p08_bulk_9, p08_bulk_10, p08_bulk_11, p08_bulk_12, p08_bulk_13, p08_bulk_14, p08_bulk_15, p08_bulk_16, p08_bulk_17, p08_bulk_regions]
}

grant p08_many_linked "17 tax datasets and health claims share national_id" {
  operator p08_operator
  # expect: PRV008
  datasets [p08_bulk_1, p08_bulk_2, p08_bulk_3, p08_bulk_4, p08_bulk_5, p08_bulk_6, p08_bulk_7, p08_bulk_8, p08_bulk_9, p08_bulk_10, p08_bulk_11, p08_bulk_12, p08_bulk_13, p08_bulk_14, p08_bulk_15, p08_bulk_16, p08_bulk_17, p08_health]
}
