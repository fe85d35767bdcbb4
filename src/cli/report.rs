//! `report mrr|subscriptions`

use clap::{Args, Subcommand};

use crate::app::App;
use crate::clock::parse_instant_arg;
use crate::error::Result;
use crate::output::views::{ListView, MrrView};

#[derive(Subcommand, Debug)]
pub enum ReportCommand {
    /// Monthly-normalised recurring revenue after discounts, by plan and in total, per currency
    ///
    /// In-advance charges, plus usage and overage charges of the usage counted so far in the
    /// current window, after coupons and minimum spend; annual amounts / 12. Trials, free and
    /// custom plans count zero.
    ///
    /// Example: stigg-cli report mrr --at 2026-06-01T00:00:00Z
    Mrr(MrrArgs),
    /// Subscriptions by plan and status
    ///
    /// Example: stigg-cli report subscriptions --json
    Subscriptions,
    /// Feature adoption: customers granted each feature (live subscriptions, promotions) and
    /// customers using it (usage above zero in their current window)
    ///
    /// Example: stigg-cli report features
    Features,
}

#[derive(Args, Debug)]
pub struct MrrArgs {
    /// The instant to measure at (RFC 3339) [default: now]
    #[arg(long)]
    pub at: Option<String>,
}

pub fn run(app: &App, cmd: ReportCommand) -> Result<()> {
    match cmd {
        ReportCommand::Mrr(a) => {
            let mut session = app.session()?;
            let at = match &a.at {
                Some(t) => parse_instant_arg("--at", t)?,
                None => session.now,
            };
            let (v, left_out) = session.read(|c| {
                let (rows, left_out) = crate::ops::revenue::rows(c, at, None)?;
                Ok((crate::ops::revenue::mrr_json(&rows, at)?, left_out))
            })?;
            if let Some(w) = left_out.warning() {
                app.printer.warn(&w);
            }
            app.printer.print(&MrrView(v))
        }
        ReportCommand::Features => {
            let mut session = app.session()?;
            let now = session.now;
            let v = session.read(|c| crate::ops::revenue::feature_adoption(c, now))?;
            let items = match v {
                serde_json::Value::Array(a) => a,
                _ => vec![],
            };
            app.printer.print(&ListView {
                items,
                headers: &["feature", "type", "customersGranted", "customersUsing"],
                row: |r: &serde_json::Value| {
                    vec![
                        r["featureId"].as_str().unwrap_or("").to_string(),
                        r["featureType"].as_str().unwrap_or("").to_string(),
                        r["customersGranted"].to_string(),
                        r["customersUsing"].to_string(),
                    ]
                },
            })
        }
        ReportCommand::Subscriptions => {
            let v = app
                .session()?
                .read(crate::ops::revenue::by_plan_and_status)?;
            let items = match v {
                serde_json::Value::Array(a) => a,
                _ => vec![],
            };
            app.printer.print(&ListView {
                items,
                headers: &["plan", "status", "subscriptions"],
                row: |r: &serde_json::Value| {
                    vec![
                        r["planId"].as_str().unwrap_or("").to_string(),
                        r["status"].as_str().unwrap_or("").to_string(),
                        r["subscriptions"].to_string(),
                    ]
                },
            })
        }
    }
}
