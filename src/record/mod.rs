//! What the program keeps about each referral, on top of [`crate::storage`]:
//! the draft ([`draft`]) and its history ([`history`]), the library that
//! lists the drafts ([`library`]), what was sent ([`outbox`]) and what a
//! team received ([`inbox`]).
//!
//! A record is written after the thing it records happened (the history's
//! and the outbox's entries follow the file that was written).

pub mod draft;
pub mod history;
pub mod inbox;
pub mod library;
pub mod outbox;
