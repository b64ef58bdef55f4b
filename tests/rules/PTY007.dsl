# Fixture for PTY007 state-organ-exemption: clauses that exempt state bodies from the draft's
# rules (pattern list STATE_EXEMPTION), in either order and in Chinese and English. Near misses:
# PIPL Art. 33 (the law applies to state organs), "shall not apply" in another sense, and an
# exception that concerns no state body.

policy "Fixture PTY007: state-organ exemptions" {
  jurisdiction "CN"
  authority    p7_bureau
}

body p7_bureau "Data bureau" {
  kind regulator
}

clause p7_art30 "Article 30 (state organs)" {
  # expect: PTY007
  text "国家机关依法履行职责使用授权数据的，不适用本办法第二十五条关于收费的规定。"
}

clause p7_art31 "Article 31" {
  # expect: PTY007
  text "本办法关于安全审计的规定不适用于党政机关。"
}

clause p7_art32 "Article 32" {
  # expect: PTY007
  text "除国家机关外，任何单位使用授权数据均应当登记。"
}

clause p7_art33 "Article 33" {
  # expect: PTY007
  text "Public authorities are exempt from the audit obligations of Article 12."
}

clause p7_art34 "Article 34" {
  # expect: PTY007
  text "Article 14 shall not apply to state organs acting in the performance of their duties."
}

# PIPL Art. 33: the law applies to state organs; nothing is exempted.
clause p7_pipl_art33 "PIPL, Article 33" {
  # ok: PTY007
  text "国家机关处理个人信息的活动，适用本法；本节有特别规定的，适用本节规定。"
}

clause p7_art35 "Article 35" {
  # ok: PTY007
  text "The government shall not apply discriminatory conditions to re-users."
}

clause p7_art36 "Article 36" {
  # ok: PTY007
  text "自然人因个人或者家庭事务处理个人信息的，不适用本办法。"
}
