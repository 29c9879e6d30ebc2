//! The import graph of `src/`: which module uses which, and the circles in it.
//!
//! A circle between modules means neither side can be read, tested or changed alone: the
//! layered design (document and signals below, matchers, then filters, then the pipeline) has
//! none. This test reads the sources (no compiler plugin needed), builds the graph of `use`
//! and path references between the modules of each crate (the library and the binary), and
//! fails when the modules form a circle, or when a layer under the filters names one.
//!
//! `cargo test --test architecture -- --nocapture print_the_import_graph` prints the graph.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

/// The layers under the filters: they know no filter, so a filter can be added, removed or
/// rewritten without touching them. A module is in a layer when its path starts with one of
/// these.
const UNDER_THE_FILTERS: &[&str] = &[
    "blocks",
    "document",
    "matchers",
    "normalize",
    "patterns",
    "prebuilt",
    "site",
    "text",
    "vocabulary",
];

/// A module's path inside its crate (`filters::copyright`; the root is the empty path) and
/// the file that holds it.
#[derive(Debug)]
struct Module {
    path: String,
    file: PathBuf,
}

fn src() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

/// Every module of the crate whose root file is `root`, found by following `mod name;`.
fn modules_of(root: &Path) -> Vec<Module> {
    let mut out = Vec::new();
    let mut stack = vec![(String::new(), root.to_path_buf())];
    while let Some((path, file)) = stack.pop() {
        let text = fs::read_to_string(&file).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
        // A file `a/b.rs` keeps its children in `a/b/`; `mod.rs`, `lib.rs` and `main.rs` in
        // their own folder.
        let name = file.file_stem().unwrap().to_str().unwrap();
        let dir = if matches!(name, "mod" | "lib" | "main")
            || file.parent() == Some(&src().join("bin")) && path.is_empty()
        {
            file.parent().unwrap().to_path_buf()
        } else {
            file.with_extension("")
        };
        for child in declared_modules(&text) {
            let candidates = [
                dir.join(format!("{child}.rs")),
                dir.join(&child).join("mod.rs"),
            ];
            let Some(found) = candidates.into_iter().find(|c| c.exists()) else {
                continue; // an inline module (`mod tests { … }` has a brace, not a semicolon)
            };
            let child_path = if path.is_empty() {
                child
            } else {
                format!("{path}::{child}")
            };
            stack.push((child_path, found));
        }
        out.push(Module { path, file });
    }
    out.sort_by(|a, b| a.path.cmp(&b.path));
    out
}

/// The names of `mod name;` declarations (file modules) in `text`.
fn declared_modules(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for line in text.lines() {
        let line = line.trim();
        let rest = line
            .strip_prefix("pub(crate) mod ")
            .or_else(|| line.strip_prefix("pub mod "))
            .or_else(|| line.strip_prefix("mod "));
        if let Some(name) = rest.and_then(|rest| rest.strip_suffix(';')) {
            out.push(name.trim().to_string());
        }
    }
    out
}

/// The module's code without comments and without its unit tests (`#[cfg(test)]` and what
/// follows it: a test may use anything).
fn code_of(text: &str) -> String {
    let mut out = String::new();
    for line in text.lines() {
        let trimmed = line.trim_start();
        if trimmed.starts_with("#[cfg(test)]") {
            break;
        }
        if trimmed.starts_with("//") {
            continue;
        }
        let code = match line.find(" // ") {
            Some(at) => &line[..at],
            None => line,
        };
        out.push_str(code);
        out.push('\n');
    }
    out
}

/// Paths the code names from inside its crate, as module paths relative to the crate root:
/// `crate::a::b::Item`, the items of `crate::{a::B, c}`, `super::x` and, from a module to its
/// own children, `child::Item`.
fn references(module: &Module, code: &str, children: &BTreeSet<String>) -> Vec<String> {
    let mut out = Vec::new();
    let parent = module
        .path
        .rsplit_once("::")
        .map_or("", |(parent, _)| parent);
    let bytes = code.as_bytes();
    let mut at = 0;
    while at < code.len() {
        let rest = &code[at..];
        let word_start = at == 0
            || !(bytes[at - 1].is_ascii_alphanumeric()
                || bytes[at - 1] == b'_'
                || bytes[at - 1] == b':');
        if word_start {
            if let Some(tail) = rest.strip_prefix("crate::") {
                out.extend(expand("", tail));
            } else if let Some(tail) = rest.strip_prefix("super::") {
                out.extend(expand(parent, tail));
            } else if let Some(tail) = rest.strip_prefix("self::") {
                out.extend(expand(&module.path, tail));
            } else {
                for child in children {
                    if let Some(tail) = rest.strip_prefix(&format!("{child}::")) {
                        let base = join(&module.path, child);
                        out.extend(expand(&base, tail));
                        out.push(base);
                    }
                }
            }
        }
        at += rest.chars().next().map_or(1, char::len_utf8);
    }
    out
}

