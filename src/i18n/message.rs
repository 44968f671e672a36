//! A message not yet put into words: its id in the catalogue and its
//! variables. A problem found by the rules or by reading a file carries
//! one, and it is rendered where it is shown, in the language of whoever
//! reads it then (the window's, switched after the check, or the command
//! line's), rather than in the language of the moment it was found.

use super::{Arg, Language, language};
use serde::{Serialize, Serializer};
use std::borrow::Cow;
use std::fmt;

/// A message id and its variables, rendered by [`fmt::Display`] in the
/// current language or by [`Message::render_in`].
#[derive(Debug, Clone, PartialEq)]
pub struct Message {
    id: Cow<'static, str>,
    args: Vec<(&'static str, Arg)>,
    /// Sentences said after this one, each rendered in the same language
    /// (a notice that adds what it found to what it did).
    then: Vec<Message>,
    /// Words already said, whatever the language now ([`Message::fixed`]).
    said: Option<String>,
}

/// The counts and code points a message carries are whole numbers, never
/// NaN, so equality is an equivalence.
impl Eq for Message {}

impl Message {
    /// The message `id`, with no variables.
    pub fn new(id: impl Into<Cow<'static, str>>) -> Self {
        Self {
            id: id.into(),
            args: Vec::new(),
            then: Vec::new(),
            said: None,
        }
    }

    /// The message `id` with these variables (the `msg!` macro builds it).
    pub fn with(id: impl Into<Cow<'static, str>>, args: Vec<(&'static str, Arg)>) -> Self {
        Self {
            id: id.into(),
            args,
            then: Vec::new(),
            said: None,
        }
    }

    /// Words already put into words elsewhere, said as they are in any
    /// language.
    pub fn said(text: impl Into<String>) -> Self {
        Self {
            id: Cow::Borrowed(""),
            args: Vec::new(),
            then: Vec::new(),
            said: Some(text.into()),
        }
    }

    /// This message put into words now and kept so. For a notice that
    /// quotes a reason already in words (an error's, the system's): said
    /// again in another language, it would be half in each.
    #[must_use]
    pub fn fixed(self) -> Self {
        Self::said(self.to_string())
    }

    /// This message, then `next` after a space.
    #[must_use]
    pub fn then(mut self, next: Message) -> Self {
        self.then.push(next);
        self
    }

    /// The message's id in the catalogue.
    pub fn id(&self) -> &str {
        &self.id
    }

    /// The message in `language`; a variable that is itself a message is
    /// rendered in the same language.
    pub fn render_in(&self, language: Language) -> String {
        let mut out = if let Some(said) = &self.said {
            said.clone()
        } else if self.args.is_empty() {
            super::t_in(language, &self.id).to_owned()
        } else {
            let args = self.args.iter().map(|(name, value)| (*name, value));
            super::with_args(language, &self.id, args)
        };
        for next in &self.then {
            out.push(' ');
            out.push_str(&next.render_in(language));
        }
        out
    }
}

impl fmt::Display for Message {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.render_in(language()))
    }
}

/// Written as its words in the current language (`validate --json`).
impl Serialize for Message {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.to_string())
    }
}

/// Builds a [`Message`] as `tr!` builds a string, with the same
/// arguments: a message id, then `name = value` for each variable. A value
/// may be a [`Message`] (a question's label), rendered with the message.
#[macro_export]
macro_rules! msg {
    ($id:literal) => {
        $crate::i18n::Message::new($id)
    };
    ($id:literal, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::i18n::Message::with(
            $id,
            vec![$((stringify!($name), $crate::i18n::Arg::from($value))),+],
        )
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_message_is_rendered_in_the_language_it_is_read_in() {
        let label = Message::new("person-given_names");
        let m = Message::with(
            "rules-too-many-marks-start",
            vec![
                ("label", Arg::Message(Box::new(label))),
                ("count", Arg::Number(3.0)),
            ],
        );
        let english = m.render_in(Language::English);
        let welsh = m.render_in(Language::Welsh);
        assert!(english.contains(super::super::t_in(Language::English, "person-given_names")));
        assert!(welsh.contains(super::super::t_in(Language::Welsh, "person-given_names")));
        assert_ne!(english, welsh);
        assert_eq!(m.id(), "rules-too-many-marks-start");
    }

    #[test]
    fn a_fixed_message_keeps_the_words_it_was_said_in() {
        let m = Message::with(
            "notice-open-failed",
            vec![("name", Arg::from("a.json")), ("why", Arg::from("x"))],
        );
        let said = m.render_in(language());
        assert_eq!(m.fixed().render_in(Language::Welsh), said);
        assert_eq!(
            Message::said("Geiriau").render_in(Language::English),
            "Geiriau"
        );
    }

    #[test]
    fn a_message_and_the_one_after_it_are_said_in_one_language() {
        let m = Message::new("notice-draft-saved").then(Message::new("notice-dismiss"));
        for language in [Language::English, Language::Welsh] {
            assert_eq!(
                m.render_in(language),
                format!(
                    "{} {}",
                    super::super::t_in(language, "notice-draft-saved"),
                    super::super::t_in(language, "notice-dismiss")
                )
            );
        }
    }
}
