//! Runs the `isnad` binary on small Arabic fixtures written for these tests
//! and checks its output: every input kind, format, option and error.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command as StdCommand, Stdio};

use assert_cmd::Command;
use predicates::prelude::*;
use serde_json::Value;
use tempfile::TempDir;

/// A minister speaks (cue before, then a dropped subject) and a newspaper is named.
const MINISTER: &str =
    "قال وزير الخارجية سامي حداد إن «الحوار مستمر». وأضاف «لا تراجع عن الاتفاق». ونشرت صحيفة «الأيام» الخبر.\n";
/// A woman speaks, cue after the quotation.
const DEPUTY: &str = "«سنواصل العمل حتى النهاية»، قالت النائبة ليلى سالم في مؤتمر صحافي.\n";
/// Astral characters (emoji, a flag) before and inside quotations.
const EMOJI: &str =
    "قالت هدى سالم 🌍 للصحافيين: «نعم 😀 لا». وكتب الوزير سامي حداد 🇩🇿 على منصة «إكس»: «شكراً 🙏 للجميع».\n";

fn isnad() -> Command {
    Command::cargo_bin("isnad").expect("the binary is built")
}

fn write(dir: &TempDir, name: &str, content: impl AsRef<[u8]>) -> PathBuf {
    let path = dir.path().join(name);
    std::fs::write(&path, content).unwrap();
    path
}

fn stdout_of(cmd: &mut Command) -> String {
    let out = cmd.output().unwrap();
    assert!(out.status.success(), "failed: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap()
}

fn lines(s: &str) -> Vec<Value> {
    s.lines().map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}"))).collect()
}

#[path = "common/html.rs"]
mod html_check;
use html_check::balanced;

/// Checks that no link is inside another (browsers would break them apart).
fn no_nested_links(html: &str) {
    let mut depth = 0;
    for (i, _) in html.match_indices('<') {
        if html[i..].starts_with("<a ") || html[i..].starts_with("<a>") {
            depth += 1;
            assert!(depth == 1, "nested link at byte {i}");
        } else if html[i..].starts_with("</a>") {
            depth -= 1;
        }
    }
}

// ---------------------------------------------------------------- extract

#[test]
fn extract_files_gives_one_contract_line_per_file() {
    let dir = TempDir::new().unwrap();
    let a = write(&dir, "a.txt", MINISTER);
    let b = write(&dir, "b.txt", DEPUTY);
    let out = stdout_of(isnad().arg("extract").arg(&a).arg(&b));
    assert!(out.starts_with("{\"doc\":"), "{out}");
    let docs = lines(&out);
    assert_eq!(docs.len(), 2);
    assert_eq!(docs[0]["doc"], a.to_str().unwrap());
    assert_eq!(docs[1]["doc"], b.to_str().unwrap());
    let quotes = docs[0]["quotes"].as_array().unwrap();
    assert_eq!(quotes.len(), 3);
    let mut keys: Vec<&str> = quotes[0].as_object().unwrap().keys().map(String::as_str).collect();
    keys.sort_unstable();
    let mut want = [
        "text",
        "start",
        "end",
        "kind",
        "speaker",
        "cue",
        "confidence",
        "rule",
        "mark",
        "open",
        "close",
        "depth",
        "parent",
    ];
    want.sort_unstable();
    assert_eq!(keys, want);
    for q in quotes {
        let (s, e) = (q["start"].as_u64().unwrap() as usize, q["end"].as_u64().unwrap() as usize);
        assert_eq!(&MINISTER[s..e], q["text"].as_str().unwrap());
    }
    assert_eq!(quotes[0]["kind"], "speech");
    assert_eq!(quotes[0]["speaker"]["text"], "وزير الخارجية سامي حداد");
    assert_eq!(quotes[1]["cue"]["lemma"], "أضاف");
    assert_eq!(quotes[2]["kind"], "name");
    assert_eq!(docs[0]["speakers"][0]["quotes"], serde_json::json!([0, 1]));
    assert_eq!(docs[1]["quotes"][0]["speaker"]["gender"], "feminine");
}

#[test]
fn extract_reads_stdin_without_files_and_for_dash() {
    let dir = TempDir::new().unwrap();
    let a = write(&dir, "a.txt", DEPUTY);
    let plain = stdout_of(isnad().arg("extract").write_stdin(MINISTER));
    let dash = stdout_of(isnad().args(["extract", "-"]).write_stdin(MINISTER));
    assert_eq!(plain, dash);
    let docs = lines(&plain);
    assert_eq!(docs.len(), 1);
    assert_eq!(docs[0]["doc"], "-");
    assert_eq!(docs[0]["quotes"].as_array().unwrap().len(), 3);
    // a file, then stdin, in order
    let mixed = lines(&stdout_of(isnad().arg("extract").arg(&a).arg("-").write_stdin(MINISTER)));
    assert_eq!((mixed[0]["doc"].as_str(), mixed[1]["doc"].as_str()), (a.to_str(), Some("-")));
}

