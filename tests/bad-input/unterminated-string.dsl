body b {
  kind court
  title "Provincial court
}
