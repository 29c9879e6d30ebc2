//! Drives the real `deboiler` binary in integration tests.
#![allow(dead_code)]

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

pub const ARTICLE: &str = "\
Council Approves New Budget

The city council approved the new budget on Monday after a long debate.

Members said the plan would fund repairs to three bridges.

© 2024 Example Daily. All rights reserved.
";

pub const ARTICLE_CLEANED: &str = "\
Council Approves New Budget

The city council approved the new budget on Monday after a long debate.

Members said the plan would fund repairs to three bridges.
";

/// One JSON Lines record with `text` between two other fields.
pub fn jsonl_line(id: usize, text: &str) -> String {
    format!(
        "{{\"id\":{id},\"text\":{},\"lang\":\"en\"}}\n",
        serde_json::to_string(text).unwrap()
    )
}

pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl From<Output> for Run {
    fn from(output: Output) -> Self {
        Run {
            code: output.status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
        }
    }
}

/// The binary under test: this build's, or `DEBOILER_TEST_BIN` when set, to check that a new test
/// fails on an older binary (`DEBOILER_TEST_BIN=/tmp/old/deboiler cargo test --test cli`).
pub fn command() -> Command {
    let mut command = Command::new(binary());
    command.env_remove("NO_COLOR");
    command
}

/// Path of the binary under test (see [`command`]).
pub fn binary() -> std::ffi::OsString {
    std::env::var_os("DEBOILER_TEST_BIN").unwrap_or_else(|| env!("CARGO_BIN_EXE_deboiler").into())
}

/// Runs deboiler with `args` in `dir`, feeding `stdin`.
pub fn run_in(dir: &Path, args: &[&str], stdin: &[u8]) -> Run {
    let mut child = command()
        .args(args)
        .current_dir(dir)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn deboiler");
    let mut input = child.stdin.take().unwrap();
    let stdin = stdin.to_vec();
    let writer = std::thread::spawn(move || {
        let _ = input.write_all(&stdin);
    });
    let output = child.wait_with_output().expect("wait for deboiler");
    writer.join().unwrap();
    output.into()
}

/// A temporary folder with helpers to write files into it.
pub struct Sandbox {
    pub dir: tempfile::TempDir,
}

impl Sandbox {
    pub fn new() -> Self {
        Sandbox {
            dir: tempfile::tempdir().unwrap(),
        }
    }

    pub fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    pub fn write(&self, name: &str, contents: impl AsRef<[u8]>) -> PathBuf {
        let path = self.path(name);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).unwrap();
        }
        std::fs::write(&path, contents).unwrap();
        path
    }

    pub fn read(&self, name: &str) -> Vec<u8> {
        std::fs::read(self.path(name)).unwrap()
    }

    pub fn run(&self, args: &[&str]) -> Run {
        run_in(self.dir.path(), args, b"")
    }

    pub fn run_with_stdin(&self, args: &[&str], stdin: &[u8]) -> Run {
        run_in(self.dir.path(), args, stdin)
    }

    /// Names of the entries in the sandbox's top folder, sorted.
    pub fn entries(&self) -> Vec<String> {
        let mut names: Vec<String> = std::fs::read_dir(self.dir.path())
            .unwrap()
            .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    }
}
