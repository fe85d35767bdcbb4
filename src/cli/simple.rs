//! The verbs the unversioned catalog entities share: list, show, archive/unarchive.

use crate::app::App;
use crate::domain::catalog::{Coupon, Currency, EntityKind, Feature, Product};
use crate::error::Result;
use crate::ops::catalog::{self as ops, SimpleEntity};
use crate::output::View;
use crate::output::views::{CouponView, CurrencyView, FeatureView, ListView, ProductView};
use crate::store::catalog::{self as repo, Meta};

/// An entity with its table/JSON view.
pub trait Shown: SimpleEntity {
    type V: View;
    const HEADERS: &'static [&'static str];
    fn shown(&self, meta: &Meta) -> Self::V;
    fn row(v: &Self::V) -> Vec<String>;
}

macro_rules! shown {
    ($t:ty, $v:ident) => {
        impl Shown for $t {
            type V = $v;
            const HEADERS: &'static [&'static str] = $v::HEADERS;
            fn shown(&self, meta: &Meta) -> $v {
                $v::new(self, meta)
            }
            fn row(v: &$v) -> Vec<String> {
                v.row()
            }
        }
    };
}

shown!(Feature, FeatureView);
shown!(Currency, CurrencyView);
shown!(Coupon, CouponView);
shown!(Product, ProductView);

pub fn show<T: Shown>(app: &App, id: &str) -> Result<()> {
    let mut s = app.session()?;
    let (v, meta) = s.read(|c| repo::require_simple::<T>(c, T::KIND, id))?;
    app.printer.print(&v.shown(&meta))
}

pub fn list<T: Shown>(app: &App, archived: bool) -> Result<()> {
    let mut s = app.session()?;
    let all = s.read(|c| repo::load_simple::<T>(c, T::KIND))?;
    let items = all
        .values()
        .filter(|(_, m)| archived || m.archived_at.is_none())
        .map(|(v, m)| v.shown(m))
        .collect();
    app.printer.print(&ListView {
        items,
        headers: T::HEADERS,
        row: T::row,
    })
}

/// Archive/unarchive of any catalog entity; PRODUCTION asks first.
pub fn archive(
    app: &App,
    kind: EntityKind,
    id: &str,
    archived: bool,
    show: fn(&App, &str) -> Result<()>,
) -> Result<()> {
    let mut s = app.session()?;
    if archived {
        app.confirm_in_production(&s, &format!("archive {} '{id}'", kind.noun()))?;
    }
    let changed = s.write(false, |tx| ops::set_archived(tx, kind, id, archived))?;
    let verb = if archived { "archived" } else { "unarchived" };
    app.printer.status(&if changed {
        format!("{verb} {} '{id}'", kind.noun())
    } else {
        format!("{} '{id}' was already {verb}", kind.noun())
    });
    show(app, id)
}
