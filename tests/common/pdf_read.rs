//! A PDF read back as a receiver's software reads it, with Rust crates
//! only (no poppler on the machine): the text of each page through lopdf
//! (which decodes the fonts' ToUnicode maps, as a screen reader or a
//! search does), the properties and fonts from the file's own objects, and
//! PDF/UA-1 conformance through `page_validation` (the Matterhorn Protocol
//! checks veraPDF makes). Included with `#[path]` by the tests that read
//! PDFs.
#![allow(dead_code, clippy::unwrap_used, clippy::expect_used)] // tests may panic

use lopdf::{Document, Object};

fn load(bytes: &[u8]) -> Document {
    match Document::load_mem(bytes) {
        Ok(doc) => doc,
        Err(e) => panic!("not a PDF lopdf can read: {e}"),
    }
}

/// The text of each page, in the order it was written.
pub fn pages(bytes: &[u8]) -> Vec<String> {
    let doc = load(bytes);
    doc.get_pages()
        .keys()
        .map(|n| match doc.extract_text(&[*n]) {
            Ok(text) => text,
            Err(e) => panic!("page {n}: no text: {e}"),
        })
        .collect()
}

/// All the text, page after page.
pub fn text(bytes: &[u8]) -> String {
    pages(bytes).join("\n")
}

/// Every font dictionary in the file.
fn font_dicts(doc: &Document) -> impl Iterator<Item = &lopdf::Dictionary> {
    doc.objects
        .values()
        .filter_map(|object| object.as_dict().ok())
        .filter(|dict| dict.get(b"Type").and_then(Object::as_name).ok() == Some(&b"Font"[..]))
}

/// A font's name as the file gives it (`ABCDEF+DejaVuSans`).
fn base_font(dict: &lopdf::Dictionary) -> String {
    dict.get(b"BaseFont")
        .and_then(Object::as_name)
        .map(|n| String::from_utf8_lossy(n).into_owned())
        .unwrap_or_default()
}

/// What a reader's properties dialog shows.
#[derive(Debug)]
pub struct Properties {
    /// The catalogue says the file is tagged (`/MarkInfo << /Marked true >>`).
    pub tagged: bool,
    /// The document title (the Info dictionary's, else the XMP's).
    pub title: Option<String>,
    /// The document language (`/Lang` in the catalogue).
    pub lang: Option<String>,
    /// Each font's name and whether its program is in the file.
    pub fonts: Vec<(String, bool)>,
}

fn resolve<'a>(doc: &'a Document, object: &'a Object) -> &'a Object {
    match object {
        Object::Reference(id) => doc.get_object(*id).unwrap_or(object),
        other => other,
    }
}

fn text_string(object: &Object) -> Option<String> {
    let Object::String(bytes, _) = object else {
        return None;
    };
    // A text string is UTF-16BE with a byte order mark, or PDFDocEncoding
    // (ASCII for what is read here).
    match bytes.strip_prefix(&[0xfe, 0xff]) {
        Some(utf16) => {
            let units: Vec<u16> = utf16
                .chunks_exact(2)
                .map(|pair| u16::from_be_bytes([pair[0], pair[1]]))
                .collect();
            String::from_utf16(&units).ok()
        }
        None => Some(String::from_utf8_lossy(bytes).into_owned()),
    }
}

pub fn properties(bytes: &[u8]) -> Properties {
    let doc = load(bytes);
    let catalog = doc.catalog().expect("a catalogue");
    let tagged = catalog
        .get(b"MarkInfo")
        .map(|m| resolve(&doc, m))
        .and_then(Object::as_dict)
        .and_then(|m| m.get(b"Marked"))
        .and_then(Object::as_bool)
        .unwrap_or(false);
    let lang = catalog
        .get(b"Lang")
        .ok()
        .map(|l| resolve(&doc, l))
        .and_then(text_string);
    let info_title = doc
        .trailer
        .get(b"Info")
        .map(|i| resolve(&doc, i))
        .and_then(Object::as_dict)
        .and_then(|info| info.get(b"Title"))
        .ok()
        .map(|t| resolve(&doc, t))
        .and_then(text_string);
    let title = info_title.or_else(|| xmp_title(bytes));
    let mut fonts = Vec::new();
    for dict in font_dicts(&doc) {
        let subtype = dict
            .get(b"Subtype")
            .and_then(Object::as_name)
            .unwrap_or(b"");
        // A composite font's program is in its descendant; a Type 3
        // font's glyphs are drawn in the file itself.
        if subtype == b"Type0" || subtype == b"Type3" {
            continue;
        }
        let name = base_font(dict);
        let embedded = dict
            .get(b"FontDescriptor")
            .map(|d| resolve(&doc, d))
            .and_then(Object::as_dict)
            .is_ok_and(|d| {
                [&b"FontFile"[..], b"FontFile2", b"FontFile3"]
                    .iter()
                    .any(|key| d.has(key))
            });
        fonts.push((name, embedded));
    }
    Properties {
        tagged,
        title,
        lang,
        fonts,
    }
}

/// The title in the XMP metadata (not compressed: PDF/A and PDF/UA
/// readers look for it there).
fn xmp_title(bytes: &[u8]) -> Option<String> {
    let raw = String::from_utf8_lossy(bytes);
    let start = raw.find("<dc:title>")?;
    let rest = &raw[start..];
    let li = rest.find("<rdf:li")?;
    let open = rest[li..].find('>')? + li + 1;
    let close = rest[open..].find("</rdf:li>")? + open;
    Some(rest[open..close].to_owned())
}

/// The PDF/UA-1 rules the file breaks, by `page_validation`: empty when it
/// conforms.
pub fn ua1_failures(bytes: &[u8]) -> Vec<String> {
    let options = page_validation::ValidationOptions::default()
        .profile(page_validation::ValidationProfile::PdfUa1);
    match page_validation::validate_pdf_bytes(bytes, &options) {
        Ok(report) if report.is_compliant => Vec::new(),
        Ok(report) if report.failures.is_empty() => vec!["not compliant, no rule named".into()],
        Ok(report) => report.failures.iter().map(ToString::to_string).collect(),
        Err(e) => vec![format!("not read: {e}")],
    }
}

/// Each font's name (its subset prefix dropped) and the characters its
/// ToUnicode map says it drew: which font set which letters.
pub fn characters_by_font(bytes: &[u8]) -> Vec<(String, std::collections::BTreeSet<char>)> {
    let doc = load(bytes);
    let pair = regex::Regex::new(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>").unwrap();
    let mut out = Vec::new();
    for dict in font_dicts(&doc) {
        let Ok(Object::Stream(map)) = dict.get(b"ToUnicode").map(|m| resolve(&doc, m)) else {
            continue;
        };
        let name = base_font(dict);
        let name = name
            .split_once('+')
            .map_or(name.clone(), |(_, n)| n.to_owned());
        let content = map
            .decompressed_content()
            .unwrap_or_else(|_| map.content.clone());
        let text = String::from_utf8_lossy(&content);
        let mut chars = std::collections::BTreeSet::new();
        // bfchar lines: <glyph> <UTF-16BE of what it draws>.
        for found in pair.captures_iter(&text) {
            let hex = &found[2];
            let units: Vec<u16> = (0..hex.len() / 4)
                .filter_map(|i| u16::from_str_radix(&hex[i * 4..i * 4 + 4], 16).ok())
                .collect();
            chars.extend(char::decode_utf16(units).filter_map(Result::ok));
        }
        out.push((name, chars));
    }
    out
}
