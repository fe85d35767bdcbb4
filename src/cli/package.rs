//! `plan …` and `addon …`: the shared package verbs, plus the plan-only and add-on-only flags.

use clap::{Args, Subcommand};

use super::{check_id_arg, parse_decimal_arg, split_list};
use crate::app::App;
use crate::domain::catalog::*;
use crate::error::{Error, Result};
use crate::object_view;
use crate::ops::packages::{self as ops, Migrate};
use crate::output::views::{EntitlementView, ListView, PackageView, PriceListItem, VersionSummary};
use crate::store::catalog as repo;

#[derive(Subcommand, Debug)]
pub enum PlanCommand {
    /// Create a plan (version 1, as a draft)
    ///
    /// Example: stigg-cli plan create pro --product app --pricing paid --parent free --trial-days 14
    Create(PlanCreateArgs),
    /// Change the draft's name, description, pricing type, parent or trial
    ///
    /// Example: stigg-cli plan update pro --trial-days 30 --trial-end cancel
    Update(PlanUpdateArgs),
    /// Entitlements of the draft: set, remove, list
    #[command(subcommand)]
    Entitlement(EntitlementCommand),
    /// Prices of the draft: set, remove, list
    #[command(subcommand)]
    Price(PriceCommand),
    /// Recurring credit grants of the draft: set, remove
    #[command(subcommand)]
    Credits(CreditsCommand),
    /// Compatible add-ons of the draft
    #[command(subcommand)]
    Addons(AddonsCommand),
    /// Publish the draft as the latest version
    ///
    /// Example: stigg-cli plan publish pro --migrate new-customers
    Publish(PublishArgs),
    /// Open a draft (version n+1) from the latest published version
    ///
    /// Example: stigg-cli plan draft pro
    Draft(IdArg),
    /// Throw the open draft away
    ///
    /// Example: stigg-cli plan discard-draft pro
    DiscardDraft(IdArg),
    /// Delete a plan that was never published (published plans are archived instead)
    ///
    /// Example: stigg-cli plan delete pro-experiment
    Delete(IdArg),
    /// List plans
    ///
    /// Example: stigg-cli plan list --product app --status published
    List(ListArgs),
    /// Show a plan (latest version, or --version N; the draft when never published)
    ///
    /// Example: stigg-cli plan show pro --version 1 --json
    Show(ShowArgs),
    /// List a plan's versions
    ///
    /// Example: stigg-cli plan versions pro
    Versions(IdArg),
    /// Hide a plan from new subscriptions (live ones keep working)
    ///
    /// Example: stigg-cli plan archive legacy
    Archive(IdArg),
    /// Make an archived plan available again
    ///
    /// Example: stigg-cli plan unarchive legacy
    Unarchive(IdArg),
}

#[derive(Subcommand, Debug)]
pub enum AddonCommand {
    /// Create an add-on (version 1, as a draft)
    ///
    /// Example: stigg-cli addon create extra-seats --product app --pricing paid --max-quantity 20
    Create(AddonCreateArgs),
    /// Change the draft's name, description, pricing type, max quantity or dependencies
    ///
    /// Example: stigg-cli addon update extra-seats --max-quantity 50
    Update(AddonUpdateArgs),
    /// Entitlements of the draft: set, remove, list
    #[command(subcommand)]
    #[command(mut_subcommand("set", |c| c.long_about("Grant a feature in the draft (replaces an existing entitlement for it)\n\nExample: stigg-cli addon entitlement set extra-seats seats --limit 5 --behavior increment")))]
    #[command(mut_subcommand("remove", |c| c.long_about("Remove a feature from the draft\n\nExample: stigg-cli addon entitlement remove extra-seats seats")))]
    #[command(mut_subcommand("list", |c| c.long_about("List entitlements of the latest version or the draft\n\nExample: stigg-cli addon entitlement list extra-seats")))]
    Entitlement(EntitlementCommand),
    /// Prices of the draft: set, remove, list
    #[command(subcommand)]
    #[command(mut_subcommand("set", |c| c.long_about("Set a price of the draft (merged into the price with the same model, feature and currency: what it does not say is kept)\n\nExample: stigg-cli addon price set extra-seats --model flat --currency USD --monthly 10")))]
    #[command(mut_subcommand("remove", |c| c.long_about("Remove a price from the draft\n\nExample: stigg-cli addon price remove extra-seats --model flat")))]
    #[command(mut_subcommand("list", |c| c.long_about("List prices of the latest version or the draft\n\nExample: stigg-cli addon price list extra-seats")))]
    Price(PriceCommand),
    /// Recurring credit grants of the draft: set, remove
    #[command(subcommand)]
    #[command(mut_subcommand("set", |c| c.long_about("Grant credits of a currency every cadence period (× the quantity bought)\n\nExample: stigg-cli addon credits set token-pack ai-tokens --amount 100000 --cadence month")))]
    #[command(mut_subcommand("remove", |c| c.long_about("Remove a recurring credit grant\n\nExample: stigg-cli addon credits remove token-pack ai-tokens")))]
    Credits(CreditsCommand),
    /// Publish the draft as the latest version
    ///
    /// Example: stigg-cli addon publish extra-seats
    Publish(PublishArgs),
    /// Open a draft (version n+1) from the latest published version
    ///
    /// Example: stigg-cli addon draft extra-seats
    Draft(IdArg),
    /// Throw the open draft away
    ///
    /// Example: stigg-cli addon discard-draft extra-seats
    DiscardDraft(IdArg),
    /// Delete an add-on that was never published (published add-ons are archived instead)
    ///
    /// Example: stigg-cli addon delete trial-pack
    Delete(IdArg),
    /// List add-ons
    ///
    /// Example: stigg-cli addon list
    List(ListArgs),
    /// Show an add-on
    ///
    /// Example: stigg-cli addon show extra-seats
    Show(ShowArgs),
    /// List an add-on's versions
    ///
    /// Example: stigg-cli addon versions extra-seats
    Versions(IdArg),
    /// Hide an add-on from new subscriptions
    ///
    /// Example: stigg-cli addon archive legacy-pack
    Archive(IdArg),
    /// Make an archived add-on available again
    ///
    /// Example: stigg-cli addon unarchive legacy-pack
    Unarchive(IdArg),
}

