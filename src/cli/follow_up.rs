//! `prevent-referral drafts mark-sent` and `drafts follow-up`: the record
//! after sending, from the command line, through the same checks as the
//! app ([`crate::record::history::History::mark_sent`], `follow_up`). A refusal
//! says why and leaves the draft as it was.

use crate::cli::{EXIT_INVALID, EXIT_OK, EXIT_UNREADABLE, error_line};
use crate::clock::Clock;
use crate::model::Choice;
use crate::printable::shown;
use crate::record::history::{
    Amends, FollowUp, HistoryClock, Noted, Outcome, Refusal, Sending, SentHow,
};
use crate::record::library::{DraftLock, Library};
use crate::rules::Context;
use crate::tr;
use chrono::NaiveDate;
use std::io::Write;

/// A day as the command line takes it: `YYYY-MM-DD`.
fn day(text: &str) -> Result<NaiveDate, String> {
    NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d")
        .map_err(|_| tr!("cli-follow-up-bad-date", date = shown(text)))
}

/// A closed list's answer as the command line names it (`online-form`).
fn among<T: Choice>(text: &str) -> Result<T, String> {
    T::from_id(&text.trim().replace('-', "_")).ok_or_else(|| {
        let names: Vec<String> = T::ALL.iter().map(|c| c.id().replace('_', "-")).collect();
        tr!(
            "cli-follow-up-bad-choice",
            value = shown(text),
            choices = names.join(", ")
        )
    })
}

#[derive(Debug, clap::Args)]
pub struct MarkSentArgs {
    /// The draft's id, or its first characters.
    pub id: String,
    /// The day it was sent (YYYY-MM-DD): today or before, not before its
    /// export.
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = day)]
    pub on: NaiveDate,
    /// How: email, online-form, by-hand or other.
    #[arg(long, value_parser = among::<SentHow>)]
    pub how: SentHow,
    /// To whom (the police Prevent team, an address).
    #[arg(long)]
    pub to: String,
    /// Who is recording it (the referrer's name when not given).
    #[arg(long, value_name = "NAME")]
    pub recorded_by: Option<String>,
    #[arg(long, default_value = "")]
    pub note: String,
}

/// What happened next: its kind and what each kind asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Kind {
    /// The Prevent team acknowledged it (--by, --police-reference).
    Acknowledged,
    /// A call, meeting or message (--with, --panel-invitation; --note says
    /// what was discussed or agreed).
    Contact,
    /// The outcome as told (--outcome, --reason).
    Outcome,
    /// The organisation's own action (--note says what, --why).
    Action,
    /// When the case is to be reviewed (--due).
    Review,
}

#[derive(Debug, clap::Args)]
pub struct FollowUpArgs {
    /// The draft's id, or its first characters.
    pub id: String,
    pub kind: Kind,
    /// The day it happened (YYYY-MM-DD): not before the referral was sent,
    /// not after today.
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = day)]
    pub on: NaiveDate,
    #[arg(long, default_value = "")]
    pub note: String,
    /// Who is recording it (the referrer's name when not given).
    #[arg(long, value_name = "NAME")]
    pub recorded_by: Option<String>,
    /// acknowledged: who acknowledged it.
    #[arg(long, default_value = "", value_name = "NAME")]
    pub by: String,
    /// acknowledged: the police reference given.
    #[arg(long, default_value = "")]
    pub police_reference: String,
    /// contact: who with.
    #[arg(long, default_value = "", value_name = "NAME")]
    pub with: String,
    /// contact: the organisation is invited to a Channel panel.
    #[arg(long)]
    pub panel_invitation: bool,
    /// outcome: no-further-action, signposted, channel-offered,
    /// channel-accepted, channel-declined, police-led or other.
    #[arg(long, value_parser = among::<Outcome>)]
    pub outcome: Option<Outcome>,
    /// outcome: the reason given.
    #[arg(long, default_value = "")]
    pub reason: String,
    /// action: why it was done.
    #[arg(long, default_value = "")]
    pub why: String,
    /// review: the day it is due (YYYY-MM-DD).
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = day)]
    pub due: Option<NaiveDate>,
    /// Puts right entry N of the history (a "marked sent" or follow-up
    /// entry), with --amend-reason.
    #[arg(long, value_name = "N", requires = "amend_reason")]
    pub amends: Option<usize>,
    #[arg(long, value_name = "TEXT", requires = "amends")]
    pub amend_reason: Option<String>,
}

impl FollowUpArgs {
    /// The follow-up asked for, or the option it lacks.
    fn what(&self) -> Result<FollowUp, String> {
        Ok(match self.kind {
            Kind::Acknowledged => FollowUp::Acknowledged {
                by: self.by.clone(),
                police_reference: self.police_reference.clone(),
            },
            Kind::Contact => FollowUp::Contact {
                with: self.with.clone(),
                panel_invitation: self.panel_invitation,
            },
            Kind::Outcome => FollowUp::Outcome {
                outcome: self
                    .outcome
                    .ok_or_else(|| tr!("cli-follow-up-needs", option = "--outcome"))?,
                reason: self.reason.clone(),
            },
            Kind::Action => FollowUp::OwnAction {
                why: self.why.clone(),
            },
            Kind::Review => FollowUp::ReviewDue {
                due: self
                    .due
                    .ok_or_else(|| tr!("cli-follow-up-needs", option = "--due"))?,
            },
        })
    }
}

