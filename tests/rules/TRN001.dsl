# Fixture for TRN001 grant-not-published: grants with `published false` (finding at the
# attribute) or without `published` (finding at the grant's header). Near miss: `published true`.

policy "Fixture TRN001: unpublished grants" {
  jurisdiction "NL"
  authority    t1_city
}

body t1_city "Municipality" {
  kind local_government
}

operator t1_reuser "Re-use company" {
  kind private
}

dataset t1_air "Air-quality readings" {
  categories [public.environment]
  source     environment
}

grant t1_secret "Grant kept unpublished" {
  operator  t1_reuser
  datasets  [t1_air]
  # expect: TRN001
  published false
}

# `published` not stated.
# expect: TRN001
grant t1_silent "Grant that does not say whether it is published" {
  operator t1_reuser
  datasets [t1_air]
}

grant t1_public "Published grant" {
  operator  t1_reuser
  datasets  [t1_air]
  # ok: TRN001
  published true
}