#[derive(Args, Debug)]
pub struct IdArg {
    /// Plan or add-on id
    pub id: String,
}

#[derive(Args, Debug)]
pub struct CommonCreate {
    /// Id of the new plan or add-on (letters, digits, `.` `_` `:` `-`)
    pub id: String,
    /// Product the package belongs to (product id)
    #[arg(long)]
    pub product: String,
    /// Display name [default: the id]
    #[arg(long)]
    pub name: Option<String>,
    /// Free-text description
    #[arg(long)]
    pub description: Option<String>,
    /// Pricing type
    #[arg(long, value_parser = crate::cli::one_of(&["free", "paid", "custom"]), ignore_case = true, default_value = "free")]
    pub pricing: String,
}

#[derive(Args, Debug)]
pub struct TrialArgs {
    /// Trial length in days
    #[arg(long, conflicts_with = "trial_months")]
    pub trial_days: Option<u32>,
    /// Trial length in months
    #[arg(long)]
    pub trial_months: Option<u32>,
    /// What happens when the trial ends
    #[arg(long, value_parser = crate::cli::one_of(&["convert-to-paid", "cancel"]), ignore_case = true)]
    pub trial_end: Option<String>,
}

#[derive(Args, Debug)]
pub struct PlanCreateArgs {
    #[command(flatten)]
    pub common: CommonCreate,
    /// Inherit every entitlement of this plan
    #[arg(long)]
    pub parent: Option<String>,
    #[command(flatten)]
    pub trial: TrialArgs,
}

#[derive(Args, Debug)]
pub struct AddonCreateArgs {
    #[command(flatten)]
    pub common: CommonCreate,
    /// How many of this add-on one subscription may hold (1 = single instance)
    #[arg(long, default_value_t = 1)]
    pub max_quantity: u32,
    /// Add-ons required on the same subscription
    #[arg(long, num_args = 1.., value_delimiter = ',')]
    pub depends_on: Vec<String>,
}

#[derive(Args, Debug)]
pub struct CommonUpdate {
    /// Plan or add-on id (its open draft is changed)
    pub id: String,
    /// New display name
    #[arg(long)]
    pub name: Option<String>,
    /// New description ("" clears it)
    #[arg(long)]
    pub description: Option<String>,
    /// New pricing type
    #[arg(long, value_parser = crate::cli::one_of(&["free", "paid", "custom"]), ignore_case = true)]
    pub pricing: Option<String>,
}

#[derive(Args, Debug)]
pub struct PlanUpdateArgs {
    #[command(flatten)]
    pub common: CommonUpdate,
    /// Inherit every entitlement of this plan (replaces the current parent)
    #[arg(long, conflicts_with = "no_parent")]
    pub parent: Option<String>,
    /// Remove the parent
    #[arg(long)]
    pub no_parent: bool,
    #[command(flatten)]
    pub trial: TrialArgs,
    /// Remove the trial
    #[arg(long, conflicts_with_all = ["trial_days", "trial_months", "trial_end"])]
    pub no_trial: bool,
}

#[derive(Args, Debug)]
pub struct AddonUpdateArgs {
    #[command(flatten)]
    pub common: CommonUpdate,
    /// How many of this add-on one subscription may hold (1 = single instance)
    #[arg(long)]
    pub max_quantity: Option<u32>,
    /// Replace the dependencies (comma-separated; pass "" to clear)
    #[arg(long, num_args = 0.., value_delimiter = ',')]
    pub depends_on: Option<Vec<String>>,
}

#[derive(Args, Debug)]
pub struct PublishArgs {
    /// Plan or add-on id (its open draft is published)
    pub id: String,
    /// Whether live subscriptions of the plan move to the new version now
    #[arg(long, value_enum, default_value = "new-customers")]
    pub migrate: Migrate,
}

#[derive(Args, Debug)]
pub struct ListArgs {
    /// Only packages of this product (product id)
    #[arg(long)]
    pub product: Option<String>,
    /// draft, published or archived (any case)
    #[arg(long, value_parser = crate::cli::one_of(&["draft", "published", "archived"]), ignore_case = true)]
    pub status: Option<String>,
}

