//! Every count in the catalogue, at the numbers that pick each plural form:
//! 0, 1, 2, 3, 6, 11 and 100 (Welsh has zero, one, two, few = 3, many = 6
//! and other; English has one and other). Each message with a plural
//! selector formats without an error in both languages and shows its number
//! where its form does; the Welsh nouns take the mutation their number asks
//! for ("2 gofnod", "3 chofnod", "6 chwestiwn", "2 ddiwrnod"); and no count
//! is shown outside a selector, except the few listed in `BARE_COUNTS`.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may panic

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use fluent_syntax::ast;
use prevent_referral::i18n::{Language, SOURCES, t_args_in};
use std::collections::BTreeSet;

/// The numbers every count is tried at: one of each Welsh plural form, and
/// a larger one of each kind of "other".
const NUMBERS: [u32; 7] = [0, 1, 2, 3, 6, 11, 100];

/// The variables that hold a count of something (not a position such as
/// `$line`, `$entry` or `$page`).
const COUNT_VARIABLES: [&str; 12] = [
    "count", "days", "minutes", "min", "max", "limit", "size", "length", "shown", "total",
    "entries", "seconds",
];

/// Counts shown outside a plural selector, by language tag and id, each
/// with why no noun has to agree with it.
const BARE_COUNTS: &[(&str, &str, &str)] = &[
    (
        "en-GB",
        "drafts-sections-complete",
        "\"1 of 8 sections\": the noun agrees with 8",
    ),
    ("en-GB", "list-full", "the number stands alone in brackets"),
    ("en-GB", "policy-more-problems", "\"…and 2 more\": no noun"),
    ("cy", "policy-more-problems", "\"…a 2 arall\": no noun"),
    ("en-GB", "policy-file-too-large", "\"64 KB\": a unit symbol"),
    ("cy", "policy-file-too-large", "\"64 KB\": a unit symbol"),
];

/// The CLDR cardinal category of the whole number `n`, as intl_pluralrules
/// gives it (Welsh: 0 zero, 1 one, 2 two, 3 few, 6 many, else other).
fn category(language: Language, n: u32) -> &'static str {
    match (language, n) {
        (Language::English, 1) => "one",
        (Language::English, _) => "other",
        (Language::Welsh, 0) => "zero",
        (Language::Welsh, 1) => "one",
        (Language::Welsh, 2) => "two",
        (Language::Welsh, 3) => "few",
        (Language::Welsh, 6) => "many",
        (Language::Welsh, _) => "other",
    }
}

/// One variant of a select: its key, and whether its text shows the
/// variable the select is over.
struct Variant {
    key: String,
    number: bool,
    default: bool,
    shows: bool,
}

/// A select over a variable, at the top of a message.
struct Select {
    variable: String,
    variants: Vec<Variant>,
}

/// A message of the catalogue, read with fluent-syntax.
struct Message {
    file: &'static str,
    id: String,
    /// Every variable it uses.
    variables: BTreeSet<String>,
    /// Every variable a select is over, at any depth.
    selected: BTreeSet<String>,
    /// The selects at the top of its text.
    selects: Vec<Select>,
    /// Count variables placed in its text outside any select.
    bare_counts: BTreeSet<String>,
}

fn pattern_variables(
    p: &ast::Pattern<&str>,
    variables: &mut BTreeSet<String>,
    selected: &mut BTreeSet<String>,
) {
    for element in &p.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expression_variables(expression, variables, selected);
        }
    }
}

fn expression_variables(
    e: &ast::Expression<&str>,
    variables: &mut BTreeSet<String>,
    selected: &mut BTreeSet<String>,
) {
    match e {
        ast::Expression::Select { selector, variants } => {
            if let ast::InlineExpression::VariableReference { id } = selector {
                selected.insert(id.name.to_owned());
            }
            inline_variables(selector, variables, selected);
            for v in variants {
                pattern_variables(&v.value, variables, selected);
            }
        }
        ast::Expression::Inline(i) => inline_variables(i, variables, selected),
    }
}

