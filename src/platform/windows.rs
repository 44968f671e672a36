//! The Windows calls the standard library does not make: the console of
//! the program that started us, crash reports, owner-only access (a DACL),
//! a file made owner-only and renamed by its handle, and a file's identity.
//!
//! This is the only module allowed `unsafe` (Cargo.toml denies it
//! everywhere else): each block is one documented Win32 call, its pointers
//! owned by the Rust value beside it and freed by `Drop`.
#![allow(unsafe_code)]

use std::ffi::OsStr;
use std::io;
use std::os::windows::ffi::OsStrExt;
use std::os::windows::io::{AsRawHandle, FromRawHandle, OwnedHandle};
use std::path::Path;
use std::ptr::null_mut;

use windows_sys::Win32::Foundation::{
    ERROR_SUCCESS, GENERIC_READ, GENERIC_WRITE, HLOCAL, INVALID_HANDLE_VALUE, LocalFree,
};
use windows_sys::Win32::Security::Authorization::{
    ConvertSidToStringSidW, ConvertStringSecurityDescriptorToSecurityDescriptorW,
    GetNamedSecurityInfoW, SDDL_REVISION_1, SE_FILE_OBJECT, SetNamedSecurityInfoW,
};
use windows_sys::Win32::Security::{
    ACCESS_ALLOWED_ACE, ACE_HEADER, ACL, ACL_SIZE_INFORMATION, AclSizeInformation,
    DACL_SECURITY_INFORMATION, EqualSid, GetAce, GetAclInformation, GetSecurityDescriptorDacl,
    GetSecurityDescriptorOwner, GetTokenInformation, INHERIT_ONLY_ACE, OWNER_SECURITY_INFORMATION,
    PROTECTED_DACL_SECURITY_INFORMATION, PSECURITY_DESCRIPTOR, PSID, SECURITY_ATTRIBUTES,
    TOKEN_QUERY, TOKEN_USER, TokenUser,
};
use windows_sys::Win32::Storage::FileSystem::{
    BY_HANDLE_FILE_INFORMATION, CREATE_NEW, CreateFileW, DELETE, FILE_ATTRIBUTE_NORMAL,
    FILE_DISPOSITION_INFO, FILE_ID_INFO, FILE_RENAME_INFO, FILE_SHARE_READ, FileDispositionInfo,
    FileIdInfo, FileRenameInfo, GetFileInformationByHandle, GetFileInformationByHandleEx,
    SetFileInformationByHandle,
};
use windows_sys::Win32::System::Console::{ATTACH_PARENT_PROCESS, AttachConsole};
use windows_sys::Win32::System::Diagnostics::Debug::{
    SEM_FAILCRITICALERRORS, SEM_NOGPFAULTERRORBOX, SetErrorMode,
};
use windows_sys::Win32::System::ErrorReporting::WerAddExcludedApplication;
use windows_sys::Win32::System::Threading::{GetCurrentProcess, OpenProcessToken};

use super::Access;

/// A path as Windows wants it: UTF-16, ending in a nul.
fn wide(s: &OsStr) -> Vec<u16> {
    s.encode_wide().chain(std::iter::once(0)).collect()
}

/// Memory Windows allocated for us with `LocalAlloc`, freed once.
struct Local(*mut core::ffi::c_void);

impl Drop for Local {
    fn drop(&mut self) {
        if !self.0.is_null() {
            // SAFETY: the pointer came from a call documented to allocate
            // it with LocalAlloc, and is freed only here.
            unsafe { LocalFree(self.0 as HLOCAL) };
        }
    }
}

/// Shows the command line's output in the console of the cmd or
/// PowerShell that started the program. The .exe is a GUI program (no
/// console window of its own from the Start menu), so it has none unless
/// it asks; output redirected to a file or pipe needs nothing.
pub fn attach_parent_console() -> bool {
    // SAFETY: no pointers; fails harmlessly when there is no parent
    // console or one is attached already.
    unsafe { AttachConsole(ATTACH_PARENT_PROCESS) != 0 }
}

/// Keeps the program out of Windows Error Reporting: a crash report or
/// dump would hold the referral and the installation key in plain text.
/// Also no "stopped working" dialog box. Returns what failed.
pub fn keep_out_of_crash_reports() -> Result<(), String> {
    // SAFETY: no pointers.
    unsafe { SetErrorMode(SEM_FAILCRITICALERRORS | SEM_NOGPFAULTERRORBOX) };
    let exe = std::env::current_exe().map_err(|e| e.to_string())?;
    let name = exe.file_name().ok_or("no program name")?;
    let name = wide(name);
    // SAFETY: `name` is nul-terminated and outlives the call. Excluded
    // for this user (HKCU): a per-machine install also excludes it for
    // everyone (packaging/windows).
    let result = unsafe { WerAddExcludedApplication(name.as_ptr(), 0) };
    if result < 0 {
        return Err(format!("WerAddExcludedApplication: {result:#x}"));
    }
    Ok(())
}