#[derive(Args, Debug)]
pub struct ShowArgs {
    /// Plan or add-on id
    pub id: String,
    /// Show this version [default: the latest published, else the draft]
    #[arg(long)]
    pub version: Option<u32>,
}

#[derive(Subcommand, Debug)]
pub enum EntitlementCommand {
    /// Grant a feature in the draft (replaces an existing entitlement for it)
    ///
    /// Example: stigg-cli plan entitlement set pro api-calls --limit 100000 --reset month --soft
    Set(EntSetArgs),
    /// Remove a feature from the draft
    ///
    /// Example: stigg-cli plan entitlement remove pro sso
    Remove(PkgFeatureArgs),
    /// List entitlements (own and inherited) of the latest version or the draft
    ///
    /// Example: stigg-cli plan entitlement list pro
    List(EntListArgs),
}

#[derive(Args, Debug)]
pub struct EntSetArgs {
    /// Plan or add-on id (its open draft is changed)
    pub package: String,
    /// Feature id
    pub feature: String,
    /// Usage limit (decimal); on add-ons added to or replacing the plan's, see --behavior
    #[arg(long, conflicts_with = "unlimited", allow_negative_numbers = true)]
    pub limit: Option<String>,
    /// No usage limit
    #[arg(long)]
    pub unlimited: bool,
    /// Over-limit use is allowed and tracked
    #[arg(long)]
    pub soft: bool,
    /// Usage window: hour, day, week, month, year
    #[arg(long, value_parser = crate::cli::one_of(&["hour", "day", "week", "month", "year"]), ignore_case = true)]
    pub reset: Option<String>,
    /// subscription-start (default), start-of-month, every-monday … every-sunday (or Stigg's StartOfTheMonth …)
    #[arg(long, requires = "reset")]
    pub reset_anchor: Option<String>,
    /// Allowed enum values: a,b
    #[arg(long)]
    pub values: Vec<String>,
    /// Add-ons: increment (add to the plan's limit) or override (replace it)
    #[arg(long, value_parser = crate::cli::one_of(&["increment", "override"]), ignore_case = true)]
    pub behavior: Option<String>,
}

#[derive(Args, Debug)]
pub struct PkgFeatureArgs {
    /// Plan or add-on id (its open draft is changed)
    pub package: String,
    /// Feature id
    pub feature: String,
}

#[derive(Args, Debug)]
pub struct EntListArgs {
    /// Plan or add-on id
    pub package: String,
    /// List this version [default: the open draft, else the latest published]
    #[arg(long)]
    pub version: Option<u32>,
}

#[derive(Subcommand, Debug)]
pub enum PriceCommand {
    /// Set a price of the draft (merged into the price with the same model, feature and currency: what it does not say is kept)
    ///
    /// Example: stigg-cli plan price set pro --model flat --currency USD --monthly 49 --annually 490
    Set(Box<PriceSetArgs>),
    /// Remove a price from the draft
    ///
    /// Example: stigg-cli plan price remove pro --model per-unit --feature seats
    Remove(PriceRemoveArgs),
    /// List prices of the latest version or the draft
    ///
    /// Example: stigg-cli plan price list pro
    List(EntListArgs),
}

#[derive(Args, Debug)]
pub struct PriceSetArgs {
    /// Plan or add-on id (its open draft is changed)
    pub package: String,
    /// Price model
    #[arg(long, value_parser = crate::cli::one_of(&["flat", "per-unit", "usage", "overage", "minimum", "credits"]), ignore_case = true)]
    pub model: String,
    /// ISO-4217 code, or the credit currency for --model credits
    #[arg(long)]
    pub currency: String,
    /// Feature the price is for (per-unit, usage, overage and credits models)
    #[arg(long)]
    pub feature: Option<String>,
    /// Amount per monthly billing period (per unit or block for per-unit and usage prices)
    #[arg(long, allow_negative_numbers = true)]
    pub monthly: Option<String>,
    /// Amount per annual billing period (per unit or block for per-unit and usage prices)
    #[arg(long, allow_negative_numbers = true)]
    pub annually: Option<String>,
    /// Price per unit (or per --block-size block) of usage or overage, the same for every billing period
    #[arg(long, allow_negative_numbers = true)]
    pub unit_price: Option<String>,
    /// How --tier prices add up: graduated (each unit at its tier's price) or volume (every unit at the tier the total falls in)
    #[arg(long, value_parser = crate::cli::one_of(&["graduated", "volume"]), ignore_case = true)]
    pub tiers_mode: Option<String>,
    /// A tier: UPTO:UNIT_PRICE[:FLAT_PRICE] (UPTO empty or `inf` for the last); repeat in order
    #[arg(long = "tier")]
    pub tiers: Vec<String>,
    /// Smallest quantity a subscription may buy (per-unit prices; whole number)
    #[arg(long, allow_negative_numbers = true)]
    pub min: Option<String>,
    /// Largest quantity a subscription may buy (per-unit prices; whole number)
    #[arg(long, allow_negative_numbers = true)]
    pub max: Option<String>,
    /// Round quantities or usage up to whole blocks of this size; prices are per block
    #[arg(long, allow_negative_numbers = true)]
    pub block_size: Option<String>,
    /// Credits per unit (credits model)
    #[arg(long, conflicts_with = "formula", allow_negative_numbers = true)]
    pub rate: Option<String>,
    /// Credits per event from its dimensions (credits model), e.g. "2.5 * input_tokens"
    #[arg(long)]
    pub formula: Option<String>,
    /// Country variant: CC:CURRENCY:MONTHLY[:ANNUALLY]
    #[arg(long = "country")]
    pub countries: Vec<String>,
}

