body b {
  kind ﻿court
}
