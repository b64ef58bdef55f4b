# Fixture for MON013 public-interest-use-charged: a grant that is not free of charge and whose
# `free_for` lacks public_interest fires at `free_for` (at the grant's header where `free_for` is
# missing); a grant without `pricing` counts as not free. `pricing free`, and public_interest in
# `free_for`, do not.

policy "Re-use conditions for municipal environmental data" {
  jurisdiction "ES"
  authority    m13_city
  status       draft
  date         2025-02-14
  language     "en"
}

body m13_city "City Council of Valdemar" {
  kind local_government
}

operator m13_firm "Datos Ambientales S.L." {
  kind private
}

operator m13_ngo "Clean Air Citizens' Association" {
  kind nonprofit
}

dataset m13_air "Air-quality sensor readings" {
  categories [public.environment]
  records    2_000_000
  source     environment
}

dataset m13_noise "Noise maps" {
  categories [public.environment, public.geospatial]
  records    50_000
  source     environment
}

# expect: MON013
grant m13_market "Commercial re-use at market prices" {
  operator m13_firm
  datasets [m13_air]
  pricing  market
}

grant m13_research_only "Cost-recovery licence, free only for research" {
  operator m13_firm
  datasets [m13_noise]
  pricing  cost_recovery
  # expect: MON013
  free_for [research, small_business]
}

# expect: MON013
grant m13_silent "Licence that says nothing about charges" {
  operator m13_ngo
  datasets [m13_noise]
}

grant m13_fair "Marginal-cost licence, free for public-interest use" {
  operator m13_firm
  datasets [m13_air]
  pricing  marginal_cost
  # ok: MON013
  free_for [public_interest, research]
}

# ok: MON013
grant m13_free "Free licence for civil society" {
  operator m13_ngo
  datasets [m13_air, m13_noise]
  pricing  free
}
