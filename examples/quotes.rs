//! Prints who said what in an Arabic news text: a program to copy.
//!
//! ```text
//! cargo run --example quotes -- article.txt
//! cargo run --example quotes            # runs on a built-in passage
//! ```

use std::process::ExitCode;

const PASSAGE: &str =
    "وقالت وزيرة الصحة هالة يوسف في مؤتمر صحافي إن «المستشفى الجديد سيفتح أبوابه الشهر المقبل».\n\n\
وأضافت أن «الكوادر الطبية جاهزة»، فيما نشرت صحيفة «المساء» تقريراً عن المشروع.";

fn main() -> ExitCode {
    let text = match std::env::args().nth(1) {
        Some(path) => match std::fs::read_to_string(&path) {
            Ok(text) => text,
            Err(err) => {
                eprintln!("quotes: {path}: {err}");
                return ExitCode::FAILURE;
            }
        },
        None => PASSAGE.to_owned(),
    };
    // Build the extractor once; reuse it for every document.
    let extractor = isnad::Extractor::new();
    let doc = extractor.extract(&text);
    for quote in doc.attributions() {
        let span = quote.span();
        match quote.speaker() {
            Some(speaker) if quote.is_speech() => {
                println!(
                    "{}..{} «{}»\n    said by {} ({:?})",
                    span.start,
                    span.end,
                    quote.text(),
                    speaker.text(),
                    speaker.resolution()
                )
            }
            _ => println!("{}..{} «{}»\n    {}", span.start, span.end, quote.text(), quote.kind().name()),
        }
    }
    println!("{} speakers:", doc.speakers().len());
    for entity in doc.speakers() {
        println!("  {} ({}, {} quotations)", entity.name(), entity.gender().name(), entity.quotes().len());
    }
    ExitCode::SUCCESS
}
