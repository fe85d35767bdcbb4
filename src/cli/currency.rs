//! `currency create|list|show|update|archive|unarchive` — credit currencies.

use clap::{Args, Subcommand};

use super::{check_id_arg, parse_units};
use crate::app::App;
use crate::domain::catalog::*;
use crate::error::{Error, Result};
use crate::ops::catalog as ops;

#[derive(Subcommand, Debug)]
pub enum CurrencyCommand {
    /// Create a credit currency
    ///
    /// Example: stigg-cli currency create ai-tokens --name "AI tokens" --units token,tokens
    Create(CreateArgs),
    /// List credit currencies
    ///
    /// Example: stigg-cli currency list
    List(super::feature::ListArgs),
    /// Show one credit currency
    ///
    /// Example: stigg-cli currency show ai-tokens
    #[command(mut_arg("id", |a| a.help("Credit currency id")))]
    Show(super::feature::IdArg),
    /// Change a currency's name, description, units or symbol
    ///
    /// Example: stigg-cli currency update ai-tokens --symbol ⚡
    Update(UpdateArgs),
    /// Archive a credit currency
    ///
    /// Example: stigg-cli currency archive old-credits
    #[command(mut_arg("id", |a| a.help("Credit currency id")))]
    Archive(super::feature::IdArg),
    /// Unarchive a credit currency
    ///
    /// Example: stigg-cli currency unarchive old-credits
    #[command(mut_arg("id", |a| a.help("Credit currency id")))]
    Unarchive(super::feature::IdArg),
}

#[derive(Args, Debug)]
pub struct CreateArgs {
    /// Id of the new credit currency (letters, digits, `.` `_` `:` `-`)
    pub id: String,
    /// Display name [default: the id]
    #[arg(long)]
    pub name: Option<String>,
    /// Free-text description
    #[arg(long)]
    pub description: Option<String>,
    /// SINGULAR[,PLURAL]
    #[arg(long)]
    pub units: Option<String>,
    /// Display symbol (e.g. ⚡)
    #[arg(long)]
    pub symbol: Option<String>,
}

#[derive(Args, Debug)]
pub struct UpdateArgs {
    /// Credit currency id
    pub id: String,
    /// New display name
    #[arg(long)]
    pub name: Option<String>,
    /// New description ("" clears it)
    #[arg(long)]
    pub description: Option<String>,
    /// New units: SINGULAR[,PLURAL]
    #[arg(long)]
    pub units: Option<String>,
    /// New display symbol ("" clears it)
    #[arg(long)]
    pub symbol: Option<String>,
}

pub fn show(app: &App, id: &str) -> Result<()> {
    super::simple::show::<Currency>(app, id)
}

pub fn run(app: &App, cmd: CurrencyCommand) -> Result<()> {
    match cmd {
        CurrencyCommand::Create(a) => {
            check_id_arg("currency", &a.id)?;
            let c = Currency {
                id: a.id.clone(),
                name: a.name.unwrap_or_else(|| a.id.clone()),
                description: a.description,
                units: a.units.as_deref().map(parse_units),
                symbol: a.symbol,
            };
            app.session()?.write(false, |tx| ops::create(tx, c))?;
            app.printer.status(&format!("created currency '{}'", a.id));
            show(app, &a.id)
        }
        CurrencyCommand::List(a) => super::simple::list::<Currency>(app, a.archived),
        CurrencyCommand::Show(a) => show(app, &a.id),
        CurrencyCommand::Update(a) => {
            if a.name.is_none()
                && a.description.is_none()
                && a.units.is_none()
                && a.symbol.is_none()
            {
                return Err(Error::usage("nothing to update")
                    .hint("pass --name, --description, --units or --symbol"));
            }
            app.session()?.write(false, |tx| {
                let mut c: Currency = ops::load(tx, &a.id)?;
                if let Some(n) = &a.name {
                    c.name = n.clone();
                }
                if let Some(d) = &a.description {
                    c.description = Some(d.clone()).filter(|d| !d.is_empty());
                }
                if let Some(u) = &a.units {
                    c.units = Some(parse_units(u));
                }
                if let Some(s) = &a.symbol {
                    c.symbol = Some(s.clone()).filter(|s| !s.is_empty());
                }
                ops::update(tx, c)
            })?;
            show(app, &a.id)
        }
        CurrencyCommand::Archive(a) => {
            super::simple::archive(app, EntityKind::Currency, &a.id, true, show)
        }
        CurrencyCommand::Unarchive(a) => {
            super::simple::archive(app, EntityKind::Currency, &a.id, false, show)
        }
    }
}
