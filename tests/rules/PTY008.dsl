# Fixture for PTY008 state-access-unaccountable: standing access without logging, without
# notification of the persons concerned, or without an oversight body; each finding points at the
# access block's header. Near miss: an access with all three safeguards.

policy "Fixture PTY008: unaccountable state access" {
  jurisdiction "EU"
  authority    p8_city
}

body p8_city "City administration" {
  kind local_government
}

body p8_police "Police" {
  kind security_organ
}

body p8_tax "Tax administration" {
  kind ministry
}

body p8_dpa "Data protection authority" {
  kind        supervisory_authority
  independent true
}

dataset p8_trips "Shared-bicycle trips" {
  categories [user.location.imprecise, user.unique_id.pseudonymous]
  source     transport
}

# No safeguard at all.
# expect: PTY008
access p8_police_open "Police access, no safeguards" {
  body     p8_police
  datasets [p8_trips]
  basis    court_order
  logging  false
}

# Logged and notified, but no body reviews the accesses.
# expect: PTY008
access p8_tax_unreviewed "Tax administration access, not reviewed" {
  body         p8_tax
  datasets     [p8_trips]
  basis        statute
  logging      true
  notification true
}

# Reviewed and notified, but not logged.
# expect: PTY008
access p8_police_unlogged "Police access, not logged" {
  body         p8_police
  datasets     [p8_trips]
  basis        warrant
  notification true
  oversight    p8_dpa
}

# ok: PTY008
access p8_police_accountable "Police access with every safeguard" {
  body         p8_police
  datasets     [p8_trips]
  basis        court_order
  logging      true
  notification true
  oversight    p8_dpa
}
