# Fixture for PRV009 surveillance-data-to-operator.
# Fires on a grant of a dataset with source public_security or a category under user.biometric
# (1) to an operator that is not a public_body, at the grant's `operator` value; (2) to a public
# body with purposes missing, empty or holding anything but public_security, at `purposes` or,
# when purposes are not given, at the grant header.
# Near misses: a public body with purposes [public_security]; a private operator with transport
# timetables.

policy "Fixture PRV009 surveillance-data-to-operator" {
  jurisdiction "CN-GZ"
  authority    p09_authority
}

body p09_authority "City Big Data Bureau" {
  kind regulator
}

operator p09_company "City Cloud Co." {
  kind state_owned
}

operator p09_institute "Biometrics research institute" {
  kind research
}

operator p09_police_it "Police information centre" {
  kind public_body
}

dataset p09_cameras "Public security video network" {
  categories [user.biometric.face, user.location.trajectory]
  source     public_security
}

dataset p09_fingerprints "Hospital fingerprint log-ins" {
  categories [user.biometric.fingerprint]
  source     health
}

dataset p09_plates "Checkpoint plate reads" {
  categories [user.government_id.vehicle_registration]
  source     public_security
}

dataset p09_timetables "Bus timetables" {
  categories [public.transport]
  source     transport
}

grant p09_cameras_to_company "Camera data to a company" {
  # expect: PRV009
  operator p09_company
  datasets [p09_cameras]
  purposes [public_security]
}

grant p09_fingerprints_to_institute "Biometric data to a research institute" {
  # expect: PRV009
  operator p09_institute
  datasets [p09_fingerprints]
  purposes [research]
}

grant p09_plates_other_purpose "A public body, but also for statistics" {
  operator p09_police_it
  datasets [p09_plates]
  # expect: PRV009
  purposes [public_security, statistics]
}

# expect: PRV009
grant p09_cameras_no_purpose "A public body, no purposes stated" {
  operator p09_police_it
  datasets [p09_cameras]
}

grant p09_cameras_security_only "Near miss: a public body, public security only" {
  # ok: PRV009
  operator p09_police_it
  datasets [p09_cameras]
  # ok: PRV009
  purposes [public_security]
}

grant p09_timetables_to_company "Near miss: no public-security or biometric data" {
  # ok: PRV009
  operator p09_company
  datasets [p09_timetables]
  purposes [commercial]
}
