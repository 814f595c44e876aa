//! When a reaction is due, and whether it is overdue: what the review queue
//! shows for `order_plan` and `take_position` decisions.
//!
//! The clock starts at the decision's date, the date the letter is drafted
//! with; the letter states the same date, so the queue and the letter never
//! disagree. A case worker who sends the letter later changes the date in
//! Word and, if it matters, records a new decision.

use chrono::{Datelike, Months, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::model::Reaction;

/// How long the councils are given.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct DueConfig {
    /// `order_plan`: the action plan is due this many months after the
    /// decision. Three in 2022 (seed `001_…`: "med en tidsfrist på tre
    /// måneder").
    pub order_plan_months: u32,
    /// `take_position`: the council is asked to decide "på det førstkommende
    /// kommunalbestyrelsesmøde". Councils meet about once a month but not in
    /// July, and minutes take a week or two to be published, so the answer
    /// is due this many days after the decision.
    pub take_position_days: u32,
}

impl Default for DueConfig {
    fn default() -> Self {
        DueConfig {
            order_plan_months: 3,
            take_position_days: 60,
        }
    }
}

/// The due date of a reaction decided on `decided`; `None` for the reactions
/// that ask nothing of the council by a date (`none`, `deadline_reminder`).
pub fn due_date(reaction: Reaction, decided: NaiveDate, config: &DueConfig) -> Option<NaiveDate> {
    match reaction {
        Reaction::OrderPlan => Some(add_months(decided, config.order_plan_months)),
        Reaction::TakePosition => {
            decided.checked_add_days(chrono::Days::new(u64::from(config.take_position_days)))
        }
        Reaction::None | Reaction::DeadlineReminder => None,
    }
}

/// Where a case with a due date stands on a given day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case", tag = "state")]
pub enum DueState {
    /// Not yet due.
    Open {
        /// Days until the due date (0 on the day itself).
        days_left: i64,
    },
    /// The due date has passed and no follow-up has been recorded.
    Overdue {
        /// Days since the due date.
        days_over: i64,
    },
    /// The council's follow-up was found (or recorded) on or before this day.
    FollowedUp,
}

impl DueState {
    /// "frist om 12 dage", "overskredet med 3 dage", "fulgt op".
    pub fn danish(self) -> String {
        let days = |n: i64| format!("{n} {}", if n == 1 { "dag" } else { "dage" });
        match self {
            DueState::Open { days_left: 0 } => "frist i dag".into(),
            DueState::Open { days_left } => format!("frist om {}", days(days_left)),
            DueState::Overdue { days_over } => {
                format!("fristen overskredet med {}", days(days_over))
            }
            DueState::FollowedUp => "fulgt op".into(),
        }
    }
}

/// Where a case due on `due` stands on `today`; `followed_up` where the
/// council's follow-up has been found.
pub fn due_state(due: NaiveDate, today: NaiveDate, followed_up: bool) -> DueState {
    if followed_up {
        return DueState::FollowedUp;
    }
    let left = (due - today).num_days();
    if left >= 0 {
        DueState::Open { days_left: left }
    } else {
        DueState::Overdue { days_over: -left }
    }
}

/// `months` months after `from`, or the last day of that month where it is
/// shorter (30 November + 3 months is 28 or 29 February).
pub fn add_months(from: NaiveDate, months: u32) -> NaiveDate {
    from.checked_add_months(Months::new(months))
        .unwrap_or_else(|| NaiveDate::from_ymd_opt(from.year(), 12, 31).unwrap_or(from))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn order_plan_is_due_three_months_on_and_take_position_sixty_days_on() {
        let c = DueConfig::default();
        assert_eq!(
            due_date(Reaction::OrderPlan, d(2023, 9, 15), &c),
            Some(d(2023, 12, 15))
        );
        assert_eq!(
            due_date(Reaction::OrderPlan, d(2023, 11, 30), &c),
            Some(d(2024, 2, 29))
        );
        assert_eq!(
            due_date(Reaction::TakePosition, d(2023, 9, 15), &c),
            Some(d(2023, 11, 14))
        );
        assert_eq!(due_date(Reaction::None, d(2023, 9, 15), &c), None);
        assert_eq!(
            due_date(Reaction::DeadlineReminder, d(2023, 9, 15), &c),
            None
        );
        let short = DueConfig {
            order_plan_months: 1,
            take_position_days: 30,
        };
        assert_eq!(
            due_date(Reaction::OrderPlan, d(2023, 1, 31), &short),
            Some(d(2023, 2, 28))
        );
        assert_eq!(
            due_date(Reaction::TakePosition, d(2023, 1, 31), &short),
            Some(d(2023, 3, 2))
        );
    }

    #[test]
    fn a_case_is_open_until_its_due_date_and_overdue_after() {
        let due = d(2023, 12, 15);
        assert_eq!(
            due_state(due, d(2023, 12, 3), false),
            DueState::Open { days_left: 12 }
        );
        assert_eq!(due_state(due, due, false), DueState::Open { days_left: 0 });
        assert_eq!(
            due_state(due, d(2023, 12, 16), false),
            DueState::Overdue { days_over: 1 }
        );
        assert_eq!(due_state(due, d(2024, 1, 16), true), DueState::FollowedUp);
        assert_eq!(
            DueState::Overdue { days_over: 1 }.danish(),
            "fristen overskredet med 1 dag"
        );
        assert_eq!(
            DueState::Open { days_left: 12 }.danish(),
            "frist om 12 dage"
        );
    }
}