#[test]
fn jsonl_input_keeps_order_ids_and_other_fields() {
    let dir = TempDir::new().unwrap();
    let corpus = format!(
        "{}\n\n{}\n{}\n",
        serde_json::json!({"id": "m1", "text": MINISTER, "url": "https://example.org/1", "tags": ["a"]}),
        serde_json::json!({"id": 42, "text": DEPUTY}),
        serde_json::json!({"text": "لا اقتباس هنا."}),
    );
    let path = write(&dir, "c.jsonl", &corpus);
    let docs = lines(&stdout_of(isnad().args(["extract", "--jsonl"]).arg(&path)));
    assert_eq!(docs.len(), 3, "blank lines are skipped");
    assert_eq!(docs[0]["doc"], "m1");
    assert_eq!(docs[0]["url"], "https://example.org/1");
    assert_eq!(docs[0]["tags"], serde_json::json!(["a"]));
    assert!(docs[0].get("text").is_none() && docs[0].get("id").is_none());
    assert_eq!(docs[1]["doc"], 42);
    assert_eq!(docs[2]["doc"], format!("{}:4", path.display()));
    assert_eq!(docs[2]["quotes"], serde_json::json!([]));
    // the same documents from stdin
    let from_stdin = lines(&stdout_of(isnad().args(["extract", "--jsonl"]).write_stdin(corpus)));
    assert_eq!(from_stdin[0], docs[0]);
    assert_eq!(from_stdin[2]["doc"], "-:4");
}

#[test]
fn many_documents_stay_in_order_whatever_the_threads() {
    let dir = TempDir::new().unwrap();
    let mut corpus = String::new();
    for i in 0..5000 {
        let text = if i % 3 == 0 {
            MINISTER
        } else if i % 3 == 1 {
            DEPUTY
        } else {
            "نص بلا علامات."
        };
        corpus.push_str(&serde_json::json!({"id": i, "text": text}).to_string());
        corpus.push('\n');
    }
    let path = write(&dir, "big.jsonl", &corpus);
    let one = stdout_of(isnad().args(["extract", "--jsonl", "--threads", "1"]).arg(&path));
    let two = stdout_of(isnad().args(["extract", "--jsonl", "--threads", "2", "-q"]).arg(&path));
    assert_eq!(one, two);
    let docs = lines(&two);
    assert_eq!(docs.len(), 5000);
    for (i, d) in docs.iter().enumerate() {
        assert_eq!(d["doc"], i);
        assert_eq!(d["quotes"].as_array().unwrap().len(), [3, 1, 0][i % 3]);
    }
    isnad().args(["extract", "--threads", "0"]).write_stdin(MINISTER).assert().code(2);
}

#[test]
fn json_format_is_one_array_of_the_same_objects() {
    let dir = TempDir::new().unwrap();
    let a = write(&dir, "a.txt", MINISTER);
    let b = write(&dir, "b.txt", DEPUTY);
    let jsonl = lines(&stdout_of(isnad().arg("extract").arg(&a).arg(&b)));
    let json = stdout_of(isnad().args(["extract", "--format", "json"]).arg(&a).arg(&b));
    assert!(json.starts_with("[\n  {\n    \"doc\": "), "{json}");
    let array: Value = serde_json::from_str(&json).unwrap();
    assert_eq!(array, Value::Array(jsonl));
    let empty = stdout_of(isnad().args(["extract", "--format", "json", "--jsonl"]).write_stdin(""));
    assert_eq!(serde_json::from_str::<Value>(&empty).unwrap(), serde_json::json!([]));
}

