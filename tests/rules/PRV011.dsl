# Fixture for PRV011 unbounded-retention.
# Fires on a personal grant without retention (at the grant header) or with retention indefinite
# (at the `retention` value), and on a clause matching INDEFINITE_RETENTION, English or Chinese
# (at the matched characters; every clause text below is a one-line string on the line after
# its annotation).
# Near misses: a two-year retention; no retention on non-personal data; negated and bounded
# retention clauses.

policy "Fixture PRV011 unbounded-retention" {
  jurisdiction "CN-GZ"
  authority    p11_authority
}

body p11_authority "Provincial Big Data Bureau" {
  kind regulator
}

operator p11_operator "Provincial Cloud Data Co." {
  kind state_owned
}

dataset p11_residents "Resident register" {
  categories [user.name, user.contact.address.street]
  source     civil_affairs
}

dataset p11_roads "Road network" {
  categories [public.geospatial]
  source     geospatial
}

# expect: PRV011
grant p11_no_retention "No retention stated" {
  operator p11_operator
  datasets [p11_residents]
}

grant p11_indefinite "Retention indefinite" {
  operator  p11_operator
  datasets  [p11_residents]
  # expect: PRV011
  retention indefinite
}

grant p11_two_years "Near miss: two years" {
  operator  p11_operator
  datasets  [p11_residents]
  # ok: PRV011
  retention 2y
}

# ok: PRV011
grant p11_roads_no_retention "Near miss: non-personal data without retention" {
  operator p11_operator
  datasets [p11_roads]
}

clause p11_zh_permanent "第十八条（数据保存）" {
  # expect: PRV011
  text "授权运营终止后，已经加工形成的数据资源由被授权运营单位永久保存并继续使用。"
}

clause p11_zh_long_term "第十九条（衍生数据）" {
  # expect: PRV011
  text "被授权运营单位对授权数据及其衍生数据实行长期保存。"
}

clause p11_en_indefinitely "Article 20 (Retention)" {
  # expect: PRV011
  text "The operator may retain the data indefinitely."
}

clause p11_en_perpetuity "Article 21 (Derived data)" {
  # expect: PRV011
  text "Derived datasets are kept in perpetuity."
}

clause p11_zh_bounded "Near miss: a bounded period" {
  # ok: PRV011
  text "个人信息的保存期限为两年，期满后应当删除或者匿名化处理。"
}

clause p11_zh_negated "Near miss: permanent keeping prohibited" {
  # ok: PRV011
  text "被授权运营单位不得永久保存个人信息。"
}

clause p11_en_negated "Near miss: negated English retention clause" {
  # ok: PRV011
  text "Personal data shall not be kept indefinitely."
}

clause p11_en_bounded "Near miss: at most two years" {
  # ok: PRV011
  text "The re-user keeps personal data for at most two years from receipt."
}
