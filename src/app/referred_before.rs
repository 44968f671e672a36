//! "Referred before", for the form: the library's listing read off the
//! window's thread (a first listing decrypts every draft), then the person
//! on screen matched against it whenever their names or age change.
//! Matching is local and in memory; the listing is kept only in memory and
//! in the library's encrypted cache.

use super::App;
use crate::record::library::{DraftInfo, PersonKey, referred_before};
use std::sync::Arc;
use std::sync::mpsc::{self, Receiver, TryRecvError};
use uuid::Uuid;

/// The listing and what was last matched.
#[derive(Default)]
pub(super) struct Lookup {
    listing: Option<Arc<Vec<DraftInfo>>>,
    /// The draft the listing was last read for: read again when another
    /// one is opened (the library may have changed).
    read_for: Option<Uuid>,
    reading: Option<Receiver<Vec<DraftInfo>>>,
    /// The draft and person last matched.
    matched: Option<(Uuid, Option<PersonKey>)>,
}

impl App {
    /// Once a frame: takes in a listing read, starts a reading for a draft
    /// newly opened, and matches again when the person changed. Cheap when
    /// nothing did (one key made of the names).
    pub(super) fn referred_before_frame(&mut self, ctx: &eframe::egui::Context) {
        let Some(library) = self.library.clone() else {
            return;
        };
        let id = self.state.draft.id;
        let lookup = &mut self.referred_before;
        if let Some(reading) = &lookup.reading {
            match reading.try_recv() {
                Ok(listing) => {
                    lookup.listing = Some(Arc::new(listing));
                    lookup.reading = None;
                    lookup.matched = None;
                }
                Err(TryRecvError::Empty) => {}
                // The reading stopped (the library could not be read):
                // nothing is said, as with no match.
                Err(TryRecvError::Disconnected) => lookup.reading = None,
            }
        }
        if lookup.read_for != Some(id) && lookup.reading.is_none() {
            lookup.read_for = Some(id);
            let (send, reading) = mpsc::channel();
            let (rules, wake) = (self.state.ctx(), ctx.clone());
            let started = std::thread::Builder::new()
                .name("referred-before".to_owned())
                .spawn(move || {
                    let listing: Vec<DraftInfo> = library
                        .list(rules)
                        .map(|items| items.into_iter().filter_map(Result::ok).collect())
                        .unwrap_or_default();
                    let _ = send.send(listing);
                    wake.request_repaint();
                });
            if started.is_ok() {
                lookup.reading = Some(reading);
            }
        }
        let Some(listing) = lookup.listing.clone() else {
            return;
        };
        let key = PersonKey::of_draft(&self.state.draft);
        if lookup
            .matched
            .as_ref()
            .is_some_and(|(i, k)| *i == id && *k == key)
        {
            return;
        }
        lookup.matched = Some((id, key));
        self.state.referred_before = referred_before(&listing, &self.state.draft);
    }
}
