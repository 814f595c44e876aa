//! Extraction in worker processes, so that no file can take the run down.
//!
//! PDF parsers meet hostile input: pdf-extract panics on malformed files,
//! deep nesting overflows the stack (an abort, not a panic), a page tree that
//! points back to its root loops for ever, and a decompression bomb eats all
//! memory. None of that can be caught inside one process. So the `tilsyn`
//! binary starts long-lived workers — itself, with a hidden subcommand that
//! calls [`serve`] — and sends them one path at a time over a pipe:
//!
//! - the parent enforces the **time limit** per file and kills a worker that
//!   overruns it;
//! - the worker sets its own **address-space limit** (`RLIMIT_AS`) at start,
//!   so an allocation past it fails and the worker aborts;
//! - extraction runs on a thread with a large **stack**, so that legitimately
//!   deep files are read, and hostile ones abort the worker, not the run.
//!
//! A dead worker is reported as that file's error (with what its last words
//! on stderr say) and replaced by a fresh one for the next file.
//!
//! The wire format is a 4-byte little-endian length, then the payload: the
//! path's raw bytes one way, the JSON of `Result<Document, IngestError>` the
//! other.

use std::ffi::{OsStr, OsString};
use std::io::{self, Read, Write};
use std::os::unix::ffi::OsStrExt;
use std::os::unix::process::ExitStatusExt;
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use serde::{Deserialize, Serialize};

use crate::{Document, Format, IngestError, Limits, extract_bytes_with};

/// Limits on one file's extraction in a worker.
#[derive(Debug, Clone, Copy, Serialize, Deserialize)]
pub struct SandboxLimits {
    /// Wall-clock time for one file.
    pub time: Duration,
    /// Address space of a worker process, in bytes.
    pub memory_bytes: u64,
    /// Stack of the extraction thread, in bytes.
    pub stack_bytes: usize,
    /// Size limits applied inside the worker.
    pub ingest: Limits,
}

impl Default for SandboxLimits {
    fn default() -> SandboxLimits {
        SandboxLimits {
            time: Duration::from_secs(120),
            memory_bytes: 2 << 30,
            stack_bytes: 64 << 20,
            ingest: Limits::default(),
        }
    }
}

/// How to start a worker: a program and its arguments. The program must call
/// [`serve`] with the limits it is given in the environment variable
/// [`LIMITS_ENV`].
#[derive(Debug, Clone)]
pub struct WorkerCommand {
    /// The executable, usually `std::env::current_exe()`.
    pub program: PathBuf,
    /// Its arguments, e.g. the hidden subcommand's name.
    pub args: Vec<OsString>,
}

/// The environment variable that carries [`SandboxLimits`] (as JSON) to a
/// worker.
pub const LIMITS_ENV: &str = "TILSYN_WORKER_LIMITS";

/// A set of worker processes shared by the threads of a run. Each call to
/// [`Pool::extract`] borrows an idle worker (or starts one), so there are at
/// most as many workers as threads calling at once.
pub struct Pool {
    command: WorkerCommand,
    limits: SandboxLimits,
    idle: Mutex<Vec<Worker>>,
}

impl Pool {
    /// A pool that starts workers with `command` under `limits`.
    pub fn new(command: WorkerCommand, limits: SandboxLimits) -> Pool {
        Pool {
            command,
            limits,
            idle: Mutex::new(Vec::new()),
        }
    }

    /// Extracts one file in a worker. Whatever happens to the worker, the
    /// answer is a document or an error that says what went wrong.
    pub fn extract(&self, path: &Path) -> Result<Document, IngestError> {
        // A worker that died while idle (or whose pipe broke) did not fail on
        // this file: give the file one more worker before blaming it.
        for attempt in 0..2 {
            let mut worker = match self.take() {
                Ok(w) => w,
                // The system would not start a process (too many open files,
                // too many processes): that says nothing about this file, so
                // the error gives the system's reason, and the next file
                // tries again.
                Err(e) => {
                    return Err(IngestError::Limit(format!(
                        "could not start a reader process: {e} (a limit of this system, not a \
                         fault of this file; the file was not read)"
                    )));
                }
            };
            match worker.request(path, self.limits.time) {
                Outcome::Answer(result) => {
                    self.give_back(worker);
                    return result;
                }
                Outcome::NotSent if attempt == 0 => continue,
                Outcome::NotSent => {
                    return Err(IngestError::Crashed {
                        reason: "the reader process would not take the file".into(),
                    });
                }
                Outcome::TimedOut => {
                    worker.kill();
                    return Err(IngestError::Limit(format!(
                        "time limit of {} s exceeded while reading (--timeout)",
                        self.limits.time.as_secs()
                    )));
                }
                Outcome::Died => return Err(worker.autopsy(&self.limits)),
            }
        }
        unreachable!("the loop returns on its second pass")
    }

