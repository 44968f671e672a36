//! The layering: no import circle between the top-level modules of src/
//! (ARCHITECTURE.md). A module's imports are the `crate::name` paths in
//! its files (comments and its own `#[cfg(test)] mod tests` left out); a
//! circle is a set of modules each reachable from the others. The last
//! one was broken on 2026-12-07: none may appear again.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may panic

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

type Graph = BTreeMap<String, BTreeSet<String>>;

fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The names `text` imports from the crate root.
fn imports(text: &str) -> BTreeSet<String> {
    let without_comments: String = text
        .lines()
        .map(|line| line.split_once("//").map_or(line, |(code, _)| code))
        .collect::<Vec<_>>()
        .join("\n");
    let test_module = regex::Regex::new(r"#\[cfg\(test\)\]\s*mod\s+tests").unwrap();
    let code = test_module
        .split(&without_comments)
        .next()
        .unwrap_or_default();
    let path = regex::Regex::new(r"\bcrate::([a-z_][a-z0-9_]*)").unwrap();
    let block = regex::Regex::new(r"\buse\s+crate::\{([^;]*)\}").unwrap();
    let first = regex::Regex::new(r"(?:^|[,{])\s*([a-z_][a-z0-9_]*)").unwrap();
    let mut names: BTreeSet<String> = path.captures_iter(code).map(|c| c[1].to_owned()).collect();
    for list in block.captures_iter(code) {
        names.extend(first.captures_iter(&list[1]).map(|c| c[1].to_owned()));
    }
    names
}

fn graph(src: &Path) -> Graph {
    let mut files = Vec::new();
    rust_files(src, &mut files);
    let mut graph = Graph::new();
    for file in files {
        let relative = file.strip_prefix(src).unwrap();
        let top = relative
            .components()
            .next()
            .unwrap()
            .as_os_str()
            .to_string_lossy()
            .trim_end_matches(".rs")
            .to_owned();
        if matches!(top.as_str(), "lib" | "main" | "bin") {
            continue;
        }
        let text = std::fs::read_to_string(&file).unwrap();
        let names = imports(&text);
        let entry = graph.entry(top.clone()).or_default();
        entry.extend(names.into_iter().filter(|n| *n != top));
    }
    let modules: BTreeSet<String> = graph.keys().cloned().collect();
    for deps in graph.values_mut() {
        deps.retain(|d| modules.contains(d));
    }
    graph
}

/// The strongly connected sets of more than one module (Tarjan).
fn circles(graph: &Graph) -> Vec<BTreeSet<String>> {
    struct Walk<'a> {
        graph: &'a Graph,
        index: BTreeMap<&'a str, usize>,
        low: BTreeMap<&'a str, usize>,
        stack: Vec<&'a str>,
        on_stack: BTreeSet<&'a str>,
        found: Vec<BTreeSet<String>>,
    }
    impl<'a> Walk<'a> {
        fn visit(&mut self, v: &'a str) {
            let n = self.index.len();
            self.index.insert(v, n);
            self.low.insert(v, n);
            self.stack.push(v);
            self.on_stack.insert(v);
            for w in &self.graph[v] {
                let w = w.as_str();
                if !self.index.contains_key(w) {
                    self.visit(w);
                    let low = self.low[v].min(self.low[w]);
                    self.low.insert(v, low);
                } else if self.on_stack.contains(w) {
                    let low = self.low[v].min(self.index[w]);
                    self.low.insert(v, low);
                }
            }
            if self.low[v] == self.index[v] {
                let mut set = BTreeSet::new();
                while let Some(w) = self.stack.pop() {
                    self.on_stack.remove(w);
                    set.insert(w.to_owned());
                    if w == v {
                        break;
                    }
                }
                if set.len() > 1 {
                    self.found.push(set);
                }
            }
        }
    }
    let mut walk = Walk {
        graph,
        index: BTreeMap::new(),
        low: BTreeMap::new(),
        stack: Vec::new(),
        on_stack: BTreeSet::new(),
        found: Vec::new(),
    };
    for v in graph.keys() {
        if !walk.index.contains_key(v.as_str()) {
            walk.visit(v);
        }
    }
    walk.found
}

#[test]
fn no_new_import_circle() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let graph = graph(&src);
    assert!(graph.len() > 10, "src/ was not read: {graph:?}");
    let found = circles(&graph);
    assert!(
        found.is_empty(),
        "an import circle between top-level modules: {found:?}. \
         Move what both need below them (ARCHITECTURE.md)."
    );
}

#[test]
fn the_circle_finder_finds_a_circle() {
    let mut graph = Graph::new();
    for (from, to) in [("a", "b"), ("b", "c"), ("c", "a"), ("c", "d")] {
        graph
            .entry(from.to_owned())
            .or_default()
            .insert(to.to_owned());
    }
    graph.entry("d".to_owned()).or_default();
    let found = circles(&graph);
    assert_eq!(found.len(), 1);
    assert_eq!(
        found[0],
        ["a", "b", "c"].iter().map(|s| (*s).to_owned()).collect()
    );
    // An import written either way is found, and a test module is not
    // part of the layering.
    let text = "use crate::{model::Referral, rules};\nfn f() { crate::pdf::make(); } // crate::ui\n#[cfg(test)]\nmod tests { use crate::app; }";
    let names = imports(text);
    assert_eq!(
        names,
        ["model", "pdf", "rules"]
            .iter()
            .map(|s| (*s).to_owned())
            .collect()
    );
}