fn join(base: &str, name: &str) -> String {
    if base.is_empty() {
        name.to_string()
    } else {
        format!("{base}::{name}")
    }
}

/// The paths named by `tail` after `base::`: a plain path (`a::b::Item`), or a group
/// (`{a::B, c::{D, E}}`), whose members are each read as a path from `base`.
fn expand(base: &str, tail: &str) -> Vec<String> {
    let mut path = base.to_string();
    let mut chars = tail.char_indices().peekable();
    let mut segment = String::new();
    while let Some((i, c)) = chars.next() {
        if c.is_alphanumeric() || c == '_' {
            segment.push(c);
        } else if c == ':' && chars.peek().map(|&(_, n)| n) == Some(':') {
            chars.next();
            path = join(&path, &segment);
            segment.clear();
        } else if c == '{' && segment.is_empty() {
            let group = &tail[i + 1..];
            let mut depth = 0;
            let mut start = 0;
            let mut out = Vec::new();
            for (j, g) in group.char_indices() {
                match g {
                    '{' => depth += 1,
                    '}' if depth == 0 => {
                        out.extend(expand(&path, group[start..j].trim()));
                        return out;
                    }
                    '}' => depth -= 1,
                    ',' if depth == 0 => {
                        out.extend(expand(&path, group[start..j].trim()));
                        start = j + 1;
                    }
                    _ => {}
                }
            }
            return out;
        } else {
            break;
        }
    }
    vec![join(&path, &segment)]
}

/// What the crate root re-exports (`pub use pipeline::{Cleaner, clean};`): item name → its
/// path, so that a module naming `crate::Cleaner` depends on `pipeline`, not on the root.
fn reexports(root: &Path) -> BTreeMap<String, String> {
    let text = fs::read_to_string(root).unwrap();
    let mut out = BTreeMap::new();
    for line in code_of(&text).lines() {
        let Some(tail) = line.trim().strip_prefix("pub use ") else {
            continue;
        };
        for path in expand("", tail.trim_end_matches(';')) {
            if let Some((_, item)) = path.rsplit_once("::") {
                out.insert(item.to_string(), path.clone());
            }
        }
    }
    out
}

/// The crate's graph: module → the other modules of the crate its code names.
fn graph(root: &Path) -> BTreeMap<String, BTreeSet<String>> {
    let modules = modules_of(root);
    let known: BTreeSet<&str> = modules.iter().map(|m| m.path.as_str()).collect();
    let reexports = reexports(root);
    let mut out = BTreeMap::new();
    for module in &modules {
        let text = fs::read_to_string(&module.file).unwrap();
        let children: BTreeSet<String> = known
            .iter()
            .filter_map(|k| {
                let rest = if module.path.is_empty() {
                    Some(*k)
                } else {
                    k.strip_prefix(&format!("{}::", module.path))
                };
                rest.filter(|r| !r.is_empty() && !r.contains("::"))
                    .map(str::to_string)
            })
            .collect();
        let mut uses = BTreeSet::new();
        for reference in references(module, &code_of(&text), &children) {
            // `crate::Cleaner` names the module that defines what the root re-exports.
            let reference = reexports.get(&reference).cloned().unwrap_or(reference);
            // The longest known module the path starts with.
            let mut target = reference.as_str();
            while !known.contains(target) {
                match target.rsplit_once("::") {
                    Some((head, _)) => target = head,
                    None => {
                        target = "";
                        break;
                    }
                }
            }
            if target != module.path && known.contains(target) {
                uses.insert(target.to_string());
            }
        }
        out.insert(module.path.clone(), uses);
    }
    out
}

