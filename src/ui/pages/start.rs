//! "Before you start": guidance only.

use eframe::egui::{RichText, Ui};

pub fn start(ui: &mut Ui) {
    super::super::widgets::warning(
        ui,
        "If you think someone is in immediate danger, or a crime is being committed, call 999 now.",
    );
    ui.add_space(8.0);
    for (heading, text) in [
        (
            "What this form is for",
            "Use this form to refer someone you are worried may be being drawn into terrorism or extremism to the police Prevent team. It does not mean they have done anything wrong: the Prevent team will look at what you send and decide, usually within days, whether to offer support through Channel.",
        ),
        (
            "Use your own words",
            "Say what you saw and heard, and how you know. Write down the exact words where you can. If you are not sure about something, say so.",
        ),
        (
            "Give as much detail as you can",
            "Tell us about everything that may make the person vulnerable, not only the concern itself, and why you decided what you did. The review behind this form found that missing needs and unrecorded reasons led to poor decisions.",
        ),
        (
            "Where the form goes",
            "When you export the referral, send the file to your local police Prevent team as your organisation's procedure says. The file is OFFICIAL-SENSITIVE: send it only by a secure route.",
        ),
        (
            "Saving your work",
            "You can save a draft at any time (Ctrl+S) and come back to it. Drafts hold personal information: keep them on your work computer only.",
        ),
    ] {
        ui.add_space(10.0);
        ui.label(RichText::new(heading).strong().size(17.0));
        ui.label(text);
    }
}
