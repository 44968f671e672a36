//! The form's navigation state: the draft, the page shown, the problems
//! shown, where focus should go, and the stable keys of repeated entries.
//! No egui here: the pages ([`crate::ui`]) draw it. It lives with the pages,
//! above the domain core, since it is how the window shows a referral (the
//! form definition below it knows nothing of drafts or pages).

use crate::model::{EarlierReferral, SectionId, Tri};
use crate::notice::Notice;
use crate::record::draft::Draft;
use crate::rules::{self, Context, Problem};
use chrono::NaiveDate;
use std::collections::{BTreeMap, BTreeSet};

/// Which page is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Page {
    TaskList,
    Section(SectionId),
}

/// A section's status on the task list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    NotStarted,
    InProgress,
    Completed,
    Problem,
}

impl Status {
    /// The words on the task list, in the current language.
    pub fn label(self) -> &'static str {
        crate::i18n::t(match self {
            Status::NotStarted => "status-not-started",
            Status::InProgress => "status-in-progress",
            Status::Completed => "status-completed",
            Status::Problem => "status-problem",
        })
    }
}

/// Everything the form's pages show and change.
#[derive(Debug, Clone)]
pub struct FormState {
    pub draft: Draft,
    pub page: Page,
    /// The problems shown on the current page, from its last check.
    pub shown: Vec<Problem>,
    /// Sections checked with problems left: "There is a problem".
    pub attempted: BTreeSet<SectionId>,
    /// A field (by path) to move focus to.
    pub focus: Option<String>,
    /// Move focus to the error summary on the next frame.
    pub focus_summary: bool,
    /// Changes since the last save.
    pub dirty: bool,
    /// An answer changed this frame (the shell stamps `updated_at`).
    pub edited: bool,
    pub today: NaiveDate,
    pub notice: Option<Notice>,
    /// Another window edits this draft: the answers can be read, not changed.
    pub read_only: bool,
    /// The stable key of each entry of each repeatable group.
    pub keys: EntryKeys,
    /// When set, the paths of the questions shown on the last frame are
    /// kept in `shown_questions` (for tests).
    pub record_shown: bool,
    pub shown_questions: Vec<String>,
    /// The question focus was last moved to by the error summary or a
    /// "Change" link.
    pub focused_question: Option<String>,
    /// A page was just opened: it shows from its top, focus on its heading.
    pub arrived: bool,
    /// "Change" was followed from "Check your answers": "Save and continue"
    /// goes back there.
    pub return_to_check: bool,
    /// "Before you start" has been read (it is not "Completed" before).
    pub start_read: bool,
    /// The referral was just exported: the confirmation to show.
    pub exported: Option<Exported>,
    /// What the organisation set (managed settings): "About you" shows
    /// its details as fixed where the referral holds them.
    pub managed: crate::policy::Policy,
    /// Other referrals in this library about the same person, said on
    /// the person's page and beside "earlier referrals".
    pub referred_before: Vec<crate::form::ReferredBefore>,
    /// The person chose to see only initials at the top of each page.
    pub initials_only: bool,
    /// The format MINOR whose questions the referral answers: this
    /// program's, or a received file's own while it is shown as it was
    /// (a 1.2 file asked armed forces at 15, and "Check your answers" and
    /// its rules show it so).
    pub minor: u64,
}

/// What the confirmation after an export says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Exported {
    /// The file's name (never a person's name).
    pub file_name: String,
    /// The folder it is in, as the person would find it.
    pub folder: std::path::PathBuf,
    /// The teams it is encrypted for, by name; empty when it is plain.
    pub teams: Vec<String>,
}

