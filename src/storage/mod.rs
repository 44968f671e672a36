//! How bytes reach the disk and come back safely, below the referral's own
//! records: the data folder's layout, the atomic owner-only write
//! ([`store`]), encryption at rest and for a team ([`crypto`]), the draft
//! and export files' envelopes ([`file`]), the folders exports are written
//! to ([`destination`]) and the settings file ([`settings`]).
//!
//! Nothing here knows a draft, a history or a referral's rules: those are
//! in [`crate::record`] and [`crate::rules`], which use this layer and are
//! not used by it (tests/layers.rs).

pub mod crypto;
pub mod destination;
pub mod file;
pub mod layout;
pub mod settings;
pub mod store;