#[test]
fn pretty_format_lists_kind_speaker_cue_and_confidence() {
    let out = stdout_of(isnad().args(["extract", "--format", "pretty"]).write_stdin(DEPUTY));
    assert!(out.starts_with("=== - · 1 quotations (1 speech) · 1 speakers\n"), "{out}");
    // the figures are the JSON output's
    let json = lines(&stdout_of(isnad().arg("extract").write_stdin(DEPUTY))).remove(0);
    let (q, s) = (&json["quotes"][0], &json["quotes"][0]["speaker"]);
    let confidence = format!("{:.2}", q["confidence"].as_f64().unwrap());
    let rule = q["rule"].as_str().unwrap();
    assert!(out.contains(&format!("\n[1] speech · confidence {confidence} · rule {rule}\n")), "{out}");
    assert!(out.contains("\n    «سنواصل العمل حتى النهاية»\n"), "{out}");
    let (gender, number) = (s["gender"].as_str().unwrap(), s["number"].as_str().unwrap());
    let speaker = format!("speaker ({gender} {number}, {}): ", s["resolution"].as_str().unwrap());
    assert!(gender == "feminine", "{out}");
    assert!(out.contains(&format!("{speaker}النائبة ليلى سالم\n")), "{out}");
    assert!(out.contains("cue (verb, lemma قال): قالت\n"), "{out}");
    assert!(out.contains("\nspeakers\n  [1] النائبة ليلى سالم\n"), "{out}");
    assert!(!out.contains('\x1b'), "no colours when stdout is not a terminal");
    let coloured =
        stdout_of(isnad().args(["extract", "--format", "pretty", "--color", "always"]).write_stdin(DEPUTY));
    assert!(coloured.contains("\x1b[1;32mspeech\x1b[0m"));
}

#[test]
fn html_page_is_rtl_self_contained_and_balanced() {
    let dir = TempDir::new().unwrap();
    let text =
        "قال وزير الخارجية سامي حداد إن «الحوار <مستمر> & قائم». وأضاف «لا تراجع». ونشرت صحيفة «الأيام» الخبر.";
    let a = write(&dir, "a.txt", text);
    let html = stdout_of(isnad().args(["extract", "--format", "html"]).arg(&a));
    let jsonl = lines(&stdout_of(isnad().arg("extract").arg(&a)));
    let quotes = jsonl[0]["quotes"].as_array().unwrap().len();
    assert!(html.starts_with("<!DOCTYPE html>\n<html dir=\"rtl\" lang=\"ar\">"));
    balanced(&html).unwrap();
    no_nested_links(&html);
    for i in 1..=quotes {
        assert_eq!(html.matches(&format!(" id=\"q{i}\"")).count(), 1, "one highlight for quotation {i}");
    }
    assert!(!html.contains(&format!(" id=\"q{}\"", quotes + 1)));
    assert!(html.contains("&lt;مستمر&gt; &amp; قائم"));
    assert!(!html.contains("<script") && !html.contains("http://") && !html.contains("https://"));
    assert!(!html.contains(" src=") && !html.contains("<link"));
    assert!(html.contains("title=\"#1 · كلام منقول (speech)\nالمتحدث: وزير الخارجية سامي حداد\nالإسناد: قال"));
    assert!(html.contains("class=\"mention\" id=\"m1-1\" href=\"#speaker-1\""));
    assert!(html.contains("<tr id=\"speaker-1\">"));
    assert!(html.contains("<sup class=\"ref\"><a href=\"#m1-1\""));
}

#[test]
fn html_out_dir_writes_a_page_per_document() {
    let dir = TempDir::new().unwrap();
    let a = write(&dir, "first.txt", MINISTER);
    let b = write(&dir, "second.txt", DEPUTY);
    let pages = dir.path().join("pages");
    isnad()
        .args(["extract", "--format", "html", "--out-dir"])
        .arg(&pages)
        .arg(&a)
        .arg(&b)
        .assert()
        .success()
        .stdout("");
    for name in ["first.html", "second.html"] {
        let html = std::fs::read_to_string(pages.join(name)).unwrap();
        balanced(&html).unwrap();
        assert!(html.contains("dir=\"rtl\""));
    }
    let corpus = format!(
        "{}\n{}\n",
        serde_json::json!({"id": "x/1", "text": MINISTER}),
        serde_json::json!({"id": 7, "text": DEPUTY})
    );
    let c = write(&dir, "c.jsonl", corpus);
    let by_id = dir.path().join("by-id");
    isnad().args(["extract", "--jsonl", "-f", "html", "-o"]).arg(&by_id).arg(&c).assert().success();
    let mut names: Vec<String> =
        std::fs::read_dir(&by_id).unwrap().map(|e| e.unwrap().file_name().into_string().unwrap()).collect();
    names.sort();
    assert_eq!(names, ["7.html", "x_1.html"]);
}

#[test]
fn html_usage_errors_exit_2() {
    let dir = TempDir::new().unwrap();
    let a = write(&dir, "a.txt", MINISTER);
    isnad()
        .args(["extract", "--format", "html"])
        .arg(&a)
        .arg(&a)
        .assert()
        .code(2)
        .stdout("")
        .stderr(predicate::str::contains("--out-dir"));
    isnad().args(["extract", "--format", "html", "--jsonl"]).arg(&a).assert().code(2);
    isnad().args(["extract", "--out-dir"]).arg(dir.path()).arg(&a).assert().code(2);
}