/// The current user's security identifier (SID), as held in the process
/// token.
struct User {
    // TOKEN_USER and the SID it points into, kept aligned.
    buffer: Vec<u64>,
}

impl User {
    fn current() -> io::Result<Self> {
        let mut token = null_mut();
        // SAFETY: the pseudo-handle needs no closing; `token` is written
        // on success and then owned by `OwnedHandle`.
        if unsafe { OpenProcessToken(GetCurrentProcess(), TOKEN_QUERY, &mut token) } == 0 {
            return Err(io::Error::last_os_error());
        }
        // SAFETY: a valid handle just opened, closed once by its owner.
        let token = unsafe { OwnedHandle::from_raw_handle(token) };
        let mut length = 0u32;
        // SAFETY: asking for the size only (null buffer, length 0).
        unsafe {
            GetTokenInformation(token.as_raw_handle(), TokenUser, null_mut(), 0, &mut length)
        };
        if length == 0 || length > 64 * 1024 {
            return Err(io::Error::last_os_error());
        }
        let mut buffer = vec![0u64; (length as usize).div_ceil(8)];
        // SAFETY: `buffer` has at least `length` bytes and is aligned for
        // TOKEN_USER.
        let ok = unsafe {
            GetTokenInformation(
                token.as_raw_handle(),
                TokenUser,
                buffer.as_mut_ptr().cast(),
                length,
                &mut length,
            )
        };
        if ok == 0 {
            return Err(io::Error::last_os_error());
        }
        Ok(Self { buffer })
    }

    fn sid(&self) -> PSID {
        // SAFETY: the buffer holds a TOKEN_USER written by Windows, whose
        // SID pointer points into the same buffer.
        unsafe { (*self.buffer.as_ptr().cast::<TOKEN_USER>()).User.Sid }
    }
}

/// A SID in its string form ("S-1-5-21-…").
fn sid_string(sid: PSID) -> io::Result<String> {
    let mut text = null_mut();
    // SAFETY: `sid` is valid for the call; `text` is LocalAlloc'd by
    // Windows and freed by `Local`.
    if unsafe { ConvertSidToStringSidW(sid, &mut text) } == 0 {
        return Err(io::Error::last_os_error());
    }
    let _free = Local(text.cast());
    // SAFETY: a nul-terminated UTF-16 string from Windows.
    let len = (0..).take_while(|&i| unsafe { *text.add(i) } != 0).count();
    // SAFETY: `len` units were just read.
    let units = unsafe { std::slice::from_raw_parts(text, len) };
    Ok(String::from_utf16_lossy(units))
}

/// Gives `path` (a file, or a folder and what is made in it later) one
/// access rule: full control for the current user, and nothing inherited
/// from the folders above. The Windows form of mode 0600 and 0700.
pub fn make_owner_only(path: &Path, folder: bool) -> io::Result<()> {
    set_rules(path, &owner_only_sddl(&user_sid_string()?, folder))
}

/// The one rule, as SDDL: full control (FA) allowed (A) to `sid`. OICI:
/// files and folders made inside inherit it; P: protected, so the rules of
/// the folders above no longer reach it.
pub(super) fn owner_only_sddl(sid: &str, folder: bool) -> String {
    let inherit = if folder { "OICI" } else { "" };
    format!("D:P(A;{inherit};FA;;;{sid})")
}

/// Whether this is Wine, which does not keep a file's rules (it maps them
/// to Unix mode bits and back): the tests read rules back from a file only
/// on Windows itself.
pub fn is_wine() -> bool {
    windows_registry::CURRENT_USER
        .open("Software\\Wine")
        .is_ok()
}

/// Replaces the access rules of `path` with `sddl`'s (a protected DACL in
/// the Security Descriptor Definition Language).
pub(super) fn set_rules(path: &Path, sddl: &str) -> io::Result<()> {
    let descriptor = descriptor_of(sddl)?;
    let (_, dacl) = parts_of(descriptor.0)?;
    let name = wide(path.as_os_str());
    // SAFETY: `name` is nul-terminated; `dacl` lives as long as
    // `descriptor`. By name, not by handle: a handle opened to read and
    // write has no right to change the rules, and the owner always has.
    let result = unsafe {
        SetNamedSecurityInfoW(
            name.as_ptr(),
            SE_FILE_OBJECT,
            DACL_SECURITY_INFORMATION | PROTECTED_DACL_SECURITY_INFORMATION,
            null_mut(),
            null_mut(),
            dacl,
            null_mut(),
        )
    };
    if result != ERROR_SUCCESS {
        return Err(io::Error::from_raw_os_error(result as i32));
    }
    Ok(())
}

