//! Literal values of the policy language that have more structure than a
//! number: durations and calendar dates.

use std::cmp::Ordering;
use std::fmt;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum DurationUnit {
    Years,
    Months,
    Weeks,
    Days,
}

impl DurationUnit {
    pub fn suffix(self) -> &'static str {
        match self {
            DurationUnit::Years => "y",
            DurationUnit::Months => "mo",
            DurationUnit::Weeks => "w",
            DurationUnit::Days => "d",
        }
    }

    /// Length in days: a year is 365.25 days and a month a twelfth of that
    /// (language.md, "Durations compare by length").
    fn days(self) -> f64 {
        match self {
            DurationUnit::Years => 365.25,
            DurationUnit::Months => 365.25 / 12.0,
            DurationUnit::Weeks => 7.0,
            DurationUnit::Days => 1.0,
        }
    }
}

/// A length of time as written (`20y`, `18mo`), compared by length, so
/// `1y == 12mo`.
#[derive(Clone, Copy, Debug)]
pub struct Duration {
    /// At most [`Duration::MAX_DAYS`] days, so it fits in 32 bits.
    pub amount: u32,
    pub unit: DurationUnit,
}

impl Duration {
    /// The longest duration the language accepts: 10,000 years. Longer terms
    /// are range errors rather than silent overflows.
    pub const MAX_DAYS: f64 = 10_000.0 * 365.25;

    pub fn days(self) -> f64 {
        self.amount as f64 * self.unit.days()
    }

    /// Months, the unit of comparison that keeps `1y == 12mo` exact.
    fn comparable(self) -> (f64, bool) {
        match self.unit {
            DurationUnit::Years => (self.amount as f64 * 12.0, true),
            DurationUnit::Months => (self.amount as f64, true),
            _ => (self.days(), false),
        }
    }
}

impl PartialEq for Duration {
    fn eq(&self, other: &Duration) -> bool {
        self.partial_cmp(other) == Some(Ordering::Equal)
    }
}

impl PartialOrd for Duration {
    fn partial_cmp(&self, other: &Duration) -> Option<Ordering> {
        match (self.comparable(), other.comparable()) {
            ((a, true), (b, true)) => a.partial_cmp(&b),
            _ => self.days().partial_cmp(&other.days()),
        }
    }
}

impl fmt::Display for Duration {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}{}", self.amount, self.unit.suffix())
    }
}

/// A proleptic Gregorian calendar date.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: u16,
    pub month: u8,
    pub day: u8,
}

impl Date {
    /// `None` unless the date exists in the calendar.
    pub fn new(year: u16, month: u8, day: u8) -> Option<Date> {
        let leap =
            (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400);
        let days_in_month = match month {
            1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
            4 | 6 | 9 | 11 => 30,
            2 if leap => 29,
            2 => 28,
            _ => return None,
        };
        (1..=days_in_month)
            .contains(&day)
            .then_some(Date { year, month, day })
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(amount: u32, unit: DurationUnit) -> Duration {
        Duration { amount, unit }
    }

    #[test]
    fn durations_compare_by_length() {
        assert_eq!(d(1, DurationUnit::Years), d(12, DurationUnit::Months));
        assert!(d(13, DurationUnit::Months) > d(1, DurationUnit::Years));
        assert!(d(366, DurationUnit::Days) > d(1, DurationUnit::Years));
        assert!(d(365, DurationUnit::Days) < d(1, DurationUnit::Years));
        assert!(d(53, DurationUnit::Weeks) > d(12, DurationUnit::Months));
    }

    #[test]
    fn calendar_dates_only() {
        assert!(Date::new(2024, 2, 29).is_some());
        assert!(Date::new(2025, 2, 29).is_none());
        assert!(Date::new(1900, 2, 29).is_none());
        assert!(Date::new(2000, 2, 29).is_some());
        assert!(Date::new(2025, 4, 31).is_none());
        assert!(Date::new(2025, 13, 1).is_none());
        assert!(Date::new(2025, 1, 0).is_none());
    }
}