/// Walks the bytes output and the converted output together: every
/// `start`/`end` must be the conversion of the byte offset, all else equal.
fn check_offsets(bytes: &Value, other: &Value, text: &str, convert: &dyn Fn(&str) -> usize, key: &str) {
    match (bytes, other) {
        (Value::Object(a), Value::Object(b)) => {
            assert_eq!(a.len(), b.len());
            for (k, v) in a {
                check_offsets(v, &b[k], text, convert, k);
            }
        }
        (Value::Array(a), Value::Array(b)) => {
            assert_eq!(a.len(), b.len());
            for (x, y) in a.iter().zip(b) {
                check_offsets(x, y, text, convert, key);
            }
        }
        (Value::Number(n), Value::Number(m)) if key == "start" || key == "end" => {
            let byte = n.as_u64().unwrap() as usize;
            assert_eq!(m.as_u64().unwrap() as usize, convert(&text[..byte]), "{key} at byte {byte}");
        }
        (a, b) => assert_eq!(a, b),
    }
}

#[test]
fn offsets_in_chars_and_utf16() {
    let bytes = lines(&stdout_of(isnad().arg("extract").write_stdin(EMOJI))).remove(0);
    let chars =
        lines(&stdout_of(isnad().args(["extract", "--offsets", "chars"]).write_stdin(EMOJI))).remove(0);
    let utf16 =
        lines(&stdout_of(isnad().args(["extract", "--offsets", "utf16"]).write_stdin(EMOJI))).remove(0);
    let quotes = bytes["quotes"].as_array().unwrap();
    assert!(quotes.len() >= 3 && !bytes["speakers"].as_array().unwrap().is_empty());
    check_offsets(&bytes, &chars, EMOJI, &|s| s.chars().count(), "");
    check_offsets(&bytes, &utf16, EMOJI, &|s| s.encode_utf16().count(), "");
    // and the converted offsets slice the text the way other languages do
    let scalars: Vec<char> = EMOJI.chars().collect();
    let units: Vec<u16> = EMOJI.encode_utf16().collect();
    for (c, u) in chars["quotes"].as_array().unwrap().iter().zip(utf16["quotes"].as_array().unwrap()) {
        let (s, e) = (c["start"].as_u64().unwrap() as usize, c["end"].as_u64().unwrap() as usize);
        assert_eq!(scalars[s..e].iter().collect::<String>(), c["text"].as_str().unwrap());
        let (s, e) = (u["start"].as_u64().unwrap() as usize, u["end"].as_u64().unwrap() as usize);
        assert_eq!(String::from_utf16(&units[s..e]).unwrap(), u["text"].as_str().unwrap());
    }
    assert!(quotes.iter().any(|q| q["text"].as_str().unwrap().contains('😀')));
    assert_ne!(chars, utf16, "the emoji make the units differ");
}

#[test]
fn lexicon_and_blank_lines_options() {
    let dir = TempDir::new().unwrap();
    let text = "وفضفض الشاعر: «كلام كثير في القلب».";
    let without = lines(&stdout_of(isnad().arg("extract").write_stdin(text))).remove(0);
    assert!(without["quotes"][0]["speaker"].is_null() || without["quotes"][0]["speaker"]["text"] != "الشاعر");
    let lexicon = write(&dir, "cues.txt", "verb فضفض present=فضفض\n");
    let with =
        lines(&stdout_of(isnad().arg("extract").arg("--lexicon").arg(&lexicon).write_stdin(text))).remove(0);
    assert_eq!(with["quotes"][0]["speaker"]["text"], "الشاعر");
    let bad = write(&dir, "bad.txt", "verb\n");
    isnad()
        .arg("extract")
        .arg("--lexicon")
        .arg(&bad)
        .write_stdin(text)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("lexicon line 1"));

    let wrapped = "قال الوزير: «سنواصل\nالعمل».";
    let by_line = lines(&stdout_of(isnad().arg("extract").write_stdin(wrapped))).remove(0);
    let by_blank =
        lines(&stdout_of(isnad().args(["extract", "--blank-lines"]).write_stdin(wrapped))).remove(0);
    assert_eq!(by_blank["quotes"][0]["text"], "سنواصل\nالعمل");
    assert_ne!(by_line["quotes"][0]["text"], "سنواصل\nالعمل");
}

