//! `product create|list|show|update|archive|unarchive`

use clap::{Args, Subcommand};

use super::check_id_arg;
use crate::app::App;
use crate::domain::catalog::*;
use crate::error::{Error, Result};
use crate::ops::catalog as ops;

#[derive(Subcommand, Debug)]
pub enum ProductCommand {
    /// Create a product
    ///
    /// Example: stigg-cli product create app --name "Acme App"
    Create(CreateArgs),
    /// List products
    ///
    /// Example: stigg-cli product list
    List(super::feature::ListArgs),
    /// Show one product
    ///
    /// Example: stigg-cli product show app
    #[command(mut_arg("id", |a| a.help("Product id")))]
    Show(super::feature::IdArg),
    /// Change a product's name, setup or defaults
    ///
    /// Example: stigg-cli product update app --start-free-plan free --downgrade-to free
    Update(UpdateArgs),
    /// Archive a product (its plans and add-ons must be archived first)
    ///
    /// Example: stigg-cli product archive legacy
    #[command(mut_arg("id", |a| a.help("Product id")))]
    Archive(super::feature::IdArg),
    /// Unarchive a product
    ///
    /// Example: stigg-cli product unarchive legacy
    #[command(mut_arg("id", |a| a.help("Product id")))]
    Unarchive(super::feature::IdArg),
}

#[derive(Args, Debug, Default)]
pub struct SetupArgs {
    /// Display name (on create: defaults to the id)
    #[arg(long)]
    pub name: Option<String>,
    /// Free-text description (on update: "" clears it)
    #[arg(long)]
    pub description: Option<String>,
    /// One subscription per resource (instead of one per customer)
    #[arg(long)]
    pub multiple_subscriptions: bool,
    /// One live subscription per customer (the default)
    #[arg(long, conflicts_with = "multiple_subscriptions")]
    pub single_subscription: bool,
    /// Customers created without --plan get this free plan
    #[arg(long, value_name = "PLAN", conflicts_with_all = ["start_trial_plan", "plan_selection"])]
    pub start_free_plan: Option<String>,
    /// Customers created without --plan start a trial of this plan
    #[arg(long, value_name = "PLAN", conflicts_with = "plan_selection")]
    pub start_trial_plan: Option<String>,
    /// Customers created without --plan get no subscription
    #[arg(long)]
    pub plan_selection: bool,
    /// When a paid subscription ends, move the customer to this free plan
    #[arg(long, value_name = "PLAN", conflicts_with = "end_cancel")]
    pub downgrade_to: Option<String>,
    /// When a paid subscription ends, just end it
    #[arg(long)]
    pub end_cancel: bool,
    /// Default of `subscription cancel`
    #[arg(long, value_parser = crate::cli::one_of(&["end-of-period", "immediate"]), ignore_case = true)]
    pub default_cancellation: Option<String>,
    /// When a downgrade takes effect; `subscription create --schedule` overrides it per command
    #[arg(long, value_parser = crate::cli::one_of(&["end-of-period", "immediate"]), ignore_case = true)]
    pub downgrade_at: Option<String>,
    /// What happens to usage when the plan changes
    #[arg(long, value_parser = crate::cli::one_of(&["never", "always", "billing-period-change"]), ignore_case = true)]
    pub usage_reset_on_change: Option<String>,
}

#[derive(Args, Debug)]
pub struct CreateArgs {
    /// Id of the new product (letters, digits, `.` `_` `:` `-`)
    pub id: String,
    #[command(flatten)]
    pub setup: SetupArgs,
}

#[derive(Args, Debug)]
pub struct UpdateArgs {
    /// Product id
    pub id: String,
    #[command(flatten)]
    pub setup: SetupArgs,
}

impl SetupArgs {
    fn is_empty(&self) -> bool {
        self.name.is_none()
            && self.description.is_none()
            && !self.multiple_subscriptions
            && !self.single_subscription
            && self.start_free_plan.is_none()
            && self.start_trial_plan.is_none()
            && !self.plan_selection
            && self.downgrade_to.is_none()
            && !self.end_cancel
            && self.default_cancellation.is_none()
            && self.downgrade_at.is_none()
            && self.usage_reset_on_change.is_none()
    }

    fn apply(&self, p: &mut Product) {
        if let Some(n) = &self.name {
            p.name = n.clone();
        }
        if let Some(d) = &self.description {
            p.description = Some(d.clone()).filter(|d| !d.is_empty());
        }
        if self.multiple_subscriptions {
            p.multiple_subscriptions = true;
        }
        if self.single_subscription {
            p.multiple_subscriptions = false;
        }
        if let Some(x) = &self.start_free_plan {
            p.start_setup = Some(StartSetup::FreePlan(x.clone()));
        }
        if let Some(x) = &self.start_trial_plan {
            p.start_setup = Some(StartSetup::TrialPlan(x.clone()));
        }
        if self.plan_selection {
            p.start_setup = None;
        }
        if let Some(x) = &self.downgrade_to {
            p.downgrade_plan = Some(x.clone());
        }
        if self.end_cancel {
            p.downgrade_plan = None;
        }
        if let Some(c) = self
            .default_cancellation
            .as_deref()
            .and_then(CancellationTime::from_kebab)
        {
            p.default_cancellation = c;
        }
        if let Some(d) = self
            .downgrade_at
            .as_deref()
            .and_then(DowngradeAt::from_kebab)
        {
            p.downgrade_at = d;
        }
        if let Some(u) = self
            .usage_reset_on_change
            .as_deref()
            .and_then(UsageReset::from_kebab)
        {
            p.usage_reset_on_change = u;
        }
    }
}

pub fn show(app: &App, id: &str) -> Result<()> {
    super::simple::show::<Product>(app, id)
}

pub fn run(app: &App, cmd: ProductCommand) -> Result<()> {
    match cmd {
        ProductCommand::Create(a) => {
            check_id_arg("product", &a.id)?;
            let mut p = Product::new(&a.id);
            a.setup.apply(&mut p);
            app.session()?.write(false, |tx| ops::create(tx, p))?;
            app.printer.status(&format!("created product '{}'", a.id));
            show(app, &a.id)
        }
        ProductCommand::List(a) => super::simple::list::<Product>(app, a.archived),
        ProductCommand::Show(a) => show(app, &a.id),
        ProductCommand::Update(a) => {
            if a.setup.is_empty() {
                return Err(
                    Error::usage("nothing to update").hint("see `stigg-cli product update --help`")
                );
            }
            app.session()?.write(false, |tx| {
                let mut p: Product = ops::load(tx, &a.id)?;
                a.setup.apply(&mut p);
                ops::update(tx, p)
            })?;
            show(app, &a.id)
        }
        ProductCommand::Archive(a) => {
            super::simple::archive(app, EntityKind::Product, &a.id, true, show)
        }
        ProductCommand::Unarchive(a) => {
            super::simple::archive(app, EntityKind::Product, &a.id, false, show)
        }
    }
}
