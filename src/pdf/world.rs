//! Typst as a library: a world holding only the template (compiled into the
//! program), the bundled fonts and the referral as data. It reads no file,
//! fetches no package and asks no clock, so a copy is the same on every
//! machine and nothing it makes touches the disk.

use super::fonts::{self, Fonts};
use super::texts::{Texts, Unshown, placeholders, texts};
use std::sync::LazyLock;
use typst::diag::{FileError, FileResult, SourceDiagnostic};
use typst::foundations::{Bytes, Datetime, Dict, IntoValue, Smart};
use typst::syntax::{FileId, RootedPath, Source, VirtualPath, VirtualRoot};
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;
use typst::{Feature, Library, LibraryExt, World};
use typst_layout::PagedDocument;
use typst_pdf::{PdfOptions, PdfStandard, PdfStandards, Timestamp};

/// What a PDF is laid out as: each template is compiled into the program
/// and reads its data from one input.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Template {
    /// The copy of a referral (assets/pdf/referral.typ), data `referral`.
    Referral,
    /// The chronology of one referral for the safeguarding file
    /// (assets/pdf/chronology.typ), data `chronology`.
    Chronology,
}

impl Template {
    fn source(self) -> (&'static str, &'static str) {
        match self {
            Self::Referral => (
                "/referral.typ",
                include_str!("../../assets/pdf/referral.typ"),
            ),
            Self::Chronology => (
                "/chronology.typ",
                include_str!("../../assets/pdf/chronology.typ"),
            ),
        }
    }

    /// The name of `sys.inputs` the template reads its data from.
    fn input(self) -> &'static str {
        match self {
            Self::Referral => "referral",
            Self::Chronology => "chronology",
        }
    }

    /// The template as typst's main source, parsed once.
    fn main(self) -> Result<Source, String> {
        static REFERRAL: LazyLock<Result<Source, String>> =
            LazyLock::new(|| parse(Template::Referral));
        static CHRONOLOGY: LazyLock<Result<Source, String>> =
            LazyLock::new(|| parse(Template::Chronology));
        match self {
            Self::Referral => REFERRAL.clone(),
            Self::Chronology => CHRONOLOGY.clone(),
        }
    }
}

fn parse(template: Template) -> Result<Source, String> {
    let (name, text) = template.source();
    let path = VirtualPath::new(name).map_err(|e| format!("{e:?}"))?;
    let id = RootedPath::new(VirtualRoot::Project, path).intern();
    Ok(Source::new(id, text.to_owned()))
}

struct CopyWorld {
    library: LazyHash<Library>,
    main: Source,
    fonts: Fonts,
}

impl World for CopyWorld {
    fn library(&self) -> &LazyHash<Library> {
        &self.library
    }

    fn book(&self) -> &LazyHash<FontBook> {
        &self.fonts.book
    }

    fn main(&self) -> FileId {
        self.main.id()
    }

    fn source(&self, id: FileId) -> FileResult<Source> {
        if id == self.main.id() {
            Ok(self.main.clone())
        } else {
            Err(FileError::AccessDenied)
        }
    }

    fn file(&self, _id: FileId) -> FileResult<Bytes> {
        Err(FileError::AccessDenied)
    }

    fn font(&self, index: usize) -> Option<Font> {
        self.fonts.fonts.get(index).cloned()
    }

    fn today(&self, _offset: Option<typst::foundations::Duration>) -> Option<Datetime> {
        None
    }
}

/// When and by what a PDF says it was made, for its metadata.
#[derive(Debug, Clone)]
pub struct Stamp {
    /// Identifies the document across copies (the referral's id).
    pub ident: String,
    pub creator: String,
    pub made_at: chrono::DateTime<chrono::Utc>,
}

impl Stamp {
    /// Made by this program, at this version.
    pub fn new(ident: String, made_at: chrono::DateTime<chrono::Utc>) -> Self {
        Self {
            ident,
            creator: format!("{} {}", crate::i18n::t("app-name"), crate::VERSION),
            made_at,
        }
    }
}

