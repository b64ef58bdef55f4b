clause c "Article 1" {
  text """The operator may
}