/// What to do to the draft's history, checked there.
enum Change {
    MarkSent(Sending),
    FollowUp(Noted),
}

fn fail(err: &mut dyn Write, message: &str, code: i32) -> i32 {
    let _ = writeln!(err, "{}", error_line(message));
    code
}

/// `drafts mark-sent`: refused for a referral that is not complete, never
/// exported, changed since, or sent already.
pub fn mark_sent(
    library: &Library,
    ctx: Context,
    clock: &dyn Clock,
    args: MarkSentArgs,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> i32 {
    let sending = Sending {
        on: args.on,
        how: args.how,
        to: args.to,
        recorded_by: args.recorded_by.unwrap_or_default(),
        note: args.note,
    };
    change(
        library,
        ctx,
        clock,
        &args.id,
        Change::MarkSent(sending),
        out,
        err,
    )
}

/// `drafts follow-up`: refused for a referral not marked sent, a date
/// before it was sent or after today, or an empty field that is needed.
pub fn follow_up(
    library: &Library,
    ctx: Context,
    clock: &dyn Clock,
    args: FollowUpArgs,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> i32 {
    let what = match args.what() {
        Ok(w) => w,
        Err(message) => return fail(err, &message, EXIT_INVALID),
    };
    let noted = Noted {
        on: args.on,
        recorded_by: args.recorded_by.clone().unwrap_or_default(),
        note: args.note.clone(),
        what,
        amends: args.amends.map(|entry| Amends {
            entry,
            reason: args.amend_reason.clone().unwrap_or_default(),
        }),
    };
    change(
        library,
        ctx,
        clock,
        &args.id,
        Change::FollowUp(noted),
        out,
        err,
    )
}

fn change(
    library: &Library,
    ctx: Context,
    clock: &dyn Clock,
    id: &str,
    change: Change,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> i32 {
    let id = match library.find(id) {
        Ok(id) => id,
        Err(e) => return fail(err, &e.to_string(), EXIT_UNREADABLE),
    };
    // Held while the entry is checked, added and saved.
    let _lock = match DraftLock::acquire_briefly(library, id) {
        Ok(lock) => lock,
        Err(e) => {
            return fail(
                err,
                &crate::cli::drafts::lock_failure(&e, id),
                EXIT_UNREADABLE,
            );
        }
    };
    let mut draft = match library.load(id) {
        Ok(d) => d,
        Err(e) => return fail(err, &e.to_string(), EXIT_UNREADABLE),
    };
    let today = clock.today();
    let history_clock = HistoryClock::start(clock);
    // Who records it: the referrer, unless someone else is named.
    let referrer = draft.referral.referrer.name.trim().to_owned();
    // Whether it was marked sent (or a follow-up noted).
    let done = match change {
        Change::MarkSent(mut sending) => {
            if sending.recorded_by.trim().is_empty() {
                sending.recorded_by = referrer;
            }
            if !crate::rules::validate(&draft.referral, ctx).is_empty() {
                return fail(err, &tr!("cli-mark-sent-not-complete"), EXIT_INVALID);
            }
            let referral = draft.referral.clone();
            draft
                .history
                .mark_sent(id, &history_clock, &referral, sending, today)
                .map(|()| true)
        }
        Change::FollowUp(mut noted) => {
            if noted.recorded_by.trim().is_empty() {
                noted.recorded_by = referrer;
            }
            let referral = draft.referral.clone();
            draft
                .history
                .follow_up(id, &history_clock, &referral, noted, today)
                .map(|()| false)
        }
    };
    match done {
        Ok(marked_sent) => match library.save(&draft, ctx) {
            Ok(_) => {
                let short = id.to_string();
                let short = short.get(..8).unwrap_or(&short).to_owned();
                let line = if marked_sent {
                    tr!("cli-marked-sent", id = short)
                } else {
                    tr!("cli-follow-up-recorded", id = short)
                };
                let _ = writeln!(out, "{line}");
                EXIT_OK
            }
            Err(e) => fail(err, &e.to_string(), EXIT_UNREADABLE),
        },
        Err(refusal) => fail(err, &refused(&refusal), EXIT_INVALID),
    }
}

/// A refusal for the terminal: the option it is about, then why.
fn refused(refusal: &Refusal) -> String {
    match refusal.field() {
        Some(field) => tr!(
            "cli-follow-up-refused-option",
            option = format!("--{}", field.path().replace('_', "-")),
            why = refusal.message()
        ),
        None => refusal.message(),
    }
}
