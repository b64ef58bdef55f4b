# Fixture for TRN004 no-redress: grants of personal data with `redress false` or without
# `redress` (finding at the grant's header). Near misses: a personal grant with redress, and a
# grant of non-personal data without it.

policy "Fixture TRN004: no redress" {
  jurisdiction "CN"
  authority    t4_bureau
}

body t4_bureau "Data bureau" {
  kind regulator
}

operator t4_operator "Data operation company" {
  kind state_owned
}

dataset t4_claims "Medical insurance claims" {
  categories [user.health_and_medical.insurance_beneficiary_id, user.financial]
  source     social_security
}

dataset t4_weather "Weather observations" {
  categories [public.weather]
  source     environment
}

grant t4_claims_grant "Claims data without redress" {
  operator t4_operator
  datasets [t4_claims]
  # expect: TRN004
  redress  false
}

# `redress` not stated.
# expect: TRN004
grant t4_claims_silent "Claims data, redress not stated" {
  operator t4_operator
  datasets [t4_weather, t4_claims]
}

grant t4_claims_redress "Claims data with redress" {
  operator t4_operator
  datasets [t4_claims]
  # ok: TRN004
  redress  true
}

# ok: TRN004
grant t4_weather_grant "Weather data" {
  operator t4_operator
  datasets [t4_weather]
}
