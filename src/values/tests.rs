//! The readers of typed values, each with what it takes and refuses.

use super::*;

#[test]
fn telephones_are_shown_as_people_write_them() {
    assert_eq!(
        display_phone("+441132641234").as_deref(),
        Some("0113 264 1234")
    );
    assert_eq!(
        display_phone("07400123456").as_deref(),
        Some("07400 123456")
    );
    assert_eq!(
        display_phone("020 7946 0000").as_deref(),
        Some("020 7946 0000")
    );
    assert_eq!(
        display_phone("0033 1 23 45 67 89").as_deref(),
        Some("+33 1 23 45 67 89")
    );
    assert_eq!(display_phone("not a number"), None);
}

#[test]
fn control_and_bidi_characters_are_found() {
    assert!(has_forbidden_character("Alex\u{0}", false));
    assert!(has_forbidden_character("a\u{1b}[2J", true));
    assert!(has_forbidden_character("x\u{202e}y", false));
    assert!(has_forbidden_character("x\u{2067}y", false));
    assert!(has_forbidden_character("one\ntwo", false));
    assert!(!has_forbidden_character("one\ntwo\tthree\r\n", true));
    assert!(!has_forbidden_character("مرحبا Zoë – O'Brien", false));
}

/// The byte-wise check says what a check of each character says.
fn by_characters(input: &str, long: bool) -> bool {
    input.chars().any(|c| {
        if long && matches!(c, '\n' | '\r' | '\t') {
            return false;
        }
        c.is_control() || (!long && is_bidi_control(c))
    })
}

proptest::proptest! {
    #[test]
    fn bytes_and_characters_agree(input: String, long: bool) {
        proptest::prop_assert_eq!(has_forbidden_character(&input, long), by_characters(&input, long));
    }
}

#[test]
fn a_character_across_the_64_byte_runs_is_found() {
    for c in ['\u{85}', '\u{202E}', '\u{2069}', '\u{1b}'] {
        for pad in 58..70 {
            let text = format!("{}{c}{}", "x".repeat(pad), "y".repeat(80));
            assert!(has_forbidden_character(&text, false), "{pad}");
        }
    }
}

#[test]
fn bytes_and_characters_agree_near_every_suspect_character() {
    for c in (0u32..0x3000).filter_map(char::from_u32) {
        for long in [false, true] {
            let text = format!("a{c}b");
            assert_eq!(
                has_forbidden_character(&text, long),
                by_characters(&text, long),
                "U+{:04X} long={long}",
                c as u32
            );
        }
    }
}

fn date(d: &str, m: &str, y: &str) -> DateInput {
    DateInput {
        day: d.into(),
        month: m.into(),
        year: y.into(),
    }
}

#[test]
fn dates_accept_numbers_and_month_names() {
    let want = NaiveDate::from_ymd_opt(2011, 1, 3);
    assert_eq!(parse_date(&date("3", "1", "2011")), Ok(want));
    assert_eq!(parse_date(&date("03", "jan", "2011")), Ok(want));
    let september = NaiveDate::from_ymd_opt(2026, 9, 1);
    for month in ["Sept", "sept.", "Sep", "SEPTEMBER", "9", "Medi"] {
        assert_eq!(
            parse_date(&date("1", month, "2026")),
            Ok(september),
            "{month}"
        );
    }
    assert_eq!(parse_date(&date(" 3 ", "January", "2011")), Ok(want));
    assert_eq!(parse_date(&date("3", "JAN", "2011")), Ok(want));
    assert_eq!(parse_date(&date("3", "Ionawr", "2011")), Ok(want));
    assert_eq!(parse_date(&date("3", "ion", "2011")), Ok(want));
    assert_eq!(
        parse_date(&date("14", "Mawrth", "2011")),
        Ok(NaiveDate::from_ymd_opt(2011, 3, 14))
    );
    assert_eq!(
        parse_date(&date("1", "Gorff.", "2011")),
        Ok(NaiveDate::from_ymd_opt(2011, 7, 1))
    );
    assert_eq!(parse_date(&date("", " ", "")), Ok(None));
}

#[test]
fn dates_refuse_what_is_not_a_real_date() {
    assert_eq!(
        parse_date(&date("31", "feb", "2011")),
        Err(DateProblem::NotReal)
    );
    assert_eq!(
        parse_date(&date("3", "13", "2011")),
        Err(DateProblem::NotReal)
    );
    assert_eq!(parse_date(&date("3", "1", "11")), Err(DateProblem::NotReal));
    assert_eq!(
        parse_date(&date("x", "1", "2011")),
        Err(DateProblem::NotReal)
    );
    assert_eq!(
        parse_date(&date("3", "", "2011")),
        Err(DateProblem::Incomplete)
    );
    assert_eq!(
        parse_date(&date("29", "2", "2012")),
        Ok(NaiveDate::from_ymd_opt(2012, 2, 29))
    );
}