/// Strongly connected components of more than one module (Tarjan's algorithm).
fn circles(graph: &BTreeMap<String, BTreeSet<String>>) -> Vec<Vec<String>> {
    struct State<'g> {
        graph: &'g BTreeMap<String, BTreeSet<String>>,
        index: BTreeMap<&'g str, usize>,
        low: BTreeMap<&'g str, usize>,
        stack: Vec<&'g str>,
        on_stack: BTreeSet<&'g str>,
        out: Vec<Vec<String>>,
    }
    fn visit<'g>(s: &mut State<'g>, node: &'g str) {
        let i = s.index.len();
        s.index.insert(node, i);
        s.low.insert(node, i);
        s.stack.push(node);
        s.on_stack.insert(node);
        for next in &s.graph[node] {
            let next = next.as_str();
            if !s.index.contains_key(next) {
                visit(s, next);
                let low = s.low[node].min(s.low[next]);
                s.low.insert(node, low);
            } else if s.on_stack.contains(next) {
                let low = s.low[node].min(s.index[next]);
                s.low.insert(node, low);
            }
        }
        if s.low[node] == s.index[node] {
            let mut component = Vec::new();
            while let Some(top) = s.stack.pop() {
                s.on_stack.remove(top);
                component.push(top.to_string());
                if top == node {
                    break;
                }
            }
            if component.len() > 1 {
                component.sort();
                s.out.push(component);
            }
        }
    }
    let mut state = State {
        graph,
        index: BTreeMap::new(),
        low: BTreeMap::new(),
        stack: Vec::new(),
        on_stack: BTreeSet::new(),
        out: Vec::new(),
    };
    for node in graph.keys() {
        if !state.index.contains_key(node.as_str()) {
            visit(&mut state, node);
        }
    }
    state.out.sort();
    state.out
}

/// The roots of the crates in `src/`: the library, and the binary in whichever place it lives.
fn roots() -> Vec<(String, PathBuf)> {
    let src = src();
    let mut out = Vec::new();
    for (name, file) in [("lib", src.join("lib.rs")), ("bin", src.join("main.rs"))] {
        if file.exists() {
            out.push((name.to_string(), file));
        }
    }
    if let Ok(entries) = fs::read_dir(src.join("bin")) {
        for entry in entries.flatten() {
            let path = entry.path();
            let root = if path.is_dir() {
                path.join("main.rs")
            } else {
                path.clone()
            };
            if root.exists() {
                let name = path.file_stem().unwrap().to_string_lossy().into_owned();
                out.push((format!("bin {name}"), root));
            }
        }
    }
    out
}

fn name(crate_name: &str, module: &str) -> String {
    if module.is_empty() {
        format!("{crate_name}: (root)")
    } else {
        format!("{crate_name}: {module}")
    }
}

#[test]
fn no_module_is_in_a_dependency_circle() {
    let mut report = String::new();
    for (crate_name, root) in roots() {
        for circle in circles(&graph(&root)) {
            let names: Vec<String> = circle.iter().map(|m| name(&crate_name, m)).collect();
            report.push_str(&format!("- {}\n", names.join(", ")));
        }
    }
    assert!(report.is_empty(), "dependency circles:\n{report}");
}

#[test]
fn the_layers_under_the_filters_know_no_filter() {
    let (_, root) = roots()
        .into_iter()
        .find(|(crate_name, _)| crate_name == "lib")
        .expect("the library");
    let in_layer = |module: &str| {
        UNDER_THE_FILTERS
            .iter()
            .any(|layer| module == *layer || module.starts_with(&format!("{layer}::")))
    };
    let mut wrong = Vec::new();
    for (module, uses) in graph(&root) {
        for used in uses.iter().filter(|_| in_layer(&module)) {
            if used == "filter" || used == "filters" || used.starts_with("filters::") {
                wrong.push(format!("{module} -> {used}"));
            }
        }
    }
    assert!(wrong.is_empty(), "a lower layer names a filter: {wrong:?}");
}

#[test]
fn the_graph_reader_sees_uses_groups_and_parents() {
    let module = Module {
        path: "filters::copyright".into(),
        file: PathBuf::new(),
    };
    let code = "use crate::{document::Document, text::{trim, words}};\nuse super::testing;\nlet x = crate::model::verdict_of(\"a\");\n";
    let mut found = references(&module, code, &BTreeSet::new());
    found.sort();
    assert_eq!(
        found,
        [
            "document::Document",
            "filters::testing",
            "model::verdict_of",
            "text::trim",
            "text::words"
        ]
    );
    let graph: BTreeMap<String, BTreeSet<String>> = [
        ("a", &["b"][..]),
        ("b", &["c"][..]),
        ("c", &["a"][..]),
        ("d", &["a"][..]),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_string(), v.iter().map(|s| s.to_string()).collect()))
    .collect();
    assert_eq!(circles(&graph), [["a", "b", "c"]]);
}

#[test]
fn print_the_import_graph() {
    for (crate_name, root) in roots() {
        for (module, uses) in graph(&root) {
            let uses: Vec<&str> = uses
                .iter()
                .map(|m| if m.is_empty() { "(root)" } else { m.as_str() })
                .collect();
            println!("{} -> {}", name(&crate_name, &module), uses.join(", "));
        }
    }
}
