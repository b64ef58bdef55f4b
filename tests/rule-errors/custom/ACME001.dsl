# Fixture for the organization's own rule.
operator acme_o {
  kind private
}

dataset acme_d {
  categories [public.transport]
}

grant acme_slow {
  operator acme_o
  datasets [acme_d]
  # expect: ACME001
  review_interval 5y
}

grant acme_ok {
  operator acme_o
  datasets [acme_d]
  # ok: ACME001
  review_interval 2y
}
