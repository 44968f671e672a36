//! Build-time facts: the git commit for `--version`, the bundled fonts
//! packed, and for a Windows target the icon and version information
//! embedded in the .exe. This runs
//! on the build machine: whether the target is Windows is asked of
//! `CARGO_CFG_TARGET_OS`, never of `cfg(windows)` (a .exe cross-built on
//! Linux would otherwise have neither).

use std::path::{Path, PathBuf};
use std::process::Command;

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-env-changed=PREVENT_REFERRAL_COMMIT");
    // Rebuilt when HEAD moves, so the commit shown is the one built.
    for path in [".git/HEAD", ".git/packed-refs"] {
        if Path::new(path).exists() {
            println!("cargo:rerun-if-changed={path}");
        }
    }
    if let Ok(head) = std::fs::read_to_string(".git/HEAD")
        && let Some(reference) = head.trim().strip_prefix("ref: ")
    {
        let path = format!(".git/{reference}");
        if Path::new(&path).exists() {
            println!("cargo:rerun-if-changed={path}");
        }
    }
    // A package built from a source archive has no .git: the packager may
    // say which commit it is.
    let commit = std::env::var("PREVENT_REFERRAL_COMMIT")
        .ok()
        .filter(|c| !c.trim().is_empty())
        .or_else(git_commit)
        .unwrap_or_else(|| "unknown".to_owned());
    println!("cargo:rustc-env=PREVENT_REFERRAL_COMMIT={commit}");

    if std::env::var_os("CARGO_FEATURE_PDF").is_some() {
        pack_fonts();
    }

    let target_os = std::env::var("CARGO_CFG_TARGET_OS");
    if target_os.as_deref() == Ok("windows") {
        windows_resources();
    }
    // Linux (glibc): the program's relative relocations packed (DT_RELR)
    // rather than 24 bytes each, 2 MB of a release binary that stays
    // position-independent (docs/DECISIONS.md, "The release binary under
    // 45 MB"). Only where the C library it is linked against knows them:
    // built on an older glibc, the program would not start there.
    // x86-64 only: the binutils of Debian 12 and Ubuntu 24.04 ignore the
    // option on arm64.
    if target_os.as_deref() == Ok("linux")
        && std::env::var("CARGO_CFG_TARGET_ENV").as_deref() == Ok("gnu")
        && std::env::var("CARGO_CFG_TARGET_ARCH").as_deref() == Ok("x86_64")
        && glibc_packs_relocations()
    {
        println!("cargo:rustc-link-arg-bins=-Wl,-z,pack-relative-relocs");
    }
}

/// Whether this machine's glibc (2.36 or later) loads packed relocations:
/// its libc.so.6 defines the version GLIBC_ABI_DT_RELR. Only for a build
/// for this machine; a cross-build is left as it is.
fn glibc_packs_relocations() -> bool {
    if std::env::var("HOST").ok() != std::env::var("TARGET").ok() {
        return false;
    }
    const NEEDLE: &[u8] = b"GLIBC_ABI_DT_RELR";
    let mut packs = false;
    for path in [
        "/lib/x86_64-linux-gnu/libc.so.6",
        "/usr/lib/x86_64-linux-gnu/libc.so.6",
        "/lib64/libc.so.6",
        "/usr/lib64/libc.so.6",
        "/usr/lib/libc.so.6",
    ] {
        if let Ok(library) = std::fs::read(path) {
            // Asked again when the C library changes (an upgrade, or a
            // target folder shared with another system).
            println!("cargo:rerun-if-changed={path}");
            packs |= library.windows(NEEDLE.len()).any(|w| w == NEEDLE);
        }
    }
    packs
}

/// The fonts src/pdf/bundled.rs carries, under assets/fonts/.
const FONTS: [&str; 12] = [
    "OpenSans-Regular.ttf",
    "OpenSans-Bold.ttf",
    "DejaVuSans.ttf",
    "DejaVuSans-Bold.ttf",
    "noto/NotoSansArabic-Regular.ttf",
    "noto/NotoSansHebrew-Regular.ttf",
    "noto/NotoSansBengali-Regular.ttf",
    "noto/NotoSansGurmukhi-Regular.ttf",
    "noto/NotoSansGujarati-Regular.ttf",
    "noto/NotoSansDevanagari-Regular.ttf",
    "noto/NotoSansTamil-Regular.ttf",
    "noto/NotoSansThai-Regular.ttf",
];

/// Each bundled font deflated into OUT_DIR/fonts/: the program carries
/// 1.4 MB in place of 3.0 MB and unpacks a font the first time it is used.
fn pack_fonts() {
    let Some(out) = std::env::var_os("OUT_DIR").map(PathBuf::from) else {
        println!("cargo:warning=no OUT_DIR to pack the fonts into");
        std::process::exit(1);
    };
    for file in FONTS {
        let source = Path::new("assets/fonts").join(file);
        println!("cargo:rerun-if-changed={}", source.display());
        let packed = std::fs::read(&source)
            .map(|font| miniz_oxide::deflate::compress_to_vec(&font, 9))
            .and_then(|packed| {
                let target = out.join("fonts").join(format!("{file}.deflate"));
                if let Some(folder) = target.parent() {
                    std::fs::create_dir_all(folder)?;
                }
                std::fs::write(target, packed)
            });
        if let Err(e) = packed {
            println!("cargo:warning=could not pack {}: {e}", source.display());
            std::process::exit(1);
        }
    }
}

fn git_commit() -> Option<String> {
    let out = Command::new("git")
        .args(["rev-parse", "--short=12", "HEAD"])
        .output()
        .ok()?;
    if !out.status.success() {
        return None;
    }
    let commit = String::from_utf8(out.stdout).ok()?.trim().to_owned();
    let dirty = Command::new("git")
        .args(["status", "--porcelain", "--untracked-files=no"])
        .output()
        .ok()
        .is_some_and(|o| !o.stdout.is_empty());
    Some(if dirty {
        format!("{commit}-modified")
    } else {
        commit
    })
}

/// The icon and version information of `prevent-referral.exe` (with
/// mingw's `windres` when cross-built on Linux: apt gcc-mingw-w64-x86-64).
fn windows_resources() {
    println!("cargo:rerun-if-changed=assets/icons/prevent-referral.ico");
    let mut res = winresource::WindowsResource::new();
    res.set_icon("assets/icons/prevent-referral.ico")
        .set("ProductName", "Prevent Referral")
        .set("FileDescription", "Prevent Referral")
        .set("CompanyName", "The Prevent Referral authors")
        .set(
            "LegalCopyright",
            "Copyright (c) 2026 The Prevent Referral authors. MIT License.",
        )
        .set("OriginalFilename", "prevent-referral.exe")
        .set("InternalName", "prevent-referral");
    if let Err(e) = res.compile() {
        println!("cargo:warning=could not embed the Windows resources: {e}");
        std::process::exit(1);
    }
}
