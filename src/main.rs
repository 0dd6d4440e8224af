use std::io::Write;

fn main() {
    let ex = isnad::Extractor::new();
    let out = std::io::stdout();
    let mut out = out.lock();
    for path in std::env::args().skip(2) {
        let text = std::fs::read_to_string(&path).unwrap();
        let doc = ex.extract(&text);
        let mut v = serde_json::to_value(&doc).unwrap();
        v["doc"] = serde_json::Value::String(path.clone());
        writeln!(out, "{}", v).unwrap();
    }
}
