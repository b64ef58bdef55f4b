//! (being written) The Markdown report.

use super::ReportData;

pub fn markdown(_data: &ReportData) -> String {
    String::new()
}
