//! The Python package's extension module, `deboiler._deboiler`: the library's [`Cleaner`] for
//! Python strings. `pysrc/deboiler/__init__.py` re-exports it and `_deboiler.pyi` types it.
//!
//! Strings are cleaned as the library cleans strings (`FinalNewline::AsInput`): the result ends
//! with a newline only when the input did, which is also what `deboiler --jsonl` does to a field.
//! Removals carry what `deboiler --explain --format json` prints (lines 1-based and inclusive,
//! UTF-8 byte offsets) plus `chars`, the same span as Python string indices.
//!
//! Errors: an unknown filter id or profile is a `ValueError` with the library's message; a
//! non-string is a `TypeError` naming where it was; a panic inside the library is caught here,
//! per document, and raised as a `RuntimeError`, so it never unwinds into the interpreter.

use std::any::Any;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::{Arc, Mutex};

use deboiler::{Cleaner as RustCleaner, Profile};
use pyo3::exceptions::{PyRuntimeError, PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList, PyString, PyTuple};
use rayon::prelude::*;

/// One removal: which filter and rule removed which lines of the input, and why.
#[pyclass(module = "deboiler", frozen, get_all)]
struct Removal {
    /// The id of the filter that removed the lines (`"copyright"`).
    filter: String,
    /// The rule that found them, as `filter/rule` (`"copyright/leading-mark"`), as in
    /// `deboiler --explain --format json`.
    rule: String,
    /// First and last removed line, 1-based, inclusive.
    lines: (usize, usize),
    /// The removed span in the input's UTF-8 encoding, end exclusive (as the command line
    /// reports it).
    bytes: (usize, usize),
    /// The removed span as indices into the Python string, end exclusive:
    /// `input[start:end] == removal.text`.
    chars: (usize, usize),
    /// Why the lines were removed, in words.
    reason: String,
    /// The removed lines as they were in the input, with the line ends between them.
    text: String,
}

#[pymethods]
impl Removal {
    /// The removal as `deboiler --explain --format json` writes it: a dict with `filter`,
    /// `rule`, `lines` and `bytes` (two-item lists), `reason` and `text`.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let dict = PyDict::new(py);
        dict.set_item("filter", &self.filter)?;
        dict.set_item("rule", &self.rule)?;
        dict.set_item("lines", [self.lines.0, self.lines.1])?;
        dict.set_item("bytes", [self.bytes.0, self.bytes.1])?;
        dict.set_item("reason", &self.reason)?;
        dict.set_item("text", &self.text)?;
        Ok(dict)
    }

    fn __repr__(&self) -> String {
        let (first, last) = self.lines;
        let lines = if first == last {
            first.to_string()
        } else {
            format!("{first}-{last}")
        };
        format!(
            "Removal(rule={:?}, lines={lines}, reason={:?})",
            self.rule, self.reason
        )
    }
}

/// The result of cleaning one document.
#[pyclass(module = "deboiler", frozen, get_all)]
struct Cleaned {
    /// The cleaned text.
    text: String,
    /// The profile the document was cleaned with: `"article"` or `"page"`.
    profile: &'static str,
    /// Every removal, ordered by first line; no line is in two.
    removals: Vec<Py<Removal>>,
}

#[pymethods]
impl Cleaned {
    fn __repr__(&self) -> String {
        format!(
            "Cleaned(profile={:?}, removals={}, text={} chars)",
            self.profile,
            self.removals.len(),
            self.text.chars().count()
        )
    }
}

/// A configured pipeline: which filters run and with which profile.
#[pyclass(module = "deboiler", frozen)]
struct Cleaner {
    /// For the text alone (`clean_text`, `clean_batch`).
    plain: RustCleaner,
    /// For removals: the line model's reasons name the features that decided, as with
    /// `deboiler --explain`.
    explaining: RustCleaner,
    profile: Profile,
    /// The arguments it was made with, to pickle it (a Spark UDF or a `datasets` map function
    /// that holds a cleaner is pickled to its workers).
    disable: Vec<String>,
    only: Option<Vec<String>>,
}