#[derive(Args, Debug)]
pub struct PriceRemoveArgs {
    /// Plan or add-on id (its open draft is changed)
    pub package: String,
    /// Model of the price to remove
    #[arg(long, value_parser = crate::cli::one_of(&["flat", "per-unit", "usage", "overage", "minimum", "credits"]), ignore_case = true)]
    pub model: String,
    /// Feature of the price to remove (for prices that have one)
    #[arg(long)]
    pub feature: Option<String>,
    /// Which currency's price to remove (needed when the package prices this in several)
    #[arg(long)]
    pub currency: Option<String>,
}

#[derive(Subcommand, Debug)]
pub enum CreditsCommand {
    /// Grant credits of a currency every cadence period
    ///
    /// Example: stigg-cli plan credits set pro ai-tokens --amount 500000 --cadence month
    Set(CreditsSetArgs),
    /// Remove a recurring credit grant
    ///
    /// Example: stigg-cli plan credits remove pro ai-tokens
    Remove(CreditsRemoveArgs),
}

#[derive(Args, Debug)]
pub struct CreditsSetArgs {
    /// Plan or add-on id (its open draft is changed)
    pub package: String,
    /// Credit currency id
    pub currency: String,
    /// Credits granted every cadence period (decimal)
    #[arg(long, allow_negative_numbers = true)]
    pub amount: String,
    /// How often the grant recurs
    #[arg(long, value_parser = crate::cli::one_of(&["month", "year"]), ignore_case = true, default_value = "month")]
    pub cadence: String,
    /// Seat-based pool: amount × purchased quantity of this feature
    #[arg(long)]
    pub per_unit_of: Option<String>,
}

#[derive(Args, Debug)]
pub struct CreditsRemoveArgs {
    /// Plan or add-on id (its open draft is changed)
    pub package: String,
    /// Credit currency id of the grant to remove
    pub currency: String,
}

#[derive(Subcommand, Debug)]
pub enum AddonsCommand {
    /// Replace the plan's compatible add-ons (none = clear)
    ///
    /// Example: stigg-cli plan addons set pro extra-seats priority-support
    Set(AddonsSetArgs),
}

#[derive(Args, Debug)]
pub struct AddonsSetArgs {
    /// Plan id (its open draft is changed)
    pub plan: String,
    /// Add-on ids, space- or comma-separated; none clears the list
    pub addons: Vec<String>,
}

fn trial_of(t: &TrialArgs, current: Option<&Trial>) -> Result<Option<Trial>> {
    let length = match (t.trial_days, t.trial_months) {
        (Some(d), _) => Some(TrialLength::Days(d)),
        (None, Some(m)) => Some(TrialLength::Months(m)),
        (None, None) => current.map(|c| c.length),
    };
    let on_end = t
        .trial_end
        .as_deref()
        .and_then(TrialEnd::from_kebab)
        .or(current.map(|c| c.on_end))
        .unwrap_or(TrialEnd::ConvertToPaid);
    match length {
        Some(length) => Ok(Some(Trial { length, on_end })),
        None if t.trial_end.is_some() => Err(Error::usage(
            "--trial-end needs a trial: pass --trial-days or --trial-months",
        )),
        None => Ok(None),
    }
}

fn show_latest(app: &App, kind: PackageKind, id: &str) -> Result<()> {
    show(
        app,
        kind,
        &ShowArgs {
            id: id.to_string(),
            version: None,
        },
    )
}

fn show(app: &App, kind: PackageKind, a: &ShowArgs) -> Result<()> {
    let mut s = app.session()?;
    let view = s.read(|c| {
        let row = repo::require_package(c, kind, &a.id)?;
        let v = match a.version {
            Some(n) => repo::versions(c, &a.id)?
                .into_iter()
                .find(|v| v.version == n)
                .ok_or_else(|| {
                    Error::not_found(
                        "PackageVersionNotFound",
                        format!("{} '{}' has no version {n}", kind.kebab(), a.id),
                    )
                    .hint(format!(
                        "list them with `stigg-cli {} versions {}`",
                        kind.kebab(),
                        a.id
                    ))
                })?,
            None => row
                .published
                .clone()
                .or(row.draft.clone())
                .ok_or_else(|| Error::internal("package without versions"))?,
        };
        ops::view(c, &row, &v)
    })?;
    app.printer.print(&view)
}

