fn main() {
    let l = isnad::Lexicon::default();
    let e = l.word("عبّر").unwrap();
    println!("{:?} weak={} supports={}", e, e.is_weak(), l.supports(&e, "عن"));
}
