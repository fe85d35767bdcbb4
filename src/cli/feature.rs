//! `feature create|list|show|update|archive|unarchive`

use clap::{Args, Subcommand, ValueEnum};

use super::{check_id_arg, parse_units, split_list};
use crate::app::App;
use crate::domain::catalog::*;
use crate::error::{Error, Result};
use crate::ops::catalog as ops;

#[derive(Subcommand, Debug)]
pub enum FeatureCommand {
    /// Create a feature
    ///
    /// Example: stigg-cli feature create api-calls --type metered --units call,calls --event-name api.request
    Create(CreateArgs),
    /// List features
    ///
    /// Example: stigg-cli feature list --archived
    List(ListArgs),
    /// Show one feature
    ///
    /// Example: stigg-cli feature show api-calls --json
    Show(IdArg),
    /// Change a feature's name, description, units or enum values (type and meter are fixed)
    ///
    /// Example: stigg-cli feature update seats --name "Team seats"
    Update(UpdateArgs),
    /// Archive a feature (refused while a published package uses it)
    ///
    /// Example: stigg-cli feature archive legacy-export
    Archive(IdArg),
    /// Unarchive a feature
    ///
    /// Example: stigg-cli feature unarchive legacy-export
    Unarchive(IdArg),
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum TypeArg {
    Boolean,
    Number,
    Enum,
    /// number + incremental meter
    Metered,
}

#[derive(Args, Debug)]
pub struct CreateArgs {
    /// Id of the new feature (letters, digits, `.` `_` `:` `-`)
    pub id: String,
    /// Feature type: boolean, number, enum, or metered (number with an incremental meter)
    #[arg(long = "type", value_enum)]
    pub feature_type: TypeArg,
    /// Meter for number features
    #[arg(long, value_parser = crate::cli::one_of(&["none", "incremental", "fluctuating"]), ignore_case = true)]
    pub meter: Option<String>,
    /// SINGULAR[,PLURAL]
    #[arg(long)]
    pub units: Option<String>,
    /// Enum values: a,b,c
    #[arg(long)]
    pub values: Vec<String>,
    /// Display name [default: the id]
    #[arg(long)]
    pub name: Option<String>,
    /// Free-text description
    #[arg(long)]
    pub description: Option<String>,
    /// Meter raw events with this eventName (instead of reported usage)
    #[arg(long, value_name = "EVENT_NAME")]
    pub event_name: Option<String>,
    /// Aggregation of the raw events: COUNT, or SUM|MIN|MAX|AVG|UNIQUE:FIELD
    #[arg(long, requires = "event_name", value_name = "FUNC[:FIELD]")]
    pub aggregation: Option<String>,
}

#[derive(Args, Debug)]
pub struct ListArgs {
    /// Include archived ones
    #[arg(long)]
    pub archived: bool,
}

#[derive(Args, Debug)]
pub struct IdArg {
    /// Feature id
    pub id: String,
}

#[derive(Args, Debug)]
pub struct UpdateArgs {
    /// Feature id
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
    /// Replace the enum values: a,b,c
    #[arg(long)]
    pub values: Vec<String>,
}

fn enum_values(values: &[String]) -> Vec<EnumValue> {
    split_list(values)
        .into_iter()
        .map(|value| EnumValue {
            value,
            display_name: None,
        })
        .collect()
}

fn event_meter(name: &str, aggregation: Option<&str>) -> Result<EventMeter> {
    let (func, field) = match aggregation {
        None => ("COUNT", None),
        Some(a) => match a.split_once(':') {
            Some((f, field)) => (f, Some(field.trim().to_string())),
            None => (a, None),
        },
    };
    let aggregation =
        Aggregation::from_kebab(&func.trim().to_ascii_uppercase()).ok_or_else(|| {
            Error::usage(format!(
                "invalid --aggregation '{func}': use COUNT, SUM, MIN, MAX, AVG or UNIQUE"
            ))
        })?;
    Ok(EventMeter {
        filters: vec![MeterFilter {
            conditions: vec![Condition {
                field: "eventName".into(),
                operation: ConditionOp::Equals,
                value: Some(name.to_string()),
                values: vec![],
            }],
        }],
        aggregation,
        aggregation_field: field,
    })
}

pub fn show(app: &App, id: &str) -> Result<()> {
    super::simple::show::<Feature>(app, id)
}

pub fn run(app: &App, cmd: FeatureCommand) -> Result<()> {
    match cmd {
        FeatureCommand::Create(a) => {
            check_id_arg("feature", &a.id)?;
            let (feature_type, mut meter_type) = match a.feature_type {
                TypeArg::Boolean => (FeatureType::Boolean, MeterType::None),
                TypeArg::Number => (FeatureType::Number, MeterType::None),
                TypeArg::Enum => (FeatureType::Enum, MeterType::None),
                TypeArg::Metered => (FeatureType::Number, MeterType::Incremental),
            };
            if let Some(m) = &a.meter {
                meter_type = MeterType::from_kebab(m).unwrap_or(MeterType::None);
            }
            let f = Feature {
                id: a.id.clone(),
                name: a.name.unwrap_or_else(|| a.id.clone()),
                description: a.description,
                feature_type,
                meter_type,
                units: a.units.as_deref().map(parse_units),
                enum_values: enum_values(&a.values),
                event_meter: a
                    .event_name
                    .as_deref()
                    .map(|name| event_meter(name, a.aggregation.as_deref()))
                    .transpose()?,
                unit_transformation: None,
            };
            app.session()?.write(false, |tx| ops::create(tx, f))?;
            app.printer.status(&format!("created feature '{}'", a.id));
            show(app, &a.id)
        }
        FeatureCommand::List(a) => super::simple::list::<Feature>(app, a.archived),
        FeatureCommand::Show(a) => show(app, &a.id),
        FeatureCommand::Update(a) => {
            if a.name.is_none()
                && a.description.is_none()
                && a.units.is_none()
                && a.values.is_empty()
            {
                return Err(Error::usage("nothing to update")
                    .hint("pass --name, --description, --units or --values"));
            }
            let changed = app.session()?.write(false, |tx| {
                let mut f: Feature = ops::load(tx, &a.id)?;
                if let Some(n) = &a.name {
                    f.name = n.clone();
                }
                if let Some(d) = &a.description {
                    f.description = Some(d.clone()).filter(|d| !d.is_empty());
                }
                if let Some(u) = &a.units {
                    f.units = Some(parse_units(u));
                }
                if !a.values.is_empty() {
                    let new = enum_values(&a.values);
                    let removed = f
                        .enum_values
                        .iter()
                        .filter(|o| !new.iter().any(|n| n.value == o.value))
                        .map(|o| o.value.clone())
                        .collect();
                    crate::ops::catalog::refuse_enum_values_in_use(tx, &a.id, &removed)?;
                    f.enum_values = new;
                }
                ops::update(tx, f)
            })?;
            app.printer.status(&if changed {
                format!("updated feature '{}'", a.id)
            } else {
                format!("feature '{}' unchanged", a.id)
            });
            show(app, &a.id)
        }
        FeatureCommand::Archive(a) => {
            super::simple::archive(app, EntityKind::Feature, &a.id, true, show)
        }
        FeatureCommand::Unarchive(a) => {
            super::simple::archive(app, EntityKind::Feature, &a.id, false, show)
        }
    }
}