    /// An idle worker, or a new one. Starting one can fail for a moment (a
    /// process or file limit that other programs are near too), so it is
    /// tried a few times, a little longer apart each time, before giving up.
    fn take(&self) -> io::Result<Worker> {
        let idle = self.idle.lock().unwrap_or_else(|e| e.into_inner()).pop();
        if let Some(w) = idle {
            return Ok(w);
        }
        let mut last = None;
        for pause_ms in [0, 50, 250, 1000] {
            std::thread::sleep(Duration::from_millis(pause_ms));
            match Worker::spawn(&self.command, &self.limits) {
                Ok(w) => return Ok(w),
                Err(e) => last = Some(e),
            }
        }
        Err(last.unwrap_or_else(|| io::Error::other("no attempt made")))
    }

    fn give_back(&self, worker: Worker) {
        self.idle
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .push(worker);
    }
}

impl Drop for Pool {
    fn drop(&mut self) {
        let workers = std::mem::take(&mut *self.idle.lock().unwrap_or_else(|e| e.into_inner()));
        for mut w in workers {
            w.kill();
        }
    }
}

enum Outcome {
    Answer(Result<Document, IngestError>),
    NotSent,
    TimedOut,
    Died,
}

/// The most of a worker's stderr kept for explaining its death.
const STDERR_TAIL: usize = 4096;

struct Worker {
    child: Child,
    stdin: ChildStdin,
    answers: Receiver<io::Result<Vec<u8>>>,
    stderr: Arc<Mutex<Vec<u8>>>,
}

impl Worker {
    fn spawn(command: &WorkerCommand, limits: &SandboxLimits) -> io::Result<Worker> {
        let limits_json = serde_json::to_string(limits).map_err(io::Error::other)?;
        let mut child = Command::new(&command.program)
            .args(&command.args)
            .env(LIMITS_ENV, limits_json)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()?;
        let stdin = child.stdin.take().expect("piped stdin");
        let mut stdout = child.stdout.take().expect("piped stdout");
        let mut stderr_pipe = child.stderr.take().expect("piped stderr");
        let (tx, answers) = mpsc::channel();
        // Threads are started with the Builder, whose failure (a process
        // limit, like the spawn's) is an error to report, not a panic.
        let mut child = KillOnDrop(Some(child));
        std::thread::Builder::new().spawn(move || {
            loop {
                let frame = read_frame(&mut stdout, usize::MAX);
                let done = frame.is_err();
                if tx.send(frame).is_err() || done {
                    break;
                }
            }
        })?;
        let stderr = Arc::new(Mutex::new(Vec::new()));
        let sink = Arc::clone(&stderr);
        std::thread::Builder::new().spawn(move || {
            let mut buf = [0u8; 1024];
            while let Ok(n) = stderr_pipe.read(&mut buf) {
                if n == 0 {
                    break;
                }
                let mut tail = sink.lock().unwrap_or_else(|e| e.into_inner());
                tail.extend_from_slice(&buf[..n]);
                let excess = tail.len().saturating_sub(STDERR_TAIL);
                tail.drain(..excess);
            }
        })?;
        Ok(Worker {
            child: child.0.take().expect("the child is kept until here"),
            stdin,
            answers,
            stderr,
        })
    }

    fn request(&mut self, path: &Path, time: Duration) -> Outcome {
        if write_frame(&mut self.stdin, path.as_os_str().as_bytes()).is_err() {
            self.kill();
            return Outcome::NotSent;
        }
        match self.answers.recv_timeout(time) {
            Ok(Ok(bytes)) => match serde_json::from_slice(&bytes) {
                Ok(result) => Outcome::Answer(result),
                Err(e) => Outcome::Answer(Err(IngestError::Crashed {
                    reason: format!("garbled answer from the reader process: {e}"),
                })),
            },
            Ok(Err(_)) | Err(RecvTimeoutError::Disconnected) => Outcome::Died,
            Err(RecvTimeoutError::Timeout) => Outcome::TimedOut,
        }
    }

    fn kill(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }

    /// Why the worker died, from its exit status and last words.
    fn autopsy(mut self, limits: &SandboxLimits) -> IngestError {
        let status = self.child.wait().ok();
        // The stderr reader may still be draining the pipe.
        std::thread::sleep(Duration::from_millis(20));
        let tail = self
            .stderr
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .clone();
        let tail = String::from_utf8_lossy(&tail);
        if tail.contains("has overflowed its stack") {
            return IngestError::Limit(format!(
                "stack limit of {} MiB exceeded while parsing (nesting too deep, or an object \
                 that contains itself)",
                limits.stack_bytes >> 20
            ));
        }
        if tail.contains("memory allocation of") || tail.contains("out of memory") {
            return IngestError::Limit(format!(
                "memory limit of {} MiB exceeded while reading (this reader's share of --max-memory)",
                limits.memory_bytes >> 20
            ));
        }
        let last = tail
            .lines()
            .rev()
            .find(|l| !l.trim().is_empty())
            .unwrap_or("")
            .trim()
            .chars()
            .take(300)
            .collect::<String>();
        let how = match status {
            Some(s) if s.signal().is_some() => signal_words(s.signal().unwrap_or(0)),
            Some(s) => format!("exited with {s}"),
            None => "vanished".into(),
        };
        IngestError::Crashed {
            reason: if last.is_empty() {
                how
            } else {
                format!("{how}: {last}")
            },
        }
    }
}

/// A started worker that is killed again if the rest of its setup fails.
struct KillOnDrop(Option<Child>);

impl Drop for KillOnDrop {
    fn drop(&mut self) {
        if let Some(mut c) = self.0.take() {
            let _ = c.kill();
            let _ = c.wait();
        }
    }
}

/// What a signal that ended a worker means, in words.
fn signal_words(signal: i32) -> String {
    let what = match signal {
        6 => "aborted (SIGABRT)",
        9 => "killed (SIGKILL; by the system's out-of-memory killer?)",
        11 => "segmentation fault (SIGSEGV)",
        7 => "bus error (SIGBUS)",
        8 => "arithmetic fault (SIGFPE)",
        4 => "illegal instruction (SIGILL)",
        _ => return format!("killed by signal {signal}"),
    };
    format!("{what}, signal {signal}")
}

fn write_frame(w: &mut impl Write, payload: &[u8]) -> io::Result<()> {
    let len = u32::try_from(payload.len()).map_err(io::Error::other)?;
    w.write_all(&len.to_le_bytes())?;
    w.write_all(payload)?;
    w.flush()
}

fn read_frame(r: &mut impl Read, max: usize) -> io::Result<Vec<u8>> {
    let mut len = [0u8; 4];
    r.read_exact(&mut len)?;
    let len = u32::from_le_bytes(len) as usize;
    if len > max {
        return Err(io::Error::other(format!(
            "frame of {len} bytes is too large"
        )));
    }
    let mut buf = vec![0u8; len];
    r.read_exact(&mut buf)?;
    Ok(buf)
}

/// Reads one file as [`crate::extract_path`] does, but trusting less.
///
/// - Only a regular file is read (checked on the open file, so a path
///   swapped for a pipe or a device after the walk is still refused).
/// - At most `max_file_bytes` are read, whatever the size `stat` gives:
///   files under `/proc` say 0 and have no end.
/// - The content must be what the name says ([`mismatch`]): a gzip file or
///   a PDF named `.html` would otherwise be parsed as a page of garbage.
pub fn read_and_extract(path: &Path, limits: &Limits) -> Result<Document, IngestError> {
    let format = Format::from_path(path).unwrap_or(Format::Pdf);
    let io = |e: io::Error| IngestError::Io {
        reason: e.to_string(),
    };
    let file = std::fs::File::open(path).map_err(io)?;
    let meta = file.metadata().map_err(io)?;
    if !meta.is_file() {
        return Err(IngestError::Io {
            reason: "not a regular file".into(),
        });
    }
    if meta.len() > limits.max_file_bytes {
        return Err(IngestError::TooLarge {
            size: meta.len(),
            limit: limits.max_file_bytes,
        });
    }
    let mut bytes = Vec::with_capacity(usize::try_from(meta.len()).unwrap_or(0));
    file.take(limits.max_file_bytes.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(io)?;
    if bytes.len() as u64 > limits.max_file_bytes {
        return Err(IngestError::TooLarge {
            size: bytes.len() as u64,
            limit: limits.max_file_bytes,
        });
    }
    if let Some(err) = mismatch(&bytes, format) {
        return Err(err);
    }
    extract_bytes_with(&bytes, format, limits)
}

/// What the content of a file really is, where its first bytes say so
/// beyond doubt: the signatures of compressed files, archives, images,
/// office documents and executables.
fn signature(bytes: &[u8]) -> Option<&'static str> {
    const SIGNATURES: &[(&[u8], &str)] = &[
        (b"\x1f\x8b", "gzip-compressed data (unpack it first)"),
        (b"BZh", "bzip2-compressed data (unpack it first)"),
        (b"\xfd7zXZ\x00", "xz-compressed data (unpack it first)"),
        (
            b"\x28\xb5\x2f\xfd",
            "zstd-compressed data (unpack it first)",
        ),
        (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
        (b"Rar!\x1a\x07", "a RAR archive"),
        (b"PK\x03\x04", "a ZIP container (a Word or Excel document?)"),
        (b"\xd0\xcf\x11\xe0", "an old Microsoft Office document"),
        (b"\x89PNG", "a PNG image"),
        (b"\xff\xd8\xff", "a JPEG image"),
        (b"GIF8", "a GIF image"),
        (b"{\\rtf", "an RTF document"),
        (b"\x7fELF", "a program (ELF executable)"),
    ];
    SIGNATURES
        .iter()
        .find(|(magic, _)| bytes.starts_with(magic))
        .map(|&(_, what)| what)
}

/// The error for a file whose content is not what its name says, or `None`
/// where it may be (the parsers then say what else is wrong).
fn mismatch(bytes: &[u8], format: Format) -> Option<IngestError> {
    let head = &bytes[..bytes.len().min(1024)];
    match format {
        Format::Pdf => {
            // The PDF reader names HTML pages and office files itself; only
            // what it would call "no %PDF- signature" is named here.
            let is_pdf = head.windows(5).any(|w| w == b"%PDF-");
            let what = signature(head).filter(|_| !is_pdf)?;
            Some(IngestError::NotPdf {
                what: format!("the file is {what}"),
            })
        }
        Format::Html => {
            let trimmed = head.trim_ascii_start();
            let what = if trimmed.starts_with(b"%PDF-") {
                "a PDF (named .html; rename it .pdf to read it)"
            } else if let Some(what) = signature(head) {
                what
            } else if !head.contains(&b'<') && looks_binary(head) {
                "binary data, not text"
            } else {
                return None;
            };
            Some(IngestError::NotHtml {
                what: format!("the file is {what}"),
            })
        }
    }
}

/// Whether a file's first bytes are mostly not text: more than one in ten
/// is a control character other than white space.
fn looks_binary(head: &[u8]) -> bool {
    let control = head
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0c))
        .count();
    !head.is_empty() && control * 10 > head.len()
}

