//! Build-time facts: the git commit for `--version`, and for a Windows
//! target the icon and version information embedded in the .exe. This runs
//! on the build machine: whether the target is Windows is asked of
//! `CARGO_CFG_TARGET_OS`, never of `cfg(windows)` (a .exe cross-built on
//! Linux would otherwise have neither).

use std::path::Path;
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

    if std::env::var("CARGO_CFG_TARGET_OS").as_deref() == Ok("windows") {
        windows_resources();
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