/// The draft if one is open, else the latest published version (for list verbs).
fn current_view(
    app: &App,
    kind: PackageKind,
    id: &str,
    version: Option<u32>,
) -> Result<PackageView> {
    let mut s = app.session()?;
    s.read(|c| {
        let row = repo::require_package(c, kind, id)?;
        let v = match version {
            Some(n) => repo::versions(c, id)?
                .into_iter()
                .find(|v| v.version == n)
                .ok_or_else(|| {
                    Error::not_found(
                        "PackageVersionNotFound",
                        format!("{} '{id}' has no version {n}", kind.kebab()),
                    )
                })?,
            None => row
                .draft
                .clone()
                .or(row.published.clone())
                .ok_or_else(|| Error::internal("package without versions"))?,
        };
        ops::view(c, &row, &v)
    })
}

fn edit(
    app: &App,
    kind: PackageKind,
    id: &str,
    what: &str,
    f: impl FnOnce(&mut PackageBody) -> Result<()>,
) -> Result<()> {
    app.session()?
        .write(false, |tx| ops::edit_draft(tx, kind, id, f))?;
    app.printer
        .status(&format!("{what} in the draft of {} '{id}'", kind.kebab()));
    let v = current_view(app, kind, id, None)?;
    app.printer.print(&v)
}

fn create(
    app: &App,
    kind: PackageKind,
    c: &CommonCreate,
    fill: impl FnOnce(&mut PackageBody) -> Result<()>,
) -> Result<()> {
    check_id_arg(kind.kebab(), &c.id)?;
    let pricing = PricingType::from_kebab(&c.pricing).unwrap_or(PricingType::Free);
    let mut body = PackageBody::new(kind, c.name.as_deref().unwrap_or(&c.id), pricing);
    body.description = c.description.clone();
    fill(&mut body)?;
    body.normalize();
    let def = PackageDef {
        kind,
        id: c.id.clone(),
        product_id: c.product.clone(),
        body,
    };
    app.session()?.write(false, |tx| ops::create(tx, def))?;
    app.printer
        .status(&format!("created {} '{}' (v1 draft)", kind.kebab(), c.id));
    show_latest(app, kind, &c.id)
}

fn update_common(c: &CommonUpdate, b: &mut PackageBody) {
    if let Some(n) = &c.name {
        b.name = n.clone();
    }
    if let Some(d) = &c.description {
        b.description = Some(d.clone()).filter(|d| !d.is_empty());
    }
    if let Some(p) = c.pricing.as_deref().and_then(PricingType::from_kebab) {
        b.pricing_type = p;
    }
}

fn parse_tier(s: &str) -> Result<Tier> {
    let parts: Vec<&str> = s.split(':').collect();
    if parts.len() < 2 || parts.len() > 3 {
        return Err(Error::usage(format!(
            "invalid --tier '{s}': write UPTO:UNIT_PRICE[:FLAT_PRICE]"
        )));
    }
    let up_to = match parts[0].trim() {
        "" | "inf" => None,
        v => Some(parse_decimal_arg("--tier", v)?),
    };
    let opt = |v: &str| -> Result<Option<rust_decimal::Decimal>> {
        if v.trim().is_empty() {
            Ok(None)
        } else {
            parse_decimal_arg("--tier", v).map(Some)
        }
    };
    Ok(Tier {
        up_to,
        unit_price: opt(parts[1])?,
        flat_price: parts.get(2).map(|v| opt(v)).transpose()?.flatten(),
    })
}

fn parse_country(s: &str) -> Result<CountryPrice> {
    let parts: Vec<&str> = s.split(':').collect();
    if parts.len() < 3 || parts.len() > 4 {
        return Err(Error::usage(format!(
            "invalid --country '{s}': write CC:CURRENCY:MONTHLY[:ANNUALLY]"
        )));
    }
    let opt = |v: &str| -> Result<Option<rust_decimal::Decimal>> {
        if v.trim().is_empty() {
            Ok(None)
        } else {
            parse_decimal_arg("--country", v).map(Some)
        }
    };
    Ok(CountryPrice {
        country: parts[0].trim().to_string(),
        currency: parts[1].trim().to_ascii_uppercase(),
        amounts: PriceAmounts {
            monthly: opt(parts[2])?,
            annually: parts.get(3).map(|v| opt(v)).transpose()?.flatten(),
            ..Default::default()
        },
    })
}

fn price_of(a: &PriceSetArgs) -> Result<Price> {
    let model = PriceModel::from_kebab(&a.model).ok_or_else(|| Error::usage("invalid --model"))?;
    let dec = |flag: &str, v: &Option<String>| {
        v.as_deref().map(|s| parse_decimal_arg(flag, s)).transpose()
    };
    let currency = if model == PriceModel::Credits {
        a.currency.clone()
    } else {
        a.currency.to_ascii_uppercase()
    };
    let mut p = Price::new(model, &currency);
    p.feature = a.feature.clone();
    p.amounts = PriceAmounts {
        monthly: dec("--monthly", &a.monthly)?,
        annually: dec("--annually", &a.annually)?,
        unit_price: dec("--unit-price", &a.unit_price)?,
        tiers_mode: a.tiers_mode.as_deref().and_then(TiersMode::from_kebab),
        tiers: a
            .tiers
            .iter()
            .map(|t| parse_tier(t))
            .collect::<Result<_>>()?,
    };
    p.min = dec("--min", &a.min)?;
    p.max = dec("--max", &a.max)?;
    p.block_size = dec("--block-size", &a.block_size)?;
    p.rate = dec("--rate", &a.rate)?;
    p.formula = a.formula.clone();
    p.countries = a
        .countries
        .iter()
        .map(|c| parse_country(c))
        .collect::<Result<_>>()?;
    // A country given twice is refused, never "the last one wins".
    if let Some(c) = crate::domain::first_repeat(&p.countries, |c| c.country.clone()) {
        return Err(Error::usage(format!(
            "--country {} is given twice",
            c.country
        )));
    }
    Ok(p)
}

