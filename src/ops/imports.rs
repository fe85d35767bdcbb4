//! Bulk import and export of customers and subscriptions (CSV, `{"customers":[…]}` JSON, JSON
//! lines). Imports are upserts by id, in file order, all-or-nothing unless `--skip-invalid`;
//! each row runs in its own savepoint so a rejected row leaves no trace.

use serde::Serialize;
use serde_json::{Map, Value, json};
use std::collections::{BTreeMap, BTreeSet};

use crate::clock;
use crate::domain::customers::Customer;
use crate::domain::subscriptions::{BillingPeriod, Subscription};
use crate::error::{Error, ErrorKind, Result};
use crate::io::rows::{Row, Rows};
use crate::ops::subscriptions::{self as subs, CreateRequest, TrialChoice, UpdateRequest};
use crate::ops::{catchup, customers as customer_ops};
use crate::store::{Tx, customers as customer_repo, subscriptions as sub_repo};

#[derive(Debug, Clone, Default, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ImportReport {
    pub file: String,
    pub rows: usize,
    pub inserted: usize,
    pub updated: usize,
    pub unchanged: usize,
    pub rejected: usize,
    pub dry_run: bool,
}

enum Outcome {
    Inserted,
    Updated,
    Unchanged,
}

/// Runs `f` for every row inside a savepoint; returns the report and the rejected rows.
fn each_row(
    tx: &mut Tx<'_>,
    rows: &Rows,
    file: &str,
    mut f: impl FnMut(&mut Tx<'_>, &Row) -> Result<Outcome>,
) -> Result<(ImportReport, Vec<(usize, String)>)> {
    let mut report = ImportReport {
        file: file.to_string(),
        rows: rows.rows.len(),
        ..Default::default()
    };
    let mut rejected = Vec::new();
    for (i, row) in rows.rows.iter().enumerate() {
        tx.sql.execute_batch("SAVEPOINT import_row")?;
        let res = f(tx, row).and_then(|o| {
            // What this row made due (a trial end in the past, say) happens before the next row.
            let now = tx.now;
            catchup::run(tx, now)?;
            Ok(o)
        });
        match res {
            Ok(o) => {
                tx.sql.execute_batch("RELEASE import_row")?;
                match o {
                    Outcome::Inserted => report.inserted += 1,
                    Outcome::Updated => report.updated += 1,
                    Outcome::Unchanged => report.unchanged += 1,
                }
            }
            Err(e)
                if matches!(
                    e.kind,
                    ErrorKind::Internal | ErrorKind::IoErr | ErrorKind::Busy | ErrorKind::Config
                ) =>
            {
                // Storage errors stop the import; the whole transaction rolls back.
                return Err(e);
            }
            Err(e) => {
                tx.sql
                    .execute_batch("ROLLBACK TO import_row; RELEASE import_row")?;
                rejected.push((i, e.message.lines().next().unwrap_or("").to_string()));
            }
        }
    }
    report.rejected = rejected.len();
    Ok((report, rejected))
}

/// All-or-nothing: any rejected row fails the whole import (exit 65) listing every bad row.
pub fn fail_on_rejects(rows: &Rows, file: &str, rejected: &[(usize, String)]) -> Result<()> {
    if rejected.is_empty() {
        return Ok(());
    }
    let mut msg = format!(
        "{} of {} rows are invalid; nothing was imported",
        rejected.len(),
        rows.rows.len()
    );
    for (i, reason) in rejected {
        msg.push_str(&format!("\n  {file}:{}: {reason}", rows.rows[*i].line));
    }
    Err(Error::new(ErrorKind::DataErr, "InvalidInput", msg)
        .hint("fix the rows, or import the good ones with --skip-invalid --rejects FILE"))
}

fn field<'a>(row: &'a Row, k: &str) -> Option<&'a str> {
    row.fields
        .get(k)
        .map(|s| s.as_str())
        .filter(|s| !s.trim().is_empty())
}

fn instant(row: &Row, k: &str) -> Result<Option<clock::Instant>> {
    field(row, k)
        .map(|s| clock::parse_instant(s).map_err(|m| Error::data(format!("{k}: {m}"))))
        .transpose()
}

const CUSTOMER_FIELDS: &[&str] = &[
    "customerId",
    "name",
    "email",
    "billingId",
    "couponId",
    "createdAt",
];

