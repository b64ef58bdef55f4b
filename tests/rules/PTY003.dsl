# Fixture for PTY003 security-access-without-court: standing access by security organs with a
# basis other than a warrant or court order (administrative_request, statute, a missing basis),
# and clauses that give security organs access (pattern list SECURITY_ACCESS). Near misses:
# access on a court order or a warrant, access by a body that is not a security organ, and
# clauses that restrain access (negated, or conditioned on a court).

policy "Fixture PTY003: security access without a court" {
  jurisdiction "CN"
  authority    p3_bureau
}

body p3_bureau "Data bureau" {
  kind regulator
}

body p3_police "Public security bureau" {
  kind security_organ
}

body p3_state_security "State security bureau" {
  kind security_organ
}

body p3_court "Intermediate people's court" {
  kind court
}

dataset p3_checkpoints "Road checkpoint records" {
  categories [user.government_id.vehicle_registration, user.location.trajectory]
  source     public_security
}

access p3_police_standing "Standing access for the police" {
  body     p3_police
  datasets [p3_checkpoints]
  # expect: PTY003
  basis    administrative_request
}

access p3_security_statute "Access by the state security bureau under a statute" {
  body     p3_state_security
  datasets [p3_checkpoints]
  # expect: PTY003
  basis    statute
}

# No basis at all: the finding points at the block header.
# expect: PTY003
access p3_police_open "Access for the police, basis not stated" {
  body     p3_police
  datasets [p3_checkpoints]
}

access p3_police_court "Access for the police on a court order" {
  body     p3_police
  datasets [p3_checkpoints]
  # ok: PTY003
  basis    court_order
}

access p3_security_warrant "Access by the state security bureau on a warrant" {
  body     p3_state_security
  datasets [p3_checkpoints]
  # ok: PTY003
  basis    warrant
}

access p3_court_request "Access by the court" {
  body     p3_court
  datasets [p3_checkpoints]
  # ok: PTY003
  basis    administrative_request
}

# The wording of CN Data Security Law Art. 35: it grants access.
clause p3_dsl_art35 "Data Security Law, Article 35" {
  # expect: PTY003
  text "公安机关、国家安全机关因依法维护国家安全或者侦查犯罪的需要调取数据，应当按照国家有关规定，经过严格的批准手续，依法进行，有关组织、个人应当予以配合。"
}

clause p3_art21 "Article 21 (access by the security organs)" {
  # expect: PTY003
  text "公安机关、国家安全机关因维护国家安全和社会稳定需要，可以通过运营平台实时调取、查询授权数据，无需另行审批。"
}

clause p3_art22 "Article 22" {
  # expect: PTY003
  text "The police may obtain records from the platform without a court order."
}

clause p3_art23 "Article 23" {
  # expect: PTY003
  text "Security organs may access the platform at any time."
}

clause p3_art24 "Article 24 (restraint)" {
  # ok: PTY003
  text "公安机关不得调取授权数据；确需调取的，应当依照刑事诉讼法的规定办理。"
}

clause p3_art25 "Article 25 (court approval)" {
  # ok: PTY003
  text "公安机关经人民法院批准，可以调取与具体案件有关的授权数据。"
}

clause p3_art26 "Article 26" {
  # ok: PTY003
  text "Security organs shall not access the data without a court order."
}

clause p3_art27 "Article 27" {
  # ok: PTY003
  text "Requests from law-enforcement authorities are answered only on the order of a court."
}
