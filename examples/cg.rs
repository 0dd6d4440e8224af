fn main() {
    let text = std::fs::read_to_string("/tmp/dev1.txt").unwrap();
    let ex = isnad::Extractor::new();
    let mut s = isnad::Scratch::default();
    let mut n = 0;
    for _ in 0..3 {
        n += ex.extract_with(&text, &mut s).attributions().len();
    }
    println!("{n}");
}
