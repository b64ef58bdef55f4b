# Fixture for MON012 data-finance-revenue: `revenue_share` above 0% fires at `revenue_share`,
# `pricing market` at `pricing` (both on one grant: two findings); clauses matching REVENUE_SHARE
# fire at the matched words, in Chinese (收益分成, 特许经营使用费, 拍卖) and English ("revenue share",
# "concession fee"). `revenue_share 0%`, cost-based pricing and clauses that mention revenue
# without a share (tax on income, annual accounts, free open data) do not.

policy "某省公共数据资源开发利用收益管理办法（征求意见稿）" {
  jurisdiction "CN-ZJ"
  authority    m12_bureau
  status       consultation
  date         2025-01-08
  language     "zh-CN"
}

body m12_bureau "某省数据局" {
  kind regulator
}

body m12_finance "某省财政厅" {
  kind ministry
}

operator m12_group "某省数据集团有限公司" {
  kind state_owned
}

operator m12_firm "某数据科技股份有限公司" {
  kind private
}

dataset m12_energy "企业用电用能数据" {
  categories [public.infrastructure]
  records    15_000_000
  source     utilities
}

dataset m12_geo "遥感影像数据" {
  categories [public.geospatial]
  records    2_000_000
  source     geospatial
}

grant m12_share "用能数据授权运营" {
  operator      m12_group
  datasets      [m12_energy]
  # expect: MON012
  revenue_share 30%
  revenue_to    m12_bureau
  pricing       cost_recovery
}

grant m12_market "遥感数据授权运营" {
  operator m12_firm
  datasets [m12_geo]
  # expect: MON012
  pricing  market
}

grant m12_both "用能数据增值服务授权" {
  operator      m12_firm
  datasets      [m12_energy]
  # expect: MON012
  pricing       market
  # expect: MON012
  revenue_share 15%
  revenue_to    m12_finance
}

grant m12_clean "遥感数据科研授权" {
  operator      m12_group
  datasets      [m12_geo]
  # ok: MON012
  revenue_share 0%
  # ok: MON012
  pricing       cost_recovery
}

clause m12_art7 "第七条（收益分成）" {
  # expect: MON012
  text "被授权运营单位应当按照年度运营收入的百分之三十向省数据局上缴收益分成。"
}

clause m12_art8 "第八条（特许经营使用费）" {
  # expect: MON012
  text "被授权运营单位按年度缴纳特许经营使用费。"
}

clause m12_art9 "第九条（拍卖）" {
  # expect: MON012
  text "遥感数据开发利用权通过公开拍卖方式出让，起拍价为人民币五千万元。"
}

clause m12_art10 "Article 10 - Revenue share" {
  # expect: MON012
  text "The operator pays the Bureau a revenue share of 12% of its gross turnover from data products."
}

clause m12_art11 "Article 11 - Concession fee" {
  # expect: MON012
  text "An annual concession fee of RMB 20 million is payable to the provincial treasury."
}

clause m12_art12 "第十二条（开放数据不收费）" {
  # ok: MON012
  text "依照法律、法规规定开放公共数据，不得收取任何费用。"
}

clause m12_art13 "第十三条（纳税）" {
  # ok: MON012
  text "被授权运营单位依法取得的经营收入应当依法纳税。"
}

clause m12_art14 "Article 14 - Accounts" {
  # ok: MON012
  text "Revenue from the sale of data products is reported in the operator's annual accounts."
}

clause m12_art15 "Article 15 - Fees" {
  # ok: MON012
  text "Fees are limited to the marginal costs of reproduction, provision and dissemination."
}