#[test]
fn ornate_option_reads_verses_as_quotations() {
    let text = "وختم الخطيب بقوله تعالى: ﴿فاصبر صبرا جميلا﴾، وقال: «الصبر مفتاح».";
    let plain = lines(&stdout_of(isnad().arg("extract").write_stdin(text))).remove(0);
    let texts: Vec<&str> =
        plain["quotes"].as_array().unwrap().iter().map(|q| q["text"].as_str().unwrap()).collect();
    assert_eq!(texts, ["الصبر مفتاح"]);
    let ornate = lines(&stdout_of(isnad().args(["extract", "--ornate"]).write_stdin(text))).remove(0);
    let texts: Vec<&str> =
        ornate["quotes"].as_array().unwrap().iter().map(|q| q["text"].as_str().unwrap()).collect();
    assert_eq!(texts, ["فاصبر صبرا جميلا", "الصبر مفتاح"]);
}

#[test]
fn progress_is_silent_unless_asked() {
    isnad().arg("extract").write_stdin(MINISTER).assert().success().stderr("");
    isnad().args(["extract", "--quiet"]).write_stdin(MINISTER).assert().success().stderr("");
    isnad()
        .args(["extract", "--progress"])
        .write_stdin(MINISTER)
        .assert()
        .success()
        .stderr(predicate::str::contains("1 documents · ").and(predicate::str::contains("3 quotations in ")));
    isnad().args(["extract", "--progress", "--quiet"]).write_stdin(MINISTER).assert().code(2);
}

// ---------------------------------------------------------------- errors

#[test]
fn bad_inputs_are_reported_in_place_and_the_rest_is_processed() {
    let dir = TempDir::new().unwrap();
    let good = write(&dir, "good.txt", MINISTER);
    let missing = dir.path().join("missing.txt");
    let mut bytes = "قال: «نعم».".as_bytes().to_vec();
    bytes.extend_from_slice(b" \xff\xfe");
    let invalid = write(&dir, "invalid.txt", &bytes);
    let out = isnad().arg("extract").arg(&missing).arg(&good).arg(&invalid).arg(dir.path()).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8(out.stderr).unwrap();
    let docs = lines(std::str::from_utf8(&out.stdout).unwrap());
    assert_eq!(docs.len(), 4);
    assert_eq!(
        docs[0],
        serde_json::json!({"doc": missing.to_str().unwrap(), "error": "no such file or directory"})
    );
    assert_eq!(docs[1]["quotes"].as_array().unwrap().len(), 3);
    let at = "قال: «نعم».".len() + 1;
    assert_eq!(docs[2]["error"], format!("not valid UTF-8 at byte {at}"));
    assert_eq!(docs[3]["error"], "is a directory");
    assert!(
        stderr.contains(&format!("isnad: {}: no such file or directory\n", missing.display())),
        "{stderr}"
    );
    assert!(
        stderr.contains(&format!("isnad: {}: not valid UTF-8 at byte {at}\n", invalid.display())),
        "{stderr}"
    );
    assert!(!stderr.contains("panicked") && !stderr.contains("Error {"), "{stderr}");
}

#[test]
fn bad_jsonl_lines_are_reported_with_file_and_line() {
    let dir = TempDir::new().unwrap();
    let mut corpus = Vec::new();
    corpus.extend_from_slice(serde_json::json!({"id": "a", "text": MINISTER}).to_string().as_bytes());
    corpus.extend_from_slice(
        b"\n{\"id\": \"b\", \"text\": oops}\n{\"id\": \"c\", \"body\": \"x\"}\n[1, 2]\n{\"text\": \"\xd8\xa7\xff\"}\n",
    );
    corpus.extend_from_slice(serde_json::json!({"id": "f", "text": DEPUTY}).to_string().as_bytes());
    corpus.push(b'\n');
    let path = write(&dir, "c.jsonl", &corpus);
    let out = isnad().args(["extract", "--jsonl"]).arg(&path).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let docs = lines(std::str::from_utf8(&out.stdout).unwrap());
    let stderr = String::from_utf8(out.stderr).unwrap();
    let p = path.display();
    assert_eq!(docs.len(), 6, "one output line per input line");
    assert_eq!(docs[0]["doc"], "a");
    assert_eq!(docs[1]["doc"], format!("{p}:2"));
    assert!(docs[1]["error"].as_str().unwrap().starts_with("not JSON: "), "{}", docs[1]);
    assert_eq!(docs[2], serde_json::json!({"doc": "c", "error": "no \"text\" field"}));
    assert_eq!(docs[3]["error"], "not a JSON object but an array");
    assert_eq!(docs[4]["error"], "not valid UTF-8 at byte 12 of the line");
    assert_eq!(docs[5]["doc"], "f");
    assert_eq!(docs[5]["quotes"].as_array().unwrap().len(), 1);
    for (n, what) in [
        (2, "not JSON"),
        (3, "no \"text\" field"),
        (4, "not a JSON object"),
        (5, "not valid UTF-8 at byte 12"),
    ] {
        assert!(stderr.contains(&format!("isnad: {p}:{n}: {what}")), "{stderr}");
    }
}

