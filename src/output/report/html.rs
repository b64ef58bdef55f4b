//! (being written) The HTML report.

use super::ReportData;

pub fn html(_data: &ReportData) -> String {
    String::new()
}
