# A small draft for the findings snapshots: one exclusive grant of camera data
# and a clause with the party-leadership formula.
policy "某市公共数据授权运营办法（征求意见稿）" {
  jurisdiction "CN-ZZ"
  authority    sd_bureau
}

body sd_bureau "City Data Bureau" {
  kind regulator
}

operator sd_co "City Data Co." {
  kind            state_owned
  affiliated_with [sd_bureau]
}

dataset sd_cameras "Camera network" {
  categories [user.biometric.face]
  records    2_000_000
  source     public_security
}

grant sd_grant "City-wide authorization" {
  operator      sd_co
  datasets      [sd_cameras]
  exclusive     true
  term          20y
  selection     direct_award
  published     true
  purposes      [commercial]
  access        raw
  anonymization none
}

clause sd_art3 "第三条" {
  text "本办法坚持党对数据工作的全面领导。"
}
