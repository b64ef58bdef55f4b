# Fixture for PRV007 location-tracking-data.
# Fires on a grant of a dataset with a category under user.location.precise or
# user.location.trajectory and access raw or api, whatever the anonymization. The finding points
# at the grant's `access` value.
# Near misses: sandbox access to tracks; raw access to imprecise locations.

policy "Fixture PRV007 location-tracking-data" {
  jurisdiction "CN-GD"
  authority    p07_authority
}

body p07_authority "Provincial transport bureau" {
  kind regulator
}

operator p07_operator "Mobility Data Co." {
  kind private
}

dataset p07_tracks "Ride-hailing trip tracks" {
  categories [user.location.trajectory]
  source     transport
}

dataset p07_gps "Shared-bicycle GPS fixes" {
  categories [user.location.precise, user.device.device_id]
  source     transport
}

dataset p07_zones "Trips per city zone" {
  categories [user.location.imprecise]
  source     transport
}

grant p07_tracks_raw "Raw trip tracks" {
  operator p07_operator
  datasets [p07_tracks]
  # expect: PRV007
  access   raw
}

grant p07_gps_api "GPS fixes through an API, even with differential privacy" {
  operator      p07_operator
  datasets      [p07_zones, p07_gps]
  # expect: PRV007
  access        api
  anonymization differential_privacy
  epsilon       1.0
}

grant p07_tracks_sandbox "Near miss: tracks in a sandbox" {
  operator p07_operator
  datasets [p07_tracks]
  # ok: PRV007
  access   sandbox
}

grant p07_zones_raw "Near miss: imprecise locations" {
  operator p07_operator
  datasets [p07_zones]
  # ok: PRV007
  access   raw
}
