//! On the history screen: "Mark as sent" for a referral exported and not
//! yet marked, and "What happened next" for one marked sent (what is due,
//! the outcome and next review, and a form for each kind of entry). The
//! boxes are the form's own widgets, so labels, hints and errors reach a
//! screen reader as everywhere else.

use crate::i18n::t;
use crate::record::history::{Field, FollowUpKind, History, RecordForm};
use crate::tr;
use crate::ui::EntryKeys;
use crate::ui::style::{bold, primary_button};
use crate::ui::widgets::{self, Ask, Fields};
use chrono::NaiveDate;
use eframe::egui::Ui;

/// What the record part of the history screen asked for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RecordAction {
    /// Open the form ("Mark as sent", "Record what happened next").
    Open,
    /// Check the form and add the entry.
    Submit,
    Cancel,
}

/// Where the referral stands, and the form when it is open: "Mark as sent"
/// for one exported and not marked, "What happened next" once marked.
pub fn record_ui(
    ui: &mut Ui,
    history: &History,
    today: NaiveDate,
    form: &mut Option<RecordForm>,
) -> Option<RecordAction> {
    if history.is_sent() {
        what_next(ui, history, today, form)
    } else if history.exported_unchanged().is_some() {
        mark_sent(ui, history, form)
    } else {
        None
    }
}

fn mark_sent(
    ui: &mut Ui,
    history: &History,
    form: &mut Option<RecordForm>,
) -> Option<RecordAction> {
    widgets::subheading(ui, t("mark-sent-heading"), 22.0);
    if let Some(at) = history.exported_at() {
        ui.label(tr!("exported-not-sent", when = crate::ui::home::when(at)));
    }
    ui.label(t("mark-sent-intro"));
    let Some(form) = form else {
        return primary_button(ui, t("mark-sent-open"))
            .clicked()
            .then_some(RecordAction::Open);
    };
    let RecordForm {
        on,
        how,
        to,
        recorded_by,
        note,
        problems,
        refusal,
        focus,
        ..
    } = form;
    if let Some(message) = refusal {
        widgets::alert(ui, message, true);
    }
    let mut keys = EntryKeys::default();
    let mut f = Fields::new(problems, focus, &mut keys);
    let on_path = RecordForm::path(Field::On);
    widgets::date(ui, &mut f, Ask::new(&on_path, t("mark-sent-on")), on);
    widgets::radios(
        ui,
        &mut f,
        Ask::new(RecordForm::HOW, t("mark-sent-how")),
        how,
    );
    let to_path = RecordForm::path(Field::To);
    widgets::text(
        ui,
        &mut f,
        Ask::new(&to_path, t("mark-sent-to")).hint(t("mark-sent-to-hint")),
        to,
    );
    recorded_by_and_note(ui, &mut f, recorded_by, note, true);
    buttons(ui, t("mark-sent-submit"))
}

/// "Recorded by" and the note, the same on every form.
fn recorded_by_and_note(
    ui: &mut Ui,
    f: &mut Fields<'_>,
    recorded_by: &mut String,
    note: &mut String,
    optional: bool,
) {
    let by_path = RecordForm::path(Field::RecordedBy);
    widgets::text(
        ui,
        f,
        Ask::new(&by_path, t("record-recorded-by")).hint(t("record-recorded-by-hint")),
        recorded_by,
    );
    let note_path = RecordForm::path(Field::Note);
    widgets::long_text(
        ui,
        f,
        Ask::new(&note_path, t("record-note"))
            .hint(t("record-note-hint"))
            .optional(optional),
        note,
    );
}

fn buttons(ui: &mut Ui, submit: &str) -> Option<RecordAction> {
    let mut action = None;
    ui.add_space(8.0);
    ui.horizontal(|ui| {
        if primary_button(ui, submit).clicked() {
            action = Some(RecordAction::Submit);
        }
        if ui.button(t("button-cancel")).clicked() {
            action = Some(RecordAction::Cancel);
        }
    });
    ui.add_space(8.0);
    action
}