fn entitlement_of(kind: PackageKind, a: &EntSetArgs) -> Result<Entitlement> {
    let limit = match (&a.limit, a.unlimited) {
        (Some(l), _) => Limit::Limited(super::parse_non_negative_arg("--limit", l)?),
        (None, true) => Limit::Unlimited,
        (None, false) => Limit::None,
    };
    if kind == PackageKind::Plan && a.behavior.is_some() {
        return Err(Error::usage(
            "--behavior applies to add-on entitlements only",
        ));
    }
    Ok(Entitlement {
        limit,
        soft: a.soft,
        reset: a
            .reset
            .as_deref()
            .and_then(ResetPeriod::from_kebab)
            .map(|period| Reset {
                period,
                anchor: a
                    .reset_anchor
                    .as_deref()
                    .map(anchor_from_any)
                    .unwrap_or_else(|| ANCHOR_SUBSCRIPTION_START.to_string()),
            }),
        values: {
            let v = split_list(&a.values);
            // A value given twice is refused, never kept twice.
            if let Some(d) = crate::domain::first_repeat(&v, String::clone) {
                return Err(Error::usage(format!("--values '{d}' is given twice")));
            }
            v
        },
        behavior: match kind {
            PackageKind::Plan => None,
            PackageKind::Addon => Some(
                a.behavior
                    .as_deref()
                    .and_then(AddonBehavior::from_kebab)
                    .unwrap_or(AddonBehavior::Increment),
            ),
        },
    })
}

/// The verbs plans and add-ons share.
enum Shared {
    Entitlement(EntitlementCommand),
    Price(PriceCommand),
    Credits(CreditsCommand),
    Publish(PublishArgs),
    Draft(IdArg),
    DiscardDraft(IdArg),
    Delete(IdArg),
    List(ListArgs),
    Show(ShowArgs),
    Versions(IdArg),
    Archive(IdArg),
    Unarchive(IdArg),
}