fn inline_variables(
    i: &ast::InlineExpression<&str>,
    variables: &mut BTreeSet<String>,
    selected: &mut BTreeSet<String>,
) {
    match i {
        ast::InlineExpression::VariableReference { id } => {
            variables.insert(id.name.to_owned());
        }
        ast::InlineExpression::Placeable { expression } => {
            expression_variables(expression, variables, selected);
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                inline_variables(a, variables, selected);
            }
            for a in &arguments.named {
                inline_variables(&a.value, variables, selected);
            }
        }
        _ => {}
    }
}

/// True when `p` shows the variable `name` somewhere in its text.
fn shows(p: &ast::Pattern<&str>, name: &str) -> bool {
    let mut variables = BTreeSet::new();
    pattern_variables(p, &mut variables, &mut BTreeSet::new());
    variables.contains(name)
}

/// Every message of `language`, with its variables and selects.
fn messages(language: Language) -> Vec<Message> {
    let mut out = Vec::new();
    for (_, file, text) in SOURCES.iter().filter(|(l, _, _)| *l == language) {
        let resource = fluent_syntax::parser::parse(*text).unwrap_or_else(|(r, _)| r);
        for entry in resource.body {
            let ast::Entry::Message(m) = entry else {
                continue;
            };
            let Some(value) = &m.value else { continue };
            let mut variables = BTreeSet::new();
            let mut selected = BTreeSet::new();
            pattern_variables(value, &mut variables, &mut selected);
            let mut selects = Vec::new();
            let mut bare_counts = BTreeSet::new();
            for element in &value.elements {
                let ast::PatternElement::Placeable { expression } = element else {
                    continue;
                };
                match expression {
                    ast::Expression::Select {
                        selector: ast::InlineExpression::VariableReference { id },
                        variants,
                    } => selects.push(Select {
                        variable: id.name.to_owned(),
                        variants: variants
                            .iter()
                            .map(|v| {
                                let (key, number) = match &v.key {
                                    ast::VariantKey::Identifier { name } => {
                                        ((*name).to_owned(), false)
                                    }
                                    ast::VariantKey::NumberLiteral { value } => {
                                        ((*value).to_owned(), true)
                                    }
                                };
                                Variant {
                                    key,
                                    number,
                                    default: v.default,
                                    shows: shows(&v.value, id.name),
                                }
                            })
                            .collect(),
                    }),
                    ast::Expression::Inline(ast::InlineExpression::VariableReference { id })
                        if COUNT_VARIABLES.contains(&id.name) =>
                    {
                        bare_counts.insert(id.name.to_owned());
                    }
                    _ => {}
                }
            }
            out.push(Message {
                file,
                id: m.id.name.to_owned(),
                variables,
                selected,
                selects,
                bare_counts,
            });
        }
    }
    out
}

/// A bundle of `language`'s catalogue made here, as src/i18n.rs makes its
/// own (no isolation marks), so that Fluent's errors can be seen.
fn bundle(language: Language) -> FluentBundle<FluentResource> {
    let tag: unic_langid::LanguageIdentifier = language.tag().parse().expect("a language tag");
    let mut bundle: FluentBundle<FluentResource> = FluentBundle::new(vec![tag]);
    bundle.set_use_isolating(false);
    for (_, file, text) in SOURCES.iter().filter(|(l, _, _)| *l == language) {
        let resource = FluentResource::try_new((*text).to_owned())
            .unwrap_or_else(|(_, errors)| panic!("{}/{file}: {errors:?}", language.tag()));
        bundle
            .add_resource(resource)
            .unwrap_or_else(|errors| panic!("{}/{file}: {errors:?}", language.tag()));
    }
    bundle
}

/// `id` formatted by `bundle` with `args`, with the errors Fluent met.
fn format(
    bundle: &FluentBundle<FluentResource>,
    id: &str,
    args: &FluentArgs<'_>,
) -> (String, Vec<String>) {
    let message = bundle
        .get_message(id)
        .unwrap_or_else(|| panic!("{id} is not in the catalogue"));
    let pattern = message
        .value()
        .unwrap_or_else(|| panic!("{id} has no value"));
    let mut errors = Vec::new();
    let text = bundle
        .format_pattern(pattern, Some(args), &mut errors)
        .into_owned();
    (text, errors.iter().map(|e| format!("{e:?}")).collect())
}

