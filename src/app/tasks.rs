//! Slow work off the window's thread: opening a file (reading, decrypting
//! and checking it), making a PDF copy, and writing an export or a copy
//! where the person chose (a network folder can take seconds). The window
//! goes on drawing while it runs, so Hide works at every moment; a line
//! under the menu says what is happening, for how long, with a Cancel
//! button. A cancelled task's result is dropped unread: nothing it would
//! have led to happens (no file is written, no draft replaced, nothing
//! recorded). A write cannot be cancelled: the file may be there whatever
//! the window does, and the record of it must follow.
//!
//! Work that ends quickly (most files open in a few milliseconds) is waited
//! for briefly ([`QUICK`]), so it never flashes a progress line.

use crate::msg;
use crate::pdf::PdfError;
use crate::record::inbox::Incoming;
use crate::record::outbox::{OutboxError, Outgoing};
use crate::storage::destination::Destination;
use std::path::PathBuf;
use std::sync::mpsc::{self, Receiver, RecvTimeoutError};
use std::time::{Duration, Instant};

/// How long the window waits for a task before showing it as running: a
/// pause no one notices, and short enough that Hide still answers at once.
pub const QUICK: Duration = Duration::from_millis(50);

/// What a task is doing, for the progress line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Doing {
    /// Opening this file (its name).
    Opening(String),
    MakingPdf,
    /// Writing an export, a PDF copy or a draft to this file (its name).
    Saving(String),
}

impl Doing {
    /// Whether waiting for it can be given up: not for a write, whose file
    /// may be there whatever the window does.
    pub fn can_cancel(&self) -> bool {
        !matches!(self, Doing::Saving(_))
    }
}

/// What a task came back with.
#[derive(Debug)]
pub enum Done {
    Opened {
        path: PathBuf,
        /// An identity file was given to decrypt it with.
        identity_given: bool,
        result: Box<Result<Incoming, crate::storage::file::OpenError>>,
    },
    Pdf {
        result: Box<Result<Outgoing, PdfError>>,
        /// Made from an incomplete referral (a draft copy).
        incomplete: bool,
    },
    ExportWritten(Box<Written<OutboxError>>),
    /// A draft saved to a file of the person's choosing ("Save draft as").
    DraftWritten(Box<DraftWritten>),
    PdfWritten {
        written: Box<Written<PdfError>>,
        incomplete: bool,
    },
}

/// A draft written, or not, where the person chose.
#[derive(Debug)]
pub struct DraftWritten {
    pub to: Destination,
    /// The draft as it was written (`Draft::to_json`): if it was changed
    /// while the file was written, the file does not hold the changes.
    pub saved: String,
    pub result: std::io::Result<()>,
}

/// A write done, or not: what was written and where.
#[derive(Debug)]
pub struct Written<E> {
    pub outgoing: Outgoing,
    pub to: Destination,
    pub result: Result<(), E>,
}

/// Where work off the window's thread is.
#[derive(Debug)]
pub enum Polled<T> {
    Running,
    Done(T),
    /// The work stopped without a result (it panicked): said, never hidden.
    Lost,
}

/// Work started off the window's thread ([`off_thread`]), until its result
/// is taken in: a task, the passphrase tried, a change of passphrase.
#[derive(Debug)]
pub struct Pending<T>(Receiver<T>);

impl<T> Pending<T> {
    /// The result, if it has come (waiting at most `wait` for it).
    pub fn poll(&self, wait: Duration) -> Polled<T> {
        match self.0.recv_timeout(wait) {
            Ok(done) => Polled::Done(done),
            Err(RecvTimeoutError::Timeout) => Polled::Running,
            Err(RecvTimeoutError::Disconnected) => Polled::Lost,
        }
    }
}

/// Work under way.
#[derive(Debug)]
pub struct Task {
    pub doing: Doing,
    started: Instant,
    result: Pending<Done>,
}

/// Runs `work` on a thread called `name`; its result is polled from the
/// [`Pending`]. `Err` with the result when no thread can be started: the
/// work is then done here, as it was before threads (slow, but never lost).
pub fn off_thread<T: Send + 'static>(
    name: &str,
    work: impl FnOnce() -> T + Send + 'static,
) -> Result<Pending<T>, T> {
    let (send, result) = mpsc::channel();
    // The work is handed back if the thread cannot be made.
    let slot = std::sync::Arc::new(std::sync::Mutex::new(Some(work)));
    let theirs = slot.clone();
    let spawned = std::thread::Builder::new()
        .name(name.to_owned())
        .spawn(move || {
            let work = theirs.lock().ok().and_then(|mut w| w.take());
            if let Some(work) = work {
                // No one listening (cancelled, or the window closed) is fine.
                let _ = send.send(work());
            }
        });
    if spawned.is_err() {
        let work = slot.lock().ok().and_then(|mut w| w.take());
        // `None`: the thread started after all and took the work.
        if let Some(work) = work {
            return Err(work());
        }
    }
    Ok(Pending(result))
}

impl Task {
    /// Starts `work` on a thread of its own. `Err` with its result when no
    /// thread can be started (then the work was done here, as it was
    /// before threads).
    pub fn start(doing: Doing, work: impl FnOnce() -> Done + Send + 'static) -> Result<Self, Done> {
        off_thread("task", work).map(|result| Self {
            doing,
            started: Instant::now(),
            result,
        })
    }

    /// The result, if it has come (waiting at most `wait` for it).
    pub fn poll(&self, wait: Duration) -> Polled<Done> {
        self.result.poll(wait)
    }