fn what_next(
    ui: &mut Ui,
    history: &History,
    today: NaiveDate,
    form: &mut Option<RecordForm>,
) -> Option<RecordAction> {
    widgets::subheading(ui, t("what-next-heading"), 22.0);
    if let Some((on, how, to)) = history.sending() {
        ui.label(tr!(
            "sent-line",
            date = crate::i18n::long_date(on),
            how = crate::model::Choice::label(how),
            to = to
        ));
    }
    for due in history.due(today) {
        widgets::warning(ui, &due.message());
    }
    match history.outcome() {
        Some((outcome, on)) => ui.label(tr!(
            "what-next-outcome",
            outcome = crate::model::Choice::label(outcome),
            date = crate::i18n::long_date(on)
        )),
        None => ui.label(t("what-next-no-outcome")),
    };
    if let Some(due) = history.review_due() {
        ui.label(tr!("what-next-review", date = crate::i18n::long_date(due)));
    }
    ui.add_space(4.0);
    let Some(form) = form else {
        return primary_button(ui, t("what-next-open"))
            .clicked()
            .then_some(RecordAction::Open);
    };
    ui.label(bold(t("what-next-form-heading")));
    let RecordForm {
        kind,
        on,
        recorded_by,
        note,
        by,
        police_reference,
        with,
        panel_invitation,
        outcome,
        reason,
        why,
        due,
        problems,
        refusal,
        focus,
        ..
    } = form;
    if let Some(message) = refusal {
        widgets::alert(ui, message, true);
    }
    let mut keys = EntryKeys::default();
    let mut f = Fields::new(problems, focus, &mut keys);
    widgets::radios(
        ui,
        &mut f,
        Ask::new(RecordForm::KIND, t("what-next-kind")),
        kind,
    );
    let on_path = RecordForm::path(Field::On);
    widgets::date(ui, &mut f, Ask::new(&on_path, t("what-next-on")), on);
    let mut note_needed = false;
    match kind {
        Some(FollowUpKind::Acknowledged) => {
            let p = RecordForm::path(Field::AcknowledgedBy);
            widgets::text(
                ui,
                &mut f,
                Ask::new(&p, t("what-next-by")).hint(t("what-next-by-hint")),
                by,
            );
            let p = RecordForm::path(Field::PoliceReference);
            widgets::text(
                ui,
                &mut f,
                Ask::new(&p, t("what-next-police-reference")).optional(true),
                police_reference,
            );
        }
        Some(FollowUpKind::Contact) => {
            let p = RecordForm::path(Field::ContactWith);
            widgets::text(
                ui,
                &mut f,
                Ask::new(&p, t("what-next-with")).hint(t("what-next-with-hint")),
                with,
            );
            widgets::tick(
                ui,
                &mut f,
                Ask::new("record.panel_invitation", t("what-next-panel")),
                panel_invitation,
            );
            note_needed = true;
        }
        Some(FollowUpKind::Outcome) => {
            widgets::radios(
                ui,
                &mut f,
                Ask::new(RecordForm::OUTCOME, t("what-next-outcome-choice")),
                outcome,
            );
            let p = RecordForm::path(Field::OutcomeReason);
            widgets::long_text(
                ui,
                &mut f,
                Ask::new(&p, t("what-next-reason")).optional(true),
                reason,
            );
        }
        Some(FollowUpKind::Action) => {
            let p = RecordForm::path(Field::ActionWhy);
            widgets::long_text(ui, &mut f, Ask::new(&p, t("what-next-why")), why);
            note_needed = true;
        }
        Some(FollowUpKind::Review) => {
            let p = RecordForm::path(Field::Due);
            widgets::date(
                ui,
                &mut f,
                Ask::new(&p, t("what-next-due")).hint(t("what-next-due-hint")),
                due,
            );
        }
        None => {}
    }
    recorded_by_and_note(ui, &mut f, recorded_by, note, !note_needed);
    buttons(ui, t("what-next-submit"))
}
