# Fixture for MON003 exclusive-without-review: an exclusive grant with no review_interval fires at
# its header, one reviewed less often than every 3y fires at review_interval; 3y and 36mo do not,
# nor does a non-exclusive grant without a review.

policy "Exclusive arrangements for public transport data" {
  jurisdiction "IT"
  authority    m3_region
  status       draft
  date         2025-02-03
  language     "en"
}

body m3_region "Regional Transport Authority" {
  kind local_government
}

operator m3_transit "Trasporti Digitali S.p.A." {
  kind joint_venture
}

operator m3_startup "Mobility Startup S.r.l." {
  kind private
}

dataset m3_gtfs "Timetables and real-time vehicle positions" {
  categories [public.transport]
  records    30_000_000
  source     transport
}

# expect: MON003
grant m3_never_reviewed "Exclusive real-time feed, never reviewed" {
  operator      m3_transit
  datasets      [m3_gtfs]
  exclusive     true
  term          12mo
  justification "Operating the real-time passenger information service."
}

grant m3_five_years "Exclusive real-time feed reviewed every five years" {
  operator        m3_transit
  datasets        [m3_gtfs]
  exclusive       true
  term            12mo
  # expect: MON003
  review_interval 5y
}

grant m3_three_years "Exclusive feed reviewed every three years" {
  operator        m3_transit
  datasets        [m3_gtfs]
  exclusive       true
  term            12mo
  # ok: MON003
  review_interval 3y
}

grant m3_months "Exclusive feed reviewed every 36 months" {
  operator        m3_transit
  datasets        [m3_gtfs]
  exclusive       true
  term            12mo
  # ok: MON003
  review_interval 36mo
}

# ok: MON003
grant m3_open "Non-exclusive timetable licence" {
  operator  m3_startup
  datasets  [m3_gtfs]
  exclusive false
  term      2y
}
