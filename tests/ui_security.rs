//! Encryption at rest, driven through the real app.
#![allow(clippy::unwrap_used, clippy::expect_used)]
