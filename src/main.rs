use std::io::Write;

fn main() {
    let ex = isnad::Extractor::new();
    let out = std::io::stdout();
    let mut out = out.lock();
    for path in std::env::args().skip(2) {
        let text = std::fs::read_to_string(&path).unwrap();
        let doc = ex.extract(&text);
        let v = serde_json::json!({"doc": path, "quotes": doc.attributions()});
        writeln!(out, "{}", v).unwrap();
    }
}