#[pymethods]
impl Cleaner {
    #[new]
    #[pyo3(signature = (*, disable = Vec::new(), only = None, profile = "auto"))]
    fn new(disable: Vec<String>, only: Option<Vec<String>>, profile: &str) -> PyResult<Self> {
        let profile: Profile = profile.parse().map_err(PyValueError::new_err)?;
        let mut cleaner = RustCleaner::default().profile(profile);
        // The command line's order: `--only` first, then `--disable`.
        if let Some(only) = &only {
            cleaner = cleaner
                .only(only)
                .map_err(|e| PyValueError::new_err(e.to_string()))?;
        }
        for id in &disable {
            cleaner = cleaner
                .disable(id)
                .map_err(|e| PyValueError::new_err(e.to_string()))?;
        }
        Ok(Cleaner {
            explaining: cleaner.clone().explain_reasons(true),
            plain: cleaner,
            profile,
            disable,
            only,
        })
    }

    /// Pickling: the keyword arguments that make the same cleaner.
    fn __getnewargs_ex__<'py>(
        &self,
        py: Python<'py>,
    ) -> PyResult<(Bound<'py, PyTuple>, Bound<'py, PyDict>)> {
        let kwargs = PyDict::new(py);
        kwargs.set_item("disable", &self.disable)?;
        kwargs.set_item("only", &self.only)?;
        kwargs.set_item("profile", self.profile.name())?;
        Ok((PyTuple::empty(py), kwargs))
    }

    /// The ids of the filters this cleaner runs, in pipeline order.
    #[getter]
    fn filters(&self) -> Vec<&'static str> {
        self.plain.filters().iter().map(|f| f.id()).collect()
    }

    /// The profile given: `"auto"`, `"article"` or `"page"`.
    #[getter]
    fn profile(&self) -> &'static str {
        self.profile.name()
    }

    /// Cleans one document: its text, profile and removals.
    fn clean(&self, py: Python<'_>, text: &Bound<'_, PyAny>) -> PyResult<Cleaned> {
        let input = string_argument(text, "text")?;
        let cleaner = &self.explaining;
        let (cleaned_text, profile, removals) = py.allow_threads(|| {
            guarded(|| {
                let cleaned = cleaner.clean(&input);
                let removals = removals_of(&input, &cleaned.removals);
                (cleaned.text, cleaned.profile.name(), removals)
            })
        })?;
        let removals = removals
            .into_iter()
            .map(|r| Py::new(py, r))
            .collect::<PyResult<_>>()?;
        Ok(Cleaned {
            text: cleaned_text,
            profile,
            removals,
        })
    }

    /// The cleaned text of one document, without the removals (faster than `clean`).
    fn clean_text(&self, py: Python<'_>, text: &Bound<'_, PyAny>) -> PyResult<String> {
        let input = string_argument(text, "text")?;
        let cleaner = &self.plain;
        Ok(py.allow_threads(|| guarded(|| cleaner.clean_text(&input)))?)
    }

    /// Cleans many documents in parallel, without holding the GIL, and returns their texts in
    /// order. `jobs` is the number of threads: all cores when `None`.
    #[pyo3(signature = (texts, jobs = None))]
    fn clean_batch(
        &self,
        py: Python<'_>,
        texts: &Bound<'_, PyAny>,
        jobs: Option<usize>,
    ) -> PyResult<Vec<String>> {
        let inputs = string_list(texts)?;
        let cleaner = &self.plain;
        run_batch(py, &inputs, jobs, |input| cleaner.clean_text(input))
    }

    /// The removals of one document as dicts, the same as `deboiler --explain --format json`
    /// gives them: `filter`, `rule`, `lines`, `bytes`, `reason`, `text`.
    fn explain<'py>(
        &self,
        py: Python<'py>,
        text: &Bound<'py, PyAny>,
    ) -> PyResult<Bound<'py, PyList>> {
        let cleaned = self.clean(py, text)?;
        let dicts = cleaned
            .removals
            .iter()
            .map(|r| r.get().to_dict(py))
            .collect::<PyResult<Vec<_>>>()?;
        PyList::new(py, dicts)
    }

    fn __repr__(&self) -> String {
        format!(
            "Cleaner(profile={:?}, filters={:?})",
            self.profile.name(),
            self.filters()
        )
    }
}

