# Fixture for PTY006 sensitive-data-to-political-organs: access by security or party organs to
# datasets with ethnicity, religion or political-opinion categories. Near misses: a security
# organ's access to other personal data, and a regulator's access to the ethnicity data.

policy "Fixture PTY006: sensitive categories to party and security organs" {
  jurisdiction "CN"
  authority    p6_bureau
}

body p6_bureau "Data bureau" {
  kind regulator
}

body p6_police "Public security bureau" {
  kind security_organ
}

body p6_united_front "United front work department" {
  kind party_organ
}

body p6_statistics "Statistics bureau" {
  kind regulator
}

dataset p6_population "Population register" {
  categories [user.name, user.demographic.race_ethnicity, user.demographic.date_of_birth]
  source     public_security
}

dataset p6_religion "Register of religious venues and their members" {
  categories [user.name, user.demographic.religious_belief]
  source     civil_affairs
}

dataset p6_petitions "Petitions and letters to the authorities" {
  categories [user.name, user.demographic.political_opinion]
  source     other
}

dataset p6_checkpoints "Road checkpoint records" {
  categories [user.government_id.vehicle_registration, user.location.trajectory]
  source     public_security
}

access p6_police_population "Police access to the population register" {
  body     p6_police
  # expect: PTY006
  datasets [p6_checkpoints, p6_population]
  basis    court_order
}

access p6_department_religion "Department access to religion and petition data" {
  body     p6_united_front
  # expect: PTY006
  datasets [p6_religion, p6_petitions]
  basis    statute
}

access p6_police_checkpoints "Police access to checkpoint records" {
  body     p6_police
  # ok: PTY006
  datasets [p6_checkpoints]
  basis    court_order
}

access p6_statistics_population "Statistics bureau access to the population register" {
  body     p6_statistics
  # ok: PTY006
  datasets [p6_population]
  basis    statute
}