impl FormState {
    pub fn new(draft: Draft, today: NaiveDate) -> Self {
        let page = match draft.page {
            Some(section) => Page::Section(section),
            None => Page::TaskList,
        };
        Self {
            draft,
            page,
            shown: Vec::new(),
            attempted: BTreeSet::new(),
            focus: None,
            focus_summary: false,
            dirty: false,
            edited: false,
            today,
            notice: None,
            read_only: false,
            keys: EntryKeys::default(),
            record_shown: false,
            shown_questions: Vec::new(),
            focused_question: None,
            arrived: true,
            return_to_check: false,
            start_read: false,
            exported: None,
            managed: crate::policy::Policy::default(),
            referred_before: Vec::new(),
            initials_only: false,
            minor: crate::export::FORMAT_MINOR,
        }
    }

    pub fn ctx(&self) -> Context {
        Context::for_minor(self.today, self.minor)
    }

    pub fn age(&self) -> Option<u32> {
        rules::age(&self.draft.referral, self.ctx())
    }

    /// Goes to a page, remembering it in the draft.
    pub fn go(&mut self, page: Page) {
        if page != self.page {
            self.shown.clear();
            // A new page opens at its top, with focus on its heading.
            self.arrived = true;
            // What was said about the last page does not follow the person.
            if self.notice.as_ref().is_some_and(|n| !n.is_error()) {
                self.notice = None;
            }
            self.exported = None;
            if page == Page::Section(SectionId::Start) {
                self.start_read = true;
            }
        }
        self.page = page;
        self.draft.page = match page {
            Page::TaskList => None,
            Page::Section(s) => Some(s),
        };
    }

    /// The status of each section, from one check of the whole referral.
    pub fn statuses(&self) -> Vec<(SectionId, Status)> {
        let problems = rules::validate(&self.draft.referral, self.ctx());
        let r = &self.draft.referral;
        SectionId::ALL
            .into_iter()
            .map(|s| {
                let has_problem = problems.iter().any(|p| p.section() == Some(s));
                let untouched = match s {
                    SectionId::Start => !self.start_read,
                    SectionId::Person => r.person == Default::default(),
                    SectionId::Household => r.household == Default::default(),
                    SectionId::Concerns => r.concerns == Default::default(),
                    SectionId::Needs => r.needs == Default::default(),
                    SectionId::OtherInformation => r.other_information == Default::default(),
                    SectionId::Referrer => r.referrer == Default::default(),
                    SectionId::Actions => r.actions == Default::default(),
                    SectionId::Declaration => r.declaration == Default::default(),
                };
                let status = if s == SectionId::Start {
                    // Guidance: done once it has been read.
                    if self.start_read {
                        Status::Completed
                    } else {
                        Status::NotStarted
                    }
                } else if !has_problem {
                    Status::Completed
                } else if self.attempted.contains(&s) {
                    Status::Problem
                } else if untouched {
                    Status::NotStarted
                } else {
                    Status::InProgress
                };
                (s, status)
            })
            .collect()
    }

    /// "Save and continue": checks the section; moves on when it is complete,
    /// otherwise shows its problems.
    pub fn save_and_continue(&mut self, section: SectionId) {
        let problems = rules::validate_section(&self.draft.referral, self.ctx(), section);
        if problems.is_empty() {
            self.attempted.remove(&section);
            let next = SectionId::ALL
                .into_iter()
                .skip_while(|s| *s != section)
                .nth(1);
            // After "Change", back to "Check your answers".
            let next = if std::mem::take(&mut self.return_to_check) {
                Some(SectionId::Declaration)
            } else {
                next
            };
            self.go(next.map_or(Page::TaskList, Page::Section));
        } else {
            self.attempted.insert(section);
            self.shown = problems;
            self.focus_summary = true;
        }
    }

    /// Before an export: checks the whole referral. When something is
    /// missing, opens "Check your answers" with every problem listed and
    /// returns false.
    pub fn ready_to_export(&mut self) -> bool {
        let problems = rules::validate(&self.draft.referral, self.ctx());
        if problems.is_empty() {
            return true;
        }
        self.go(Page::Section(SectionId::Declaration));
        self.attempted = problems.iter().filter_map(Problem::section).collect();
        self.shown = problems;
        self.focus_summary = true;
        false
    }

