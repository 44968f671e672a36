//! Writes the corpus of hostile files in `tests/fixtures/hostile/`: files
//! that claim to be referrals, drafts or encrypted exports and are not.
//! `tests/hostile.rs` opens every one through each reader and expects a
//! clear error, no panic, and the file unchanged.
//!
//! Run: `cargo run --example hostile_corpus -- tests/fixtures/hostile`
//! (the committed files were made so; encrypted ones differ on each run).
//! With `--valid FILE` it writes one good encrypted export instead, a seed
//! for the decrypt fuzz target.

use prevent_referral::storage::crypto::{Keys, encrypt_to};
use std::path::{Path, PathBuf};

fn main() {
    let args: Vec<PathBuf> = std::env::args_os().skip(1).map(PathBuf::from).collect();
    let result = match args.as_slice() {
        [flag, file] if flag.as_os_str() == "--valid" => write_valid(file),
        [out] => write_corpus(out),
        _ => {
            eprintln!("usage: hostile_corpus DIR | hostile_corpus --valid FILE");
            std::process::exit(2);
        }
    };
    if let Err(e) = result {
        eprintln!("hostile_corpus: {e}");
        std::process::exit(1);
    }
}

fn fixture(name: &str) -> Result<Vec<u8>, String> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name);
    std::fs::read(&path).map_err(|e| format!("{}: {e}", path.display()))
}

fn keys(name: &str) -> Result<Keys, String> {
    let text =
        String::from_utf8(fixture(&format!("keys/{name}.txt"))?).map_err(|e| e.to_string())?;
    Keys::from_identity_text(&text).ok_or_else(|| format!("{name}: not a key"))
}

fn write_valid(file: &Path) -> Result<(), String> {
    let team = keys("prevent-team")?;
    let recipient = prevent_referral::storage::crypto::parse_recipient(&team.public_key())
        .map_err(|e| e.to_string())?;
    let sealed = encrypt_to(&[&recipient], &fixture("child-complete.json")?, false)
        .map_err(|e| e.to_string())?;
    std::fs::write(file, sealed).map_err(|e| e.to_string())
}

