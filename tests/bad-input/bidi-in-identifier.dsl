body co‮urt {
  kind court
}
