//! What differs between operating systems, behind one set of functions:
//! owner-only access (mode bits on Unix, a DACL on Windows), a file's
//! identity (device and inode, or volume and file index), a rename that is
//! on disk when it returns, and what the process does for itself at start
//! on Windows (its parent's console, no crash reports).

use std::io;
use std::path::Path;

#[cfg(windows)]
mod windows;

/// Who owns a file or folder, and whether anyone else may read or change
/// it (besides the system and administrators, who stand where root does).
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Access {
    /// Owned by the user running the program.
    pub ours: bool,
    /// Owned by the system or administrators (root on Unix), who can reach
    /// every file anyway: not someone else who could open it up.
    pub owner_like_root: bool,
    /// Someone else may read what is in it.
    pub others_read: bool,
    /// Someone else may change it, or its rules.
    pub others_change: bool,
    /// Who else may (Windows: their SIDs), for a message.
    pub others: Vec<String>,
    /// The permission bits (Unix), for a message.
    pub mode: Option<u32>,
}

impl Access {
    /// What a message shows of who else has access: "mode 775", or the
    /// accounts' SIDs.
    pub fn who(&self) -> String {
        match self.mode {
            Some(mode) => crate::tr!("access-mode", mode = format!("{mode:o}")),
            None => crate::tr!("access-accounts", accounts = self.others.join(", ")),
        }
    }

    /// Whether someone else may change it: by its rules, or as its owner
    /// (an owner can always change the rules, whatever they say now).
    pub fn others_may_change(&self) -> bool {
        self.others_change || !(self.ours || self.owner_like_root)
    }

    /// What a message says of who else may change it (see
    /// [`Access::others_may_change`]).
    pub fn who_may_change(&self) -> String {
        if self.others_change {
            self.who()
        } else {
            crate::i18n::t("access-owner-other").to_owned()
        }
    }
}

/// The command that makes the file or folder at `path` its owner's only,
/// for a message; `shown` is its path as the message shows it. On Windows
/// it names the user and the other accounts by SID (`%USERNAME%` means
/// nothing in PowerShell) and removes the others' own rules, which
/// `/inheritance:r` alone keeps.
pub fn owner_only_command(path: &Path, shown: &str, folder: bool) -> String {
    // Owned by another account: the rules alone cannot make it private,
    // so the command takes it over first.
    let found = access(path).ok();
    let not_ours = found
        .as_ref()
        .is_some_and(|a| !a.ours && !a.owner_like_root);
    if cfg!(windows) {
        let others = found.map(|a| a.others).unwrap_or_default();
        let fix = windows_owner_only_command(&others, shown, folder);
        if not_ours {
            format!("takeown /f \"{shown}\" && {fix}")
        } else {
            fix
        }
    } else {
        let mode = if folder { "700" } else { "600" };
        if not_ours {
            format!("chown \"$(id -un)\" {shown} && chmod {mode} {shown}")
        } else {
            format!("chmod {mode} {shown}")
        }
    }
}

/// The icacls command for Windows; `others` are the accounts the rules
/// let in now (their SIDs, from [`Access::others`]).
fn windows_owner_only_command(others: &[String], shown: &str, folder: bool) -> String {
    let rights = if folder { "(OI)(CI)F" } else { "F" };
    #[cfg(windows)]
    let user = windows::user_sid_string().ok();
    #[cfg(not(windows))]
    let user: Option<String> = None;
    let user = user.map_or_else(|| "\"%USERNAME%\"".to_owned(), |sid| format!("*{sid}"));
    let others: Vec<String> = others
        .iter()
        .filter(|who| who.starts_with("S-"))
        .map(|sid| format!("*{sid}"))
        .collect();
    let mut command = format!("icacls \"{shown}\" /inheritance:r /grant:r {user}:{rights}");
    if !others.is_empty() {
        command.push_str(" /remove:g ");
        command.push_str(&others.join(" "));
    }
    command
}

