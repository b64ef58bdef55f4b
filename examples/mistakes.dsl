# Example: a draft full of deliberate mistakes, to show the syntax and schema diagnostics
# (codes E..., see language.md "Meaning checks"). Each mistake is on its own line(s), preceded
# by a comment "MISTAKE n" saying what is wrong; they are independent of one another.
#
# A reviewer should expect one E-diagnostic per mistake, 16 in all (error recovery after 15 and 16
# may add a follow-on one, e.g. a missing `}` at the end of the file):
#    1 impossible date                      policy: date 2025-02-30
#    2 unknown block kind                   operater (did you mean `operator`?)
#    3 duplicate block name                 dataset mk_bridges, defined twice (both spans labelled)
#    4 attribute given twice                dataset mk_timetables: records
#    5 unknown taxonomy category            user.biometric.fingerprnt (did you mean `user.biometric.fingerprint`?)
#    6 missing required attribute           dataset mk_no_categories has no `categories`
#    7 unknown attribute                    exclusve (did you mean `exclusive`?)
#    8 unknown enum word                    selection lottery (allowed words listed)
#    9 wrong type                           term "twenty years" (a string where a duration is wanted)
#   10 percent out of range                 revenue_share 130%
#   11 reference to a block of the wrong kind  operator mk_police (a body, not an operator)
#   12 missing required attribute           grant mk_g_no_operator has no `operator`
#   13 reference to an undefined name       applies_to [mk_ghost_grant]
#   14 invalid escape                       \q in a string
#   15 unclosed list                        `[` without `]`
#   16 unterminated string                  jurisdiction "ZZ (last in the file, so it can hide nothing)
#
# The syntax mistakes (14-16) come last, each in a block of its own, the unterminated string at
# the very end of the file; 15 and 16 sit on attributes that are not required, so a block that
# loses them still has its required attributes. Apart from its mistake every block is complete
# and valid, and the grants are otherwise written to pass the policy rules (non-personal data,
# non-exclusive, open tender, published, free, covered by an independent oversight). Policy
# rules still run on whatever parses: expect MON007 operator-concentration (several grants in
# jurisdiction "ZZ", nearly all to mk_op), and a rule may also report on a grant whose value is
# invalid (MON006 may treat `selection lottery` as missing, MON012 may read `130%`); these are
# not what this file is about.
# Jurisdiction "ZZ" is an ISO 3166 user-assigned code, so these grants never mix with the other
# examples when all are checked together.

policy "Deliberate mistakes: a showcase of datalint diagnostics" {
  jurisdiction "ZZ"
  authority    mk_bureau
  status       draft
  # MISTAKE 1 - impossible date: February 2025 has no 30th day.
  date         2025-02-30
  language     "en"
}

body mk_bureau "Data bureau" {
  kind regulator
}

body mk_police "Police department" {
  kind security_organ
}

body mk_auditor "Independent audit office" {
  kind        supervisory_authority
  independent true
}

operator mk_op "Example Data Co." {
  kind private
}

# MISTAKE 2 - unknown block kind: `operater` is not a block kind (did you mean `operator`?).
operater mk_op_typo "Misspelt operator block" {
  kind private
}

dataset mk_bridges "Bridge inspection register" {
  categories [public.infrastructure]
  source     other
}

# MISTAKE 3 - duplicate block name: `mk_bridges` is already defined just above.
dataset mk_bridges "Bridge inspection register, second copy" {
  categories [public.infrastructure]
  source     other
}

dataset mk_timetables "Public transport timetables" {
  categories [public.transport]
  source     transport
  records    12_000
  # MISTAKE 4 - attribute given twice: `records` is already set on the line above.
  records    15_000
}

dataset mk_prints "Fingerprint enrolment records" {
  # MISTAKE 5 - unknown taxonomy category: `fingerprnt` (did you mean `user.biometric.fingerprint`?).
  categories [user.biometric.fingerprnt]
  source     public_security
}

# MISTAKE 6 - missing required attribute: a dataset needs `categories`.
dataset mk_no_categories "Road works calendar" {
  source transport
}

grant mk_g_typo "Grant with a misspelt attribute" {
  operator mk_op
  datasets [mk_timetables]
  # MISTAKE 7 - unknown attribute: `exclusve` (did you mean `exclusive`?).
  exclusve true
  scope municipal; term 2y; renewal on_review; selection open_tender
  published true; fair_competition_review true; exit_terms true; pricing free
}

grant mk_g_enum "Grant with an unknown enum word" {
  operator mk_op
  datasets [mk_timetables]
  # MISTAKE 8 - unknown enum word: `lottery` is not one of open_tender, competitive_negotiation,
  # direct_award, designation.
  selection lottery
  scope municipal; exclusive false; term 2y; renewal on_review
  published true; fair_competition_review true; exit_terms true; pricing free
}

grant mk_g_type "Grant with a value of the wrong type" {
  operator mk_op
  datasets [mk_timetables]
  # MISTAKE 9 - wrong type: `term` wants a duration (`20y`) or `indefinite`, not a string.
  term "twenty years"
  scope municipal; exclusive false; renewal on_review; selection open_tender
  published true; fair_competition_review true; exit_terms true; pricing free
}

grant mk_g_percent "Grant with an impossible percentage" {
  operator mk_op
  datasets [mk_timetables]
  # MISTAKE 10 - percent out of range: a percent is between 0% and 100%.
  revenue_share 130%
  revenue_to    mk_bureau
  scope municipal; exclusive false; term 2y; renewal on_review; selection open_tender
  published true; fair_competition_review true; exit_terms true; pricing free
}

grant mk_g_wrong_kind "Grant to a block of the wrong kind" {
  # MISTAKE 11 - reference to a block of the wrong kind: `mk_police` is a body, not an operator.
  operator mk_police
  datasets [mk_timetables]
  scope municipal; exclusive false; term 2y; renewal on_review; selection open_tender
  published true; fair_competition_review true; exit_terms true; pricing free
}

# MISTAKE 12 - missing required attribute: a grant needs `operator`.
grant mk_g_no_operator "Grant without an operator" {
  datasets [mk_timetables]
  scope municipal; exclusive false; term 2y; renewal on_review; selection open_tender
  published true; fair_competition_review true; exit_terms true; pricing free
}

oversight mk_watch "Oversight by the audit office" {
  body        mk_auditor
  covers      [mk_g_typo, mk_g_enum, mk_g_type, mk_g_percent, mk_g_wrong_kind, mk_g_no_operator]
  independent true
  powers      [audit, publish]
}

clause mk_c_ghost "Article 2" {
  text "The operator publishes its timetable products every month."
  # MISTAKE 13 - reference to an undefined name: no block is called `mk_ghost_grant`.
  applies_to [mk_ghost_grant]
}

clause mk_c_escape "Article 9" {
  # MISTAKE 14 - invalid escape: `\q` is not one of \" \\ \n \t \u{...}.
  text "The operator publishes its fees \q every quarter."
}

dataset mk_unclosed "Dataset whose list is never closed" {
  categories [public.transport]
  # MISTAKE 15 - unclosed list: the `[` on the next line has no matching `]`.
  keys       [stop_id, route_id
}

body mk_unterminated "Body whose string is never closed" {
  kind         other
  # MISTAKE 16 - unterminated string: the closing `"` is missing.
  jurisdiction "ZZ
}