fn run_shared(app: &App, kind: PackageKind, cmd: Shared) -> Result<()> {
    let noun = kind.kebab();
    match cmd {
        Shared::Entitlement(EntitlementCommand::Set(a)) => {
            check_id_arg("feature", &a.feature)?;
            let e = entitlement_of(kind, &a)?;
            let f = a.feature.clone();
            edit(
                app,
                kind,
                &a.package,
                &format!("set entitlement '{}'", a.feature),
                move |b| {
                    b.entitlements.insert(f, e);
                    Ok(())
                },
            )
        }
        Shared::Entitlement(EntitlementCommand::Remove(a)) => {
            check_id_arg("feature", &a.feature)?;
            let (pkg, f) = (a.package.clone(), a.feature.clone());
            edit(
                app,
                kind,
                &a.package,
                &format!("removed entitlement '{}'", a.feature),
                move |b| {
                    b.entitlements.remove(&f).map(|_| ()).ok_or_else(|| {
                        Error::not_found(
                            "EntitlementNotFound",
                            format!("{noun} '{pkg}' has no own entitlement for '{f}'"),
                        )
                    })
                },
            )
        }
        Shared::Entitlement(EntitlementCommand::List(a)) => {
            let v = current_view(app, kind, &a.package, a.version)?;
            app.printer.print(&ListView {
                items: v.entitlements,
                headers: EntitlementView::HEADERS,
                row: EntitlementView::row,
            })
        }
        Shared::Price(PriceCommand::Set(a)) => {
            if let Some(f) = &a.feature {
                check_id_arg("feature", f)?;
            }
            let p = price_of(&a)?;
            edit(
                app,
                kind,
                &a.package,
                &format!("set {} price", a.model),
                move |b| {
                    // Prices are per (model, feature, currency): setting one never deletes
                    // another, and what is not given (an annual amount, say) is kept.
                    match b.prices.iter_mut().find(|x| x.key() == p.key()) {
                        Some(existing) => existing.merge(p),
                        None => b.prices.push(p),
                    }
                    Ok(())
                },
            )
        }
        Shared::Price(PriceCommand::Remove(a)) => {
            let model =
                PriceModel::from_kebab(&a.model).ok_or_else(|| Error::usage("invalid --model"))?;
            let (pkg, feature) = (a.package.clone(), a.feature.clone());
            let currency = a.currency.clone();
            edit(
                app,
                kind,
                &a.package,
                &format!("removed {} price", a.model),
                move |b| {
                    let matches = |x: &Price| {
                        x.model == model
                            && x.feature == feature
                            && currency
                                .as_deref()
                                .is_none_or(|c| x.currency.eq_ignore_ascii_case(c))
                    };
                    let found: Vec<String> = b
                        .prices
                        .iter()
                        .filter(|x| matches(x))
                        .map(|x| x.currency.clone())
                        .collect();
                    if found.len() > 1 {
                        return Err(Error::usage(format!(
                            "{noun} '{pkg}' has {} {} prices ({}): say which with --currency",
                            found.len(),
                            model.kebab(),
                            found.join(", ")
                        )));
                    }
                    let before = b.prices.len();
                    b.prices.retain(|x| !matches(x));
                    if b.prices.len() == before {
                        return Err(Error::not_found(
                            "PriceNotFound",
                            format!(
                                "{noun} '{pkg}' has no {} price{}",
                                model.kebab(),
                                feature.map(|f| format!(" for '{f}'")).unwrap_or_default()
                            ),
                        ));
                    }
                    Ok(())
                },
            )
        }
        Shared::Price(PriceCommand::List(a)) => {
            let v = current_view(app, kind, &a.package, a.version)?;
            app.printer.print(&ListView {
                items: v.all_prices.iter().map(PriceListItem::new).collect(),
                headers: &["model", "feature", "currency", "price"],
                row: |p: &PriceListItem| {
                    vec![
                        p.model.to_string(),
                        p.price.feature.clone().unwrap_or_default(),
                        p.price.currency.clone(),
                        p.text.clone(),
                    ]
                },
            })
        }
        Shared::Credits(CreditsCommand::Set(a)) => {
            let c = CreditEntitlement {
                amount: parse_decimal_arg("--amount", &a.amount)?,
                cadence: Cadence::from_kebab(&a.cadence).unwrap_or(Cadence::Month),
                per_unit_of: a.per_unit_of.clone(),
            };
            let cur = a.currency.clone();
            edit(
                app,
                kind,
                &a.package,
                &format!("set credits '{}'", a.currency),
                move |b| {
                    b.credits.insert(cur, c);
                    Ok(())
                },
            )
        }
        Shared::Credits(CreditsCommand::Remove(a)) => {
            let (pkg, cur) = (a.package.clone(), a.currency.clone());
            edit(
                app,
                kind,
                &a.package,
                &format!("removed credits '{}'", a.currency),
                move |b| {
                    b.credits.remove(&cur).map(|_| ()).ok_or_else(|| {
                        Error::not_found(
                            "CreditEntitlementNotFound",
                            format!("{noun} '{pkg}' grants no '{cur}' credits"),
                        )
                    })
                },
            )
        }
        Shared::Publish(a) => {
            let mut s = app.session()?;
            let v = s.write(false, |tx| ops::publish(tx, kind, &a.id, a.migrate))?;
            app.printer
                .status(&format!("published {noun} '{}' v{v}", a.id));
            warn_archived(app, &s, noun, &a.id)?;
            show_latest(app, kind, &a.id)
        }
        Shared::Draft(a) => {
            let mut s = app.session()?;
            let v = s.write(false, |tx| ops::open_draft(tx, kind, &a.id))?;
            app.printer
                .status(&format!("opened draft v{v} of {noun} '{}'", a.id));
            warn_archived(app, &s, noun, &a.id)?;
            let view = current_view(app, kind, &a.id, None)?;
            app.printer.print(&view)
        }
        Shared::DiscardDraft(a) => {
            let mut s = app.session()?;
            app.confirm_in_production(&s, &format!("discard the draft of {noun} '{}'", a.id))?;
            let v = s.write(false, |tx| ops::discard_draft(tx, kind, &a.id))?;
            app.printer
                .status(&format!("discarded draft v{v} of {noun} '{}'", a.id));
            app.printer
                .print(&object_view! {"id": a.id, "discardedVersion": v})
        }
        Shared::Delete(a) => {
            let mut s = app.session()?;
            app.confirm_in_production(&s, &format!("delete {noun} '{}'", a.id))?;
            s.write(false, |tx| ops::delete_unpublished(tx, kind, &a.id))?;
            app.printer
                .status(&format!("deleted {noun} '{}' (never published)", a.id));
            app.printer
                .print(&object_view! {"id": a.id, "deleted": true})
        }
        Shared::List(a) => {
            let mut s = app.session()?;
            let items = s.read(|c| {
                let mut out = Vec::new();
                for row in repo::load_packages(c)?
                    .into_values()
                    .filter(|r| r.kind == kind)
                {
                    if a.product.as_ref().is_some_and(|p| p != &row.product_id) {
                        continue;
                    }
                    if a.status
                        .as_ref()
                        .is_some_and(|st| !st.eq_ignore_ascii_case(row.status()))
                    {
                        continue;
                    }
                    let v = row
                        .published
                        .clone()
                        .or(row.draft.clone())
                        .ok_or_else(|| Error::internal("package without versions"))?;
                    out.push(PackageView::new(
                        &row,
                        &v,
                        crate::ops::packages::Inherited::default(),
                    ));
                }
                Ok(out)
            })?;
            app.printer.print(&ListView {
                items,
                headers: PackageView::HEADERS,
                row: PackageView::row,
            })
        }
        Shared::Show(a) => show(app, kind, &a),
        Shared::Versions(a) => {
            let mut s = app.session()?;
            let items = s.read(|c| {
                repo::require_package(c, kind, &a.id)?;
                Ok(repo::versions(c, &a.id)?
                    .iter()
                    .map(VersionSummary::new)
                    .collect())
            })?;
            app.printer.print(&ListView {
                items,
                headers: VersionSummary::HEADERS,
                row: VersionSummary::row,
            })
        }
        Shared::Archive(a) => super::simple::archive(
            app,
            EntityKind::of_package(kind),
            &a.id,
            true,
            if kind == PackageKind::Plan {
                show_plan
            } else {
                show_addon
            },
        ),
        Shared::Unarchive(a) => super::simple::archive(
            app,
            EntityKind::of_package(kind),
            &a.id,
            false,
            if kind == PackageKind::Plan {
                show_plan
            } else {
                show_addon
            },
        ),
    }
}