/// Runs `clean` over `inputs` on `jobs` threads (rayon's pool of one thread per core when
/// `None`), without the GIL; a panic on a document becomes a `RuntimeError` naming its index.
fn run_batch(
    py: Python<'_>,
    inputs: &[String],
    jobs: Option<usize>,
    clean: impl Fn(&str) -> String + Sync,
) -> PyResult<Vec<String>> {
    let clean_one = |(index, input): (usize, &String)| {
        guarded(|| clean(input)).map_err(|e| {
            PyRuntimeError::new_err(format!("texts[{index}]: {}", internal_message(&e.0)))
        })
    };
    let clean_all =
        || -> PyResult<Vec<String>> { inputs.par_iter().enumerate().map(clean_one).collect() };
    match jobs {
        Some(0) => Err(PyValueError::new_err("jobs must be at least 1")),
        // One thread: this one, without a pool.
        Some(1) => py.allow_threads(|| inputs.iter().enumerate().map(clean_one).collect()),
        Some(n) => {
            let pool = new_pool(n)?;
            py.allow_threads(|| pool.install(clean_all))
        }
        None => {
            let pool = shared_pool()?;
            py.allow_threads(|| pool.install(clean_all))
        }
    }
}

fn new_pool(threads: usize) -> PyResult<rayon::ThreadPool> {
    rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .build()
        .map_err(|e| PyRuntimeError::new_err(format!("cannot start {threads} threads: {e}")))
}

/// The pool of one thread per core for `jobs=None`, made on first use, and made again in a
/// process forked after that: a fork copies the pool but not its threads, so a child process
/// (`multiprocessing`, `datasets`' `num_proc`, a forking server) would wait forever on rayon's
/// global pool.
fn shared_pool() -> PyResult<Arc<rayon::ThreadPool>> {
    static POOL: Mutex<Option<(u32, Arc<rayon::ThreadPool>)>> = Mutex::new(None);
    let pid = std::process::id();
    let mut pool = POOL.lock().unwrap_or_else(|e| e.into_inner());
    match &*pool {
        Some((owner, shared)) if *owner == pid => Ok(Arc::clone(shared)),
        _ => {
            let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
            let fresh = Arc::new(new_pool(threads)?);
            // The parent's pool has no threads here: dropping it would signal threads that do
            // not exist, so it is leaked.
            if let Some(stale) = pool.replace((pid, Arc::clone(&fresh))) {
                std::mem::forget(stale);
            }
            Ok(fresh)
        }
    }
}

/// For the tests: runs the batch machinery with a cleaning function that panics on the text
/// `"panic"`, to show that the panic comes out as a `RuntimeError`.
#[pyfunction]
#[pyo3(signature = (texts, jobs = None))]
fn _panic_in_batch(
    py: Python<'_>,
    texts: &Bound<'_, PyAny>,
    jobs: Option<usize>,
) -> PyResult<Vec<String>> {
    let inputs = string_list(texts)?;
    run_batch(py, &inputs, jobs, |input| {
        assert_ne!(input, "panic", "a test panic");
        input.to_string()
    })
}

/// The built-in filters in pipeline order, as `(id, summary)` pairs.
#[pyfunction]
fn filters() -> Vec<(&'static str, &'static str)> {
    RustCleaner::default()
        .filters()
        .iter()
        .map(|f| (f.id(), f.summary()))
        .collect()
}

/// A `str` argument, or a `TypeError` that names it.
fn string_argument(value: &Bound<'_, PyAny>, name: &str) -> PyResult<String> {
    match value.downcast::<PyString>() {
        Ok(s) => Ok(s.to_cow()?.into_owned()),
        Err(_) => Err(PyTypeError::new_err(format!(
            "{name} must be str, not {}",
            type_name(value)
        ))),
    }
}

