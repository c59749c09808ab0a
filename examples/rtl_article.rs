//! The main job, on the article the project was created from: a scraped text dump of an RTL
//! page (`examples/data/rtl-le-drian-moscou.txt`). Prints the clean body, every removed block
//! with its reason, and every fact found.
//!
//! ```text
//! cargo run --example rtl_article
//! ```

use newsclean::{Article, Pipeline};

const PAGE: &str = include_str!("data/rtl-le-drian-moscou.txt");

fn main() -> Result<(), newsclean::Error> {
    let article = Pipeline::default().clean_text(PAGE)?;
    print_article(&article);
    Ok(())
}

fn print_article(a: &Article) {
    println!("Language: {}", a.language);
    if let Some(t) = &a.title {
        println!("Title: {t}");
    }
    println!("\n=== Body ({} paragraphs) ===", a.paragraphs.len());
    for (i, p) in a.paragraphs.iter().enumerate() {
        println!("[{}] {p}\n", i + 1);
    }

    println!("=== Removed ({} blocks) ===", a.removed().len());
    for r in a.removed() {
        println!("- {:<34} {:?}", format!("[{}]", r.reason), r.text);
    }

    println!("\n=== Facts ===");
    let rt = &a.reading_time;
    match rt.declared_secs {
        Some(s) => println!("Reading time (declared): {s} s"),
        None => println!("Reading time (declared): none"),
    }
    println!("Reading time (estimated): {} s", rt.estimated_secs);
    println!("Media durations: {:?} s", a.media_durations_secs);
    for c in &a.captions {
        println!(
            "Caption: {:?} — credit: {}",
            c.text,
            c.credit.as_deref().unwrap_or("none")
        );
    }
    println!("Credits: {:?}", a.credits);
    println!("Bylines: {:?}", a.bylines);
    println!(
        "Published: {} / updated: {}",
        a.published.as_deref().unwrap_or("unknown"),
        a.updated.as_deref().unwrap_or("unknown")
    );
    if !a.datelines.is_empty() {
        println!("Datelines: {:?}", a.datelines);
    }
    println!("\n=== Quotes ({}) ===", a.quotes.len());
    for q in &a.quotes {
        println!(
            "« {} »\n    speaker: {}{} | cue: {} | {} | bytes {}..{}",
            q.text,
            q.speaker.as_deref().unwrap_or("?"),
            q.speaker_resolved
                .as_deref()
                .map(|r| format!(" (= {r})"))
                .unwrap_or_default(),
            q.cue.as_deref().unwrap_or("?"),
            if q.partial { "partial" } else { "full" },
            q.start,
            q.end
        );
    }
    if !a.mentions.is_empty() {
        println!("\n=== Not speech ===");
        for m in &a.mentions {
            println!("{:?}: {:?}", m.kind, m.text);
        }
    }
    for n in &a.notes {
        println!("Note: {n}");
    }
}
