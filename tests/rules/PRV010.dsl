# Fixture for PRV010 open-ended-purpose.
# Fires on a personal grant whose purposes are missing (at the grant header), empty or hold `any`
# (at the `purposes` value), and on a clause matching OPEN_PURPOSE, English or Chinese (at the
# matched characters; every clause text below is a one-line string on the line after its
# annotation).
# Near misses: specific purposes; `any` on non-personal data; negated purpose clauses
# (Cybersecurity Law Art. 30, Shanghai Data Regulations Art. 40, "shall not be used for any
# purpose"); a clause with a closed list of purposes.

policy "Fixture PRV010 open-ended-purpose" {
  jurisdiction "CN-ZJ"
  authority    p10_authority
}

body p10_authority "Provincial Data Bureau" {
  kind regulator
}

operator p10_operator "Innovation Co." {
  kind private
}

dataset p10_residents "Resident contact register" {
  categories [user.name, user.contact.phone_number]
  source     civil_affairs
}

dataset p10_tables "Statistical tables" {
  categories [public.statistics]
  source     statistics
}

# expect: PRV010
grant p10_no_purposes "No purposes stated" {
  operator p10_operator
  datasets [p10_residents]
}

grant p10_empty_purposes "Empty purposes" {
  operator p10_operator
  datasets [p10_residents]
  # expect: PRV010
  purposes []
}

grant p10_any_purpose "Purposes hold any" {
  operator p10_operator
  datasets [p10_tables, p10_residents]
  # expect: PRV010
  purposes [research, any]
}

grant p10_specific "Near miss: specific purposes" {
  operator p10_operator
  datasets [p10_residents]
  # ok: PRV010
  purposes [research, statistics]
}

grant p10_tables_any "Near miss: any purpose, but no personal data" {
  operator p10_operator
  datasets [p10_tables]
  # ok: PRV010
  purposes [any]
}

clause p10_zh_other "第十二条（运营范围）" {
  # expect: PRV010
  text "被授权运营单位可以将授权数据用于数据产品开发、模型训练以及其他合法用途。"
  applies_to [p10_any_purpose]
}

clause p10_zh_scope "第十三条（使用范围）" {
  # expect: PRV010
  text "授权数据的使用范围包括但不限于智慧城市、金融风控和商业营销。"
}

clause p10_zh_any "第十四条（任何目的）" {
  # expect: PRV010
  text "经脱敏处理的数据可以用于任何合法目的。"
}

clause p10_en_any "Article 15 (Use)" {
  # expect: PRV010
  text "The operator may use the data for any lawful purpose."
}

clause p10_en_such "Article 16 (Further purposes)" {
  # expect: PRV010
  text "The data serve research and such other purposes as the authority may approve."
}

clause p10_zh_cybersecurity "Near miss: Cybersecurity Law Art. 30 wording" {
  # ok: PRV010
  text "网信部门和有关部门在履行网络安全保护职责中获取的信息，只能用于维护网络安全的需要，不得用于其他用途。"
}

clause p10_zh_shanghai "Near miss: Shanghai Data Regulations Art. 40 wording" {
  # ok: PRV010
  text "通过共享获取的公共数据，应当用于本单位依法履行职责的需要，不得以任何形式提供给第三方，也不得用于其他任何目的。"
}

clause p10_zh_not_beyond "Near miss: a negation well before the phrase" {
  # ok: PRV010
  text "被授权运营单位不得将授权数据用于协议约定以外的其他用途。"
}

clause p10_en_negated "Near miss: negated English purpose clause" {
  # ok: PRV010
  text "The data shall not be used for any purpose other than scientific research."
}

clause p10_en_closed "Near miss: a closed list of purposes" {
  # ok: PRV010
  text "The data are used for scientific research and official statistics only; a use outside these purposes requires a new agreement."
}