fn show_plan(app: &App, id: &str) -> Result<()> {
    show_latest(app, PackageKind::Plan, id)
}

fn show_addon(app: &App, id: &str) -> Result<()> {
    show_latest(app, PackageKind::Addon, id)
}

pub fn run_plan(app: &App, cmd: PlanCommand) -> Result<()> {
    let kind = PackageKind::Plan;
    let shared = match cmd {
        PlanCommand::Create(a) => {
            let trial = trial_of(&a.trial, None)?;
            return create(app, kind, &a.common, |b| {
                b.parent = a.parent.clone();
                b.trial = trial;
                Ok(())
            });
        }
        PlanCommand::Update(a) => {
            let id = a.common.id.clone();
            return edit(app, kind, &id, "updated", move |b| {
                update_common(&a.common, b);
                if let Some(p) = &a.parent {
                    b.parent = Some(p.clone());
                }
                if a.no_parent {
                    b.parent = None;
                }
                b.trial = if a.no_trial {
                    None
                } else {
                    trial_of(&a.trial, b.trial.as_ref())?
                };
                Ok(())
            });
        }
        PlanCommand::Addons(AddonsCommand::Set(a)) => {
            let list = split_list(&a.addons);
            for id in &list {
                check_id_arg("add-on", id)?;
            }
            return edit(app, kind, &a.plan, "set compatible add-ons", move |b| {
                b.compatible_addons = list;
                Ok(())
            });
        }
        PlanCommand::Entitlement(c) => Shared::Entitlement(c),
        PlanCommand::Price(c) => Shared::Price(c),
        PlanCommand::Credits(c) => Shared::Credits(c),
        PlanCommand::Publish(a) => Shared::Publish(a),
        PlanCommand::Draft(a) => Shared::Draft(a),
        PlanCommand::DiscardDraft(a) => Shared::DiscardDraft(a),
        PlanCommand::Delete(a) => Shared::Delete(a),
        PlanCommand::List(a) => Shared::List(a),
        PlanCommand::Show(a) => Shared::Show(a),
        PlanCommand::Versions(a) => Shared::Versions(a),
        PlanCommand::Archive(a) => Shared::Archive(a),
        PlanCommand::Unarchive(a) => Shared::Unarchive(a),
    };
    run_shared(app, kind, shared)
}

pub fn run_addon(app: &App, cmd: AddonCommand) -> Result<()> {
    let kind = PackageKind::Addon;
    let shared = match cmd {
        AddonCommand::Create(a) => {
            return create(app, kind, &a.common, |b| {
                b.max_quantity = Some(a.max_quantity);
                b.depends_on = split_list(&a.depends_on);
                Ok(())
            });
        }
        AddonCommand::Update(a) => {
            let id = a.common.id.clone();
            return edit(app, kind, &id, "updated", move |b| {
                update_common(&a.common, b);
                if let Some(q) = a.max_quantity {
                    b.max_quantity = Some(q);
                }
                if let Some(d) = &a.depends_on {
                    b.depends_on = split_list(d);
                }
                Ok(())
            });
        }
        AddonCommand::Entitlement(c) => Shared::Entitlement(c),
        AddonCommand::Price(c) => Shared::Price(c),
        AddonCommand::Credits(c) => Shared::Credits(c),
        AddonCommand::Publish(a) => Shared::Publish(a),
        AddonCommand::Draft(a) => Shared::Draft(a),
        AddonCommand::DiscardDraft(a) => Shared::DiscardDraft(a),
        AddonCommand::Delete(a) => Shared::Delete(a),
        AddonCommand::List(a) => Shared::List(a),
        AddonCommand::Show(a) => Shared::Show(a),
        AddonCommand::Versions(a) => Shared::Versions(a),
        AddonCommand::Archive(a) => Shared::Archive(a),
        AddonCommand::Unarchive(a) => Shared::Unarchive(a),
    };
    run_shared(app, kind, shared)
}

/// A version of an archived package stays hidden from new subscriptions (those on it, and an
/// `--migrate all-customers`, still move to it): said, as `show` says ARCHIVED.
fn warn_archived(app: &App, s: &crate::app::Session, noun: &str, id: &str) -> Result<()> {
    let archived = crate::store::catalog::get_package(s.store.conn(), id)?
        .is_some_and(|p| p.meta.archived_at.is_some());
    if archived {
        app.printer.warn(&format!(
            "{noun} '{id}' is archived: its versions are offered to no new subscription (`{noun} unarchive {id}` to offer it)"
        ));
    }
    Ok(())
}