/// Every field is a known column or `metadata.<key>`.
fn check_columns(row: &Row, known: &[&str]) -> Result<()> {
    match row
        .fields
        .keys()
        .find(|k| !known.contains(&k.as_str()) && !k.starts_with("metadata."))
    {
        Some(k) => Err(Error::data(format!("unknown column '{k}'"))),
        None => Ok(()),
    }
}

fn metadata_of(row: &Row) -> BTreeMap<String, String> {
    row.fields
        .iter()
        .filter_map(|(k, v)| {
            k.strip_prefix("metadata.")
                .map(|m| (m.to_string(), v.clone()))
        })
        .collect()
}

fn customer_of(row: &Row) -> Result<Customer> {
    check_columns(row, CUSTOMER_FIELDS)?;
    let id = field(row, "customerId").ok_or_else(|| Error::data("customerId is required"))?;
    Ok(Customer {
        customer_id: id.to_string(),
        name: field(row, "name").map(str::to_string),
        email: field(row, "email").map(str::to_string),
        billing_id: field(row, "billingId").map(str::to_string),
        coupon_id: field(row, "couponId").map(str::to_string),
        metadata: metadata_of(row),
    })
}

pub fn import_customers(
    tx: &mut Tx<'_>,
    rows: &Rows,
    file: &str,
) -> Result<(ImportReport, Vec<(usize, String)>)> {
    each_row(tx, rows, file, |tx, row| {
        let c = customer_of(row)?;
        let created_at = instant(row, "createdAt")?;
        match customer_repo::get(&tx.sql, &c.customer_id)? {
            None => {
                customer_ops::import_new(tx, &c, created_at)?;
                Ok(Outcome::Inserted)
            }
            Some((old, _)) if old == c => Ok(Outcome::Unchanged),
            Some(_) => {
                customer_ops::update(tx, &c)?;
                Ok(Outcome::Updated)
            }
        }
    })
}

fn parse_pairs(k: &str, s: Option<&str>) -> Result<Vec<(String, u32)>> {
    let Some(s) = s else { return Ok(vec![]) };
    s.split(';')
        .filter(|p| !p.trim().is_empty())
        .map(|p| {
            let (id, n) = p
                .split_once(':')
                .ok_or_else(|| Error::data(format!("{k}: '{p}' is not id:quantity")))?;
            let n: u32 = n.trim().parse().map_err(|_| {
                Error::data(format!("{k}: '{p}': the quantity must be a whole number"))
            })?;
            Ok((id.trim().to_string(), n))
        })
        .collect()
}

const SUB_FIELDS: &[&str] = &[
    "subscriptionId",
    "customerId",
    "planId",
    "billingPeriod",
    "startDate",
    "endDate",
    "resourceId",
    "addons",
    "quantities",
    "couponId",
    "trialEndDate",
];

fn request_of(row: &Row) -> Result<CreateRequest> {
    check_columns(row, SUB_FIELDS)?;
    let req_field = |k: &str| {
        field(row, k)
            .map(str::to_string)
            .ok_or_else(|| Error::data(format!("{k} is required")))
    };
    let period = match field(row, "billingPeriod") {
        None => None,
        Some(p) => Some(
            BillingPeriod::from_kebab(&p.to_ascii_lowercase()).ok_or_else(|| {
                Error::data(format!("billingPeriod '{p}' is not MONTHLY or ANNUALLY"))
            })?,
        ),
    };
    let trial_end = instant(row, "trialEndDate")?;
    Ok(CreateRequest {
        customer_id: req_field("customerId")?,
        plan_id: req_field("planId")?,
        subscription_id: Some(req_field("subscriptionId")?),
        resource_id: field(row, "resourceId").map(str::to_string),
        billing_period: period,
        addons: parse_pairs("addons", field(row, "addons"))?,
        quantities: parse_pairs("quantities", field(row, "quantities"))?,
        start: instant(row, "startDate")?,
        end: instant(row, "endDate")?,
        trial: if trial_end.is_some() {
            TrialChoice::Force
        } else {
            TrialChoice::Skip
        },
        trial_end,
        coupon: field(row, "couponId").map(str::to_string),
        country: None,
        schedule: None,
        metadata: metadata_of(row),
        import: true,
    })
}

/// Import errors are data errors of the row (exit 65 when all-or-nothing).
fn as_row_error(e: Error) -> Error {
    match e.kind {
        ErrorKind::Internal | ErrorKind::IoErr | ErrorKind::Busy | ErrorKind::Config => e,
        _ => Error {
            kind: ErrorKind::DataErr,
            ..e
        },
    }
}

