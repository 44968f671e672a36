//! A message at the top of the window: what just happened.

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
    pub text: String,
}

impl Notice {
    pub fn success(text: impl Into<String>) -> Self {
        Self {
            kind: NoticeKind::Success,
            text: text.into(),
        }
    }

    pub fn error(text: impl Into<String>) -> Self {
        Self {
            kind: NoticeKind::Error,
            text: text.into(),
        }
    }

    pub fn is_error(&self) -> bool {
        self.kind == NoticeKind::Error
    }
}