    /// Follows an error-summary link or a "Change" link: opens the field's
    /// page and moves focus to it.
    pub fn go_to_field(&mut self, path: &str) {
        if let Some(section) = SectionId::of_path(path)
            && self.page != Page::Section(section)
        {
            let keep = std::mem::take(&mut self.shown);
            self.go(Page::Section(section));
            // Keep the problems of the page we go to, so its messages show.
            self.shown = keep
                .into_iter()
                .filter(|p| p.section() == Some(section))
                .collect();
        }
        self.focus = Some(path.to_owned());
    }
}

/// A stable key for each entry of each repeatable group, by the group's
/// path. Widgets inside an entry take their ids from its key, so removing
/// an entry leaves the cursor, undo history and messages of the others with
/// them. Keys live as long as the window's state; they are not saved.
#[derive(Debug, Clone, Default)]
pub struct EntryKeys {
    next: u64,
    lists: BTreeMap<String, Vec<u64>>,
}

impl EntryKeys {
    /// The keys of a group's `len` entries: new entries get new keys.
    pub fn keys(&mut self, list: &str, len: usize) -> &[u64] {
        let next = &mut self.next;
        let keys = self.lists.entry(list.to_owned()).or_default();
        keys.truncate(len);
        while keys.len() < len {
            *next += 1;
            keys.push(*next);
        }
        keys
    }

    /// Entry `i` of a group was removed.
    pub fn remove(&mut self, list: &str, i: usize) {
        if let Some(keys) = self.lists.get_mut(list)
            && i < keys.len()
        {
            keys.remove(i);
        }
    }

    /// Forgets every key (another draft is shown).
    pub fn clear(&mut self) {
        self.lists.clear();
    }
}

/// After entry `removed` of the group at `list` was removed: its own
/// messages go, and those of the entries after it move up with them.
pub fn renumber_after_remove(problems: &mut Vec<Problem>, list: &str, removed: usize) {
    problems.retain_mut(|p| {
        let Some(rest) = p.path.strip_prefix(list).and_then(|r| r.strip_prefix('[')) else {
            return true;
        };
        let Some((index, after)) = rest.split_once(']') else {
            return true;
        };
        let Ok(index) = index.parse::<usize>() else {
            return true;
        };
        if index == removed {
            return false;
        }
        if index > removed {
            p.path = format!("{list}[{}]{after}", index - 1);
        }
        true
    });
}

impl FormState {
    /// Whether `entry` is already among the earlier referrals.
    pub fn has_earlier_referral(&self, entry: &EarlierReferral) -> bool {
        self.draft
            .referral
            .other_information
            .earlier_referrals
            .contains(entry)
    }

    /// Adds `entry` to the earlier referrals (and answers "referred to
    /// Prevent before" Yes, which that list hangs on), as if typed. False,
    /// with nothing changed, when read-only or already there.
    pub fn add_earlier_referral(&mut self, entry: &EarlierReferral) -> bool {
        if self.read_only || self.has_earlier_referral(entry) {
            return false;
        }
        let other = &mut self.draft.referral.other_information;
        other.earlier_prevent = Some(Tri::Yes);
        other.earlier_referrals.push(entry.clone());
        self.dirty = true;
        self.edited = true;
        true
    }
}

impl FormState {
    /// "Referral for Alex Jordan Testperson" (or "Referral for A. J. T."
    /// when the person chose initials), over the task list and every page,
    /// so no one works in one person's referral thinking it is another's.
    /// `None` before a name is typed. Never in the window title, a file
    /// name or a log.
    pub fn whose(&self) -> Option<String> {
        let person = &self.draft.referral.person;
        let name = format!(
            "{} {}",
            person.given_names.trim(),
            person.family_name.trim()
        );
        crate::form::whose(&name, self.initials_only)
    }
}
