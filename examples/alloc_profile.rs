//! Counts the heap allocations `Extractor::extract` makes on a text file:
//! how many, how many bytes, and the peak, per megabyte of input; then the
//! same for `Extractor::extract_with` with a scratch that was used before.
//!
//! ```sh
//! cargo run --release --example alloc_profile -- corpus.txt
//! ```
use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering::Relaxed};

/// The system allocator, counting.
struct Counting;

static CALLS: AtomicUsize = AtomicUsize::new(0);
static BYTES: AtomicUsize = AtomicUsize::new(0);
static LIVE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        CALLS.fetch_add(1, Relaxed);
        BYTES.fetch_add(layout.size(), Relaxed);
        let live = LIVE.fetch_add(layout.size(), Relaxed) + layout.size();
        PEAK.fetch_max(live, Relaxed);
        // SAFETY: the layout is passed on unchanged to the system allocator.
        unsafe { System.alloc(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        LIVE.fetch_sub(layout.size(), Relaxed);
        // SAFETY: `ptr` was allocated by `alloc` above with this layout.
        unsafe { System.dealloc(ptr, layout) }
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

fn main() {
    let path = std::env::args().nth(1).expect("usage: alloc_profile FILE");
    let text = std::fs::read_to_string(&path).expect("a readable UTF-8 file");
    let extractor = isnad::Extractor::new();
    extractor.extract("قال الوزير: «نعم».");
    let mb = text.len() as f64 / 1e6;
    println!("{mb:.1} MB in");
    println!("extract, fresh memory:");
    let records = measure(&text, |t| extractor.extract(t).attributions().len());
    // the same text again with a scratch that has already seen it: the
    // token table and folded text are not allocated again
    let mut scratch = isnad::Scratch::new();
    extractor.extract_with(&text, &mut scratch);
    println!("extract_with, scratch reused:");
    measure(&text, |t| extractor.extract_with(t, &mut scratch).attributions().len());
    println!("{records} quotations");
}

/// Runs `run` on `text` and prints its allocations per MB, per quotation
/// and per input byte; returns the number of quotations.
fn measure(text: &str, mut run: impl FnMut(&str) -> usize) -> usize {
    let mb = text.len() as f64 / 1e6;
    let (calls, bytes, live) = (CALLS.load(Relaxed), BYTES.load(Relaxed), LIVE.load(Relaxed));
    PEAK.store(live, Relaxed);
    let records = run(text);
    let calls = CALLS.load(Relaxed) - calls;
    let bytes = BYTES.load(Relaxed) - bytes;
    let peak = PEAK.load(Relaxed) - live;
    println!(
        "  allocations: {calls} ({:.0} per MB, {:.1} per quotation)",
        calls as f64 / mb,
        calls as f64 / records.max(1) as f64
    );
    println!(
        "  bytes allocated: {:.1} MB ({:.1} per input byte)",
        bytes as f64 / 1e6,
        bytes as f64 / text.len() as f64
    );
    println!(
        "  peak live: {:.1} MB ({:.1} per input byte)",
        peak as f64 / 1e6,
        peak as f64 / text.len() as f64
    );
    records
}