#[test]
fn usage_errors_exit_2_and_help_documents_everything() {
    isnad().arg("extract").arg("--bogus").assert().code(2).stderr(predicate::str::contains("--bogus"));
    isnad().arg("frobnicate").assert().code(2);
    isnad().assert().code(2);
    isnad()
        .arg("--help")
        .assert()
        .success()
        .stdout(predicate::str::contains("Examples:").and(predicate::str::contains("Exit status:")));
    for (command, options) in [
        (
            "extract",
            &[
                "--jsonl",
                "--threads",
                "--format",
                "--offsets",
                "--out-dir",
                "--progress",
                "--quiet",
                "--lexicon",
                "--blank-lines",
                "--color",
            ][..],
        ),
        ("stats", &["--jsonl", "--json", "--html", "--top", "--threads"][..]),
        ("eval", &["--verbose", "--json", "--min", "--threads"][..]),
        ("demo", &["--format", "--article"][..]),
    ] {
        let help = stdout_of(isnad().args([command, "--help"]));
        assert!(help.contains("Examples:") && help.contains("Exit status:"), "{command}: {help}");
        for option in options {
            assert!(help.contains(option), "{command} --help lacks {option}");
        }
    }
}

#[test]
fn a_closed_stdout_ends_quietly_with_status_0() {
    let dir = TempDir::new().unwrap();
    let mut corpus = String::new();
    for i in 0..3000 {
        corpus.push_str(&serde_json::json!({"id": i, "text": MINISTER}).to_string());
        corpus.push('\n');
    }
    let path = write(&dir, "c.jsonl", &corpus);
    let mut child = StdCommand::new(assert_cmd::cargo::cargo_bin("isnad"))
        .args(["extract", "--jsonl"])
        .arg(&path)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdout = child.stdout.take().unwrap();
    let mut first = [0u8; 100];
    stdout.read_exact(&mut first).unwrap();
    assert!(first.starts_with(b"{\"doc\":0,"));
    drop(stdout); // like `| head -c 100`
    let mut stderr = String::new();
    child.stderr.take().unwrap().read_to_string(&mut stderr).unwrap();
    let status = child.wait().unwrap();
    assert!(status.success(), "{status:?} {stderr}");
    assert_eq!(stderr, "");
}

// ---------------------------------------------------------------- demo

#[test]
fn demo_lists_the_built_in_article() {
    let out = stdout_of(isnad().arg("demo"));
    let article =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("src/demo/article.txt")).unwrap();
    let jsonl = lines(&stdout_of(isnad().arg("extract").write_stdin(article.clone()))).remove(0);
    let quotes = jsonl["quotes"].as_array().unwrap();
    assert!(quotes.len() >= 15, "the demo shows many quotations");
    assert!(out.starts_with(&format!("=== demo/article.txt · {} quotations", quotes.len())), "{out}");
    for (i, q) in quotes.iter().enumerate() {
        assert!(out.contains(&format!("\n[{}] {} · confidence ", i + 1, q["kind"].as_str().unwrap())), "{i}");
    }
    for kind in ["speech", "name", "term"] {
        assert!(quotes.iter().any(|q| q["kind"] == kind), "the demo has a {kind}");
    }
    for rule in ["colon", "cue_before", "cue_after", "participle", "relay"] {
        assert!(quotes.iter().any(|q| q["rule"] == rule), "the demo shows rule {rule}");
    }
    assert!(quotes.iter().any(|q| q["depth"] == 1), "the demo has a nested quotation");
    assert!(quotes.iter().any(|q| q["speaker"]["gender"] == "feminine"), "the demo quotes a woman");
    assert!(out.contains("\nspeakers\n  [1] "));
    assert_eq!(stdout_of(isnad().args(["demo", "--article"])), article);
    let html = stdout_of(isnad().args(["demo", "--format", "html"]));
    balanced(&html).unwrap();
    no_nested_links(&html);
    for i in 1..=quotes.len() {
        assert_eq!(html.matches(&format!(" id=\"q{i}\" ")).count(), 1, "one highlight for quotation {i}");
    }
}