/// The variables of `message` with every count (and every variable a select
/// is over) at `n`, and the rest as a word.
fn args_at(message: &Message, n: u32) -> FluentArgs<'_> {
    let mut args = FluentArgs::new();
    for variable in &message.variables {
        if message.selected.contains(variable) || COUNT_VARIABLES.contains(&variable.as_str()) {
            args.set(variable.as_str(), FluentValue::from(f64::from(n)));
        } else {
            args.set(
                variable.as_str(),
                FluentValue::from(format!("‹{variable}›")),
            );
        }
    }
    args
}

/// The variant Fluent picks for `n`: an exact number first, then the
/// plural category, else the default.
fn chosen<'a>(select: &'a Select, category: &str, n: u32) -> Option<&'a Variant> {
    select
        .variants
        .iter()
        .find(|v| {
            if v.number {
                v.key.parse::<u32>().ok() == Some(n)
            } else {
                v.key == category
            }
        })
        .or_else(|| select.variants.iter().find(|v| v.default))
}

#[test]
fn every_count_formats_at_each_plural_form_in_both_languages() {
    let mut tried = 0;
    for language in Language::ALL {
        let bundle = bundle(language);
        for message in messages(language) {
            if message.selected.is_empty() {
                continue;
            }
            tried += 1;
            for n in NUMBERS {
                let at = format!("{}/{} {} at {n}", language.tag(), message.file, message.id);
                let args = args_at(&message, n);
                let (text, errors) = format(&bundle, &message.id, &args);
                assert!(errors.is_empty(), "{at}: {errors:?} in {text:?}");
                assert_eq!(
                    t_args_in(language, &message.id, &args),
                    text,
                    "{at}: the program formats it otherwise"
                );
                for select in &message.selects {
                    let variant = chosen(select, category(language, n), n)
                        .unwrap_or_else(|| panic!("{at}: no variant for ${}", select.variable));
                    if variant.shows {
                        assert!(
                            text.contains(&n.to_string()),
                            "{at}: [{}] does not show {n}: {text:?}",
                            variant.key
                        );
                    }
                }
            }
        }
    }
    assert!(tried > 60, "only {tried} messages with a plural selector");
}

/// A count message, the number it is tried at, and what its text must hold.
struct Case {
    language: Language,
    id: &'static str,
    /// The variable tried at each number of `expect`.
    count: &'static str,
    /// Its other numeric variables, held still.
    numbers: &'static [(&'static str, u32)],
    /// Its other variables.
    texts: &'static [(&'static str, &'static str)],
    expect: &'static [(u32, &'static str)],
}

const HASH: &[(&str, &str)] = &[("hash", "0123abcd")];

