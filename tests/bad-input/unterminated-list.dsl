grant g {
  datasets [a, b
}