fn write_corpus(out: &Path) -> Result<(), String> {
    std::fs::create_dir_all(out).map_err(|e| e.to_string())?;
    let export = fixture("child-complete.json")?;
    let draft = fixture("drafts/draft-v1.json")?;
    let text = String::from_utf8(export.clone()).map_err(|e| e.to_string())?;
    let draft_text = String::from_utf8(draft.clone()).map_err(|e| e.to_string())?;
    let team = keys("prevent-team")?;
    let other = keys("other-team")?;
    let team_recipient = prevent_referral::storage::crypto::parse_recipient(&team.public_key())
        .map_err(|e| e.to_string())?;
    let other_recipient = prevent_referral::storage::crypto::parse_recipient(&other.public_key())
        .map_err(|e| e.to_string())?;
    let seal = |plain: &[u8], armored: bool| {
        encrypt_to(&[&team_recipient], plain, armored).map_err(|e| e.to_string())
    };
    let sealed = seal(&export, false)?;
    let armored = seal(&export, true)?;

    let mut files: Vec<(&str, Vec<u8>)> = vec![
        // Plain files.
        ("empty.json", Vec::new()),
        ("whitespace-only.json", b"  \n\t \n".to_vec()),
        ("truncated-export.json", export[..export.len() / 2].to_vec()),
        ("truncated-draft.json", draft[..draft.len() / 3].to_vec()),
        ("invalid-utf8.json", {
            let mut b = export.clone();
            b[40] = 0xff;
            b[41] = 0xfe;
            b
        }),
        ("utf16.json", {
            let mut b = vec![0xff, 0xfe];
            b.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
            b
        }),
        (
            "deeply-nested-arrays.json",
            "[".repeat(100_000).into_bytes(),
        ),
        ("deeply-nested-objects.json", {
            let mut s = "{\"a\":".repeat(5_000);
            s.push('1');
            s.push_str(&"}".repeat(5_000));
            s.into_bytes()
        }),
        ("array.json", b"[]".to_vec()),
        ("string.json", b"\"referral\"".to_vec()),
        ("null.json", b"null".to_vec()),
        ("huge-number.json", b"1e999999".to_vec()),
        ("nul-bytes.json", vec![0; 4096]),
        ("binary-garbage.json", {
            let mut x: u32 = 0x9e37_79b9;
            (0..4096)
                .map(|_| {
                    x ^= x << 13;
                    x ^= x >> 17;
                    x ^= x << 5;
                    x as u8
                })
                .collect()
        }),
        ("lone-surrogate.json", b"{\"format\": \"\\ud800\"}".to_vec()),
        ("trailing-garbage.json", {
            let mut b = export.clone();
            b.extend_from_slice(b"}}}");
            b
        }),
        (
            "wrong-format.json",
            text.replace("prevent-national-referral", "some-other-form")
                .into_bytes(),
        ),
        (
            "newer-major-version.json",
            text.replace("\"format_version\": \"1.0\"", "\"format_version\": \"2.0\"")
                .into_bytes(),
        ),
        (
            "bad-version.json",
            text.replace(
                "\"format_version\": \"1.0\"",
                "\"format_version\": \"01.0\"",
            )
            .into_bytes(),
        ),
        (
            "unknown-key.json",
            text.replacen(
                "\"referral\": {",
                "\"referral\": {\n    \"hidden_payload\": 1,",
                1,
            )
            .into_bytes(),
        ),
        (
            "wrong-type.json",
            text.replace(
                "\"date_of_birth\": \"2011-03-14\"",
                "\"date_of_birth\": 20110314",
            )
            .into_bytes(),
        ),
        (
            "wrong-key-name.json",
            text.replacen("\"format\"", "\"formats\"", 1).into_bytes(),
        ),
        (
            "newer-draft-version.json",
            draft_text
                .replace("\"draft_version\": 1", "\"draft_version\": 99")
                .into_bytes(),
        ),
        (
            "draft-wrong-type.json",
            draft_text
                .replacen("\"referral\": {", "\"referral\": \"x\", \"ignored\": {", 1)
                .into_bytes(),
        ),
        // Issue 15: what a crafted file can do.
        (
            "duplicate-key.json",
            text.replacen(
                "\"referral\": {",
                "\"referral\": {\"person\": 1},\n  \"referral\": {",
                1,
            )
            .into_bytes(),
        ),
        (
            "terminal-escapes.json",
            text.replace(
                "\"gender\": \"male\"",
                "\"gender\": \"\\u001b]0;Alex Testperson lives at 12 Example Road\\u0007\\u001b[2J\\r\"",
            )
            .into_bytes(),
        ),
        (
            "control-characters.json",
            text.replace(
                "\"given_names\": \"Alex Jordan\"",
                "\"given_names\": \"Alex\\u0000\\u001b[2J Jordan\"",
            )
            .into_bytes(),
        ),
        (
            "bidi-override.json",
            text.replace(
                "\"family_name\": \"Testperson\"",
                "\"family_name\": \"\u{202e}nosreptseT\"",
            )
            .into_bytes(),
        ),
        ("long-key-name.json", {
            let key = format!("\\u001b]52;c;{}\\u0007", "k".repeat(200_000));
            text.replacen("\"referral\": {", &format!("\"referral\": {{\n    \"{key}\": 1,"), 1)
                .into_bytes()
        }),
        (
            "draft-unknown-key.json",
            draft_text
                .replacen("\"given_names\"", "\"nickname\": \"Al\",\n      \"given_names\"", 1)
                .into_bytes(),
        ),
        (
            "draft-duplicate-key.json",
            draft_text
                .replacen("\"label\"", "\"label\": \"first\",\n  \"label\"", 1)
                .into_bytes(),
        ),
        ("json-with-comments.json", {
            let mut b = b"// exported\n".to_vec();
            b.extend_from_slice(&export);
            b
        }),
        // Encrypted files.
        ("tampered-payload.json.age", {
            let mut b = sealed.clone();
            let last = b.len() - 20;
            b[last] ^= 0x40;
            b
        }),
        ("tampered-header.json.age", {
            let mut b = sealed.clone();
            // The first stanza's argument: the file key no longer unwraps.
            if let Some(i) = b.windows(4).position(|w| w == b"X255") {
                b[i + 10] ^= 0x01;
            }
            b
        }),
        ("truncated.json.age", sealed[..sealed.len() / 2].to_vec()),
        ("header-only.json.age", {
            let end = sealed
                .windows(4)
                .position(|w| w == b"\n---")
                .and_then(|i| {
                    sealed[i + 1..]
                        .iter()
                        .position(|b| *b == b'\n')
                        .map(|j| i + 2 + j)
                })
                .unwrap_or(sealed.len());
            sealed[..end].to_vec()
        }),
        (
            "for-another-team.json.age",
            encrypt_to(&[&other_recipient], &export, false).map_err(|e| e.to_string())?,
        ),
        ("passphrase-protected.json.age", {
            let mut r =
                age::scrypt::Recipient::new("a passphrase for the corpus".to_owned().into());
            r.set_work_factor(10);
            encrypt_to(&[&r], &export, true).map_err(|e| e.to_string())?
        }),
        ("armored-garbage.json.age", {
            b"-----BEGIN AGE ENCRYPTED FILE-----\n!!!! not base64 !!!!\n-----END AGE ENCRYPTED FILE-----\n"
                .to_vec()
        }),
        (
            "armored-truncated.json.age",
            armored[..armored.len() / 2].to_vec(),
        ),
        (
            "unknown-age-version.json.age",
            b"age-encryption.org/v2\n-> X25519 abc\nxyz\n--- 0000\n".to_vec(),
        ),
        (
            "encrypted-not-json.json.age",
            seal(b"hello, this is not JSON", false)?,
        ),
        ("encrypted-draft.json.age", seal(&draft, false)?),
        ("encrypted-twice.json.age", seal(&sealed, false)?),
        ("encrypted-empty.json.age", seal(b"", false)?),
        (
            "encrypted-deeply-nested.json.age",
            seal("[".repeat(100_000).as_bytes(), false)?,
        ),
    ];
    // A scrypt stanza asking for 2^40 work: refused before any work.
    files.push(("huge-work-factor.json.age", {
        let mut b = b"age-encryption.org/v1\n-> scrypt c2FsdHNhbHRzYWx0c2FsdA 40\nAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\n--- AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\n"
            .to_vec();
        // A nonce and a chunk's worth of payload.
        b.extend_from_slice(&[0x5a; 64]);
        b
    }));
    for (name, bytes) in &files {
        std::fs::write(out.join(name), bytes).map_err(|e| format!("{name}: {e}"))?;
    }
    // A folder where a file is expected, and two links pointing at each other.
    let folder = out.join("a-folder.json");
    std::fs::create_dir_all(&folder).map_err(|e| e.to_string())?;
    std::fs::write(folder.join(".gitkeep"), b"").map_err(|e| e.to_string())?;
    #[cfg(unix)]
    {
        for (link, target) in [
            ("loop-a.json", "loop-b.json"),
            ("loop-b.json", "loop-a.json"),
        ] {
            let path = out.join(link);
            let _ = std::fs::remove_file(&path);
            std::os::unix::fs::symlink(target, &path).map_err(|e| e.to_string())?;
        }
    }
    println!("{} files in {}", files.len() + 3, out.display());
    Ok(())
}