pub fn import_subscriptions(
    tx: &mut Tx<'_>,
    rows: &Rows,
    file: &str,
) -> Result<(ImportReport, Vec<(usize, String)>)> {
    each_row(tx, rows, file, |tx, row| {
        let req = request_of(row)?;
        let id = req.subscription_id.clone().unwrap_or_default();
        match sub_repo::get(&tx.sql, &id)? {
            None => {
                subs::create(tx, &req).map_err(as_row_error)?;
                Ok(Outcome::Inserted)
            }
            Some(old) => {
                let same_identity = old.customer_id == req.customer_id
                    && old.plan_id == req.plan_id
                    && old.resource_id == req.resource_id
                    && req.start.is_none_or(|s| s == old.start_date);
                if !same_identity {
                    return Err(Error::data(format!(
                        "subscription '{id}' exists with another customer, plan, resource or start; change plans with `subscription create`"
                    )));
                }
                let addons: Vec<(String, u32)> = old
                    .addons
                    .iter()
                    .map(|a| (a.addon_id.clone(), a.quantity))
                    .collect();
                let quantities: Vec<(String, u32)> = old
                    .quantities
                    .iter()
                    .map(|q| (q.feature_id.clone(), q.quantity))
                    .collect();
                let sorted = |mut v: Vec<(String, u32)>| {
                    v.sort();
                    v
                };
                let same = sorted(addons.clone()) == sorted(req.addons.clone())
                    && sorted(quantities) == sorted(req.quantities.clone())
                    && old.coupon_id == req.coupon
                    && (req.billing_period.is_none() || old.billing_period == req.billing_period)
                    && req.end.is_none_or(|e| old.end_date == Some(e));
                if same {
                    return Ok(Outcome::Unchanged);
                }
                let remove: Vec<String> = addons
                    .iter()
                    .map(|(a, _)| a.clone())
                    .filter(|a| !req.addons.iter().any(|(x, _)| x == a))
                    .collect();
                let upd = UpdateRequest {
                    addons: req.addons.clone(),
                    remove_addons: remove,
                    quantities: req.quantities.clone(),
                    billing_period: req.billing_period,
                    coupon: req.coupon.clone(),
                    remove_coupon: req.coupon.is_none() && old.coupon_id.is_some(),
                    trial_end: None,
                    schedule: None,
                };
                subs::update(tx, &id, &upd).map_err(as_row_error)?;
                if let Some(e) = req.end
                    && old.end_date != Some(e)
                {
                    subs::cancel(tx, &id, Some(subs::CancelAt::At(e)), false, None)
                        .map_err(as_row_error)?;
                }
                Ok(Outcome::Updated)
            }
        }
    })
}

// ---- export ----------------------------------------------------------------------------------

pub fn export_customers(conn: &rusqlite::Connection, json: bool) -> Result<String> {
    let list = customer_repo::list(conn, None, false)?;
    let keys: BTreeSet<String> = list
        .iter()
        .flat_map(|(c, _)| c.metadata.keys().cloned())
        .collect();
    let created = |m: &crate::store::catalog::Meta| {
        clock::from_store(&m.created_at)
            .map(|t| clock::fmt(&t))
            .unwrap_or_default()
    };
    if json {
        let items: Vec<Map<String, Value>> = list
            .iter()
            .map(|(c, m)| {
                let mut o = Map::new();
                o.insert("customerId".into(), json!(c.customer_id));
                o.insert("name".into(), json!(c.name));
                o.insert("email".into(), json!(c.email));
                o.insert("billingId".into(), json!(c.billing_id));
                o.insert("couponId".into(), json!(c.coupon_id));
                o.insert("createdAt".into(), json!(created(m)));
                o.insert("metadata".into(), json!(c.metadata));
                o
            })
            .collect();
        return Ok(crate::io::rows::to_json("customers", &items));
    }
    let mut header: Vec<String> = CUSTOMER_FIELDS.iter().map(|s| s.to_string()).collect();
    header.extend(keys.iter().map(|k| format!("metadata.{k}")));
    let records: Vec<Vec<String>> = list
        .iter()
        .map(|(c, m)| {
            let mut r = vec![
                c.customer_id.clone(),
                c.name.clone().unwrap_or_default(),
                c.email.clone().unwrap_or_default(),
                c.billing_id.clone().unwrap_or_default(),
                c.coupon_id.clone().unwrap_or_default(),
                created(m),
            ];
            r.extend(
                keys.iter()
                    .map(|k| c.metadata.get(k).cloned().unwrap_or_default()),
            );
            r
        })
        .collect();
    crate::io::rows::to_csv(&header, &records)
}

