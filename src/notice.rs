//! A message at the top of the window: what just happened. It is kept as
//! a message id with its variables and put into words as it is drawn, so
//! it follows a switch of language as the problems on the page do.

use crate::i18n::Message;

/// What kind of message a notice is: it decides the colour and whether
/// screen readers are interrupted, never its wording.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NoticeKind {
    /// Something the person asked for was done.
    Success,
    /// Something failed or needs the person's attention.
    Error,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notice {
    pub kind: NoticeKind,
    pub text: Message,
}

impl Notice {
    pub fn success(text: Message) -> Self {
        Self {
            kind: NoticeKind::Success,
            text,
        }
    }

    pub fn error(text: Message) -> Self {
        Self {
            kind: NoticeKind::Error,
            text,
        }
    }

    pub fn is_error(&self) -> bool {
        self.kind == NoticeKind::Error
    }
}