// ---------------------------------------------------------------- stats

#[test]
fn stats_count_speakers_across_documents() {
    let dir = TempDir::new().unwrap();
    let a = write(&dir, "a.txt", MINISTER);
    // a woman, and the same minister spelt with ه for ة
    let b = write(&dir, "b.txt", format!("{DEPUTY}قال وزير الخارجيه سامي حداد إن «الاتفاق قريب».\n"));
    let json: Value =
        serde_json::from_str(&stdout_of(isnad().args(["stats", "--json"]).arg(&a).arg(&b))).unwrap();
    assert_eq!(json["documents"], 2);
    assert_eq!(json["quotations"], 5);
    assert_eq!(json["speech"], 4);
    let speakers = json["speakers"].as_array().unwrap();
    assert_eq!(speakers[0]["name"], "وزير الخارجية سامي حداد");
    assert_eq!((speakers[0]["quotes"].as_u64(), speakers[0]["documents"].as_u64()), (Some(3), Some(2)));
    assert_eq!(speakers[1]["gender"], "feminine");
    let gender: Vec<(&str, u64)> = json["gender"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| (r["name"].as_str().unwrap(), r["count"].as_u64().unwrap()))
        .collect();
    assert_eq!(gender, [("masculine", 3), ("feminine", 1)]);
    assert!(json["cues"].as_array().unwrap().iter().any(|r| r["name"] == "قال" && r["count"] == 3));
    assert!(json["kinds"].as_array().unwrap().iter().any(|r| r["name"] == "name" && r["count"] == 1));

    // extract's own output gives the same figures
    let extracted = stdout_of(isnad().arg("extract").arg(&a).arg(&b));
    let out = write(&dir, "out.jsonl", extracted);
    let again: Value = serde_json::from_str(&stdout_of(isnad().args(["stats", "--json"]).arg(&out))).unwrap();
    assert_eq!(again, json);

    let text = stdout_of(isnad().arg("stats").arg(&a).arg(&b));
    assert!(text.contains("documents           2\n"), "{text}");
    assert!(text.contains("\n        3   75.0%     2  وزير الخارجية سامي حداد\n"), "{text}");
    assert!(text.contains("\ncues by lemma"), "{text}");

    let html = stdout_of(isnad().args(["stats", "--html"]).arg(&out));
    balanced(&html).unwrap();
    assert!(html.contains("dir=\"rtl\"") && html.contains("<svg") && !html.contains("<script"));
}

#[test]
fn stats_read_jsonl_corpora_and_report_failures() {
    let dir = TempDir::new().unwrap();
    let corpus = format!("{}\nnot json\n", serde_json::json!({"id": 1, "text": MINISTER}));
    let c = write(&dir, "c.jsonl", corpus);
    let out = isnad().args(["stats", "--json", "--jsonl"]).arg(&c).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let json: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        (json["documents"].as_u64(), json["failed"].as_u64(), json["quotations"].as_u64()),
        (Some(1), Some(1), Some(3))
    );
    assert!(String::from_utf8_lossy(&out.stderr).contains(":2: not JSON"));
}

// ---------------------------------------------------------------- eval

fn gold_dir() -> TempDir {
    let dir = TempDir::new().unwrap();
    write(&dir, "d1.txt", MINISTER);
    write(
        &dir,
        "d1.gold.json",
        serde_json::json!({"quotes": [
            {"text": "الحوار مستمر", "kind": "speech", "speaker": ["سامي حداد"]},
            {"text": "لا تراجع عن الاتفاق", "kind": "speech", "speaker": ["حداد"]},
            {"text": "الأيام", "kind": "other"}
        ]})
        .to_string(),
    );
    write(&dir, "d2.txt", DEPUTY);
    // a deliberately wrong speaker
    write(
        &dir,
        "d2.gold.json",
        serde_json::json!({"quotes": [{"text": "سنواصل العمل حتى النهاية", "kind": "speech", "speaker": ["هدى"]}]})
            .to_string(),
    );
    // gold without a text: a missing document
    write(
        &dir,
        "d3.gold.json",
        serde_json::json!({"quotes": [{"text": "غائب", "kind": "other"}]}).to_string(),
    );
    dir
}

