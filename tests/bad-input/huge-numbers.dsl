dataset d {
  records 99999999999999999999999
}
grant g {
  term 99999999999y
}
