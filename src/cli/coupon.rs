//! `coupon create|list|show|update|archive|unarchive`

use clap::{Args, Subcommand};

use super::{check_id_arg, parse_decimal_arg};
use crate::app::App;
use crate::domain::catalog::*;
use crate::error::{Error, Result};
use crate::ops::catalog as ops;

#[derive(Subcommand, Debug)]
pub enum CouponCommand {
    /// Create a coupon (its discount and duration can never change)
    ///
    /// Example: stigg-cli coupon create launch20 --percent-off 20 --duration-months 3
    Create(CreateArgs),
    /// List coupons
    ///
    /// Example: stigg-cli coupon list
    List(super::feature::ListArgs),
    /// Show one coupon
    ///
    /// Example: stigg-cli coupon show launch20
    #[command(mut_arg("id", |a| a.help("Coupon id")))]
    Show(super::feature::IdArg),
    /// Rename a coupon (discount and duration are immutable)
    ///
    /// Example: stigg-cli coupon update launch20 --name "Launch offer"
    Update(UpdateArgs),
    /// Archive a coupon: it keeps working where applied but can't be newly applied
    ///
    /// Example: stigg-cli coupon archive launch20
    #[command(mut_arg("id", |a| a.help("Coupon id")))]
    Archive(super::feature::IdArg),
    /// Unarchive a coupon
    ///
    /// Example: stigg-cli coupon unarchive launch20
    #[command(mut_arg("id", |a| a.help("Coupon id")))]
    Unarchive(super::feature::IdArg),
}

#[derive(Args, Debug)]
pub struct CreateArgs {
    /// Id of the new coupon (letters, digits, `.` `_` `:` `-`)
    pub id: String,
    /// Percentage discount, 0 < P ≤ 100
    #[arg(
        long,
        conflicts_with = "amount_off",
        required_unless_present = "amount_off",
        allow_negative_numbers = true
    )]
    pub percent_off: Option<String>,
    /// Fixed discount per currency: AMOUNT:CUR[,AMOUNT:CUR]
    #[arg(long, allow_hyphen_values = true)]
    pub amount_off: Option<String>,
    /// Months the discount applies after it is applied (omit for forever)
    #[arg(long)]
    pub duration_months: Option<u32>,
    /// Display name [default: the id]
    #[arg(long)]
    pub name: Option<String>,
    /// Free-text description
    #[arg(long)]
    pub description: Option<String>,
}

#[derive(Args, Debug)]
pub struct UpdateArgs {
    /// Coupon id
    pub id: String,
    /// New display name
    #[arg(long)]
    pub name: Option<String>,
    /// New description ("" clears it)
    #[arg(long)]
    pub description: Option<String>,
}

/// `AMOUNT:CUR` pairs, comma-separated.
/// `AMOUNT:CURRENCY,…`, in currency order (as `catalog apply` keeps them: a coupon made by the
/// verb exports as one made by a file).
pub fn parse_amounts(flag: &str, s: &str) -> Result<Vec<Money>> {
    let mut v: Vec<Money> = s
        .split(',')
        .filter(|p| !p.trim().is_empty())
        .map(|pair| {
            let (amount, currency) = pair.trim().split_once(':').ok_or_else(|| {
                Error::usage(format!(
                    "invalid {flag} '{pair}': write AMOUNT:CURRENCY, e.g. 10:USD"
                ))
            })?;
            Ok(Money {
                amount: parse_decimal_arg(flag, amount)?,
                currency: currency.trim().to_ascii_uppercase(),
            })
        })
        .collect::<Result<_>>()?;
    v.sort_by(|a, b| a.currency.cmp(&b.currency));
    Ok(v)
}

pub fn show(app: &App, id: &str) -> Result<()> {
    super::simple::show::<Coupon>(app, id)
}

pub fn run(app: &App, cmd: CouponCommand) -> Result<()> {
    match cmd {
        CouponCommand::Create(a) => {
            check_id_arg("coupon", &a.id)?;
            let discount = match (&a.percent_off, &a.amount_off) {
                (Some(p), _) => Discount::Percentage {
                    percent_off: parse_decimal_arg("--percent-off", p)?,
                },
                (None, Some(f)) => Discount::Fixed {
                    amounts_off: parse_amounts("--amount-off", f)?,
                },
                (None, None) => return Err(Error::usage("give --percent-off or --amount-off")),
            };
            let c = Coupon {
                id: a.id.clone(),
                name: a.name.unwrap_or_else(|| a.id.clone()),
                description: a.description,
                discount,
                duration_months: a.duration_months,
            };
            app.session()?.write(false, |tx| ops::create(tx, c))?;
            app.printer.status(&format!("created coupon '{}'", a.id));
            show(app, &a.id)
        }
        CouponCommand::List(a) => super::simple::list::<Coupon>(app, a.archived),
        CouponCommand::Show(a) => show(app, &a.id),
        CouponCommand::Update(a) => {
            if a.name.is_none() && a.description.is_none() {
                return Err(Error::usage("nothing to update")
                    .hint("pass --name or --description (discount and duration are immutable)"));
            }
            app.session()?.write(false, |tx| {
                let mut c: Coupon = ops::load(tx, &a.id)?;
                if let Some(n) = &a.name {
                    c.name = n.clone();
                }
                if let Some(d) = &a.description {
                    c.description = Some(d.clone()).filter(|d| !d.is_empty());
                }
                ops::update(tx, c)
            })?;
            show(app, &a.id)
        }
        CouponCommand::Archive(a) => {
            super::simple::archive(app, EntityKind::Coupon, &a.id, true, show)
        }
        CouponCommand::Unarchive(a) => {
            super::simple::archive(app, EntityKind::Coupon, &a.id, false, show)
        }
    }
}