/// Live and not-yet-started subscriptions: the current state, which re-imports as is.
pub fn export_subscriptions(conn: &rusqlite::Connection, json: bool) -> Result<String> {
    let list: Vec<Subscription> = sub_repo::list(conn, &sub_repo::Filter::default())?
        .into_iter()
        .filter(|s| !s.status.is_ended())
        .collect();
    let fmt = |t: &Option<clock::Instant>| t.map(|t| clock::fmt(&t)).unwrap_or_default();
    let pairs_s = |v: Vec<(String, u32)>| {
        v.iter()
            .map(|(a, q)| format!("{a}:{q}"))
            .collect::<Vec<_>>()
            .join(";")
    };
    if json {
        let items: Vec<Map<String, Value>> = list
            .iter()
            .map(|s| {
                let mut o = Map::new();
                o.insert("subscriptionId".into(), json!(s.subscription_id));
                o.insert("customerId".into(), json!(s.customer_id));
                o.insert("planId".into(), json!(s.plan_id));
                o.insert(
                    "billingPeriod".into(),
                    json!(s.billing_period.map(|p| p.wire())),
                );
                o.insert("startDate".into(), json!(clock::fmt(&s.start_date)));
                o.insert("endDate".into(), json!(s.end_date.map(|t| clock::fmt(&t))));
                o.insert("resourceId".into(), json!(s.resource_id));
                o.insert(
                    "addons".into(),
                    json!(
                        s.addons
                            .iter()
                            .map(|a| json!({"addonId": a.addon_id, "quantity": a.quantity}))
                            .collect::<Vec<_>>()
                    ),
                );
                o.insert(
                    "quantities".into(),
                    json!(
                        s.quantities
                            .iter()
                            .map(|q| json!({"featureId": q.feature_id, "quantity": q.quantity}))
                            .collect::<Vec<_>>()
                    ),
                );
                o.insert("couponId".into(), json!(s.coupon_id));
                o.insert(
                    "trialEndDate".into(),
                    json!(s.trial_end_date.map(|t| clock::fmt(&t))),
                );
                o
            })
            .collect();
        return Ok(crate::io::rows::to_json("subscriptions", &items));
    }
    let header: Vec<String> = SUB_FIELDS.iter().map(|s| s.to_string()).collect();
    let records: Vec<Vec<String>> = list
        .iter()
        .map(|s| {
            vec![
                s.subscription_id.clone(),
                s.customer_id.clone(),
                s.plan_id.clone(),
                s.billing_period
                    .map(|p| p.wire().to_string())
                    .unwrap_or_default(),
                clock::fmt(&s.start_date),
                fmt(&s.end_date),
                s.resource_id.clone().unwrap_or_default(),
                pairs_s(
                    s.addons
                        .iter()
                        .map(|a| (a.addon_id.clone(), a.quantity))
                        .collect(),
                ),
                pairs_s(
                    s.quantities
                        .iter()
                        .map(|q| (q.feature_id.clone(), q.quantity))
                        .collect(),
                ),
                s.coupon_id.clone().unwrap_or_default(),
                fmt(&s.trial_end_date),
            ]
        })
        .collect();
    crate::io::rows::to_csv(&header, &records)
}

/// Column names are checked against this for CSV headers before any row runs.
pub fn check_header(rows: &Rows, file: &str, known: &[&str], required: &[&str]) -> Result<()> {
    if rows.format != crate::io::rows::RowFormat::Csv {
        return Ok(());
    }
    let set: BTreeMap<&str, ()> = rows.header.iter().map(|h| (h.as_str(), ())).collect();
    for h in &rows.header {
        if !known.contains(&h.as_str()) && !h.starts_with("metadata.") {
            return Err(Error::data(format!(
                "{file}:1: unknown column '{h}' (known: {})",
                known.join(", ")
            )));
        }
    }
    for r in required {
        if !set.contains_key(r) {
            return Err(Error::data(format!("{file}:1: missing column '{r}'")));
        }
    }
    Ok(())
}

pub const CUSTOMER_HEADER: &[&str] = CUSTOMER_FIELDS;
pub const SUBSCRIPTION_HEADER: &[&str] = SUB_FIELDS;
