# Fixture for TRN003 no-independent-audit: grants of personal data, or exclusive grants, whose
# `audit` is not `independent` (internal, none, or missing: then the finding points at the
# grant's header). Near misses: a personal grant audited independently, and a non-personal,
# non-exclusive grant audited internally.

policy "Fixture TRN003: no independent audit" {
  jurisdiction "CN"
  authority    t3_bureau
}

body t3_bureau "Data bureau" {
  kind regulator
}

operator t3_operator "Data operation company" {
  kind state_owned
}

dataset t3_patients "Hospital records" {
  categories [user.health_and_medical, user.name]
  source     health
}

dataset t3_traffic "Traffic counts" {
  categories [public.transport]
  source     transport
}

grant t3_health "Health data, audited internally" {
  operator t3_operator
  datasets [t3_patients]
  # expect: TRN003
  audit    internal
}

grant t3_health_none "Health data, no audit" {
  operator t3_operator
  datasets [t3_traffic, t3_patients]
  # expect: TRN003
  audit    none
}

# Exclusive, non-personal, audit not stated.
# expect: TRN003
grant t3_traffic_exclusive "Exclusive traffic data" {
  operator  t3_operator
  datasets  [t3_traffic]
  exclusive true
}

grant t3_health_audited "Health data, audited independently" {
  operator t3_operator
  datasets [t3_patients]
  # ok: TRN003
  audit    independent
}

grant t3_traffic_open "Traffic data, not exclusive" {
  operator  t3_operator
  datasets  [t3_traffic]
  exclusive false
  # ok: TRN003
  audit     internal
}