/// Who owns `path` and who else may read or change it. Follows a link.
pub fn access(path: &Path) -> io::Result<Access> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        let meta = std::fs::metadata(path)?;
        let mode = meta.mode() & 0o7777;
        let others_read = mode & 0o044 != 0;
        let others_change = mode & 0o022 != 0;
        Ok(Access {
            ours: meta.uid() == rustix::process::geteuid().as_raw(),
            owner_like_root: meta.uid() == 0,
            others_read,
            others_change,
            others: Vec::new(),
            mode: (others_read || others_change).then_some(mode),
        })
    }
    #[cfg(windows)]
    {
        windows::access(path)
    }
}

/// Makes `path` readable and changeable by its owner only: mode 0600 (a
/// file) or 0700 (a folder) on Unix; on Windows one rule, full control for
/// the current user, nothing inherited (and, for a folder, inherited by
/// what is made in it).
pub fn make_owner_only(path: &Path, folder: bool) -> io::Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = if folder { 0o700 } else { 0o600 };
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode))
    }
    #[cfg(windows)]
    {
        windows::make_owner_only(path, folder)
    }
}

/// A file's identity: two paths with the same are one file (a hard link,
/// a link followed, a second name for a folder). Device and inode on Unix;
/// on Windows the volume serial number and the 128-bit file id (ReFS's
/// ids do not fit the older 64-bit file index).
pub type FileId = (u64, u128);

/// The [`FileId`] of the file at `path`, following a link.
pub fn file_id(path: &Path) -> Option<FileId> {
    #[cfg(unix)]
    {
        let st = rustix::fs::stat(path).ok()?;
        #[allow(clippy::unnecessary_cast)] // the types differ between systems
        Some((st.st_dev as u64, u128::from(st.st_ino as u64)))
    }
    #[cfg(windows)]
    {
        use std::os::windows::fs::OpenOptionsExt;
        // FILE_FLAG_BACKUP_SEMANTICS: needed to open a folder. No access
        // asked for (0): only the identity is read, and a file another
        // program holds open can still be asked.
        let file = std::fs::OpenOptions::new()
            .access_mode(0)
            .custom_flags(0x0200_0000)
            .open(path)
            .ok()?;
        file_id_of(&file)
    }
}

/// The identity of an open file (see [`file_id`]).
pub fn file_id_of(file: &std::fs::File) -> Option<FileId> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        let meta = file.metadata().ok()?;
        Some((meta.dev(), u128::from(meta.ino())))
    }
    #[cfg(windows)]
    {
        windows::file_id_of(file)
    }
}

/// Windows: a new file, owner-only from the moment it exists, that no one
/// else may write, rename or delete while it is open (see
/// `windows::create_owner_only_new`). For [`crate::storage::store`]'s writes.
#[cfg(windows)]
pub fn create_owner_only_new(path: &Path) -> io::Result<std::fs::File> {
    windows::create_owner_only_new(path)
}

/// Windows: renames a file made by [`create_owner_only_new`] by its handle
/// (the caller flushes it after).
#[cfg(windows)]
pub fn rename_open(file: &std::fs::File, to: &Path, replace: bool) -> io::Result<()> {
    windows::rename_open(file, to, replace)
}

/// Windows: deletes a file made by [`create_owner_only_new`] when its
/// handle closes. Whether Windows took the request.
#[cfg(windows)]
pub fn delete_open(handle: std::os::windows::io::RawHandle) -> bool {
    windows::delete_open(handle)
}

/// Windows' errors for a file another program holds open for a moment:
/// access denied (5; also a file being deleted), sharing violation (32),
/// lock violation (33).
pub fn is_held_by_another_program(e: &io::Error) -> bool {
    cfg!(windows) && matches!(e.raw_os_error(), Some(5 | 32 | 33))
}

/// How long a write waits, at most, for a file another program holds.
pub const HELD_WAIT_MS: u64 = 1_500;