/// A sequence (or any iterable) of `str`, or a `TypeError` naming the first item that is not.
fn string_list(texts: &Bound<'_, PyAny>) -> PyResult<Vec<String>> {
    if texts.is_instance_of::<PyString>() {
        return Err(PyTypeError::new_err(
            "texts must be a list of str, not a str (wrap one document in a list)",
        ));
    }
    let iter = texts.try_iter().map_err(|_| {
        PyTypeError::new_err(format!(
            "texts must be a list of str, not {}",
            type_name(texts)
        ))
    })?;
    let mut out = Vec::with_capacity(texts.len().unwrap_or(0));
    for (index, item) in iter.enumerate() {
        let item = item?;
        out.push(string_argument(&item, &format!("texts[{index}]"))?);
    }
    Ok(out)
}

fn type_name(value: &Bound<'_, PyAny>) -> String {
    value
        .get_type()
        .name()
        .map(|n| n.to_string())
        .unwrap_or_else(|_| "?".to_string())
}

/// Runs `f`, turning a panic into an error message instead of unwinding into Python.
fn guarded<T>(f: impl FnOnce() -> T) -> Result<T, InternalError> {
    catch_unwind(AssertUnwindSafe(f)).map_err(|payload| InternalError(panic_message(&payload)))
}

/// A panic inside the library, caught.
struct InternalError(String);

impl From<InternalError> for PyErr {
    fn from(e: InternalError) -> PyErr {
        PyRuntimeError::new_err(internal_message(&e.0))
    }
}

fn internal_message(detail: &str) -> String {
    format!("deboiler: internal error (a bug; please report it with the input): {detail}")
}

fn panic_message(payload: &Box<dyn Any + Send>) -> String {
    if let Some(s) = payload.downcast_ref::<&str>() {
        s.to_string()
    } else if let Some(s) = payload.downcast_ref::<String>() {
        s.clone()
    } else {
        "panic".to_string()
    }
}

/// The library's removals with their text and their span in Python string indices. Removals
/// are ordered by first line and never overlap, so their byte offsets ascend and one walk over
/// the input counts the characters before each.
fn removals_of(input: &str, removals: &[deboiler::Removal]) -> Vec<Removal> {
    let mut chars = CharCounter::default();
    removals
        .iter()
        .map(|r| {
            let start = chars.at(input, r.bytes.start);
            let end = chars.at(input, r.bytes.end);
            Removal {
                filter: r.filter.to_string(),
                rule: r.rule_path(),
                lines: (r.lines.start + 1, r.lines.end),
                bytes: (r.bytes.start, r.bytes.end),
                chars: (start, end),
                reason: r.reason.to_string(),
                text: input[r.bytes.clone()].to_string(),
            }
        })
        .collect()
}

/// Counts characters up to ascending byte offsets (falling back to a count from the start for
/// an offset below the last one).
#[derive(Default)]
struct CharCounter {
    byte: usize,
    chars: usize,
}

impl CharCounter {
    fn at(&mut self, input: &str, byte: usize) -> usize {
        if byte < self.byte {
            *self = CharCounter::default();
        }
        self.chars += count_chars(&input.as_bytes()[self.byte..byte]);
        self.byte = byte;
        self.chars
    }
}

/// The characters in UTF-8 bytes: the bytes that do not continue a character.
fn count_chars(bytes: &[u8]) -> usize {
    bytes.iter().filter(|&&b| (b & 0xC0) != 0x80).count()
}

/// deboiler: strips boilerplate and noise from scraped article text.
#[pymodule]
#[pyo3(name = "_deboiler")]
fn deboiler_module(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<Cleaner>()?;
    m.add_class::<Cleaned>()?;
    m.add_class::<Removal>()?;
    m.add_function(wrap_pyfunction!(filters, m)?)?;
    m.add_function(wrap_pyfunction!(_panic_in_batch, m)?)?;
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    Ok(())
}