/// The nouns after numbers: in Welsh, the soft mutation after 2 ("dau
/// gofnod", "2 ddiwrnod", "2 funud"), the aspirate after 3 and 6 of c, p and
/// t ("tri chofnod", "chwe chwestiwn", "3 thîm"), and the radical after the
/// others; in English, the singular at 1 only.
const CASES: &[Case] = &[
    Case {
        language: Language::Welsh,
        id: "history-check-holds",
        count: "count",
        numbers: &[],
        texts: HASH,
        expect: &[
            (1, "Mae gan yr hanes 1 cofnod ac fe'i gwiriwyd"),
            (2, "Mae gan yr hanes 2 gofnod ac fe'u gwiriwyd"),
            (3, "Mae gan yr hanes 3 chofnod ac fe'u gwiriwyd"),
            (6, "Mae gan yr hanes 6 chofnod ac fe'u gwiriwyd"),
            (11, "Mae gan yr hanes 11 cofnod ac fe'u gwiriwyd"),
            (100, "Mae gan yr hanes 100 cofnod ac fe'u gwiriwyd"),
        ],
    },
    Case {
        language: Language::Welsh,
        id: "cli-history-holds",
        count: "count",
        numbers: &[],
        texts: HASH,
        expect: &[
            (1, "1 cofnod;"),
            (2, "2 gofnod;"),
            (3, "3 chofnod;"),
            (6, "6 chofnod;"),
            (11, "11 cofnod;"),
            (100, "100 cofnod;"),
        ],
    },
    Case {
        language: Language::Welsh,
        id: "history-saved",
        count: "count",
        numbers: &[],
        texts: &[("questions", "Cyfenw")],
        expect: &[
            (1, "1 cwestiwn wedi newid: Cyfenw"),
            (2, "2 gwestiwn wedi newid: Cyfenw"),
            (3, "3 chwestiwn wedi newid: Cyfenw"),
            (6, "6 chwestiwn wedi newid: Cyfenw"),
            (11, "11 cwestiwn wedi newid: Cyfenw"),
        ],
    },
    Case {
        language: Language::Welsh,
        id: "notice-opened-export-not-sent",
        count: "count",
        numbers: &[],
        texts: &[("questions", "Rhif gwasanaeth")],
        expect: &[
            (1, "a ofynnodd 1 cwestiwn i'r person hwn"),
            (2, "a ofynnodd 2 gwestiwn i'r person hwn"),
            (3, "a ofynnodd 3 chwestiwn i'r person hwn"),
            (6, "a ofynnodd 6 chwestiwn i'r person hwn"),
            (11, "a ofynnodd 11 cwestiwn i'r person hwn"),
        ],
    },
    Case {
        language: Language::English,
        id: "notice-opened-export-not-sent",
        count: "count",
        numbers: &[],
        texts: &[("questions", "Service number")],
        expect: &[
            (
                1,
                "1 question this edition does not: Service number. Its answer",
            ),
            (
                2,
                "2 questions this edition does not: Service number. Their answers",
            ),
        ],
    },
    Case {
        language: Language::Welsh,
        id: "history-show-older",
        count: "count",
        numbers: &[],
        texts: &[],
        expect: &[
            (1, "Dangos 1 cofnod hŷn"),
            (2, "Dangos 2 gofnod hŷn"),
            (3, "Dangos 3 chofnod hŷn"),
            (6, "Dangos 6 chofnod hŷn"),
            (11, "Dangos 11 cofnod hŷn"),
            (100, "Dangos 100 cofnod hŷn"),
        ],
    },
    Case {
        language: Language::Welsh,
        id: "history-showing",
        count: "shown",
        numbers: &[("total", 300)],
        texts: &[],
        expect: &[
            (3, "Yn dangos y 3 chofnod diweddaraf o 300."),
            (100, "Yn dangos y 100 cofnod diweddaraf o 300."),
        ],
    },
    Case {
        language: Language::Welsh,
        id: "history-copied-from",
        count: "count",
        numbers: &[],
        texts: &[("id", "1a2b3c4d"), ("hash", "0123abcd")],
        expect: &[
            (2, "2 gofnod, yn gorffen â 0123abcd"),
            (3, "3 chofnod, yn gorffen â 0123abcd"),
            (6, "6 chofnod, yn gorffen â 0123abcd"),
            (11, "11 cofnod, yn gorffen â 0123abcd"),
        ],
    },
    Case {
        language: Language::Welsh,
        id: "cli-history-copied-from",
        count: "count",
        numbers: &[],
        texts: &[("id", "1a2b3c4d"), ("hash", "0123abcd")],
        expect: &[
            (2, "(2 gofnod;"),
            (3, "(3 chofnod;"),
            (6, "(6 chofnod;"),
            (11, "(11 cofnod;"),
        ],
    },
    Case {
        language: Language::Welsh,
        id: "pdf-history-value",
        count: "entries",
        numbers: &[],
        texts: HASH,
        expect: &[
            (1, "1 cofnod,"),
            (2, "2 gofnod,"),
            (3, "3 chofnod,"),
            (6, "6 chofnod,"),
            (11, "11 cofnod,"),
        ],
    },
    // The purges: the drafts, and the days they were not edited for.
    Case {
        language: Language::Welsh,
        id: "cli-drafts-purged",
        count: "count",
        numbers: &[("days", 30)],
        texts: &[],
        expect: &[
            (0, "ni ddilëwyd dim drafftiau heb eu golygu ers 30 diwrnod"),
            (1, "dilëwyd 1 drafft heb ei olygu ers 30 diwrnod"),
            (2, "dilëwyd 2 ddrafft heb eu golygu ers 30 diwrnod"),
            (3, "dilëwyd 3 drafft heb eu golygu ers 30 diwrnod"),
            (6, "dilëwyd 6 drafft heb eu golygu ers 30 diwrnod"),
        ],
    },
    Case {
        language: Language::Welsh,
        id: "cli-drafts-purged",
        count: "days",
        numbers: &[("count", 3)],
        texts: &[],
        expect: &[
            (1, "dilëwyd 3 drafft heb eu golygu ers 1 diwrnod"),
            (2, "dilëwyd 3 drafft heb eu golygu ers 2 ddiwrnod"),
            (3, "dilëwyd 3 drafft heb eu golygu ers 3 diwrnod"),
            (6, "dilëwyd 3 drafft heb eu golygu ers 6 diwrnod"),
            (30, "dilëwyd 3 drafft heb eu golygu ers 30 diwrnod"),
        ],
    },
    Case {
        language: Language::Welsh,
        id: "cli-drafts-purged-sent",
        count: "count",
        numbers: &[("days", 30)],
        texts: &[],
        expect: &[
            (
                0,
                "ni ddilëwyd dim atgyfeiriadau a anfonwyd heb ddim wedi'i gofnodi ers 30 diwrnod",
            ),
            (
                2,
                "dilëwyd 2 atgyfeiriad a anfonwyd heb ddim wedi'i gofnodi ers 30 diwrnod",
            ),
            (3, "dilëwyd 3 atgyfeiriad a anfonwyd"),
        ],
    },
    Case {
        language: Language::Welsh,
        id: "cli-drafts-purged-sent",
        count: "days",
        numbers: &[("count", 1)],
        texts: &[],
        expect: &[
            (2, "ers 2 ddiwrnod neu fwy"),
            (3, "ers 3 diwrnod neu fwy"),
            (6, "ers 6 diwrnod neu fwy"),
            (30, "ers 30 diwrnod neu fwy"),
        ],
    },
    Case {
        language: Language::Welsh,
        id: "drafts-stale",
        count: "days",
        numbers: &[],
        texts: &[],
        expect: &[
            (0, "Heb ei olygu ers 0 diwrnod neu fwy"),
            (2, "Heb ei olygu ers 2 ddiwrnod neu fwy"),
            (3, "Heb ei olygu ers 3 diwrnod neu fwy"),
            (30, "Heb ei olygu ers 30 diwrnod neu fwy"),
        ],
    },
    Case {
        language: Language::Welsh,
        id: "settings-lock-after",
        count: "minutes",
        numbers: &[],
        texts: &[],
        expect: &[
            (2, "Ar ôl 2 funud"),
            (3, "Ar ôl 3 munud"),
            (15, "Ar ôl 15 munud"),
        ],
    },
    Case {
        language: Language::Welsh,
        id: "decrypt-too-many-recipients",
        count: "max",
        numbers: &[],
        texts: &[],
        expect: &[
            (2, "mwy na 2 dderbynnydd"),
            (3, "mwy na 3 derbynnydd"),
            (64, "mwy na 64 derbynnydd"),
        ],
    },
    Case {
        language: Language::Welsh,
        id: "file-too-large",
        count: "size",
        numbers: &[],
        texts: &[],
        expect: &[(2, "yn 2 feit,"), (3, "yn 3 beit,"), (6, "yn 6 beit,")],
    },
    Case {
        language: Language::Welsh,
        id: "policy-too-many-teams",
        count: "max",
        numbers: &[],
        texts: &[],
        expect: &[
            (2, "mwy na 2 dîm"),
            (3, "mwy na 3 thîm"),
            (6, "mwy na 6 thîm"),
            (50, "mwy na 50 o dimau"),
        ],
    },
    Case {
        language: Language::Welsh,
        id: "summary-label",
        count: "count",
        numbers: &[],
        texts: &[],
        expect: &[
            (1, "Mae problem: 1 ateb i'w gywiro"),
            (3, "Mae problem: 3 ateb i'w cywiro"),
            (6, "Mae problem: 6 ateb i'w cywiro"),
        ],
    },
    Case {
        language: Language::English,
        id: "history-show-older",
        count: "count",
        numbers: &[],
        texts: &[],
        expect: &[
            (1, "Show 1 older entry"),
            (2, "Show 2 older entries"),
            (100, "Show 100 older entries"),
        ],
    },
    Case {
        language: Language::English,
        id: "history-showing",
        count: "total",
        numbers: &[("shown", 100)],
        texts: &[],
        expect: &[(250, "Showing the newest 100 of 250 entries.")],
    },
    Case {
        language: Language::English,
        id: "history-check-holds",
        count: "count",
        numbers: &[],
        texts: HASH,
        expect: &[
            (1, "The history has 1 entry and"),
            (3, "The history has 3 entries and"),
        ],
    },
    Case {
        language: Language::English,
        id: "drafts-stale",
        count: "days",
        numbers: &[],
        texts: &[],
        expect: &[
            (1, "Not edited for 1 day or more"),
            (30, "Not edited for 30 days or more"),
        ],
    },
    Case {
        language: Language::English,
        id: "cli-drafts-purged",
        count: "days",
        numbers: &[("count", 2)],
        texts: &[],
        expect: &[
            (1, "2 drafts not edited for 1 day deleted"),
            (30, "2 drafts not edited for 30 days deleted"),
        ],
    },
    Case {
        language: Language::English,
        id: "cli-drafts-purged-sent",
        count: "days",
        numbers: &[("count", 1)],
        texts: &[],
        expect: &[
            (
                1,
                "deleted 1 sent referral with nothing recorded for 1 day or more",
            ),
            (
                3,
                "deleted 1 sent referral with nothing recorded for 3 days or more",
            ),
        ],
    },
    Case {
        language: Language::English,
        id: "settings-lock-after",
        count: "minutes",
        numbers: &[],
        texts: &[],
        expect: &[(1, "After 1 minute"), (15, "After 15 minutes")],
    },
];

