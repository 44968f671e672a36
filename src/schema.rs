//! The JSON Schema (2020-12) of the export document, generated from
//! [`crate::export::ExportDocument`] and, for its `referral` part, the form
//! definition. A copy is checked in at
//! `assets/schema/prevent-national-referral-1.4.schema.json`; a test keeps
//! the two the same.

use crate::export::ExportDocument;
use schemars::generate::SchemaSettings;

/// Where the schema says it lives.
pub const SCHEMA_ID: &str =
    "https://prevent-referral.invalid/schema/prevent-national-referral-1.4.schema.json";

/// The schema as a JSON value.
pub fn export_schema() -> serde_json::Value {
    // Serialise contract: every field is always written, so every field is
    // required (optional answers are null), as docs/FORM.md promises receivers.
    let generator = SchemaSettings::draft2020_12()
        .for_serialize()
        .into_generator();
    let mut schema = generator.into_root_schema_for::<ExportDocument>();
    schema.insert("$id".to_owned(), SCHEMA_ID.into());
    schema.to_value()
}

/// The schema as text, as checked in.
pub fn export_schema_text() -> String {
    let mut s = serde_json::to_string_pretty(&export_schema()).unwrap_or_default();
    s.push('\n');
    s
}
