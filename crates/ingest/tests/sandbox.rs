//! The worker-process sandbox, with stand-in workers that misbehave the way
//! a parser does on hostile input: crash, hang, overflow the stack.

use std::path::Path;
use std::time::{Duration, Instant};

use tilsyn_ingest::IngestError;
use tilsyn_ingest::sandbox::{Pool, SandboxLimits, WorkerCommand};

/// A pool whose worker is `sh -c SCRIPT`, with a short time limit.
fn shell_pool(script: &str, secs: u64) -> Pool {
    Pool::new(
        WorkerCommand {
            program: "sh".into(),
            args: vec!["-c".into(), script.into()],
        },
        SandboxLimits {
            time: Duration::from_secs(secs),
            ..SandboxLimits::default()
        },
    )
}

#[test]
fn a_worker_that_hangs_is_killed_at_the_time_limit() {
    let pool = shell_pool("sleep 60", 1);
    let start = Instant::now();
    let err = pool.extract(Path::new("x.pdf")).unwrap_err();
    assert!(
        start.elapsed() < Duration::from_secs(10),
        "took {:?}",
        start.elapsed()
    );
    assert_eq!(
        err,
        IngestError::Limit("time limit of 1 s exceeded while reading (--timeout)".into())
    );
}

#[test]
fn a_worker_that_overflows_its_stack_is_reported_as_such() {
    // What the Rust runtime prints before it aborts on a stack overflow.
    let pool = shell_pool(
        "head -c 4 >/dev/null; echo \"thread 'extract' has overflowed its stack\" >&2; kill -ABRT $$",
        10,
    );
    let err = pool.extract(Path::new("x.pdf")).unwrap_err();
    assert!(
        matches!(&err, IngestError::Limit(m) if m.contains("stack limit")),
        "{err:?}"
    );
}

#[test]
fn a_worker_that_crashes_names_its_last_words() {
    let pool = shell_pool(
        "head -c 4 >/dev/null; echo 'Segmentation fault in parser' >&2; kill -SEGV $$",
        10,
    );
    let err = pool.extract(Path::new("x.pdf")).unwrap_err();
    match err {
        IngestError::Crashed { reason } => {
            assert!(reason.contains("signal 11"), "{reason}");
            assert!(reason.contains("Segmentation fault in parser"), "{reason}");
        }
        other => panic!("expected Crashed, got {other:?}"),
    }
}

#[test]
fn a_worker_that_cannot_start_is_an_error_not_a_panic() {
    let pool = Pool::new(
        WorkerCommand {
            program: "/nonexistent/tilsyn-worker".into(),
            args: vec![],
        },
        SandboxLimits::default(),
    );
    let err = pool.extract(Path::new("x.pdf")).unwrap_err();
    // The system's reason, not a crash blamed on the file.
    match err {
        IngestError::Limit(reason) => {
            assert!(
                reason.contains("could not start a reader process"),
                "{reason}"
            );
            assert!(reason.contains("No such file"), "{reason}");
        }
        other => panic!("expected Limit, got {other:?}"),
    }
}
