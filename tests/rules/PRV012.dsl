# Fixture for PRV012 no-legal-basis.
# Fires on a personal grant without legal_basis (at the grant header) or with legal_basis none
# (at the `legal_basis` value).
# Near misses: legal_basis law; a non-personal grant without legal_basis.

policy "Fixture PRV012 no-legal-basis" {
  jurisdiction "EU"
  authority    p12_authority
}

body p12_authority "Energy regulator" {
  kind regulator
}

operator p12_operator "Energy Analytics Ltd." {
  kind private
}

dataset p12_customers "Smart-meter customers" {
  categories [user.name, user.contact.address.street]
  source     utilities
}

dataset p12_grid "Grid load totals" {
  categories [public.infrastructure]
  source     utilities
}

# expect: PRV012
grant p12_no_basis "No legal basis stated" {
  operator p12_operator
  datasets [p12_customers]
}

grant p12_basis_none "Legal basis none" {
  operator    p12_operator
  datasets    [p12_customers]
  # expect: PRV012
  legal_basis none
}

grant p12_by_law "Near miss: legal basis law" {
  operator    p12_operator
  datasets    [p12_customers]
  # ok: PRV012
  legal_basis law
}

# ok: PRV012
grant p12_grid_no_basis "Near miss: non-personal data" {
  operator p12_operator
  datasets [p12_grid]
}
