body b {
  kind court
  title "Gericht ü"
}
