//! The organisation's managed settings in the app (src/policy): its
//! language to start in, its details in a new referral, its teams beside
//! the person's own, and no unencrypted copy when it says so.

use super::{App, my_details};
use crate::model::Referrer;
use crate::msg;
use crate::notice::NoticeKind;

impl App {
    /// Uses the organisation's managed settings: its language to start in
    /// (the person's own choice, once unlocked, still wins) and its
    /// details in the referral on screen when nothing has been typed yet.
    pub fn with_policy(mut self, loaded: crate::policy::Loaded) -> Self {
        self.policy = loaded;
        self.state.managed = self.policy.policy().clone();
        if let Some(language) = self.policy.policy().language
            && self.settings.language.is_none()
        {
            crate::i18n::set_language(language);
        }
        if self.tracker.untouched() && !self.read_only {
            self.policy
                .policy()
                .fill_referrer(&mut self.state.draft.referral.referrer);
            self.saved_referral = self.state.draft.referral.clone();
        }
        if let Some(why) = self.policy.refusal() {
            // Its problems are in words already: kept in them whole.
            self.notify(NoticeKind::Error, crate::i18n::Message::said(why));
        }
        self
    }

    /// The teams an export or a PDF copy can be encrypted for: the
    /// organisation's first, then the person's own (a key the organisation
    /// already lists is not offered twice).
    pub fn teams(&self) -> Vec<crate::storage::settings::ExportRecipient> {
        let mut teams = self.policy.policy().teams.clone();
        for own in &self.settings.recipients {
            if !teams.iter().any(|t| t.public_key == own.public_key) {
                teams.push(own.clone());
            }
        }
        teams
    }

    /// False, with the reason on the page, when a copy would not be
    /// encrypted and the organisation does not allow that.
    pub(super) fn may_write_plain(&mut self, public_keys: &[String]) -> bool {
        if !public_keys.is_empty() || self.policy.allows_unencrypted() {
            return true;
        }
        let why = if self.teams().is_empty() {
            msg!("policy-no-unencrypted-no-teams")
        } else {
            msg!("policy-no-unencrypted")
        };
        self.notify(NoticeKind::Error, why);
        false
    }

    /// "About you" for a new referral: "My details", then what the
    /// organisation set, which wins.
    pub(super) fn fill_referrer(&self, referrer: &mut Referrer) {
        if let Some(me) = &self.settings.my_details {
            *referrer = my_details(me);
        }
        self.policy.policy().fill_referrer(referrer);
    }
}
