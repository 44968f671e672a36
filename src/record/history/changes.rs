//! Which questions a sitting changed, by path and label (never the
//! answers), for the history's "saved" entries.

use super::Changed;
use serde_json::Value;

/// The questions whose answers differ between two referrals, by the
/// form's paths and labels. Compares the typed values as JSON, so every
/// field counts, and names each by the question it belongs to.
pub fn changed_questions(
    before: &crate::model::Referral,
    after: &crate::model::Referral,
) -> Vec<Changed> {
    let (Ok(a), Ok(b)) = (serde_json::to_value(before), serde_json::to_value(after)) else {
        return Vec::new();
    };
    let mut paths = Vec::new();
    diff("referral", &a, &b, &mut paths);
    let mut out: Vec<Changed> = Vec::new();
    for path in paths {
        let changed = match crate::form::question_of(&path) {
            Some((q, Some(i))) => {
                let base = crate::form::all()
                    .filter(|top| path.starts_with(top.path))
                    .max_by_key(|top| top.path.len())
                    .map(|top| format!("{}[{i}]", top.path))
                    .unwrap_or_default();
                Changed {
                    path: q.in_entry(&base),
                    label: q.label().to_owned(),
                }
            }
            Some((q, None)) => Changed {
                path: q.path.to_owned(),
                label: q.label().to_owned(),
            },
            None => continue,
        };
        if !out.iter().any(|c| c.path == changed.path) {
            out.push(changed);
        }
    }
    out
}

fn diff(path: &str, a: &Value, b: &Value, out: &mut Vec<String>) {
    match (a, b) {
        (Value::Object(x), Value::Object(y)) => {
            for (k, va) in x {
                let p = format!("{path}.{k}");
                match y.get(k) {
                    Some(vb) => diff(&p, va, vb, out),
                    None => out.push(p),
                }
            }
            for k in y.keys().filter(|k| !x.contains_key(*k)) {
                out.push(format!("{path}.{k}"));
            }
        }
        (Value::Array(x), Value::Array(y)) => {
            for i in 0..x.len().max(y.len()) {
                let p = format!("{path}[{i}]");
                match (x.get(i), y.get(i)) {
                    (Some(va), Some(vb)) => diff(&p, va, vb, out),
                    _ => out.push(p),
                }
            }
        }
        _ if a != b => out.push(path.to_owned()),
        _ => {}
    }
}