/// Runs `action` again while it fails because another program holds the
/// file (never on Unix, where files are not held): up to
/// [`HELD_WAIT_MS`] in all, waiting a little longer each time. Any other
/// error, or the last one, is returned as it is.
pub fn retry_while_held<T>(mut action: impl FnMut() -> io::Result<T>) -> io::Result<T> {
    let mut waited = 0;
    let mut pause = 10;
    loop {
        match action() {
            Err(e) if is_held_by_another_program(&e) && waited < HELD_WAIT_MS => {
                std::thread::sleep(std::time::Duration::from_millis(pause));
                waited += pause;
                pause = (pause * 2).min(250);
            }
            result => return result,
        }
    }
}

/// Shows the command line's output in the console of the cmd or
/// PowerShell that started the program (Windows: the .exe is a GUI
/// program, with no console of its own). Nothing elsewhere.
pub fn attach_parent_console() {
    #[cfg(windows)]
    windows::attach_parent_console();
}

/// Windows: no crash report or dump (they would hold the referral in
/// plain text) and no "stopped working" box. Nothing elsewhere (core dumps
/// are [`crate::process::no_core_dumps`]).
pub fn keep_out_of_crash_reports() -> Result<(), String> {
    #[cfg(windows)]
    {
        windows::keep_out_of_crash_reports()
    }
    #[cfg(not(windows))]
    {
        Ok(())
    }
}

/// Whether the file system keeps the access rules the program sets, to be
/// read back: always, except under Wine (which maps a DACL to mode bits).
/// For the tests that read rules back from a file.
pub fn rules_are_read_back() -> bool {
    #[cfg(windows)]
    {
        !windows::is_wine()
    }
    #[cfg(not(windows))]
    {
        true
    }
}

