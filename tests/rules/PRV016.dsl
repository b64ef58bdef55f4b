# Fixture for PRV016 no-breach-notification.
# Fires on a personal grant whose breach_notification is not true: not given (at the grant
# header) or false (at the `breach_notification` value).
# Near misses: breach_notification true; a non-personal grant without it.

policy "Fixture PRV016 no-breach-notification" {
  jurisdiction "EU"
  authority    p16_authority
}

body p16_authority "Regional transit authority" {
  kind local_government
}

operator p16_operator "Fare Analytics Ltd." {
  kind private
}

dataset p16_card_holders "Transit card holders" {
  categories [user.name, user.contact.email]
  source     transport
}

dataset p16_timetables "Timetables" {
  categories [public.transport]
  source     transport
}

# expect: PRV016
grant p16_not_stated "Breach notification not stated" {
  operator p16_operator
  datasets [p16_card_holders]
}

grant p16_false "Breach notification false" {
  operator            p16_operator
  datasets            [p16_card_holders]
  # expect: PRV016
  breach_notification false
}

grant p16_true "Near miss: breach notification true" {
  operator            p16_operator
  datasets            [p16_card_holders]
  # ok: PRV016
  breach_notification true
}

# ok: PRV016
grant p16_timetables_grant "Near miss: non-personal data" {
  operator p16_operator
  datasets [p16_timetables]
}
