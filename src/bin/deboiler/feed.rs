//! The lines of one JSONL input, read ahead on a thread of their own.
//!
//! Reading blocks, so a batch that waits for its last line cannot tell a slow producer from a
//! large file: `tail -f log.jsonl | deboiler --jsonl` would show nothing until 256 KB had come.
//! With the reads on their own thread, the `--jsonl` loop can wait for a line with a timeout
//! and clean what it has when the input pauses, while a busy input still fills whole batches.
//!
//! Memory stays bounded: the reader stops once the lines it has handed over and that are not
//! yet [released](Feed::release) reach a byte budget (it may pass it by one line).

use std::io::{self, BufRead};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError};
use std::sync::{Arc, Condvar, Mutex};
use std::thread::JoinHandle;
use std::time::Duration;

/// What [`Feed::next`] found.
pub enum Next {
    Line(Vec<u8>),
    /// No line came within the time given.
    Idle,
    /// The input is over.
    End,
}

/// Lines read from an input on a reader thread, in order.
pub struct Feed {
    lines: Receiver<io::Result<Vec<u8>>>,
    budget: Arc<Budget>,
    reader: Option<JoinHandle<()>>,
}

impl Feed {
    /// Starts reading `input`, holding at most about `budget` bytes of lines not yet released.
    ///
    /// The thread is not joined when the feed is dropped early (a failed output, a closed
    /// pipe): it may be blocked reading a terminal or a pipe, and it ends on its own at its next
    /// line, as the feed is gone.
    pub fn spawn(mut input: Box<dyn BufRead + Send>, budget: usize) -> Self {
        let (sender, lines) = mpsc::channel();
        let budget = Arc::new(Budget {
            limit: budget,
            state: Mutex::new(BudgetState::default()),
            freed: Condvar::new(),
        });
        let reader_budget = Arc::clone(&budget);
        let reader = std::thread::spawn(move || loop {
            let mut line = Vec::new();
            match input.read_until(b'\n', &mut line) {
                Ok(0) => return,
                Ok(bytes) => {
                    if !reader_budget.take(bytes) || sender.send(Ok(line)).is_err() {
                        return;
                    }
                }
                Err(error) => {
                    let _ = sender.send(Err(error));
                    return;
                }
            }
        });
        Feed {
            lines,
            budget,
            reader: Some(reader),
        }
    }

    /// The next line, waiting for it as long as it takes, or at most `idle` when given.
    pub fn next(&mut self, idle: Option<Duration>) -> io::Result<Next> {
        let received = match idle {
            Some(idle) => self.lines.recv_timeout(idle),
            None => self
                .lines
                .recv()
                .map_err(|_| RecvTimeoutError::Disconnected),
        };
        match received {
            Ok(Ok(line)) => Ok(Next::Line(line)),
            Ok(Err(error)) => Err(error),
            Err(RecvTimeoutError::Timeout) => Ok(Next::Idle),
            Err(RecvTimeoutError::Disconnected) => {
                // The reader ended. Only a panic would end it without an error or the end of
                // the input, and that must not pass for the end.
                match self.reader.take().map(JoinHandle::join) {
                    Some(Err(_)) => Err(io::Error::other("the input reader stopped unexpectedly")),
                    _ => Ok(Next::End),
                }
            }
        }
    }

    /// Gives back the bytes of lines that have been written, so the reader may read more.
    pub fn release(&self, bytes: usize) {
        self.budget.release(bytes);
    }
}

impl Drop for Feed {
    fn drop(&mut self) {
        self.budget.close();
    }
}

/// Bytes handed over by the reader and not yet released.
struct Budget {
    limit: usize,
    state: Mutex<BudgetState>,
    freed: Condvar,
}

#[derive(Default)]
struct BudgetState {
    used: usize,
    /// The feed is gone: the reader stops instead of waiting.
    closed: bool,
}

impl Budget {
    /// Waits until the budget has room, then books `bytes`. False when the feed is gone.
    fn take(&self, bytes: usize) -> bool {
        let mut state = self.state.lock().unwrap_or_else(|e| e.into_inner());
        while state.used >= self.limit && !state.closed {
            state = self.freed.wait(state).unwrap_or_else(|e| e.into_inner());
        }
        state.used += bytes;
        !state.closed
    }

    fn release(&self, bytes: usize) {
        let mut state = self.state.lock().unwrap_or_else(|e| e.into_inner());
        state.used = state.used.saturating_sub(bytes);
        self.freed.notify_all();
    }

    fn close(&self) {
        let mut state = self.state.lock().unwrap_or_else(|e| e.into_inner());
        state.closed = true;
        self.freed.notify_all();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(feed: &mut Feed) -> Vec<Vec<u8>> {
        let mut out = Vec::new();
        while let Next::Line(line) = feed.next(None).unwrap() {
            out.push(line);
        }
        out
    }

    #[test]
    fn lines_come_in_order_with_their_terminators() {
        let input = b"{\"a\":1}\n\n{\"b\":2}".to_vec();
        let mut feed = Feed::spawn(Box::new(io::Cursor::new(input)), 1 << 20);
        let expected: Vec<&[u8]> = vec![b"{\"a\":1}\n", b"\n", b"{\"b\":2}"];
        assert_eq!(lines(&mut feed), expected);
        assert!(matches!(feed.next(None).unwrap(), Next::End));
    }

    #[test]
    fn the_reader_waits_for_released_bytes() {
        let input = "0123456789\n".repeat(10).into_bytes();
        let mut feed = Feed::spawn(Box::new(io::Cursor::new(input)), 25);
        let mut received = Vec::new();
        for _ in 0..3 {
            match feed.next(None).unwrap() {
                Next::Line(line) => received.push(line),
                _ => panic!("three lines fit the budget"),
            }
        }
        // 33 bytes handed over, none released: the reader is waiting.
        assert!(matches!(
            feed.next(Some(Duration::from_millis(50))).unwrap(),
            Next::Idle
        ));
        feed.release(33);
        let mut rest = 0;
        while let Next::Line(line) = feed.next(None).unwrap() {
            feed.release(line.len());
            rest += 1;
        }
        assert_eq!(rest, 7);
    }

    #[test]
    fn a_read_error_is_handed_over() {
        struct Failing;
        impl io::Read for Failing {
            fn read(&mut self, _: &mut [u8]) -> io::Result<usize> {
                Err(io::Error::other("disk on fire"))
            }
        }
        let mut feed = Feed::spawn(Box::new(io::BufReader::new(Failing)), 1 << 20);
        let error = feed.next(None).err().expect("an error");
        assert_eq!(error.to_string(), "disk on fire");
    }
}
