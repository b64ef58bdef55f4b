# Fixture for PRV013 resale-of-personal-data.
# Fires on a personal grant with resale true (at the `resale` value) or, when resale is not true,
# with the purpose resale (at the `purposes` value). A grant with both is reported once, at
# `resale`.
# Near misses: resale false; resale true on non-personal data; the purposes of a grant already
# reported at `resale`.

policy "Fixture PRV013 resale-of-personal-data" {
  jurisdiction "CN-SH"
  authority    p13_authority
}

body p13_authority "Municipal Data Bureau" {
  kind regulator
}

operator p13_operator "Data Trading Co." {
  kind private
}

dataset p13_owners "Vehicle owner register" {
  categories [user.name, user.government_id.vehicle_registration]
  source     public_security
}

dataset p13_parking "Parking occupancy totals" {
  categories [public.transport]
  source     transport
}

grant p13_resale_true "Resale allowed" {
  operator p13_operator
  datasets [p13_owners]
  purposes [commercial]
  # expect: PRV013
  resale   true
}

grant p13_resale_purpose "Purpose resale" {
  operator p13_operator
  datasets [p13_owners]
  # expect: PRV013
  purposes [commercial, resale]
}

grant p13_both "Resale allowed and named as a purpose" {
  operator p13_operator
  datasets [p13_owners]
  # ok: PRV013
  purposes [resale]
  # expect: PRV013
  resale   true
}

grant p13_no_resale "Near miss: resale false" {
  operator p13_operator
  datasets [p13_owners]
  purposes [research]
  # ok: PRV013
  resale   false
}

grant p13_parking_resale "Near miss: non-personal data" {
  operator p13_operator
  datasets [p13_parking]
  purposes [resale]
  # ok: PRV013
  resale   true
}