/// The current user's SID, as text.
pub(super) fn user_sid_string() -> io::Result<String> {
    sid_string(User::current()?.sid())
}

/// A security descriptor made from SDDL text, in memory (freed on drop).
fn descriptor_of(sddl: &str) -> io::Result<Local> {
    let sddl = wide(OsStr::new(sddl));
    let mut descriptor: PSECURITY_DESCRIPTOR = null_mut();
    // SAFETY: `sddl` is nul-terminated; the descriptor is LocalAlloc'd and
    // freed by `Local`.
    let ok = unsafe {
        ConvertStringSecurityDescriptorToSecurityDescriptorW(
            sddl.as_ptr(),
            SDDL_REVISION_1,
            &mut descriptor,
            null_mut(),
        )
    };
    if ok == 0 {
        return Err(io::Error::last_os_error());
    }
    Ok(Local(descriptor))
}

/// The owner and the DACL inside a descriptor (pointers into it; a null
/// DACL, or none, lets everyone in).
fn parts_of(descriptor: PSECURITY_DESCRIPTOR) -> io::Result<(PSID, *mut ACL)> {
    let (mut present, mut defaulted) = (0, 0);
    let mut dacl: *mut ACL = null_mut();
    // SAFETY: `descriptor` is valid; `dacl` points into it.
    if unsafe { GetSecurityDescriptorDacl(descriptor, &mut present, &mut dacl, &mut defaulted) }
        == 0
    {
        return Err(io::Error::last_os_error());
    }
    let mut owner: PSID = null_mut();
    let mut owner_defaulted = 0;
    // SAFETY: as above; `owner` points into the descriptor (null if none).
    if unsafe { GetSecurityDescriptorOwner(descriptor, &mut owner, &mut owner_defaulted) } == 0 {
        return Err(io::Error::last_os_error());
    }
    Ok((owner, if present == 0 { null_mut() } else { dacl }))
}

/// [`access`] of a descriptor given as SDDL, `{user}` standing for the
/// current user's SID: the rules read exactly as for a file, without a
/// file system (Wine does not keep a file's DACL; it maps it to mode bits).
#[cfg(test)]
pub(super) fn access_of_sddl(sddl: &str) -> io::Result<Access> {
    let user = User::current()?;
    let descriptor = descriptor_of(&sddl.replace("{user}", &sid_string(user.sid())?))?;
    let (owner, dacl) = parts_of(descriptor.0)?;
    describe(owner, dacl, &user)
}

/// Accounts that stand where root does on Unix: they can reach every file
/// anyway, so their rules do not make a file shared.
const LIKE_ROOT: [&str; 2] = [
    "S-1-5-18",     // Local System
    "S-1-5-32-544", // Administrators
];

// Rights that read a file's contents, and rights that change it or its rules.
const READS: u32 = 0x0001 | 0x8000_0000 | 0x1000_0000; // FILE_READ_DATA, GENERIC_READ, GENERIC_ALL
// Write data, append, write extended attributes, delete what is inside
// (on a folder: any draft or the key, whatever their own rules say),
// write attributes, DELETE, WRITE_DAC, WRITE_OWNER, GENERIC_WRITE,
// GENERIC_ALL.
const CHANGES: u32 = 0x0002
    | 0x0004
    | 0x0010
    | 0x0040
    | 0x0100
    | 0x0001_0000
    | 0x0004_0000
    | 0x0008_0000
    | 0x4000_0000
    | 0x1000_0000;
// ACCESS_DENIED_ACE_TYPE and its object and callback forms: they only
// take rights away.
const DENY_TYPES: [u8; 4] = [0x01, 0x06, 0x0A, 0x0C];

/// Who owns `path` and who else its rules let in.
pub fn access(path: &Path) -> io::Result<Access> {
    let user = User::current()?;
    let name = wide(path.as_os_str());
    let mut owner: PSID = null_mut();
    let mut dacl: *mut ACL = null_mut();
    let mut descriptor: PSECURITY_DESCRIPTOR = null_mut();
    // SAFETY: `name` is nul-terminated; `owner` and `dacl` point into
    // `descriptor`, which Windows allocates and `Local` frees.
    let result = unsafe {
        GetNamedSecurityInfoW(
            name.as_ptr(),
            SE_FILE_OBJECT,
            OWNER_SECURITY_INFORMATION | DACL_SECURITY_INFORMATION,
            &mut owner,
            null_mut(),
            &mut dacl,
            null_mut(),
            &mut descriptor,
        )
    };
    if result != ERROR_SUCCESS {
        return Err(io::Error::from_raw_os_error(result as i32));
    }
    let _free = Local(descriptor);
    describe(owner, dacl, &user)
}

