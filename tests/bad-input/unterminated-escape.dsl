body b {
  title "A \u{20AC"
}
