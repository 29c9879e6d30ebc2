//! The lines of one JSONL input, read ahead on a thread of their own.
//!
//! Reading blocks, so a loop that waits for its next line cannot tell a slow producer from a
//! large file: `tail -f log.jsonl | deboiler --jsonl` would show nothing until the output
//! buffer filled. With the reads on their own thread, sent to the `--jsonl` loop as messages
//! among the cleaned documents, the loop waits for whichever comes first, and can flush its
//! output when the input pauses.
//!
//! Memory stays bounded: the reader stops once the lines it has handed over and that are not
//! yet [released](Feed::release) reach a byte budget (it may pass it by one line). Each line
//! counts [`LINE_OVERHEAD`] bytes more than its length, so that a file of tiny lines does not
//! put millions of them in flight.

use std::io::{self, BufRead};
use std::panic::AssertUnwindSafe;
use std::sync::mpsc::Sender;
use std::sync::{Arc, Condvar, Mutex};

/// What holding a line costs besides its bytes (its job and its result), counted in the budget.
const LINE_OVERHEAD: usize = 128;

/// A chunk is handed over once its lines reach this many bytes or [`CHUNK_LINES`] lines, or
/// when the next read might wait: about one page dump, or many short documents, per message
/// (and per job of the `--jsonl` loop), as each costs a few microseconds.
const CHUNK_BYTES: usize = 16 << 10;
const CHUNK_LINES: usize = 1024;

/// What the reader hands over, in input order: chunks of lines, then the end or an error.
pub enum Read {
    /// Lines, each with its terminator if it had one.
    Lines(Vec<Vec<u8>>),
    /// The input is over.
    End,
    /// Reading failed (the reader stops).
    Failed(io::Error),
}

/// The reader of one input, running on a thread of its own.
pub struct Feed {
    budget: Arc<Budget>,
}

impl Feed {
    /// Starts reading `input`, sending each line to `sender` as a [`Read`], and holding at
    /// most about `budget` bytes of lines not yet released.
    ///
    /// The thread is not joined when the feed is dropped early (a failed output, a closed
    /// pipe): it may be blocked reading a terminal or a pipe, and it ends on its own at its next
    /// line, as the feed is gone.
    pub fn spawn<M: From<Read> + Send + 'static>(
        input: Box<dyn BufRead + Send>,
        budget: usize,
        sender: Sender<M>,
    ) -> Self {
        let budget = Arc::new(Budget {
            limit: budget,
            state: Mutex::new(BudgetState::default()),
            freed: Condvar::new(),
        });
        let reader_budget = Arc::clone(&budget);
        std::thread::spawn(move || {
            let read = std::panic::catch_unwind(AssertUnwindSafe(|| {
                read_lines(input, &reader_budget, &sender)
            }));
            // The end must never be taken for the end of the input.
            if read.is_err() {
                let stopped = io::Error::other("the input reader stopped unexpectedly");
                let _ = sender.send(Read::Failed(stopped).into());
            }
        });
        Feed { budget }
    }

    /// Gives back `lines` lines of `bytes` bytes in all that have been written, so the reader
    /// may read more. A chunk at a time: the reader then hands over whole chunks again.
    pub fn release(&self, lines: usize, bytes: usize) {
        self.budget.release(bytes + lines * LINE_OVERHEAD);
    }
}

