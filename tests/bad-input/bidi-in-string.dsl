clause art5 "Article 5" {
  text "only for ‮research‬."
}
