body b {
  title "í €"
}
