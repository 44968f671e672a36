//! Saving in the background: the window hands over a copy of the draft and
//! goes on; a worker thread writes it into the library, keeps only the
//! newest copy when several arrive, and tries again every 2 seconds while
//! the disk refuses, so the window never waits on the disk and the work
//! stays in memory until it is safely written.

use super::{Library, LibraryError};
use crate::clock::Clock;
use crate::record::draft::Draft;
use crate::rules::Context;
use std::collections::HashMap;
use std::path::Path;
use std::sync::Arc;
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, Sender};
use std::thread::JoinHandle;
use std::time::{Duration, SystemTime};
use uuid::Uuid;

/// How long to wait before trying a failed save again.
pub const RETRY: Duration = Duration::from_secs(2);

/// What happened to a save.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Saved {
    /// Written: the draft with this id, as of this edit.
    Ok { id: Uuid, generation: u64 },
    /// Not written; the worker will try again.
    Failed { id: Uuid, reason: String },
    /// The library's copy was changed by something else (another program,
    /// or restored from a backup): it was left alone, and this work (as of
    /// edit `generation`) was saved as a new draft with the id given.
    Forked {
        old: Uuid,
        new: Uuid,
        generation: u64,
    },
}

enum Job {
    Save(Box<Draft>, u64),
    Flush(Sender<Result<(), String>>),
    /// The window (re)opened this draft: its file as it is now is the one
    /// to compare with before the next save.
    Track(Uuid),
    /// The draft is being deleted: drop any copy still waiting.
    Forget(Uuid, Sender<()>),
}

/// The background saver.
pub struct Autosaver {
    jobs: Option<Sender<Job>>,
    results: Receiver<Saved>,
    worker: Option<JoinHandle<()>>,
}

impl std::fmt::Debug for Autosaver {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Autosaver").finish_non_exhaustive()
    }
}

impl Autosaver {
    /// Starts the worker. `wake` is called after each save, so the window
    /// can show the result (it asks for one repaint).
    pub fn start(library: Arc<Library>, clock: Arc<dyn Clock>, wake: Box<dyn Fn() + Send>) -> Self {
        let (jobs, inbox) = mpsc::channel::<Job>();
        let (report, results) = mpsc::channel::<Saved>();
        let worker = std::thread::Builder::new()
            .name("autosave".to_owned())
            .spawn(move || Worker::new(library, clock, report, wake).run(inbox))
            .ok();
        Self {
            jobs: Some(jobs),
            results,
            worker,
        }
    }

    /// Queues a copy of the draft; `generation` counts the user's edits.
    pub fn save(&self, draft: Draft, generation: u64) {
        if let Some(jobs) = &self.jobs {
            let _ = jobs.send(Job::Save(Box::new(draft), generation));
        }
    }

    /// Notes the file of a draft the window has just opened, so that a
    /// change made outside the window afterwards is noticed.
    pub fn track(&self, id: Uuid) {
        if let Some(jobs) = &self.jobs {
            let _ = jobs.send(Job::Track(id));
        }
    }

    /// Drops any copy of this draft still waiting to be written, and waits
    /// until the worker has done so (before the draft is deleted).
    pub fn forget(&self, id: Uuid) {
        let (reply, done) = mpsc::channel();
        if let Some(jobs) = &self.jobs
            && jobs.send(Job::Forget(id, reply)).is_ok()
        {
            let _ = done.recv_timeout(Duration::from_secs(5));
        }
    }

    /// Waits (at most `timeout`) until everything queued is written.
    pub fn flush(&self, timeout: Duration) -> Result<(), String> {
        let (reply, answer) = mpsc::channel();
        let sent = self
            .jobs
            .as_ref()
            .map(|j| j.send(Job::Flush(reply)).is_ok());
        if sent != Some(true) {
            return Err(crate::i18n::t("save-saver-stopped").to_owned());
        }
        answer
            .recv_timeout(timeout)
            .unwrap_or_else(|_| Err(crate::i18n::t("save-too-slow").to_owned()))
    }

    /// What has happened since the last call.
    pub fn results(&self) -> Vec<Saved> {
        self.results.try_iter().collect()
    }
}

impl Drop for Autosaver {
    fn drop(&mut self) {
        // Closing the channel lets the worker write what is left and stop.
        drop(self.jobs.take());
        if let Some(worker) = self.worker.take() {
            let _ = worker.join();
        }
    }
}