/// Lays out `made` (a [`super::Content`] or a
/// [`super::chronology::Chronology`]) with `template` and writes a tagged
/// PDF/UA-1 file, with the fonts its text needs; what no font has is shown
/// as a placeholder and `say_replaced` adds a line saying so. If typst
/// refuses an installed font (PDF/UA-1 allows no font it cannot check),
/// the copy is made again with the bundled fonts only. Gives the file and
/// what was replaced; the error is what typst said, one message a line.
pub fn render_made<T: Texts + serde::Serialize + Clone>(
    template: Template,
    made: &T,
    say_replaced: impl Fn(&mut T),
    stamp: &Stamp,
) -> Result<(Vec<u8>, Unshown), String> {
    let strings = texts(&mut made.clone());
    // One attempt in the fonts given: what they cannot show replaced, and
    // said.
    let attempt = |fonts: Fonts| {
        let mut shown = made.clone();
        let unshown = fonts.unshown.clone();
        if placeholders(&mut shown, &unshown) {
            say_replaced(&mut shown);
        }
        let data = serde_json::to_vec(&shown).map_err(|e| e.to_string())?;
        render(template, data, stamp, fonts).map(|pdf| (pdf, unshown))
    };
    let fonts = fonts::for_texts(&strings);
    let installed = fonts.fonts.len() > fonts::bundled_count();
    match attempt(fonts) {
        Err(_) if installed => attempt(fonts::bundled_only(&strings)),
        result => result,
    }
}

/// Lays out `template` with `data` (the JSON of what it shows) in `fonts`
/// and writes a tagged PDF/UA-1 file. The error is what typst said, one
/// message a line (a PDF/UA failure among them).
fn render(
    template: Template,
    data: Vec<u8>,
    stamp: &Stamp,
    fonts: Fonts,
) -> Result<Vec<u8>, String> {
    let main = template.main()?;
    let mut inputs = Dict::new();
    inputs.insert(template.input().into(), Bytes::new(data).into_value());
    let library = Library::builder()
        .with_inputs(inputs)
        .with_features([Feature::A11yExtras].into_iter().collect())
        .build();
    let world = CopyWorld {
        library: LazyHash::new(library),
        main,
        fonts,
    };
    // Typst panics on some rare text (a lone Arabic mark between spaces
    // once did): that is a copy not made, said in words, never a crash.
    let compiled = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        typst::compile::<PagedDocument>(&world).output
    }));
    let Ok(result) = compiled else {
        typst::comemo::evict(0);
        return Err(crate::i18n::t("pdf-typesetter-stopped").to_owned());
    };
    let pdf = result.map_err(|e| messages(&e)).and_then(|document| {
        let standards =
            PdfStandards::new(&[PdfStandard::Ua_1]).map_err(|e| e.message().to_string())?;
        let options = PdfOptions {
            ident: Smart::Custom(stamp.ident.clone()),
            creator: Smart::Custom(Some(stamp.creator.clone())),
            timestamp: timestamp(stamp.made_at),
            standards,
            ..PdfOptions::default()
        };
        typst_pdf::pdf(&document, &options).map_err(|e| messages(&e))
    });
    // Typst keeps what it laid out for the next run: drop it, so no answer
    // stays in memory once the copy is made.
    typst::comemo::evict(0);
    pdf
}

fn timestamp(at: chrono::DateTime<chrono::Utc>) -> Option<Timestamp> {
    use chrono::{Datelike, Timelike};
    let datetime = Datetime::from_ymd_hms(
        at.year(),
        u8::try_from(at.month()).ok()?,
        u8::try_from(at.day()).ok()?,
        u8::try_from(at.hour()).ok()?,
        u8::try_from(at.minute()).ok()?,
        u8::try_from(at.second()).ok()?,
    )?;
    Some(Timestamp::new_utc(datetime))
}

fn messages(diagnostics: &[SourceDiagnostic]) -> String {
    diagnostics
        .iter()
        .map(|d| {
            let mut line = d.message.to_string();
            for hint in &d.hints {
                line.push_str(" (");
                line.push_str(&hint.v);
                line.push(')');
            }
            line
        })
        .collect::<Vec<_>>()
        .join("\n")
}
