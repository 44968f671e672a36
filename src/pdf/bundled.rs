//! The fonts the program carries: the window's (Open Sans) and the PDF's
//! (DejaVu Sans), and the Noto Sans fonts both use for Arabic, Hebrew and
//! the Indic and Thai scripts (assets/fonts/README.md).
//!
//! Each is deflated when the program is built (build.rs) and unpacked the
//! first time it is used: the program is 1.5 MB smaller for it, and the
//! unpacking takes a few milliseconds (docs/PERFORMANCE.md, "Size").

use std::sync::OnceLock;

/// A bundled font file as the program carries it.
#[derive(Debug)]
pub(crate) struct Packed {
    deflated: &'static [u8],
    unpacked: OnceLock<Vec<u8>>,
}

impl Packed {
    const fn new(deflated: &'static [u8]) -> Self {
        Self {
            deflated,
            unpacked: OnceLock::new(),
        }
    }

    /// The font file, unpacked once. Empty if it did not unpack to a font
    /// (raw deflate has no checksum, so it is read as one): a font that is
    /// not there is then left out rather than the program stopped (the
    /// tests unpack every one).
    pub(crate) fn bytes(&'static self) -> &'static [u8] {
        self.unpacked
            .get_or_init(|| {
                miniz_oxide::inflate::decompress_to_vec(self.deflated)
                    .ok()
                    .filter(|font| ttf_parser::Face::parse(font, 0).is_ok())
                    .unwrap_or_default()
            })
            .as_slice()
    }
}

/// `assets/fonts/<file>` as build.rs deflated it.
macro_rules! packed {
    ($file:literal) => {
        Packed::new(include_bytes!(concat!(
            env!("OUT_DIR"),
            "/fonts/",
            $file,
            ".deflate"
        )))
    };
}

/// Open Sans, Regular and Bold (assets/fonts/LICENSE-OpenSans.txt): the
/// window's text.
#[cfg(feature = "gui")]
pub(crate) static OPEN_SANS: [Packed; 2] = [
    packed!("OpenSans-Regular.ttf"),
    packed!("OpenSans-Bold.ttf"),
];

/// DejaVu Sans, Book and Bold (assets/fonts/LICENSE-DejaVu.txt): the PDF's
/// text.
pub(crate) static DEJAVU: [Packed; 2] = [packed!("DejaVuSans.ttf"), packed!("DejaVuSans-Bold.ttf")];

/// Noto Sans, regular weight, for the scripts DejaVu Sans and Open Sans
/// lack (assets/fonts/noto/LICENSE-OFL.txt), with the names the window
/// knows them by. The window and the PDF share them.
pub(crate) static NOTO: [(&str, Packed); 8] = [
    ("noto-arabic", packed!("noto/NotoSansArabic-Regular.ttf")),
    ("noto-hebrew", packed!("noto/NotoSansHebrew-Regular.ttf")),
    ("noto-bengali", packed!("noto/NotoSansBengali-Regular.ttf")),
    (
        "noto-gurmukhi",
        packed!("noto/NotoSansGurmukhi-Regular.ttf"),
    ),
    (
        "noto-gujarati",
        packed!("noto/NotoSansGujarati-Regular.ttf"),
    ),
    (
        "noto-devanagari",
        packed!("noto/NotoSansDevanagari-Regular.ttf"),
    ),
    ("noto-tamil", packed!("noto/NotoSansTamil-Regular.ttf")),
    ("noto-thai", packed!("noto/NotoSansThai-Regular.ttf")),
];

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)] // tests may panic
    use super::*;

    /// Each font unpacks to exactly the file in assets/fonts.
    #[cfg(feature = "gui")]
    #[test]
    fn every_font_unpacks_to_its_file() {
        let files: [(&Packed, &[u8]); 12] = [
            (
                &OPEN_SANS[0],
                include_bytes!("../../assets/fonts/OpenSans-Regular.ttf"),
            ),
            (
                &OPEN_SANS[1],
                include_bytes!("../../assets/fonts/OpenSans-Bold.ttf"),
            ),
            (
                &DEJAVU[0],
                include_bytes!("../../assets/fonts/DejaVuSans.ttf"),
            ),
            (
                &DEJAVU[1],
                include_bytes!("../../assets/fonts/DejaVuSans-Bold.ttf"),
            ),
            (
                &NOTO[0].1,
                include_bytes!("../../assets/fonts/noto/NotoSansArabic-Regular.ttf"),
            ),
            (
                &NOTO[1].1,
                include_bytes!("../../assets/fonts/noto/NotoSansHebrew-Regular.ttf"),
            ),
            (
                &NOTO[2].1,
                include_bytes!("../../assets/fonts/noto/NotoSansBengali-Regular.ttf"),
            ),
            (
                &NOTO[3].1,
                include_bytes!("../../assets/fonts/noto/NotoSansGurmukhi-Regular.ttf"),
            ),
            (
                &NOTO[4].1,
                include_bytes!("../../assets/fonts/noto/NotoSansGujarati-Regular.ttf"),
            ),
            (
                &NOTO[5].1,
                include_bytes!("../../assets/fonts/noto/NotoSansDevanagari-Regular.ttf"),
            ),
            (
                &NOTO[6].1,
                include_bytes!("../../assets/fonts/noto/NotoSansTamil-Regular.ttf"),
            ),
            (
                &NOTO[7].1,
                include_bytes!("../../assets/fonts/noto/NotoSansThai-Regular.ttf"),
            ),
        ];
        for (packed, file) in files {
            assert!(packed.deflated.len() < file.len() * 3 / 4, "not packed");
            assert!(packed.bytes() == file, "unpacked to something else");
            assert!(ttf_parser::Face::parse(packed.bytes(), 0).is_ok());
        }
    }

    /// A packed font that is not one gives no font, not a stop.
    #[test]
    fn a_font_that_does_not_unpack_is_empty() {
        static BROKEN: Packed = Packed::new(b"not deflated data at all");
        assert!(BROKEN.bytes().is_empty());
        // Deflated, but not a font.
        static NOT_A_FONT: Packed = Packed::new(&[0x4b, 0x4c, 0x4a, 0x06, 0x00]);
        assert_eq!(
            miniz_oxide::inflate::decompress_to_vec(NOT_A_FONT.deflated).unwrap(),
            b"abc"
        );
        assert!(NOT_A_FONT.bytes().is_empty());
    }
}
