# Fixture for PRV004 criminal-records-outside-authority.
# Fires on a grant of a dataset with a category under user.criminal_history to an operator whose
# kind is not public_body. The finding points at the grant's `operator` value.
# Near misses: the same data to a public body; a private operator without criminal records.

policy "Fixture PRV004 criminal-records-outside-authority" {
  jurisdiction "EU"
  authority    p04_authority
}

body p04_authority "Ministry of Justice" {
  kind ministry
}

operator p04_private "Background Checks Ltd." {
  kind private
}

operator p04_state_owned "Justice IT Services Co." {
  kind state_owned
}

operator p04_public_body "Courts Administration Agency" {
  kind public_body
}

dataset p04_convictions "Register of criminal convictions" {
  categories [user.criminal_history, user.name]
  source     courts
}

dataset p04_names "Register of court users" {
  categories [user.name, user.contact.address.street]
  source     courts
}

grant p04_to_private "Convictions to a private company" {
  # expect: PRV004
  operator p04_private
  datasets [p04_convictions]
}

grant p04_to_state_owned "Convictions to a state-owned company" {
  # expect: PRV004
  operator p04_state_owned
  datasets [p04_names, p04_convictions]
}

grant p04_to_public_body "Near miss: convictions to a public body" {
  # ok: PRV004
  operator p04_public_body
  datasets [p04_convictions]
}

grant p04_names_only "Near miss: no criminal records" {
  # ok: PRV004
  operator p04_private
  datasets [p04_names]
}