/// Who owns what `owner` and `dacl` describe, and who else they let in.
fn describe(owner: PSID, dacl: *mut ACL, user: &User) -> io::Result<Access> {
    // SAFETY: both SIDs are valid for the call.
    let ours = !owner.is_null() && unsafe { EqualSid(owner, user.sid()) } != 0;
    let owner_like_root =
        !owner.is_null() && sid_string(owner).is_ok_and(|s| LIKE_ROOT.contains(&s.as_str()));
    let mut found = Access {
        ours,
        owner_like_root,
        ..Access::default()
    };
    if dacl.is_null() {
        // No rules at all: everyone may do everything.
        found.others_read = true;
        found.others_change = true;
        found.others.push("S-1-1-0".to_owned());
        return Ok(found);
    }
    let mut size = ACL_SIZE_INFORMATION {
        AceCount: 0,
        AclBytesInUse: 0,
        AclBytesFree: 0,
    };
    // SAFETY: `dacl` is valid; `size` is the structure asked for.
    let ok = unsafe {
        GetAclInformation(
            dacl,
            (&raw mut size).cast(),
            std::mem::size_of::<ACL_SIZE_INFORMATION>() as u32,
            AclSizeInformation,
        )
    };
    if ok == 0 {
        return Err(io::Error::last_os_error());
    }
    for index in 0..size.AceCount {
        let mut ace = null_mut();
        // SAFETY: `index` is below the count Windows gave.
        if unsafe { GetAce(dacl, index, &mut ace) } == 0 {
            return Err(io::Error::last_os_error());
        }
        // SAFETY: every ACE starts with its header.
        let header = unsafe { *ace.cast::<ACE_HEADER>() };
        // Only "allow" rules open a file up; a rule only for what is made
        // inside later does not apply to this one.
        if DENY_TYPES.contains(&header.AceType)
            || u32::from(header.AceFlags) & INHERIT_ONLY_ACE != 0
        {
            continue;
        }
        if header.AceType != 0 {
            // An object or conditional ("callback") allow rule, or one
            // this code does not know: it may let someone in, so the file
            // is not taken for private.
            found.others_read = true;
            found.others_change = true;
            found
                .others
                .push(format!("(rule of type {})", header.AceType));
            continue;
        }
        let allowed = ace.cast::<ACCESS_ALLOWED_ACE>();
        // SAFETY: an ACCESS_ALLOWED_ACE (type 0): its SID starts at
        // SidStart, inside the ACE.
        let (mask, sid) = unsafe { ((*allowed).Mask, (&raw mut (*allowed).SidStart).cast()) };
        // SAFETY: both SIDs are valid for the call.
        if unsafe { EqualSid(sid, user.sid()) } != 0 {
            continue;
        }
        let who = sid_string(sid)?;
        if LIKE_ROOT.contains(&who.as_str()) {
            continue;
        }
        found.others_read |= mask & READS != 0;
        found.others_change |= mask & CHANGES != 0;
        if mask & (READS | CHANGES) != 0 {
            found.others.push(who);
        }
    }
    Ok(found)
}

/// A file's identity: its volume's 64-bit serial number and its 128-bit
/// file id (`FILE_ID_INFO`), which ReFS needs (its ids do not fit the
/// older 64-bit index, which may repeat there). A file system that cannot
/// say (FAT) gives the older serial number and index instead; both names of
/// one file are on one file system, so they are asked the same way.
pub fn file_id_of(file: &std::fs::File) -> Option<super::FileId> {
    let mut info = FILE_ID_INFO {
        VolumeSerialNumber: 0,
        FileId: windows_sys::Win32::Storage::FileSystem::FILE_ID_128 {
            Identifier: [0; 16],
        },
    };
    // SAFETY: `info` is the structure FileIdInfo asks for, with its size;
    // the handle is open for the call.
    let ok = unsafe {
        GetFileInformationByHandleEx(
            file.as_raw_handle(),
            FileIdInfo,
            (&raw mut info).cast(),
            std::mem::size_of::<FILE_ID_INFO>() as u32,
        )
    };
    if ok != 0 {
        return Some((
            info.VolumeSerialNumber,
            u128::from_le_bytes(info.FileId.Identifier),
        ));
    }
    // SAFETY: all-zero is a valid BY_HANDLE_FILE_INFORMATION (numbers only).
    let mut old: BY_HANDLE_FILE_INFORMATION = unsafe { std::mem::zeroed() };
    // SAFETY: `old` is the structure asked for; the handle is open.
    if unsafe { GetFileInformationByHandle(file.as_raw_handle(), &mut old) } == 0 {
        return None;
    }
    let index = (u64::from(old.nFileIndexHigh) << 32) | u64::from(old.nFileIndexLow);
    Some((u64::from(old.dwVolumeSerialNumber), u128::from(index)))
}