#[test]
fn ages() {
    assert_eq!(parse_age(" 15 "), Ok(Some(15)));
    assert_eq!(parse_age("0"), Ok(Some(0)));
    assert_eq!(parse_age(""), Ok(None));
    assert_eq!(parse_age("121"), Err(NotAnAge));
    assert_eq!(parse_age("-1"), Err(NotAnAge));
    assert_eq!(parse_age("12.5"), Err(NotAnAge));
    assert_eq!(parse_age("about 15"), Err(NotAnAge));
}

#[test]
fn postcodes_in_any_case_and_spacing() {
    for input in ["SW1A 1AA", "sw1a1aa", " Sw1A-1aa ", "SW1A  1AA", "sw1a.1aa"] {
        assert_eq!(normalise_postcode(input).as_deref(), Some("SW1A 1AA"));
    }
    assert_eq!(normalise_postcode("m1 1ae").as_deref(), Some("M1 1AE"));
    assert_eq!(normalise_postcode("b338th").as_deref(), Some("B33 8TH"));
    assert_eq!(normalise_postcode("cr26xh").as_deref(), Some("CR2 6XH"));
    assert_eq!(normalise_postcode("dn551pt").as_deref(), Some("DN55 1PT"));
    assert_eq!(normalise_postcode("gir0aa").as_deref(), Some("GIR 0AA"));
}

#[test]
fn postcodes_refuse_other_shapes() {
    for input in [
        "",
        "SW1A",
        "12345",
        "SW1A 1AAA",
        "QW1A 1AA",
        "SW1A 1CA",
        "hello world",
    ] {
        assert_eq!(normalise_postcode(input), None, "{input}");
    }
}

#[test]
fn phones_become_e164() {
    for input in [
        "07400 123456",
        "07400123456",
        "(07400) 123 456",
        "07400-123-456",
        "+44 7400 123456",
        "+44 (0)7400 123456",
        "0044 7400 123456",
    ] {
        assert_eq!(
            normalise_phone(input).as_deref(),
            Some("+447400123456"),
            "{input}"
        );
    }
    assert_eq!(
        normalise_phone("020 7946 0000").as_deref(),
        Some("+442079460000")
    );
    assert_eq!(
        normalise_phone("+33 1 42 68 53 00").as_deref(),
        Some("+33142685300")
    );
}

#[test]
fn an_extension_is_found_after_a_number() {
    for (input, number, ext) in [
        ("0113 264 1234 ext 210", "0113 264 1234", "210"),
        ("0113 264 1234, ext. 210", "0113 264 1234", "210"),
        ("0113 264 1234 x210", "0113 264 1234", "210"),
        ("0113 264 1234 Extension 21", "0113 264 1234", "21"),
        ("+44 113 264 1234 #4", "+44 113 264 1234", "4"),
        ("0113 264 1234 (ext 210)", "0113 264 1234", "210"),
        ("0113 264 1234 (x 210)", "0113 264 1234", "210"),
        ("0113 264 1234 ext 1234567", "0113 264 1234", "1234567"),
    ] {
        assert_eq!(
            split_extension(input),
            Some((number.to_owned(), ext.to_owned())),
            "{input}"
        );
    }
    assert_eq!(split_extension("0113 264 1234"), None);
    assert_eq!(split_extension("hello ext 210"), None);
    assert_eq!(split_extension("0113 264 1234 ext 1234567890123"), None);
    assert_eq!(
        split_extension("0113 264 1234 (ext 210"),
        Some(("0113 264 1234".to_owned(), "210".to_owned()))
    );
    assert!(is_drama_number("07700 900123"));
    assert!(is_drama_number("+44 7700 900123"));
    assert!(is_drama_number("+44 (0)7700 900123"));
    assert!(is_drama_number("0044 7700 900123"));
    assert!(!is_drama_number("07700 901123"));
    assert!(!is_drama_number("07400 123456"));
    assert!(is_extension("210"));
    assert!(!is_extension(""));
    assert!(!is_extension("21a"));
    assert!(!is_extension("1234567"));
}

#[test]
fn phones_refuse_what_cannot_be_a_number() {
    for input in [
        "",
        "hello",
        "123",
        "07400 12345678901",
        "+44",
        "0800 FLOWERS",
        "07400 123456 ext 2",
    ] {
        assert_eq!(normalise_phone(input), None, "{input}");
    }
}

#[test]
fn emails() {
    assert!(is_valid_email("j.smith@school.sch.uk"));
    assert!(!is_valid_email("j.smith"));
    assert!(!is_valid_email("a@b.com, c@d.com"));
    // A domain with no dot cannot be replied to.
    assert!(!is_valid_email("name@northfieldpark"));
    assert!(!is_valid_email("name@northfieldpark."));
    assert!(is_valid_email("name@northfieldpark.sch.uk"));
    assert!(!is_valid_email(&format!("{}@example.com", "a".repeat(250))));
}

#[test]
fn lengths_count_characters_not_bytes() {
    assert!(within_length(&"é".repeat(200), TEXT_MAX));
    assert!(!within_length(&"é".repeat(201), TEXT_MAX));
}