#[test]
fn nouns_take_the_form_their_number_asks_for() {
    for case in CASES {
        for (n, want) in case.expect {
            let mut args = FluentArgs::new();
            args.set(case.count, f64::from(*n));
            for (name, value) in case.numbers {
                args.set(*name, f64::from(*value));
            }
            for (name, value) in case.texts {
                args.set(*name, *value);
            }
            let text = t_args_in(case.language, case.id, &args);
            assert!(
                text.contains(want) && !text.contains('{'),
                "{} {} with ${} = {n}: {text:?} does not hold {want:?}",
                case.language.tag(),
                case.id,
                case.count
            );
        }
    }
}

/// A number placed before a noun outside any selector cannot make the noun
/// agree (in Welsh, mutate): every count goes through a plural selector.
#[test]
fn every_count_goes_through_a_plural_selector() {
    let mut bare = BTreeSet::new();
    for language in Language::ALL {
        for message in messages(language) {
            if message.bare_counts.is_empty() {
                continue;
            }
            assert!(
                BARE_COUNTS
                    .iter()
                    .any(|(tag, id, _)| *tag == language.tag() && message.id == *id),
                "{}/{} {} shows {:?} outside a plural selector: give it one in both \
                 languages (docs/TRANSLATION.md, Plurals)",
                language.tag(),
                message.file,
                message.id,
                message.bare_counts
            );
            bare.insert((language.tag(), message.id));
        }
    }
    for (tag, id, why) in BARE_COUNTS {
        assert!(
            bare.contains(&(*tag, (*id).to_owned())),
            "{tag} {id} ({why}) no longer shows a count outside a selector: take it off BARE_COUNTS"
        );
    }
}
