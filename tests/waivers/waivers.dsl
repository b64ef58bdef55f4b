# Waivers: each kind of waiver and waiver mistake.
policy "Waiver test" {
  jurisdiction "NL"
  authority    wv_agency
}

body wv_agency "Ferry agency" {
  kind regulator
}

operator wv_ferries "Island Ferries" {
  kind private
}

dataset wv_timetables "Ferry timetables" {
  categories [public.transport]
  source     transport
}

# A waiver of a block: every MON001 finding in the grant is waived.
# datalint: allow exclusive-grant "the only ferry service to the island; reviewed yearly"
grant wv_ferry_grant "Ferry timetable licence" {
  operator                wv_ferries
  datasets                [wv_timetables]
  exclusive               true
  justification           "Service of general interest: the only ferry line."
  review_interval         1y
  # A waiver of an attribute, by code.
  # datalint: allow MON002 "the licence ends with the ferry concession"
  term                    2y
  selection               open_tender
  published               true
  fair_competition_review true
  exit_terms              true
  pricing                 free
  audit                   independent
}

oversight wv_oversight {
  body        wv_agency
  covers      [wv_ferry_grant]
  independent true
}

# A waiver without a reason.
# datalint: allow TRN003
clause wv_c1 {
  text "Plain text."
}

# A waiver of a rule that does not exist.
# datalint: allow exclusive-grnt "typo"
clause wv_c2 {
  text "Plain text."
}

# A waiver that waives nothing.
# datalint: allow PTY001 "no party formula here"
clause wv_c3 {
  text "Plain text."
}