/// Tests: lets everyone do everything with `path` (Windows).
#[cfg(all(test, windows))]
pub(crate) fn open_to_everyone_for_tests(path: &Path) {
    // Everyone (WD): full control.
    let inherit = if path.is_dir() { "OICI" } else { "" };
    if let Err(e) = windows::set_rules(path, &format!("D:P(A;{inherit};FA;;;WD)")) {
        panic!("{e}");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn owner_only_files_and_folders_are_ours_and_no_one_elses() {
        let dir = tempfile::tempdir().unwrap();
        let folder = dir.path().join("data");
        std::fs::create_dir(&folder).unwrap();
        make_owner_only(&folder, true).unwrap();
        let file = folder.join("a file");
        std::fs::write(&file, b"x").unwrap();
        make_owner_only(&file, false).unwrap();
        if !rules_are_read_back() {
            return; // Wine: see the descriptor tests below.
        }
        for path in [&folder, &file] {
            let access = access(path).unwrap();
            assert!(access.ours, "{path:?}");
            assert!(!access.others_read && !access.others_change, "{access:?}");
            assert!(access.others.is_empty() && access.mode.is_none());
        }
    }

    #[test]
    fn a_file_others_can_read_is_seen() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("shared");
        std::fs::write(&file, b"x").unwrap();
        open_to_everyone(&file);
        let access = access(&file).unwrap();
        assert!(access.others_read && access.others_change, "{access:?}");
        assert!(!access.who().is_empty());
        // And made owner-only again.
        make_owner_only(&file, false).unwrap();
        if rules_are_read_back() {
            assert!(!super::access(&file).unwrap().others_read);
        }
    }

    /// The rules as Windows writes them, read in memory (so under Wine
    /// too): the one the program sets, and those a shared folder has.
    #[cfg(windows)]
    #[test]
    fn windows_rules_are_read_as_windows_means_them() {
        let read = |sddl: &str| windows::access_of_sddl(sddl).unwrap();
        let user = windows::user_sid_string().unwrap();
        for folder in [true, false] {
            let ours = read(&format!(
                "O:{{user}}{}",
                windows::owner_only_sddl(&user, folder)
            ));
            assert!(
                ours.ours && !ours.others_read && !ours.others_change,
                "{ours:?}"
            );
        }
        // The system and administrators stand where root does.
        let usual = read("O:{user}D:P(A;;FA;;;{user})(A;;FA;;;SY)(A;;FA;;;BA)");
        assert!(!usual.others_read && !usual.others_change, "{usual:?}");
        let everyone_reads = read("O:{user}D:(A;;FR;;;WD)(A;;FA;;;{user})");
        assert!(everyone_reads.others_read && !everyone_reads.others_change);
        assert_eq!(everyone_reads.others, vec!["S-1-1-0".to_owned()]);
        let users_write = read("O:{user}D:(A;;FW;;;BU)");
        assert!(users_write.others_change, "{users_write:?}");
        // A rule only for what is made inside later is not this one's.
        let inherit_only = read("O:{user}D:(A;OICIIO;FA;;;WD)(A;;FA;;;{user})");
        assert!(!inherit_only.others_read && !inherit_only.others_change);
        assert!(!read("O:SYD:P(A;;FA;;;SY)").ours);
        // Deleting what is in a folder is changing it, whatever the
        // drafts' own rules say; a rule that denies opens nothing.
        let delete_child = read("O:{user}D:P(A;;FA;;;{user})(A;;0x40;;;BU)");
        assert!(delete_child.others_change, "{delete_child:?}");
        let denied = read("O:{user}D:P(D;;FA;;;WD)(A;;FA;;;{user})");
        assert!(!denied.others_read && !denied.others_change, "{denied:?}");
    }

    #[cfg(unix)]
    fn open_to_everyone(path: &Path) {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o666)).unwrap();
    }

    #[cfg(windows)]
    fn open_to_everyone(path: &Path) {
        super::open_to_everyone_for_tests(path);
    }

    #[test]
    fn the_fix_names_this_user_and_removes_the_others() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("shared");
        std::fs::write(&file, b"x").unwrap();
        open_to_everyone(&file);
        let command = owner_only_command(&file, "shown", false);
        #[cfg(unix)]
        assert_eq!(command, "chmod 600 shown");
        #[cfg(windows)]
        {
            let user = windows::user_sid_string().unwrap();
            assert!(
                command.contains(&format!("/grant:r *{user}:F")),
                "{command}"
            );
            assert!(command.contains(" /remove:g *S-1-"), "{command}");
            assert!(!command.contains("%USERNAME%"), "{command}");
        }
    }

    #[test]
    fn another_owner_may_change_what_its_rules_keep_private() {
        let mine = Access {
            ours: true,
            ..Access::default()
        };
        assert!(!mine.others_may_change());
        let root = Access {
            owner_like_root: true,
            ..Access::default()
        };
        assert!(!root.others_may_change());
        let theirs = Access::default();
        assert!(theirs.others_may_change());
        assert_eq!(
            theirs.who_may_change(),
            crate::i18n::t("access-owner-other")
        );
    }

    #[test]
    fn one_file_by_two_names_has_one_identity() {
        let dir = tempfile::tempdir().unwrap();
        let a = dir.path().join("a");
        let b = dir.path().join("b");
        std::fs::write(&a, b"1").unwrap();
        std::fs::write(&b, b"1").unwrap();
        let c = dir.path().join("c");
        std::fs::hard_link(&a, &c).unwrap();
        let id = file_id(&a).unwrap();
        assert_eq!(file_id(&c), Some(id));
        assert_ne!(file_id(&b), Some(id));
        let open = std::fs::File::open(&a).unwrap();
        assert_eq!(file_id_of(&open), Some(id));
        // A folder has one too.
        assert!(file_id(dir.path()).is_some());
        assert_ne!(file_id(dir.path()), Some(id));
    }

    #[test]
    fn only_windows_waits_for_a_held_file() {
        let held = io::Error::from_raw_os_error(32);
        assert_eq!(is_held_by_another_program(&held), cfg!(windows));
        let mut tries = 0;
        let result: io::Result<()> = retry_while_held(|| {
            tries += 1;
            Err(io::Error::from_raw_os_error(32))
        });
        assert!(result.is_err());
        if cfg!(windows) {
            assert!(tries > 3, "{tries}");
        } else {
            assert_eq!(tries, 1);
        }
    }
}