struct Worker {
    library: Arc<Library>,
    clock: Arc<dyn Clock>,
    report: Sender<Saved>,
    wake: Box<dyn Fn() + Send>,
    /// The file as this window last wrote or opened it, to notice a
    /// replacement.
    written: HashMap<Uuid, (SystemTime, u64)>,
    /// The newest unwritten copy of each draft.
    pending: HashMap<Uuid, (Box<Draft>, u64)>,
    /// Drafts whose work was forked to a new id: later saves go there.
    moved: HashMap<Uuid, Uuid>,
}

fn stamp_of(path: &Path) -> Option<(SystemTime, u64)> {
    let m = std::fs::metadata(path).ok()?;
    Some((m.modified().ok()?, m.len()))
}

impl Worker {
    fn new(
        library: Arc<Library>,
        clock: Arc<dyn Clock>,
        report: Sender<Saved>,
        wake: Box<dyn Fn() + Send>,
    ) -> Self {
        Self {
            library,
            clock,
            report,
            wake,
            written: HashMap::new(),
            pending: HashMap::new(),
            moved: HashMap::new(),
        }
    }

    fn run(mut self, inbox: Receiver<Job>) {
        loop {
            let job = if self.pending.is_empty() {
                inbox.recv().map_err(|_| RecvTimeoutError::Disconnected)
            } else {
                inbox.recv_timeout(RETRY)
            };
            match job {
                Ok(job) => {
                    self.take(job);
                    // Only the newest copy of each draft matters.
                    while let Ok(job) = inbox.try_recv() {
                        self.take(job);
                    }
                    let _ = self.write_pending();
                }
                Err(RecvTimeoutError::Timeout) => {
                    let _ = self.write_pending();
                }
                Err(RecvTimeoutError::Disconnected) => {
                    let _ = self.write_pending();
                    return;
                }
            }
        }
    }

    fn take(&mut self, job: Job) {
        match job {
            Job::Save(mut draft, generation) => {
                if let Some(new) = self.moved.get(&draft.id).copied() {
                    // The window does not know yet: its copy becomes the
                    // copy's, with the copy's own chain.
                    let clock = crate::record::history::HistoryClock::start(self.clock.as_ref());
                    draft.history.start_copy(draft.id, &clock);
                    draft.id = new;
                }
                self.pending.insert(draft.id, (draft, generation));
            }
            Job::Flush(reply) => {
                let _ = reply.send(self.write_pending());
            }
            Job::Track(id) => match stamp_of(&self.library.draft_path(id)) {
                Some(stamp) => {
                    self.written.insert(id, stamp);
                }
                None => {
                    self.written.remove(&id);
                }
            },
            Job::Forget(id, done) => {
                self.pending.remove(&id);
                self.written.remove(&id);
                let _ = done.send(());
            }
        }
    }

    /// Writes every waiting copy; those that fail wait for the next try.
    fn write_pending(&mut self) -> Result<(), String> {
        let mut failure = None;
        let ids: Vec<Uuid> = self.pending.keys().copied().collect();
        for id in ids {
            if let Some((draft, generation)) = self.pending.remove(&id)
                && let Err(reason) = self.write(draft, generation)
            {
                failure = Some(reason);
            }
        }
        match failure {
            Some(reason) => Err(reason),
            None => Ok(()),
        }
    }

