//! What an export notes of the answers it sent: a hash that later
//! versions of the form keep.

use super::sha256_hex;
use serde_json::Value;

/// SHA-256 (hex) of a referral's answers in a form that later versions
/// keep: the answers as JSON with every empty value (null, "", false, an
/// empty list or object) left out, so a question added later, unanswered,
/// does not change it. Any answer given, changed or removed does.
pub fn answers_sha256(referral: &crate::model::Referral) -> String {
    fn lean(value: Value) -> Option<Value> {
        match value {
            Value::Null | Value::Bool(false) => None,
            Value::String(s) if s.is_empty() => None,
            Value::Array(items) => {
                // Positions matter in a list: empty entries stay as null.
                let items: Vec<Value> = items
                    .into_iter()
                    .map(|v| lean(v).unwrap_or(Value::Null))
                    .collect();
                (!items.iter().all(Value::is_null)).then_some(Value::Array(items))
            }
            Value::Object(map) => {
                let map: serde_json::Map<String, Value> = map
                    .into_iter()
                    .filter_map(|(k, v)| lean(v).map(|v| (k, v)))
                    .collect();
                (!map.is_empty()).then_some(Value::Object(map))
            }
            other => Some(other),
        }
    }
    let value = serde_json::to_value(referral).ok().and_then(lean);
    sha256_hex(serde_json::to_string(&value).unwrap_or_default().as_bytes())
}
