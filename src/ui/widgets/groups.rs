//! Questions made of several inputs: an address, and a repeatable group
//! ("Add another telephone number") whose entries keep stable keys.

use super::{Among, Ask, Fields, Within, asked, error_message, radios, text};
use crate::form::{Kind, Question as Definition};
use crate::i18n::t;
use crate::model::{Address, AddressStatus};
use crate::tr;
use eframe::egui::{Id, RichText, Ui};

/// An address. With `ask_status`, first asks whether it is known. Inside a
/// repeatable group, its parts are named after the group's heading.
pub fn address(
    ui: &mut Ui,
    f: &mut Fields<'_>,
    ask: Ask<'_>,
    ask_status: bool,
    value: &mut Address,
) {
    address_among(ui, f, ask, ask_status.then_some(AddressStatus::ALL), value);
}

/// An address whose status, when asked, is one of `statuses` (a work
/// address is never "No fixed abode").
pub fn address_among(
    ui: &mut Ui,
    f: &mut Fields<'_>,
    ask: Ask<'_>,
    statuses: Option<&[AddressStatus]>,
    value: &mut Address,
) {
    let ask_status = statuses.is_some();
    f.saw(ask.path);
    let heading_text;
    let within = if ask_status {
        let status_path = format!("{}.status", ask.path);
        radios(
            ui,
            f,
            Ask {
                path: &status_path,
                ..ask
            },
            &mut Among {
                value: &mut value.status,
                choices: statuses.unwrap_or(AddressStatus::ALL),
            },
        );
        if !value.asks_parts() {
            return;
        }
        heading_text = match ask.within {
            Some(w) => tr!(
                "address-heading-within",
                within = w.text,
                label = ask.label.to_lowercase()
            ),
            None => ask.label.to_owned(),
        };
        Within {
            id: ui.label(RichText::new(&heading_text).strong()).id,
            text: &heading_text,
        }
    } else {
        match ask.within {
            Some(w) => w,
            None => {
                ui.add_space(8.0);
                Within {
                    id: ui.label(RichText::new(ask.label).strong()).id,
                    text: ask.label,
                }
            }
        }
    };
    let within = Some(within);
    ui.indent(("address", ask.path), |ui| {
        if value.lines.is_empty() {
            value.lines.push(String::new());
        }
        let lines_path = format!("{}.lines", ask.path);
        if let Some(message) = f.error(&lines_path) {
            error_message(ui, &message);
        }
        // A problem with the lines as a whole takes the cursor to line 1.
        if f.focus.as_deref() == Some(lines_path.as_str()) {
            *f.focus = Some(format!("{lines_path}[0]"));
        }
        for i in 0..value.lines.len() {
            let path = format!("{}.lines[{i}]", ask.path);
            let label = tr!("address-line", number = i + 1);
            if let Some(line) = value.lines.get_mut(i) {
                text(
                    ui,
                    f,
                    Ask::new(&path, &label).optional(i > 0).within(within),
                    line,
                );
            }
        }
        if value.lines.len() < 4 {
            let name = within.map_or(t("address-heading"), |w| w.text);
            let add = ui
                .button(t("address-add-line"))
                .accessible_name(tr!("address-add-line-name", name = name));
            if add.clicked() {
                value.lines.push(String::new());
                f.changed = true;
            }
        }
        let part = |name: &str| format!("{}.{name}", ask.path);
        let (town, postcode, country) = (part("town"), part("postcode"), part("country"));
        text(
            ui,
            f,
            Ask::new(&town, t("address-town"))
                .optional(true)
                .within(within),
            &mut value.town,
        );
        let optional = !value.in_uk();
        text(
            ui,
            f,
            Ask::new(&postcode, t("address-postcode"))
                .optional(optional)
                .within(within),
            &mut value.postcode,
        );
        text(
            ui,
            f,
            Ask::new(&country, t("address-country")).within(within),
            &mut value.country,
        );
    });
}

/// A repeatable group of the form definition (`Kind::List`): its label and
/// hint (`ask`, so a page may change the hint), any error about the list as
/// a whole, each entry under "{item} {n}" with a Remove button, and an Add
/// button while there is room. Each entry keeps a stable key, so removing
/// one does not hand its neighbours' cursor, undo or errors to another.
pub fn list<T: Default>(
    ui: &mut Ui,
    f: &mut Fields<'_>,
    q: &'static Definition,
    ask: Ask<'_>,
    items: &mut Vec<T>,
    mut entry: impl FnMut(&mut Ui, &mut Fields<'_>, &str, Within<'_>, &mut T),
) {
    let Kind::List {
        max,
        item,
        entry: questions,
    } = q.kind
    else {
        return;
    };
    // Where focus goes in entry `i`: its first question's input.
    let first_input = |i: usize| {
        let base = format!("{}[{i}]", ask.path);
        questions
            .first()
            .map_or(base.clone(), |e| e.input_path(&e.in_entry(&base)))
    };
    let item = t(item);
    // An error about the list as a whole ("Add a parent or carer") has the
    // red bar beside it as any other question's does.
    asked(ui, f, &ask, |ui, f, q_ids| {
        let keys: Vec<u64> = f.keys.keys(ask.path, items.len()).to_vec();
        let mut remove = None;
        for (i, (value, key)) in items.iter_mut().zip(keys).enumerate() {
            let path = format!("{}[{i}]", ask.path);
            let name = tr!("list-item-heading", item = item, number = i + 1);
            let base = Id::unique(("entry", ask.path, key));
            let outer = f.entry.replace((path.clone(), base));
            ui.push_id(key, |ui| {
                ui.group(|ui| {
                    let heading = Within {
                        id: super::subheading(ui, &name, 20.0).id,
                        text: &name,
                    };
                    entry(ui, f, &path, heading, value);
                    let r = ui
                        .button(t("list-remove"))
                        .accessible_name(tr!("list-remove-name", name = &name));
                    if r.clicked() {
                        remove = Some(i);
                    }
                });
            });
            f.entry = outer;
        }
        if let Some(i) = remove {
            items.remove(i);
            f.keys.remove(ask.path, i);
            f.changed = true;
            f.removed = Some((ask.path.to_owned(), i));
        }
        // After a removal, focus goes to the entry before (GOV.UK's "add
        // another"), or to the one that took its place, or to the Add button;
        // asked for once this frame's widgets are drawn, so next frame's take it.
        let refocus = remove.map(|i| {
            if i > 0 {
                first_input(i - 1)
            } else if !items.is_empty() {
                first_input(0)
            } else {
                ask.path.to_owned()
            }
        });
        if items.len() < max {
            let text = if items.is_empty() {
                q.message("add")
            } else {
                q.message("add-another")
            };
            // A stable id, so focus sent to it survives entries above going.
            let add = ui.push_id(("add", ask.path), |ui| ui.button(text)).inner;
            let add = q_ids.describe(add);
            f.focus_if_asked(ask.path, &add);
            if add.clicked() {
                items.push(T::default());
                f.changed = true;
                // Straight into the first box of the new entry.
                *f.focus = Some(first_input(items.len() - 1));
            }
        } else {
            let full = ui.label(tr!("list-full", max = max));
            f.focus_if_asked(ask.path, &full);
        }
        if let Some(path) = refocus {
            *f.focus = Some(path);
        }
    });
}
