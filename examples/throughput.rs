//! Measures the library's end-to-end throughput on a text file.
fn main() {
    let path = std::env::args().nth(1).expect("a text file");
    let text = std::fs::read_to_string(&path).expect("readable UTF-8");
    let t = std::time::Instant::now();
    let ex = isnad::Extractor::new();
    ex.extract("قال الوزير: «نعم».");
    println!("first extractor and warm-up: {:.1} ms", t.elapsed().as_secs_f64() * 1e3);
    let scanner = isnad::Scanner::new();
    let t = std::time::Instant::now();
    let n = scanner.scan(&text).len();
    let scan = t.elapsed().as_secs_f64();
    let t = std::time::Instant::now();
    let doc = ex.extract(&text);
    let all = t.elapsed().as_secs_f64();
    let mb = text.len() as f64 / 1e6;
    stages(&text);
    println!(
        "{n} quotes; scan {:.0} MB/s; extract {:.1} MB/s ({} attributions)",
        mb / scan,
        mb / all,
        doc.attributions().len()
    );
}

#[allow(dead_code)]
fn stages(text: &str) {
    let mb = text.len() as f64 / 1e6;
    let t = std::time::Instant::now();
    let n = isnad::tokens(text).count();
    println!("tokens: {n} in {:.0} MB/s", mb / t.elapsed().as_secs_f64());
    let t = std::time::Instant::now();
    let mut buf = String::new();
    let mut total = 0;
    for tok in isnad::tokens(text) {
        isnad::fold_into(tok.as_str(), &mut buf);
        total += buf.len();
    }
    println!("tokens+fold: {total} in {:.0} MB/s", mb / t.elapsed().as_secs_f64());
    let lex = isnad::Lexicon::default();
    let t = std::time::Instant::now();
    let mut hits = 0;
    for tok in isnad::tokens(text) {
        isnad::fold_into(tok.as_str(), &mut buf);
        hits += lex.lookup(&buf).is_some() as usize;
    }
    println!("tokens+fold+cue lookup: {hits} in {:.0} MB/s", mb / t.elapsed().as_secs_f64());
}
