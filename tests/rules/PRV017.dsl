# Fixture for PRV017 profiling-of-residents.
# Fires on a personal grant with the purpose profiling or credit_scoring, at the `purposes` value.
# Near misses: research and statistics purposes; profiling of non-personal data.

policy "Fixture PRV017 profiling-of-residents" {
  jurisdiction "CN-ZJ"
  authority    p17_authority
}

body p17_authority "Municipal Credit Office" {
  kind regulator
}

operator p17_operator "Credit Services Co." {
  kind private
}

dataset p17_payments "Utility payment records" {
  categories [user.name, user.payment]
  source     utilities
}

dataset p17_firms "Enterprise register" {
  categories [public.enterprise_registry]
  source     enterprise_registry
}

grant p17_profiling "Profiling" {
  operator p17_operator
  datasets [p17_payments]
  # expect: PRV017
  purposes [research, profiling]
}

grant p17_credit_scoring "Credit scoring" {
  operator p17_operator
  datasets [p17_firms, p17_payments]
  # expect: PRV017
  purposes [credit_scoring]
}

grant p17_research "Near miss: research and statistics" {
  operator p17_operator
  datasets [p17_payments]
  # ok: PRV017
  purposes [research, statistics]
}

grant p17_firms_profiling "Near miss: non-personal data" {
  operator p17_operator
  datasets [p17_firms]
  # ok: PRV017
  purposes [profiling, credit_scoring]
}
