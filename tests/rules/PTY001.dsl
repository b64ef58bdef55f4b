# Fixture for PTY001 party-leadership-clause: clauses that place the arrangement under the
# leadership of a party organization (pattern list PARTY_LEADERSHIP), in Chinese and English,
# and near misses: the word "party" of contract language, and Chinese clauses without the formula.
# Each clause text that must match is a one-line string right below its `# expect` comment.

policy "Fixture PTY001: party-leadership clauses" {
  jurisdiction "CN"
  authority    p1_bureau
}

body p1_bureau "Data bureau" {
  kind regulator
}

clause p1_art3 "Article 3 (principles)" {
  # expect: PTY001
  text "公共数据授权运营工作坚持党对数据工作的全面领导，坚持统筹发展和安全。"
}

# The formula of the Fair Competition Review Regulation (2024) Art. 3.
clause p1_fcrr_art3 "Fair Competition Review Regulation, Article 3" {
  # expect: PTY001
  text "公平竞争审查工作坚持中国共产党的领导，贯彻党和国家路线方针政策和决策部署。"
}

clause p1_art4 "Article 4" {
  # expect: PTY001
  text "健康医疗数据授权运营工作坚持党建引领、政府主导、安全可控的原则。"
}

clause p1_art5 "Article 5" {
  # expect: PTY001
  text "数据工作在市委党委（党组）领导下开展，把党的领导贯穿授权运营全过程。"
}

clause p1_art6 "Article 6" {
  # expect: PTY001
  text "The authorized operation of public data is carried out under the leadership of the Communist Party of China."
}

clause p1_art7 "Article 7" {
  # expect: PTY001
  text "The data group upholds the Party's overall leadership in all of its work."
}

clause p1_art8 "Article 8 (termination)" {
  # ok: PTY001
  text "Either party may terminate the agreement on three months' notice; the other party's leadership team is informed in writing."
}

clause p1_art9 "Article 9 (third parties)" {
  # ok: PTY001
  text "The operator shall not pass the data to a third party; the parties agree that each party bears its own costs."
}

clause p1_art10 "Article 10 (principles without the formula)" {
  # ok: PTY001
  text "公共数据授权运营坚持政府主导、市场运作、安全可控的原则，统筹发展和安全。"
}

clause p1_art11 "Article 11 (notices)" {
  # ok: PTY001
  text "The receiving party's leadership is informed of each request, and a party's leadership may change."
}

# PIPL Art. 33: no party-leadership formula.
clause p1_pipl_art33 "PIPL, Article 33" {
  # ok: PTY001
  text "国家机关处理个人信息的活动，适用本法；本节有特别规定的，适用本节规定。"
}