/// Makes a new file at `path` (never an existing one) that has one access
/// rule, full control for this user and nothing inherited, from the moment
/// it exists: in a folder others can change (a team share) no one can open
/// it between its making and its rules being set. While this handle is
/// open no one else may write, rename or delete it (only read: antivirus).
pub fn create_owner_only_new(path: &Path) -> io::Result<std::fs::File> {
    let descriptor = descriptor_of(&owner_only_sddl(&user_sid_string()?, false))?;
    let attributes = SECURITY_ATTRIBUTES {
        nLength: std::mem::size_of::<SECURITY_ATTRIBUTES>() as u32,
        lpSecurityDescriptor: descriptor.0,
        bInheritHandle: 0,
    };
    let name = wide(path.as_os_str());
    // SAFETY: `name` is nul-terminated; `attributes` and the descriptor it
    // points to outlive the call; the handle returned is owned by `File`.
    let handle = unsafe {
        CreateFileW(
            name.as_ptr(),
            GENERIC_READ | GENERIC_WRITE | DELETE,
            FILE_SHARE_READ,
            &attributes,
            CREATE_NEW,
            FILE_ATTRIBUTE_NORMAL,
            null_mut(),
        )
    };
    if handle == INVALID_HANDLE_VALUE || handle.is_null() {
        return Err(io::Error::last_os_error());
    }
    // SAFETY: a valid handle just made, owned from here on by the File.
    Ok(unsafe { std::fs::File::from_raw_handle(handle) })
}

/// Renames the open `file` (made by [`create_owner_only_new`]) to `to`,
/// by its handle, so nothing put at its old name meanwhile is renamed in
/// its place (the caller flushes it afterwards, so the new name is on disk
/// too). Without `replace`, an existing `to` is an error.
pub fn rename_open(file: &std::fs::File, to: &Path, replace: bool) -> io::Result<()> {
    // In full (Windows turns it into its own form of a path, as for a
    // rename by name; a relative one would depend on that conversion).
    let to = std::path::absolute(to)?;
    let name: Vec<u16> = to.as_os_str().encode_wide().collect();
    let name_bytes = name.len() * 2;
    let header = std::mem::offset_of!(FILE_RENAME_INFO, FileName);
    // The structure ends in the name, with a nul after it; kept aligned.
    let size = header + name_bytes + 2;
    let mut buffer = vec![0u64; size.div_ceil(8)];
    let info = buffer.as_mut_ptr().cast::<FILE_RENAME_INFO>();
    // SAFETY: `buffer` is zeroed, aligned for FILE_RENAME_INFO and holds
    // `size` bytes: the header and the name with its nul.
    unsafe {
        (*info).Anonymous.ReplaceIfExists = replace;
        (*info).RootDirectory = null_mut();
        (*info).FileNameLength = name_bytes as u32;
        std::ptr::copy_nonoverlapping(
            name.as_ptr(),
            (&raw mut (*info).FileName).cast::<u16>(),
            name.len(),
        );
    }
    // SAFETY: the handle is open with DELETE access; `info` is `size`
    // bytes long and lives for the call.
    let ok = unsafe {
        SetFileInformationByHandle(
            file.as_raw_handle(),
            FileRenameInfo,
            info.cast(),
            size as u32,
        )
    };
    if ok == 0 {
        return Err(io::Error::last_os_error());
    }
    Ok(())
}

/// Deletes the open `file` (made by [`create_owner_only_new`]) when it is
/// closed, by its handle: for a write cut short, whose file no one else
/// can delete by name while it is open.
pub fn delete_open(handle: std::os::windows::io::RawHandle) -> bool {
    let info = FILE_DISPOSITION_INFO { DeleteFile: true };
    // SAFETY: `handle` is open with DELETE access (the caller keeps it
    // open for the call); `info` is the structure asked for.
    unsafe {
        SetFileInformationByHandle(
            handle,
            FileDispositionInfo,
            (&raw const info).cast(),
            std::mem::size_of::<FILE_DISPOSITION_INFO>() as u32,
        ) != 0
    }
}
