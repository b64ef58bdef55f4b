body b {
  kind court