/// Sends the lines of `input` in chunks, then its end or the error that stopped it; stops
/// early when the feed is gone.
fn read_lines<M: From<Read>>(input: Box<dyn BufRead + Send>, budget: &Budget, sender: &Sender<M>) {
    // Its buffer tells whether the next line is already read: when it is not, reading may wait
    // on a slow producer, and the lines read so far go first.
    let mut input = io::BufReader::with_capacity(4 * CHUNK_BYTES, input);
    let mut chunk = Vec::new();
    let mut chunk_bytes = 0;
    let hand_over = |chunk: &mut Vec<Vec<u8>>, chunk_bytes: &mut usize| {
        *chunk_bytes = 0;
        chunk.is_empty()
            || sender
                .send(Read::Lines(std::mem::take(chunk)).into())
                .is_ok()
    };
    loop {
        if !input.buffer().contains(&b'\n') && !hand_over(&mut chunk, &mut chunk_bytes) {
            return;
        }
        let mut line = Vec::new();
        let last = match input.read_until(b'\n', &mut line) {
            Ok(0) => Read::End,
            Ok(bytes) => {
                let cost = bytes + LINE_OVERHEAD;
                // Lines held back would never be released: hand them over before waiting.
                let booked = budget.try_take(cost)
                    || hand_over(&mut chunk, &mut chunk_bytes) && budget.take(cost);
                if !booked {
                    return;
                }
                chunk.push(line);
                chunk_bytes += bytes;
                if (chunk_bytes >= CHUNK_BYTES || chunk.len() >= CHUNK_LINES)
                    && !hand_over(&mut chunk, &mut chunk_bytes)
                {
                    return;
                }
                continue;
            }
            Err(error) => Read::Failed(error),
        };
        if hand_over(&mut chunk, &mut chunk_bytes) {
            let _ = sender.send(last.into());
        }
        return;
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
    /// Books `bytes` if the budget has room now. False when it has not (or the feed is gone).
    fn try_take(&self, bytes: usize) -> bool {
        let mut state = self.state.lock().unwrap_or_else(|e| e.into_inner());
        if state.used >= self.limit || state.closed {
            return false;
        }
        state.used += bytes;
        true
    }

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
    use std::sync::mpsc::{self, Receiver};
    use std::time::Duration;

    fn spawn(input: impl BufRead + Send + 'static, budget: usize) -> (Feed, Receiver<Read>) {
        let (sender, reads) = mpsc::channel();
        (Feed::spawn(Box::new(input), budget, sender), reads)
    }

    /// The lines of every chunk until the end, releasing each chunk's lines when `release`.
    fn lines(feed: &Feed, reads: &Receiver<Read>, release: bool) -> Vec<Vec<u8>> {
        let mut lines = Vec::new();
        while let Read::Lines(chunk) = reads.recv().unwrap() {
            for line in chunk {
                if release {
                    feed.release(1, line.len());
                }
                lines.push(line);
            }
        }
        lines
    }

    #[test]
    fn lines_come_in_order_with_their_terminators() {
        let input = b"{\"a\":1}\n\n{\"b\":2}".to_vec();
        let (feed, reads) = spawn(io::Cursor::new(input), 1 << 20);
        let expected: Vec<&[u8]> = vec![b"{\"a\":1}\n", b"\n", b"{\"b\":2}"];
        assert_eq!(lines(&feed, &reads, false), expected);
    }

    #[test]
    fn lines_come_in_chunks_of_a_bounded_size() {
        let input = "0123456789\n".repeat(5000).into_bytes();
        let (feed, reads) = spawn(io::Cursor::new(input), 1 << 20);
        let (mut chunks, mut lines) = (0, 0);
        while let Read::Lines(chunk) = reads.recv().unwrap() {
            assert!(chunk.len() <= CHUNK_LINES);
            chunks += 1;
            lines += chunk.len();
        }
        // Cut by size, and where the reader's buffer ends in the middle of a line.
        assert_eq!(lines, 5000);
        assert!(
            (5000_usize.div_ceil(CHUNK_LINES)..=10).contains(&chunks),
            "{chunks}"
        );
        drop(feed);
    }

    #[test]
    fn the_reader_waits_for_released_bytes() {
        let input = "0123456789\n".repeat(10).into_bytes();
        let line = 11 + LINE_OVERHEAD;
        let (feed, reads) = spawn(io::Cursor::new(input), 3 * line - 1);
        // Three lines fit the budget; they are handed over before the reader waits.
        match reads.recv().unwrap() {
            Read::Lines(chunk) => assert_eq!(chunk.len(), 3),
            _ => panic!("three lines"),
        }
        assert!(reads.recv_timeout(Duration::from_millis(50)).is_err());
        feed.release(3, 33);
        assert_eq!(lines(&feed, &reads, true).len(), 7);
    }

    #[test]
    fn a_read_error_is_handed_over() {
        struct Failing;
        impl io::Read for Failing {
            fn read(&mut self, _: &mut [u8]) -> io::Result<usize> {
                Err(io::Error::other("disk on fire"))
            }
        }
        let (_feed, reads) = spawn(io::BufReader::new(Failing), 1 << 20);
        match reads.recv().unwrap() {
            Read::Failed(error) => assert_eq!(error.to_string(), "disk on fire"),
            _ => panic!("an error"),
        }
    }

    #[test]
    fn a_reader_that_panics_is_an_error_not_the_end() {
        struct Panicking;
        impl io::Read for Panicking {
            fn read(&mut self, _: &mut [u8]) -> io::Result<usize> {
                panic!("a decoder's bug");
            }
        }
        let (_feed, reads) = spawn(io::BufReader::new(Panicking), 1 << 20);
        match reads.recv().unwrap() {
            Read::Failed(error) => {
                assert_eq!(error.to_string(), "the input reader stopped unexpectedly")
            }
            _ => panic!("an error"),
        }
    }
}
