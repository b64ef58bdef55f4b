# Checked together with small-draft.dsl: a second file whose jurisdiction
# (`DE`, an EU member) selects the `eu` profile for its own blocks only.
policy "Landesverordnung über die Bereitstellung von Verwaltungsdaten (Entwurf)" {
  jurisdiction "DE"
  authority    eu_ministry
}

body eu_ministry "State Ministry of the Interior" {
  kind regulator
}

operator eu_co "Regional Data GmbH" {
  kind private
}

dataset eu_stats "Municipal statistics" {
  categories [public.statistics]
  records    10_000
  source     statistics
}

grant eu_grant "Statistics for re-use" {
  operator eu_co
  datasets [eu_stats]
}
