//! Encryption: `cargo bench --bench crypto`. Aims: unlocking (one scrypt
//! run at the chosen work factor) under 1 s; encrypting and durably saving
//! a large referral under 20 ms (the library bench measures the whole
//! autosave; this splits out the encryption).

use age::secrecy::SecretString;
use prevent_referral::storage::crypto::{KeyFile, Keys};

fn main() {
    divan::main();
}

/// Three 50,000-character answers, as in the library bench.
fn large_json() -> Vec<u8> {
    let long: String = "He said he wanted to do what they did. "
        .repeat(1300)
        .chars()
        .take(50_000)
        .collect();
    serde_json::json!({ "a": long, "b": long, "c": long })
        .to_string()
        .into_bytes()
}

#[divan::bench(sample_count = 5)]
fn unlock(bencher: divan::Bencher) {
    let dir = tempfile::tempdir_in(env!("CARGO_TARGET_TMPDIR")).unwrap_or_else(|e| panic!("{e}"));
    let file = KeyFile::in_dir(dir.path());
    let passphrase = SecretString::from("correct horse battery staple".to_owned());
    file.create(&passphrase).unwrap_or_else(|e| panic!("{e}"));
    bencher.bench_local(|| file.unlock(&passphrase).map(|k| k.public_key().len()));
}

#[divan::bench(sample_count = 50)]
fn encrypt_a_large_referral(bencher: divan::Bencher) {
    let keys = Keys::generate();
    let plain = large_json();
    bencher.bench_local(|| keys.seal(&plain).map(|s| s.len()));
}

#[divan::bench(sample_count = 50)]
fn decrypt_a_large_referral(bencher: divan::Bencher) {
    let keys = Keys::generate();
    let sealed = keys.seal(&large_json()).unwrap_or_default();
    bencher.bench_local(|| keys.open(&sealed).map(|p| p.len()));
}

#[divan::bench(sample_count = 30)]
fn encrypt_and_durably_save_a_large_referral(bencher: divan::Bencher) {
    let dir = tempfile::tempdir_in(env!("CARGO_TARGET_TMPDIR")).unwrap_or_else(|e| panic!("{e}"));
    let path = dir.path().join("draft.age");
    let keys = Keys::generate();
    let plain = large_json();
    bencher.bench_local(|| {
        let sealed = keys.seal(&plain).unwrap_or_default();
        prevent_referral::storage::store::write_private(&path, &sealed)
    });
}

/// A crafted file naming `stanzas` recipients (random-looking X25519
/// stanzas and a MAC that is not one), as anyone can send a team.
fn crafted(stanzas: usize) -> Vec<u8> {
    let mut file = b"age-encryption.org/v1\n".to_vec();
    for n in 0..stanzas {
        file.extend_from_slice(format!("-> X25519 {n:043}\n{n:043}\n").as_bytes());
    }
    file.extend_from_slice(b"--- AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\n");
    file.extend_from_slice(&[0; 64]);
    file
}

/// Aim: refused in milliseconds (age alone took 28 s for 10,000 stanzas
/// and did not finish 100,000 in ten minutes).
#[divan::bench(args = [10_000, 100_000], sample_count = 20)]
fn refuse_a_header_of_many_stanzas(bencher: divan::Bencher, stanzas: usize) {
    let keys = Keys::generate();
    let file = crafted(stanzas);
    bencher.bench_local(|| keys.open(&file).is_err());
}

/// The most a referral is sent to: still left to age, still quick.
#[divan::bench(sample_count = 20)]
fn open_a_header_of_64_stanzas(bencher: divan::Bencher) {
    let keys = Keys::generate();
    let file = crafted(prevent_referral::storage::crypto::MAX_STANZAS);
    bencher.bench_local(|| keys.open(&file).is_err());
}