    /// Whole seconds since it started, for the progress line.
    pub fn seconds(&self) -> u64 {
        self.started.elapsed().as_secs()
    }
}

impl super::App {
    /// Starts `work` off the window's thread, unless a task is under way
    /// (then says so: one file at a time).
    pub(super) fn start_task(
        &mut self,
        doing: Doing,
        work: impl FnOnce() -> Done + Send + 'static,
    ) {
        if self.task.is_some() {
            self.notify(crate::notice::NoticeKind::Error, msg!("notice-task-busy"));
            return;
        }
        self.typed_during_task = false;
        match Task::start(doing, work) {
            Ok(task) => match task.poll(self.task_wait) {
                Polled::Running => self.task = Some(task),
                Polled::Done(done) => self.task_done(done),
                Polled::Lost => self.task_lost(),
            },
            // No thread could be made: it was done here instead.
            Err(done) => self.task_done(done),
        }
    }

    /// Writes `outgoing` where `to` says with `write`, off the window's
    /// thread, as a task with no Cancel ([`Doing::Saving`]); `done` says
    /// what to carry on with once it is written, or not.
    pub(super) fn save_off_thread<E: Send + 'static>(
        &mut self,
        outgoing: &Outgoing,
        to: &Destination,
        write: fn(&dyn crate::record::library::Writer, &Outgoing, &Destination) -> Result<(), E>,
        done: impl FnOnce(Written<E>) -> Done + Send + 'static,
    ) {
        let Some(name) = to.path().map(crate::record::inbox::display_name) else {
            return;
        };
        let writer = self.writer.clone();
        let (outgoing, to) = (outgoing.clone(), to.clone());
        self.start_task(Doing::Saving(name), move || {
            let result = write(writer.as_ref(), &outgoing, &to);
            done(Written {
                outgoing,
                to,
                result,
            })
        });
    }

    /// Each frame, hidden or locked too: takes in a write's result once it
    /// has come, so that what it records is in the history at once.
    pub(super) fn poll_saving(&mut self, ctx: &eframe::egui::Context) {
        if self.task.as_ref().is_some_and(|t| !t.doing.can_cancel()) {
            self.poll_task(ctx);
        }
    }

    /// Before the window closes: a write under way is waited for (at most
    /// `wait`) and taken in, so that the file it writes is recorded. True
    /// when none is left running.
    pub(super) fn finish_saving(&mut self, wait: Duration) -> bool {
        let Some(task) = self.task.as_ref().filter(|t| !t.doing.can_cancel()) else {
            return true;
        };
        match task.poll(wait) {
            Polled::Running => false,
            Polled::Done(done) => {
                self.task = None;
                self.task_done(done);
                true
            }
            Polled::Lost => {
                self.task = None;
                self.task_lost();
                true
            }
        }
    }

    /// Each frame: takes in the task's result once it has come.
    pub(super) fn poll_task(&mut self, ctx: &eframe::egui::Context) {
        let Some(task) = &self.task else {
            return;
        };
        match task.poll(Duration::ZERO) {
            // The progress line counts the seconds; the result wakes nothing.
            Polled::Running => ctx.request_repaint_after(Duration::from_millis(200)),
            Polled::Done(done) => {
                self.task = None;
                self.task_done(done);
            }
            Polled::Lost => {
                self.task = None;
                self.task_lost();
            }
        }
    }

    /// The progress line under the menu while a task runs, with Cancel.
    pub(super) fn task_line(&mut self, ui: &mut eframe::egui::Ui) {
        let Some(task) = &self.task else {
            return;
        };
        let what = match &task.doing {
            Doing::Opening(name) => crate::tr!("task-opening", name = name),
            Doing::MakingPdf => crate::i18n::t("task-making-pdf").to_owned(),
            Doing::Saving(name) => crate::tr!("task-saving", name = name),
        };
        let seconds = task.seconds();
        let can_cancel = task.doing.can_cancel();
        let mut cancel = false;
        eframe::egui::Panel::top("task").show(ui, |ui| {
            cancel = crate::ui::task::task_line(ui, &what, seconds, can_cancel);
        });
        if cancel {
            self.cancel_task();
        }
    }

    /// Whether slow work is under way.
    pub fn task_running(&self) -> bool {
        self.task.is_some()
    }

    /// Stops waiting for the task: its result, when it comes, is dropped.
    /// A write goes on (see [`Doing::can_cancel`]).
    pub fn cancel_task(&mut self) {
        if self.task.as_ref().is_some_and(|t| !t.doing.can_cancel()) {
            return;
        }
        if let Some(task) = self.task.take() {
            let text = match task.doing {
                Doing::Opening(name) => crate::msg!("notice-open-cancelled", name = name),
                Doing::MakingPdf => crate::msg!("notice-pdf-cancelled"),
                Doing::Saving(_) => return,
            };
            self.notify(crate::notice::NoticeKind::Success, text);
        }
    }

    fn task_done(&mut self, done: Done) {
        match done {
            Done::Opened {
                path,
                identity_given,
                result,
            } => self.opened(path, identity_given, *result),
            Done::Pdf { result, incomplete } => self.pdf_ready(*result, incomplete),
            Done::ExportWritten(written) => self.export_written(*written),
            Done::DraftWritten(written) => self.draft_written(*written),
            Done::PdfWritten {
                written,
                incomplete,
            } => self.pdf_written(*written, incomplete),
        }
    }

    fn task_lost(&mut self) {
        self.notify(crate::notice::NoticeKind::Error, msg!("notice-task-lost"));
    }
}
