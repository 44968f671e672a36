//! What the process does for itself at start, before it reads any key:
//! no core dumps and, on Windows, no crash reports (a dump would hold the
//! installation key and the form in plain text), and Ctrl+C or a termination signal removes the temporary
//! file a write has in flight ([`crate::storage::store::remove_temp_files_when_interrupted`]).

/// Turns core dumps off for this process where the operating system allows:
/// the core size limit set to 0 (Unix) and, on Linux, the process marked
/// not dumpable (which also keeps other processes of the same user from
/// attaching to it). Returns what could not be done, for a warning.
pub fn no_core_dumps() -> Result<(), String> {
    #[cfg(unix)]
    {
        use rustix::process::{Resource, Rlimit, setrlimit};
        setrlimit(
            Resource::Core,
            Rlimit {
                current: Some(0),
                maximum: Some(0),
            },
        )
        .map_err(|e| e.to_string())?;
        #[cfg(any(target_os = "linux", target_os = "android"))]
        rustix::process::set_dumpable_behavior(rustix::process::DumpableBehavior::NotDumpable)
            .map_err(|e| e.to_string())?;
    }
    Ok(())
}

/// All three (core dumps, Windows' crash reports, the interrupted write),
/// once at start. Failures are not fatal: the program works as before,
/// only without that protection.
pub fn harden() {
    let _ = no_core_dumps();
    let _ = crate::platform::keep_out_of_crash_reports();
    let _ = crate::storage::store::remove_temp_files_when_interrupted();
}

#[cfg(test)]
mod tests {
    #[cfg(target_os = "linux")]
    #[test]
    fn core_dumps_are_off_afterwards() {
        super::no_core_dumps().unwrap();
        let limit = rustix::process::getrlimit(rustix::process::Resource::Core);
        assert_eq!(limit.current, Some(0));
        assert_eq!(
            rustix::process::dumpable_behavior().unwrap(),
            rustix::process::DumpableBehavior::NotDumpable
        );
    }
}