#[test]
fn eval_prints_the_scorer_metrics_and_checks_thresholds() {
    let dir = gold_dir();
    let text = stdout_of(isnad().arg("eval").arg(dir.path()));
    assert!(text.starts_with("documents 3 (without output: 1), gold spans 5, gold speech 3\n"), "{text}");
    assert!(text.contains("spans       recall 0.800  precision 1.000\n"), "{text}");
    assert!(text.contains("speech      precision 1.000  recall 1.000  F1 1.000\n"), "{text}");
    assert!(text.contains("attribution precision 0.667  recall 0.667  F1 0.667\n"), "{text}");
    let json: Value =
        serde_json::from_str(&stdout_of(isnad().args(["eval", "--json"]).arg(dir.path()))).unwrap();
    assert_eq!(json["speaker_ok"], 2);
    assert_eq!(json["missing_docs"], 1);
    assert_eq!(json.as_object().unwrap().len(), 21);
    let verbose = stdout_of(isnad().args(["eval", "--verbose"]).arg(dir.path()));
    assert!(
        verbose.contains("d2: speaker 'النائبة ليلى سالم' for ['هدى'] «سنواصل العمل حتى النهاية»\n"),
        "{verbose}"
    );
    assert!(verbose.contains("d3: missed span (other) «غائب»\n"), "{verbose}");

    isnad()
        .arg("eval")
        .arg(dir.path())
        .args(["--min", "speech_f1=0.95", "--min", "span_precision=1"])
        .assert()
        .success();
    isnad()
        .arg("eval")
        .arg(dir.path())
        .args(["--min", "speech_f1=0.95", "--min", "attribution_f1=0.9"])
        .assert()
        .code(1)
        .stderr(
            predicate::str::contains("attribution_f1 0.667 is below the minimum 0.900")
                .and(predicate::str::contains("speech_f1").not()),
        );
    isnad().arg("eval").arg(dir.path()).args(["--min", "f1=0.9"]).assert().code(2);
    isnad().arg("eval").arg(dir.path().join("nowhere")).assert().code(2);
}

/// `isnad eval` and `score.py` agree on the shared dev corpus, figure for figure.
#[test]
fn eval_agrees_with_score_py_on_the_dev_corpus() {
    let shared = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared");
    let (dev, score) = (shared.join("corpus/dev"), shared.join("tools/score.py"));
    if !dev.is_dir() || !score.is_file() {
        eprintln!("note: {} not found; eval is not compared with score.py", shared.display());
        return;
    }
    if StdCommand::new("python3").arg("--version").output().is_err() {
        eprintln!("note: python3 not found; eval is not compared with score.py");
        return;
    }
    let mut texts: Vec<PathBuf> = std::fs::read_dir(&dev)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    texts.sort();
    let tmp = TempDir::new().unwrap();
    let out = write(&tmp, "out.jsonl", stdout_of(isnad().arg("extract").args(&texts)));
    for flags in [&["--json"][..], &[][..], &["--verbose"][..]] {
        let python = StdCommand::new("python3").arg(&score).arg(&dev).arg(&out).args(flags).output().unwrap();
        assert!(python.status.success(), "{}", String::from_utf8_lossy(&python.stderr));
        let ours = stdout_of(isnad().arg("eval").arg(&dev).args(flags));
        assert_eq!(ours, String::from_utf8(python.stdout).unwrap(), "eval {flags:?} differs from score.py");
    }
}

#[test]
fn write_errors_are_messages_not_panics() {
    // writing to a full device is an error message, not a panic
    if !Path::new("/dev/full").exists() {
        return;
    }
    let full = std::fs::OpenOptions::new().write(true).open("/dev/full").unwrap();
    let mut child = StdCommand::new(assert_cmd::cargo::cargo_bin("isnad"))
        .arg("extract")
        .stdin(Stdio::piped())
        .stdout(full)
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(MINISTER.as_bytes()).unwrap();
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(stderr.starts_with("isnad: ") && !stderr.contains("panicked"), "{stderr}");
}

#[test]
fn a_slow_pipe_gets_its_output_line_by_line() {
    let mut child = StdCommand::new(assert_cmd::cargo::cargo_bin("isnad"))
        .args(["extract", "--jsonl"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let stdout = child.stdout.take().unwrap();
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        use std::io::BufRead;
        for line in std::io::BufReader::new(stdout).lines() {
            tx.send(line.unwrap()).unwrap();
        }
    });
    let timeout = std::time::Duration::from_secs(20);
    for i in 0..2 {
        writeln!(stdin, "{}", serde_json::json!({"id": i, "text": MINISTER})).unwrap();
        stdin.flush().unwrap();
        // the document comes out while stdin is still open
        let line = rx.recv_timeout(timeout).expect("output before the end of the input");
        assert!(line.starts_with(&format!("{{\"doc\":{i},")), "{line}");
    }
    drop(stdin);
    assert!(child.wait().unwrap().success());
}