    fn write(&mut self, mut draft: Box<Draft>, generation: u64) -> Result<(), String> {
        let ctx = Context::new(self.clock.today());
        let old = draft.id;
        let path = self.library.draft_path(old);
        let replaced = matches!(
            (self.written.get(&old), stamp_of(&path)),
            (Some(ours), Some(now)) if *ours != now
        );
        // Kept to try again as it was, should the copy fail to write.
        let before = replaced.then(|| draft.clone());
        if replaced {
            // Saved apart, as a copy whose chain starts from its own id.
            let new = Uuid::new_v4();
            let clock = crate::record::history::HistoryClock::start(self.clock.as_ref());
            draft.history.start_copy(old, &clock);
            draft.id = new;
        }
        let outcome = match self.library.save(&draft, ctx) {
            Ok(_) => {
                if let Some(stamp) = stamp_of(&self.library.draft_path(draft.id)) {
                    self.written.insert(draft.id, stamp);
                }
                if replaced {
                    self.moved.insert(old, draft.id);
                    Saved::Forked {
                        old,
                        new: draft.id,
                        generation,
                    }
                } else {
                    Saved::Ok {
                        id: old,
                        generation,
                    }
                }
            }
            Err(e) => {
                let reason = match e {
                    LibraryError::Write(_, reason) => reason,
                    other => other.to_string(),
                };
                let draft = before.unwrap_or(draft);
                self.pending.insert(old, (draft, generation));
                Saved::Failed { id: old, reason }
            }
        };
        let result = match &outcome {
            Saved::Failed { reason, .. } => Err(reason.clone()),
            _ => Ok(()),
        };
        let _ = self.report.send(outcome);
        (self.wake)();
        result
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clock::FixedClock;
    use chrono::TimeZone;

    fn saver(dir: &Path) -> (Arc<Library>, Autosaver) {
        let library =
            Arc::new(Library::open(dir, crate::storage::crypto::Keys::generate()).unwrap());
        let clock: Arc<dyn Clock> = Arc::new(FixedClock(
            chrono::Utc.with_ymd_and_hms(2026, 11, 20, 9, 0, 0).unwrap(),
        ));
        let saver = Autosaver::start(library.clone(), clock, Box::new(|| {}));
        (library, saver)
    }

    #[test]
    fn the_newest_copy_is_written_and_reported() {
        let dir = tempfile::tempdir().unwrap();
        let (library, saver) = saver(dir.path());
        let mut draft = Draft::new(&FixedClock(chrono::Utc::now()));
        for n in 1..=5 {
            draft.referral.person.family_name = format!("v{n}");
            saver.save(draft.clone(), n);
        }
        saver.flush(Duration::from_secs(5)).unwrap();
        assert_eq!(
            library.load(draft.id).unwrap().referral.person.family_name,
            "v5"
        );
        let results = saver.results();
        assert_eq!(
            results.last(),
            Some(&Saved::Ok {
                id: draft.id,
                generation: 5
            })
        );
    }

    #[test]
    fn a_copy_replaced_under_the_app_is_left_alone_and_the_work_forked() {
        let dir = tempfile::tempdir().unwrap();
        let (library, saver) = saver(dir.path());
        let mut draft = Draft::new(&FixedClock(chrono::Utc::now()));
        saver.save(draft.clone(), 1);
        saver.flush(Duration::from_secs(5)).unwrap();
        // Something else puts another version in its place.
        let mut theirs = draft.clone();
        theirs.referral.person.family_name = "Theirs, and longer".into();
        let sealed = library.keys().seal(theirs.to_json().as_bytes()).unwrap();
        std::fs::write(library.draft_path(draft.id), sealed).unwrap();

        draft.referral.person.family_name = "Ours".into();
        saver.save(draft.clone(), 2);
        saver.flush(Duration::from_secs(5)).unwrap();
        let forked = saver
            .results()
            .into_iter()
            .find_map(|r| match r {
                Saved::Forked { old, new, .. } => Some((old, new)),
                _ => None,
            })
            .expect("the work is saved as a new draft");
        assert_eq!(forked.0, draft.id);
        assert_eq!(
            library.load(draft.id).unwrap().referral.person.family_name,
            "Theirs, and longer"
        );
        let copy = library.load(forked.1).unwrap();
        assert_eq!(copy.referral.person.family_name, "Ours");
        // A copy with a chain of its own that holds and names the original.
        assert_eq!(copy.history.check(), crate::record::history::Check::Holds);
        assert!(matches!(
            copy.history.entries().last().map(|e| &e.event),
            Some(crate::record::history::Event::CopiedFrom { id, .. }) if *id == draft.id
        ));
    }

    #[test]
    fn dropping_the_saver_writes_what_is_queued() {
        let dir = tempfile::tempdir().unwrap();
        let (library, saver) = saver(dir.path());
        let mut draft = Draft::new(&FixedClock(chrono::Utc::now()));
        draft.referral.person.family_name = "Last words".into();
        saver.save(draft.clone(), 1);
        drop(saver);
        assert_eq!(
            library.load(draft.id).unwrap().referral.person.family_name,
            "Last words"
        );
    }
}
