# Fixture for TRN002 exclusivity-unjustified: an exclusive grant without `justification`
# (finding at `exclusive`). Near misses: an exclusive grant with a justification, and a grant
# that is not exclusive.

policy "Fixture TRN002: unjustified exclusivity" {
  jurisdiction "NL"
  authority    t2_city
}

body t2_city "Municipality" {
  kind local_government
}

operator t2_reuser "Re-use company" {
  kind private
}

dataset t2_air "Air-quality readings" {
  categories [public.environment]
  source     environment
}

grant t2_exclusive "Exclusive grant without reasons" {
  operator  t2_reuser
  datasets  [t2_air]
  # expect: TRN002
  exclusive true
  term      12mo
}

grant t2_justified "Exclusive grant with reasons" {
  operator      t2_reuser
  datasets      [t2_air]
  # ok: TRN002
  exclusive     true
  justification "A service of general interest that no other re-user offers; reviewed every year."
}

grant t2_open "Non-exclusive grant" {
  operator  t2_reuser
  datasets  [t2_air]
  # ok: TRN002
  exclusive false
}
