# Fixture for PTY009 overbroad-security-exception: clauses invoking national security, social
# stability or the public interest (pattern list SECURITY_EXCEPTION) with no necessity,
# proportionality or time-limit wording in the same clause (pattern list NECESSITY). Near misses:
# the same grounds with necessity, proportionality and a time limit, and the name of an organ
# (国家安全机关) that is no ground.

policy "Fixture PTY009: overbroad security exceptions" {
  jurisdiction "CN"
  authority    p9_bureau
}

body p9_bureau "Data bureau" {
  kind regulator
}

clause p9_art21 "Article 21" {
  # expect: PTY009
  text "公安机关、国家安全机关因维护国家安全和社会稳定需要，可以通过运营平台实时调取、查询授权数据，无需另行审批。"
}

clause p9_art22 "Article 22" {
  # expect: PTY009
  text "出于维稳需要，市大数据局可以调用全部授权数据。"
}

clause p9_art23 "Article 23" {
  # expect: PTY009
  text "For reasons of national security, the bureau may disclose any data to the competent services."
}

clause p9_art24 "Article 24" {
  # expect: PTY009
  text "为了公共利益的需要，授权主体可以变更或者撤回授权。"
}

clause p9_art25 "Article 25 (emergency use)" {
  # ok: PTY009
  text "因突发公共卫生事件应对或者维护公共利益需要调用授权数据的，应当遵循合法、正当、必要和比例原则，限于实现目的所必要的范围和最短期限，并依法记录、事后告知。"
}

clause p9_art26 "Article 26" {
  # ok: PTY009
  text "Where national security so requires, the bureau may suspend access, only as far as strictly necessary and proportionate and for no longer than 30 days."
}

clause p9_art27 "Article 27" {
  # ok: PTY009
  text "国家安全机关依法可以查询本市公共数据目录。"
}

clause p9_art28 "Article 28" {
  # ok: PTY009
  text "Re-use for non-commercial public interest purposes shall be free of charge."
}
