# Every error finding here is waived, so the check passes unless waivers are ignored.
policy "All waived" {
  jurisdiction "NL"
  authority    aw_agency
}

body aw_agency "Agency" {
  kind regulator
}

body aw_board "Independent board" {
  kind        supervisory_authority
  independent true
}

operator aw_op "Operator" {
  kind private
}

dataset aw_data "Timetables" {
  categories [public.transport]
  source     transport
}

grant aw_grant "Licence" {
  operator                aw_op
  datasets                [aw_data]
  exclusive               false
  term                    2y
  selection               open_tender
  # datalint: allow grant-not-published "published with the council minutes, outside this draft"
  published               false
  fair_competition_review true
  exit_terms              true
  pricing                 free
}

oversight aw_oversight {
  body        aw_board
  covers      [aw_grant]
  independent true
}