/// Ends this worker when its parent is gone.
///
/// A worker normally stops when its stdin closes, but only between files:
/// one stuck in a file that loops for ever (the parent enforces the time
/// limit, and a parent killed with `kill -9` enforces nothing) would spin on
/// as an orphan. So a watchdog thread checks every half second whether the
/// process was re-parented, and exits if so.
fn watch_parent() {
    let parent = std::os::unix::process::parent_id();
    let spawned = std::thread::Builder::new()
        .name("watchdog".into())
        .stack_size(64 << 10)
        .spawn(move || {
            loop {
                std::thread::sleep(Duration::from_millis(500));
                if std::os::unix::process::parent_id() != parent {
                    std::process::exit(3);
                }
            }
        });
    // Without the thread the worker still works; it only loses the guard.
    drop(spawned);
}

/// The worker's side: applies the limits from [`LIMITS_ENV`], then reads
/// paths from stdin and answers each on stdout until stdin closes.
///
/// Call this from the program's `main` when started as a worker, and exit
/// when it returns.
pub fn serve() -> io::Result<()> {
    let limits: SandboxLimits = match std::env::var(LIMITS_ENV) {
        Ok(json) => serde_json::from_str(&json).map_err(io::Error::other)?,
        Err(_) => SandboxLimits::default(),
    };
    // A worker that dies on a hostile file would otherwise leave a core file
    // as large as its memory limit in the current folder, once per file.
    rlimit::setrlimit(rlimit::Resource::CORE, 0, 0)?;
    rlimit::setrlimit(
        rlimit::Resource::AS,
        limits.memory_bytes,
        limits.memory_bytes,
    )?;
    watch_parent();
    // Panics are caught and returned as errors; the default hook would only
    // add noise on stderr, which is kept for explaining real crashes.
    std::panic::set_hook(Box::new(|_| {}));
    let worker = std::thread::Builder::new()
        .name("extract".into())
        .stack_size(limits.stack_bytes)
        .spawn(move || -> io::Result<()> {
            let mut stdin = io::stdin().lock();
            let mut stdout = io::stdout().lock();
            loop {
                let path = match read_frame(&mut stdin, 1 << 20) {
                    Ok(p) => PathBuf::from(OsStr::from_bytes(&p)),
                    Err(e) if e.kind() == io::ErrorKind::UnexpectedEof => return Ok(()),
                    Err(e) => return Err(e),
                };
                let result = read_and_extract(&path, &limits.ingest);
                let json = serde_json::to_vec(&result).map_err(io::Error::other)?;
                write_frame(&mut stdout, &json)?;
            }
        })?;
    worker
        .join()
        .unwrap_or_else(|_| Err(io::Error::other("worker thread panicked")))
}
