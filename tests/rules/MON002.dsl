# Fixture for MON002 exclusive-term-too-long: an exclusive grant whose term exceeds 12 months,
# or is indefinite, fires at its `term`; exactly 12mo (or 1y) does not, nor does a long
# non-exclusive grant or an exclusive grant without a term.

policy "Exclusive arrangements for cultural and geographic data" {
  jurisdiction "FR"
  authority    m2_ministry
  status       consultation
  date         2025-05-12
  language     "en"
}

body m2_ministry "Ministry of Culture" {
  kind ministry
}

operator m2_digitizer "Numérisation Patrimoine SA" {
  kind private
}

operator m2_geo "GéoServices SAS" {
  kind private
}

dataset m2_archives "Digitised municipal archives" {
  categories [public.legislation]
  records    2_500_000
  source     other
}

dataset m2_cadastre "Cadastral parcels" {
  categories [public.geospatial]
  records    9_000_000
  source     geospatial
}

grant m2_archives_long "Exclusive digitisation partnership" {
  operator  m2_digitizer
  datasets  [m2_archives]
  exclusive true
  # expect: MON002
  term      10y
}

grant m2_forever "Exclusive cadastral licence without end" {
  operator  m2_geo
  datasets  [m2_cadastre]
  exclusive true
  # expect: MON002
  term      indefinite
}

grant m2_one_year "Exclusive licence for one year" {
  operator  m2_geo
  datasets  [m2_cadastre]
  exclusive true
  # ok: MON002
  term      12mo
}

grant m2_one_year_y "Exclusive licence written in years" {
  operator  m2_digitizer
  datasets  [m2_archives]
  exclusive true
  # ok: MON002
  term      1y
}

grant m2_thirteen "Exclusive licence for thirteen months" {
  operator  m2_digitizer
  datasets  [m2_archives]
  exclusive true
  # expect: MON002
  term      13mo
}

grant m2_non_exclusive "Non-exclusive licence for ten years" {
  operator  m2_geo
  datasets  [m2_cadastre]
  exclusive false
  # ok: MON002
  term      10y
}

# ok: MON002
grant m2_no_term "Exclusive licence with no term" {
  operator  m2_geo
  datasets  [m2_cadastre]
  exclusive true
}
