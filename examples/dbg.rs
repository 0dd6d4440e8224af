fn main() {
    let text = std::env::args().nth(1).unwrap();
    let doc = isnad::Extractor::new().extract(&text);
    for a in doc.attributions() {
        println!("{:?} {:?} {:?} cue={:?} sp={:?}", a.text(), a.kind(), a.rule(), a.cue().map(|c| c.text()), a.speaker().map(|s| (s.text(), s.resolution(), s.mention().map(|m| m.text().to_string()))));
    }
    for e in doc.speakers() {
        println!("entity {:?} {:?} {:?} mentions={:?} quotes={:?}", e.name(), e.gender(), e.number(), e.mentions().iter().map(|m| m.text()).collect::<Vec<_>>(), e.quotes());
    }
}
