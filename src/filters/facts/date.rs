//! Publication and update dates, French and English: [`parse_date`], [`parse_date_line`],
//! [`Stamp`].
//!
//! Forms read: "Publié le 21/12/2015 à 18h30", "Mis à jour le 21 décembre 2015 à 18:30",
//! "le 1er nov. 2023", "Lundi 21 décembre" (year from the reference, checked against the
//! weekday), "14.09.2020", "Published on October 29, 2023, at 4:28 am", "Dec 14, 2016",
//! "2015-12-21T18:30:00+01:00", "UTC+1" offsets, and, only when the caller gives a reference
//! time, relative forms ("il y a 3 heures", "hier", "2 days ago"). Dates that do not exist
//! (31 février) are rejected. No calendar crate is needed: a civil-date validity check and a
//! days-from-civil conversion (for weekdays and relative dates) are a few lines each.

use std::ops::Range;

use once_cell::sync::Lazy;
use regex::{Captures, Regex};

use crate::filters::gate::Gated;

/// A civil date with an optional time of day and an optional UTC offset, as a page states it.
///
/// ```
/// use newsclean::filters::facts::Stamp;
/// let s = Stamp::parse_iso("2015-12-21T18:30:00+01:00").unwrap();
/// assert_eq!(s.to_iso(), "2015-12-21T18:30:00+01:00");
/// assert!(Stamp::date(2015, 2, 31).is_none());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct Stamp {
    /// Year (1900–2199).
    pub year: i32,
    /// Month, 1–12.
    pub month: u8,
    /// Day of the month, 1–31 (valid for the month).
    pub day: u8,
    /// Time of day (hour 0–23, minute 0–59, second 0–59), when the page gives one.
    pub time: Option<(u8, u8, u8)>,
    /// Offset from UTC in minutes, when the page gives one ("UTC+1", "+01:00", "Z").
    pub offset_minutes: Option<i16>,
}

impl Stamp {
    /// A date with no time, or `None` when the date does not exist.
    pub fn date(year: i32, month: u8, day: u8) -> Option<Stamp> {
        is_valid_date(year, month, day).then_some(Stamp {
            year,
            month,
            day,
            time: None,
            offset_minutes: None,
        })
    }

    /// The same date at `hour:minute:second`, or `None` when the time does not exist.
    pub fn at(self, hour: u8, minute: u8, second: u8) -> Option<Stamp> {
        (hour < 24 && minute < 60 && second < 60).then_some(Stamp {
            time: Some((hour, minute, second)),
            ..self
        })
    }

    /// The same stamp with a UTC offset in minutes (at most ±18 hours).
    pub fn with_offset(self, minutes: i16) -> Option<Stamp> {
        (minutes.abs() <= 18 * 60).then_some(Stamp {
            offset_minutes: Some(minutes),
            ..self
        })
    }

    /// ISO 8601: `2015-12-21`, `2015-12-21T18:30:00`, `2015-12-21T18:30:00+01:00` or `…Z`.
    pub fn to_iso(&self) -> String {
        use std::fmt::Write;
        // Written in place, in a string of the longest form's size ("2015-12-21T18:30:00+01:00").
        let mut s = String::with_capacity(25);
        let _ = write!(s, "{:04}-{:02}-{:02}", self.year, self.month, self.day);
        if let Some((h, m, sec)) = self.time {
            let _ = write!(s, "T{h:02}:{m:02}:{sec:02}");
            match self.offset_minutes {
                Some(0) => s.push('Z'),
                Some(o) => {
                    let sign = if o < 0 { '-' } else { '+' };
                    let o = o.unsigned_abs();
                    let _ = write!(s, "{sign}{:02}:{:02}", o / 60, o % 60);
                }
                None => {}
            }
        }
        s
    }

    /// Reads an ISO 8601 date or date-time as found in metadata (`2015-12-21`,
    /// `2015-12-21T18:30`, `2015-12-21 18:30:00.000Z`, `2015-12-21T18:30:00+0100`).
    pub fn parse_iso(text: &str) -> Option<Stamp> {
        let c = ISO.captures(text.trim())?;
        if c.get(0)?.start() != 0 {
            return None;
        }
        iso_from_captures(&c)
    }

    /// Days since 1970-01-01 (negative before).
    fn days(&self) -> i64 {
        days_from_civil(self.year, self.month, self.day)
    }

    /// Day of the week, 0 = Monday … 6 = Sunday.
    pub fn weekday(&self) -> u8 {
        // 1970-01-01 was a Thursday (3).
        ((self.days() + 3).rem_euclid(7)) as u8
    }

    fn from_days(days: i64) -> Option<Stamp> {
        let (y, m, d) = civil_from_days(days);
        Stamp::date(i32::try_from(y).ok()?, m, d)
    }

    /// Minutes since the epoch, taking a missing time as midnight.
    fn minutes(&self) -> i64 {
        let (h, m, _) = self.time.unwrap_or((0, 0, 0));
        self.days() * 1440 + i64::from(h) * 60 + i64::from(m)
    }

    /// Moves back by `minutes`. A stamp without a time moves by whole days and keeps no time.
    fn minus_minutes(&self, minutes: i64) -> Option<Stamp> {
        if self.time.is_none() {
            return Stamp::from_days(self.days() - minutes / 1440);
        }
        let t = self.minutes() - minutes;
        let day = t.div_euclid(1440);
        let rest = t.rem_euclid(1440);
        let mut s = Stamp::from_days(day)?.at((rest / 60) as u8, (rest % 60) as u8, 0)?;
        s.offset_minutes = self.offset_minutes;
        Some(s)
    }
}

/// Whether `year-month-day` is a real date of the proleptic Gregorian calendar (years
/// 1900–2199 only: news pages do not carry other years, and a wider range lets page numbers
/// pass as years).
///
/// ```
/// use newsclean::filters::facts::is_valid_date;
/// assert!(is_valid_date(2024, 2, 29));
/// assert!(!is_valid_date(2023, 2, 29));
/// assert!(!is_valid_date(2015, 2, 31));
/// ```
pub fn is_valid_date(year: i32, month: u8, day: u8) -> bool {
    if !(1900..=2199).contains(&year) || !(1..=12).contains(&month) || day == 0 {
        return false;
    }
    let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    let max = match month {
        2 if leap => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    };
    day <= max
}

// Howard Hinnant's `days_from_civil` / `civil_from_days`.
fn days_from_civil(y: i32, m: u8, d: u8) -> i64 {
    let y = i64::from(y) - i64::from(m <= 2);
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(m);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(d) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

fn civil_from_days(z: i64) -> (i64, u8, u8) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u8;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y, m, d)
}

/// Which stamp a date line gives.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum StampRole {
    /// First publication ("Publié le", "Published", or no label).
    Published,
    /// Last update ("Mis à jour", "Modifié", "Actualisé", "Updated").
    Updated,
}

/// The dates read from one line.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
#[non_exhaustive]
pub struct DateLine {
    /// Publication date.
    pub published: Option<Stamp>,
    /// Update date.
    pub updated: Option<Stamp>,
    /// Byte ranges of the line that the dates, their times and labels cover.
    pub covered: Vec<Range<usize>>,
    /// Dates found on the line.
    pub found: usize,
    /// Different calendar days among them.
    pub distinct: usize,
    /// Labels ("Publié", "Mis à jour", "Updated" …) found on the line.
    pub labels: usize,
}

impl DateLine {
    /// Several dates and no label: a range ("21 Feb 2007 - 23 Mar 2021") or a list, not a
    /// publication stamp.
    pub fn ranges_or_lists(&self) -> bool {
        self.distinct > 1 && self.labels == 0
    }

    /// Bytes of `text` left once the dates, times, labels and separators are taken out:
    /// what else the line says (a byline, a reading time …).
    pub fn residual<'a>(&self, text: &'a str) -> Vec<&'a str> {
        let mut out = Vec::new();
        let mut at = 0;
        for r in &self.covered {
            if r.start >= at {
                if let Some(s) = text.get(at..r.start) {
                    out.push(s);
                }
            }
            at = at.max(r.end);
        }
        if let Some(s) = text.get(at..) {
            out.push(s);
        }
        out
    }
}

const MONTHS_FR: &str = r"janvier|janv\.?|f[ée]vrier|f[ée]vr?\.?|mars|avril|avr\.?|mai|juin|juillet|juil\.?|ao[ûu]t|septembre|sept?\.?|octobre|oct\.?|novembre|nov\.?|d[ée]cembre|d[ée]c\.?";
const MONTHS_EN: &str = r"january|jan\.?|february|feb\.?|march|mar\.?|april|apr\.?|may|june|jun\.?|july|jul\.?|august|aug\.?|september|sept?\.?|october|oct\.?|november|nov\.?|december|dec\.?";
const WEEKDAYS: &str = r"lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|mon\.?|tuesday|tue\.?|tues\.?|wednesday|wed\.?|thursday|thu\.?|thurs\.?|friday|fri\.?|saturday|sat\.?|sunday|sun\.?";

/// `21 décembre 2015`, `Lundi 1er nov.`, `29 October 2023`.
static DMY_TEXT: Lazy<Gated> = Lazy::new(|| {
    Gated::new(&format!(
        r"(?i)\b(?:(?P<wd>{WEEKDAYS}),?\s+)?(?:the\s+)?(?P<d>1er|[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m>{MONTHS_FR}|{MONTHS_EN})(?:\b|\s|$)(?:,?\s*(?P<y>(?:19|20|21)\d\d)\b)?"
    ))
});

/// `October 29, 2023`, `Dec 14 2016`, `Monday, March 25, 2015`.
static MDY_TEXT: Lazy<Gated> = Lazy::new(|| {
    Gated::new(&format!(
        r"(?i)\b(?:(?P<wd>{WEEKDAYS}),?\s+)?(?P<m>{MONTHS_EN})\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\b(?:,?\s*(?P<y>(?:19|20|21)\d\d)\b)?"
    ))
});

/// `21/12/2015`, `14.09.2020`, `21-12-2015`.
static NUMERIC: Lazy<Gated> = Lazy::new(|| {
    Gated::new(
        r"(?i)\b(?:(?P<wd>lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+)?(?P<d>[0-3]?\d)(?P<sep>[/.\-])(?P<m>[0-3]?\d)[/.\-](?P<y>(?:19|20|21)\d\d)\b",
    )
});

/// `10.12.19`, `mardi 10.12.19`: a two-digit year (2000–2069, 1970–1999).
static NUMERIC_SHORT: Lazy<Gated> = Lazy::new(|| {
    Gated::new(
        r"(?i)\b(?P<d>[0-3]?\d)\s?(?P<sep>[/.])\s?(?P<m>[0-3]?\d)\s?[/.]\s?(?P<y>\d\d)\b(?:[^/.:\d]|$)",
    )
});

/// `2015-12-21`, `2015-12-21T18:30:00.000+01:00`.
static ISO: Lazy<Gated> = Lazy::new(|| {
    Gated::new(
        r"\b(?P<y>(?:19|20|21)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?:[T ](?P<H>[0-2]\d):(?P<M>[0-5]\d)(?::(?P<S>[0-5]\d)(?:[.,]\d+)?)?\s*(?P<tz>Z|[+\-−][01]\d(?::?[0-5]\d)?)?)?",
    )
});

/// `il y a 3 heures`, `2 days ago`, `hier`, `yesterday`.
static RELATIVE: Lazy<Gated> = Lazy::new(|| {
    Gated::new(
        r"(?i)\bil\s+y\s+a\s+(?P<n>\d{1,3}|une?|quelques)\s*(?P<u>minutes?|mins?|mn|heures?|h|jours?|j|semaines?|mois)\b|\b(?P<n2>\d{1,3}|an?|a\s+few)\s*(?P<u2>minutes?|mins?|hours?|hrs?|h|days?|weeks?|months?)\s+ago\b|\b(?P<y>hier|yesterday|aujourd['’]hui|today)\b",
    )
});

/// A time right after a date: `à 18h30`, `- 16:00`, `, at 4:28 am`, `14 h 52`, `UTC+1`.
static TIME_AFTER: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"(?i)^[\s,]*(?:[-–—|@•·]\s*)?(?:(?:à|a|at|vers|,)\s*)*(?P<H>[0-2]?\d)(?:\s*(?P<sep>h|:)\s*(?P<M>[0-5]\d)?(?::(?P<S>[0-5]\d))?)(?:\s*(?P<ap>am|pm|a\.m\.|p\.m\.))?(?:\s*\(?(?:UTC|GMT)\s*(?P<tz>[+\-−]\s*\d{1,2}(?::?\d{2})?)?\)?)?")
        .unwrap_or_else(super::bad_pattern)
});

/// A time on its own after an update label: `mis à jour à 09h42`, `updated 3:33 pm`.
static TIME_ONLY: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"(?i)^\s*(?:le\s+|on\s+)?(?:à|a|at)?\s*(?P<H>[0-2]?\d)\s*(?P<sep>h|:)\s*(?P<M>[0-5]\d)?(?:\s*(?P<ap>am|pm|a\.m\.|p\.m\.))?")
        .unwrap_or_else(super::bad_pattern)
});

/// Labels that say which stamp follows.
static LABEL: Lazy<Gated> = Lazy::new(|| {
    Gated::new(
        r"(?i)(?:^|[^\p{L}])(?P<pub>publi[ée]e?|mis\s+en\s+ligne|cr[ée]{1,2}|published|posted|first\s+published)\b(?:\s+(?:le|on))?|(?:^|[^\p{L}])(?P<upd>mis\s+à\s+jour|mise\s+à\s+jour|m[àa]j|modifi[ée]e?|actualis[ée]e?|updated|last\s+updated|modified|edited)\b(?:\s+(?:le|on|:))?",
    )
});

fn month_number(word: &str) -> Option<u8> {
    let w: String = word
        .chars()
        .filter(|c| c.is_alphabetic())
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            'é' | 'è' => 'e',
            'û' => 'u',
            c => c,
        })
        .collect();
    let p = |n: usize| w.get(..n.min(w.len())).unwrap_or("");
    Some(match p(3) {
        "jan" => 1,
        "fev" | "feb" => 2,
        "mar" => 3,
        "avr" | "apr" => 4,
        "mai" | "may" => 5,
        "jui" | "jun" | "jul" => match p(4) {
            "juin" | "june" | "jun" => 6,
            "juil" | "july" | "jul" => 7,
            _ if w == "jun" => 6,
            _ => 7,
        },
        "aou" | "aug" => 8,
        "sep" => 9,
        "oct" => 10,
        "nov" => 11,
        "dec" => 12,
        _ => return None,
    })
}

fn weekday_number(word: &str) -> Option<u8> {
    let w = word.to_lowercase();
    let w = w.trim_end_matches('.');
    Some(match w.get(..3)? {
        "lun" | "mon" => 0,
        "mar" | "tue" => 1,
        "mer" | "wed" => 2,
        "jeu" | "thu" => 3,
        "ven" | "fri" => 4,
        "sam" | "sat" => 5,
        "dim" | "sun" => 6,
        _ => return None,
    })
}

fn num<T: std::str::FromStr>(c: &Captures<'_>, name: &str) -> Option<T> {
    c.name(name)?.as_str().trim().parse().ok()
}

fn iso_from_captures(c: &Captures<'_>) -> Option<Stamp> {
    let mut s = Stamp::date(num(c, "y")?, num(c, "m")?, num(c, "d")?)?;
    if let (Some(h), Some(m)) = (num::<u8>(c, "H"), num::<u8>(c, "M")) {
        s = s.at(h, m, num(c, "S").unwrap_or(0))?;
        if let Some(tz) = c.name("tz") {
            s = s.with_offset(parse_offset(tz.as_str())?)?;
        }
    }
    Some(s)
}

fn parse_offset(tz: &str) -> Option<i16> {
    let tz = tz.trim();
    if tz.eq_ignore_ascii_case("z") {
        return Some(0);
    }
    let mut chars = tz.chars();
    let sign = match chars.next()? {
        '+' => 1,
        '-' | '−' => -1,
        _ => return None,
    };
    let digits: String = chars.filter(char::is_ascii_digit).collect();
    let (h, m) = match digits.len() {
        1 | 2 => (digits.parse::<i16>().ok()?, 0),
        3 => (
            digits.get(..1)?.parse().ok()?,
            digits.get(1..)?.parse().ok()?,
        ),
        4 => (
            digits.get(..2)?.parse().ok()?,
            digits.get(2..)?.parse().ok()?,
        ),
        _ => return None,
    };
    (h <= 18 && m < 60).then_some(sign * (h * 60 + m))
}

/// One date found in a line, before labels are attached.
#[derive(Debug, Clone, Copy)]
struct Found {
    stamp: Stamp,
    span: (usize, usize),
}

/// Year for a date printed without one: the reference's year, or the year before when that
/// would put the date more than two days after the reference. With a weekday, the year must
/// agree with it (the reference year, then the one before, then the one after).
fn infer_year(month: u8, day: u8, weekday: Option<u8>, reference: Option<&Stamp>) -> Option<i32> {
    let r = reference?;
    let mut tries = vec![r.year, r.year - 1];
    if weekday.is_some() {
        tries.push(r.year + 1);
    }
    tries.into_iter().find(|&y| {
        let Some(s) = Stamp::date(y, month, day) else {
            return false;
        };
        match weekday {
            Some(w) => s.weekday() == w,
            None => s.days() <= r.days() + 2,
        }
    })
}

fn time_after(rest: &str) -> Option<(u8, u8, Option<i16>, usize)> {
    let c = TIME_AFTER.captures(rest)?;
    let sep = c.name("sep").map(|m| m.as_str());
    let has_minutes = c.name("M").is_some();
    // "18h" alone is a time; "18:" without minutes is not.
    if sep == Some(":") && !has_minutes {
        return None;
    }
    let mut h: u8 = num(&c, "H")?;
    let m: u8 = num(&c, "M").unwrap_or(0);
    if let Some(ap) = c.name("ap") {
        let pm = ap.as_str().to_lowercase().starts_with('p');
        if h == 0 || h > 12 {
            return None;
        }
        h = match (pm, h) {
            (false, 12) => 0,
            (true, 12) => 12,
            (true, h) => h + 12,
            (false, h) => h,
        };
    }
    if h > 23 || m > 59 {
        return None;
    }
    let tz = match c.name("tz") {
        Some(t) => Some(parse_offset(&t.as_str().replace(char::is_whitespace, ""))?),
        None if c.get(0)?.as_str().to_ascii_uppercase().contains("UTC")
            || c.get(0)?.as_str().to_ascii_uppercase().contains("GMT") =>
        {
            Some(0)
        }
        None => None,
    };
    Some((h, m, tz, c.get(0)?.end()))
}

fn push_found(out: &mut Vec<Found>, text: &str, s: Stamp, start: usize, end: usize) {
    let mut stamp = s;
    let mut end = end;
    if stamp.time.is_none() {
        if let Some((h, m, tz, len)) = text.get(end..).and_then(time_after) {
            if let Some(t) = stamp.at(h, m, 0) {
                stamp = t;
                if let Some(tz) = tz {
                    stamp = stamp.with_offset(tz).unwrap_or(stamp);
                }
                end += len;
            }
        }
    }
    out.push(Found {
        stamp,
        span: (start, end),
    });
}

/// Whether [`ISO`] can match: every match holds `-[01]` (the month after the year's dash),
/// ASCII characters written out in the pattern, so a text without those two bytes in a row
/// has no match.
fn may_hold_iso(b: &[u8]) -> bool {
    memchr::memchr_iter(b'-', b).any(|i| matches!(b.get(i + 1), Some(b'0' | b'1')))
}

/// Whether [`NUMERIC`] can match: every match holds a separator of `[/.\-]` followed by the
/// year's `19`, `20` or `21`, all ASCII characters written out in the pattern.
fn may_hold_numeric(b: &[u8]) -> bool {
    memchr::memchr3_iter(b'/', b'.', b'-', b).any(|i| {
        matches!(
            b.get(i + 1..i + 3),
            Some([b'1', b'9'] | [b'2', b'0'] | [b'2', b'1'])
        )
    })
}

/// Whether [`NUMERIC_SHORT`] can match: every match holds two separators of `[/.]`, each
/// followed by at most one white-space character (`\s?`) and a digit (`\d`, a Unicode
/// decimal digit, which `char::is_numeric` accepts, as `char::is_whitespace` accepts every
/// `\s`). A text with fewer such separators has no match.
fn may_hold_numeric_short(text: &str) -> bool {
    memchr::memchr2_iter(b'/', b'.', text.as_bytes())
        .filter(|&i| {
            let mut after = text.get(i + 1..).unwrap_or("").chars();
            match after.next() {
                Some(c) if c.is_numeric() => true,
                Some(c) if c.is_whitespace() => after.next().is_some_and(char::is_numeric),
                _ => false,
            }
        })
        .nth(1)
        .is_some()
}

fn find_all(
    text: &str,
    reference: Option<&Stamp>,
    relative: bool,
    slash_day_first: bool,
) -> Vec<Found> {
    let mut out: Vec<Found> = Vec::new();
    // Every form but a relative one holds a digit: a cheap test before the patterns.
    let relative = relative && reference.is_some();
    if !relative && !text.bytes().any(|b| b.is_ascii_digit()) {
        return out;
    }
    let b = text.as_bytes();
    let matches = if may_hold_iso(b) {
        ISO.captures_iter(text)
    } else {
        Vec::new()
    };
    for c in matches {
        let (Some(m0), Some(s)) = (c.get(0), iso_from_captures(&c)) else {
            continue;
        };
        out.push(Found {
            stamp: s,
            span: (m0.start(), m0.end()),
        });
    }
    let matches = if may_hold_numeric(b) {
        NUMERIC.captures_iter(text)
    } else {
        Vec::new()
    };
    for c in matches {
        let Some(m0) = c.get(0) else { continue };
        let (Some(d), Some(m), Some(y)) = (num::<u8>(&c, "d"), num::<u8>(&c, "m"), num(&c, "y"))
        else {
            continue;
        };
        // Day first (French and British order); month first only when day-first is impossible.
        // With slashes on a page whose order is unknown (English: US or British?), a date
        // that reads both ways is skipped.
        if !slash_day_first
            && c.name("sep").is_some_and(|x| x.as_str() == "/")
            && d <= 12
            && m <= 12
            && d != m
        {
            continue;
        }
        let Some(s) = Stamp::date(y, m, d).or_else(|| Stamp::date(y, d, m)) else {
            continue;
        };
        push_found(&mut out, text, s, m0.start(), m0.end());
    }
    let matches = if may_hold_numeric_short(text) {
        NUMERIC_SHORT.captures_iter(text)
    } else {
        Vec::new()
    };
    for c in matches {
        let Some(m0) = c.get(0) else { continue };
        let (Some(d), Some(m), Some(y)) =
            (num::<u8>(&c, "d"), num::<u8>(&c, "m"), num::<i32>(&c, "y"))
        else {
            continue;
        };
        if !slash_day_first
            && c.name("sep").is_some_and(|x| x.as_str() == "/")
            && d <= 12
            && m <= 12
            && d != m
        {
            continue;
        }
        let y = if y < 70 { 2000 + y } else { 1900 + y };
        let Some(s) = Stamp::date(y, m, d) else {
            continue;
        };
        let end = m0.start()
            + m0.as_str()
                .trim_end_matches(|c: char| !c.is_ascii_digit())
                .len();
        push_found(&mut out, text, s, m0.start(), end);
    }
    for re in [&*DMY_TEXT, &*MDY_TEXT] {
        for c in re.captures_iter(text) {
            let Some(m0) = c.get(0) else { continue };
            let Some(month) = c.name("m").and_then(|m| month_number(m.as_str())) else {
                continue;
            };
            let Some(dtext) = c.name("d") else { continue };
            let day: u8 = if dtext.as_str().eq_ignore_ascii_case("1er") {
                1
            } else {
                match dtext.as_str().parse() {
                    Ok(d) => d,
                    Err(_) => continue,
                }
            };
            let weekday = c.name("wd").and_then(|w| weekday_number(w.as_str()));
            let year = match num::<i32>(&c, "y") {
                Some(y) => Some(y),
                None => infer_year(month, day, weekday, reference),
            };
            let Some(s) = year.and_then(|y| Stamp::date(y, month, day)) else {
                continue;
            };
            let end = m0.end() - (m0.as_str().len() - m0.as_str().trim_end().len());
            push_found(&mut out, text, s, m0.start(), end);
        }
    }
    if let Some(r) = reference.filter(|_| relative) {
        for c in RELATIVE.captures_iter(text) {
            let Some(m0) = c.get(0) else { continue };
            let s = if let Some(word) = c.name("y") {
                let w = word.as_str().to_lowercase();
                let back = if w.starts_with("hier") || w.starts_with("yes") {
                    1
                } else {
                    0
                };
                Stamp::from_days(r.days() - back)
            } else {
                let n = c.name("n").or_else(|| c.name("n2")).map(|m| m.as_str());
                let u = c.name("u").or_else(|| c.name("u2")).map(|m| m.as_str());
                let (Some(n), Some(u)) = (n, u) else { continue };
                let n: i64 = match n.to_lowercase().as_str() {
                    "un" | "une" | "a" | "an" => 1,
                    "quelques" | "a few" => 3,
                    x => x.parse().unwrap_or(0),
                };
                let u = u.to_lowercase();
                let minutes = if u.starts_with("mi") || u == "mn" {
                    n
                } else if u.starts_with('h') {
                    n * 60
                } else if u.starts_with('j') || u.starts_with('d') {
                    n * 1440
                } else if u.starts_with('s') || u.starts_with('w') {
                    n * 7 * 1440
                } else {
                    n * 30 * 1440
                };
                // Hours and minutes back from a reference without a time give a date only.
                let mut s = r.minus_minutes(minutes);
                if minutes % 1440 != 0 {
                    if let Some(x) = s.as_mut() {
                        x.time = x.time.filter(|_| r.time.is_some());
                    }
                } else if let Some(x) = s.as_mut() {
                    x.time = None;
                    x.offset_minutes = None;
                }
                s
            };
            if let Some(s) = s {
                push_found(&mut out, text, s, m0.start(), m0.end());
            }
        }
    }
    // Earliest first; drop matches overlapping an earlier, longer one.
    out.sort_by_key(|f| (f.span.0, std::cmp::Reverse(f.span.1)));
    let mut kept: Vec<Found> = Vec::new();
    for f in out {
        if kept.last().is_some_and(|k| f.span.0 < k.span.1) {
            continue;
        }
        kept.push(f);
    }
    kept
}

/// Whether `text` holds a relative date ("il y a 3 heures", "1 day ago", "hier").
pub(crate) fn is_relative(text: &str) -> bool {
    RELATIVE.is_match(text)
}

/// Reads the dates of one line and says which is the publication and which the update.
///
/// `reference` is the time the page was fetched (or any time the caller trusts): it gives
/// the year to dates printed without one and anchors relative dates ("il y a 3 heures").
/// Without it, such dates are not read.
///
/// ```
/// use newsclean::filters::facts::{parse_date_line, Stamp};
/// let l = parse_date_line("Publié le 18 juil. 2024 à 08:01Mis à jour le 18 juil. 2024 à 09:06", None).unwrap();
/// assert_eq!(l.published.unwrap().to_iso(), "2024-07-18T08:01:00");
/// assert_eq!(l.updated.unwrap().to_iso(), "2024-07-18T09:06:00");
/// ```
pub fn parse_date_line(text: &str, reference: Option<&Stamp>) -> Option<DateLine> {
    parse_date_line_with(text, reference, true, true)
}

/// [`parse_date_line`], with `reference` used for year-less dates only when `relative` is
/// false (a year guessed from the page must not anchor "il y a 3 heures"), and with
/// `slash_day_first` false for pages whose numeric order is unknown (English): then a date
/// such as "9/11/13" that reads both ways is skipped.
pub(crate) fn parse_date_line_with(
    text: &str,
    reference: Option<&Stamp>,
    relative: bool,
    slash_day_first: bool,
) -> Option<DateLine> {
    let found = find_all(text, reference, relative, slash_day_first);
    if found.is_empty() {
        // "Publié il y a 3 heures" without a reference, or a bare label: nothing to read.
        return None;
    }
    let labels: Vec<(usize, usize, StampRole)> = LABEL
        .captures_iter(text)
        .into_iter()
        .filter_map(|c| {
            let m = c.get(0)?;
            let (g, role) = match c.name("upd") {
                Some(g) => (g, StampRole::Updated),
                None => (c.name("pub")?, StampRole::Published),
            };
            Some((g.start(), m.end(), role))
        })
        .collect();
    if found.is_empty() {
        // "Publié il y a 3 heures" without a reference, or a bare label: nothing to read.
        return None;
    }
    let mut days: Vec<(i32, u8, u8)> = found
        .iter()
        .map(|f| (f.stamp.year, f.stamp.month, f.stamp.day))
        .collect();
    days.sort_unstable();
    days.dedup();
    let mut line = DateLine {
        found: found.len(),
        distinct: days.len(),
        labels: labels.len(),
        ..DateLine::default()
    };
    let mut prev_end = 0;
    let mut li = 0;
    let mut unlabelled = 0;
    for f in &found {
        // The last label between the previous date and this one.
        let mut role = None;
        while let Some(&(ls, le, r)) = labels.get(li) {
            if ls >= f.span.0 {
                break;
            }
            if ls >= prev_end {
                role = Some(r);
                line.covered.push(ls..le);
            }
            li += 1;
        }
        let role = match role {
            Some(r) => r,
            None => {
                unlabelled += 1;
                if unlabelled > 1 {
                    prev_end = f.span.1;
                    line.covered.push(f.span.0..f.span.1);
                    continue;
                }
                StampRole::Published
            }
        };
        let slot = match role {
            StampRole::Published => &mut line.published,
            StampRole::Updated => &mut line.updated,
        };
        if slot.is_none() {
            *slot = Some(f.stamp);
        }
        line.covered.push(f.span.0..f.span.1);
        prev_end = f.span.1;
    }
    // A label left after the last date with only a time: "…, mis à jour à 09h42".
    while let Some(&(ls, le, r)) = labels.get(li) {
        li += 1;
        if ls < prev_end || r != StampRole::Updated || line.updated.is_some() {
            continue;
        }
        let Some(base) = line.published else { break };
        let Some(c) = text.get(le..).and_then(|t| TIME_ONLY.captures(t)) else {
            continue;
        };
        let Some(m0) = c.get(0) else { continue };
        let (Some(h), m) = (num::<u8>(&c, "H"), num::<u8>(&c, "M").unwrap_or(0)) else {
            continue;
        };
        if c.name("sep").map(|s| s.as_str()) == Some(":") && c.name("M").is_none() {
            continue;
        }
        let mut h = h;
        if let Some(ap) = c.name("ap") {
            if ap.as_str().to_lowercase().starts_with('p') && h < 12 {
                h += 12;
            }
        }
        if let Some(s) = base.at(h, m, 0) {
            line.updated = Some(Stamp {
                offset_minutes: base.offset_minutes,
                ..s
            });
            line.covered.push(ls..le + m0.end());
        }
    }
    line.covered.sort_by_key(|r| r.start);
    Some(line)
}

/// The first date of `text` (the publication date when the line is labelled).
///
/// ```
/// use newsclean::filters::facts::{parse_date, Stamp};
/// let d = parse_date("Mis à jour le 21 décembre 2015 à 18:30", None).unwrap();
/// assert_eq!(d.to_iso(), "2015-12-21T18:30:00");
/// assert!(parse_date("le 31 février 2015", None).is_none());
/// let now = Stamp::date(2015, 12, 22).and_then(|s| s.at(9, 0, 0));
/// assert_eq!(parse_date("Lundi 21 décembre", now.as_ref()).unwrap().to_iso(), "2015-12-21");
/// ```
pub fn parse_date(text: &str, reference: Option<&Stamp>) -> Option<Stamp> {
    let l = parse_date_line(text, reference)?;
    l.published.or(l.updated)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn iso(text: &str) -> Option<String> {
        parse_date(text, None).map(|s| s.to_iso())
    }

    /// The byte tests in front of the numeric patterns never hide a match of them.
    #[test]
    fn numeric_gates_never_hide_a_match() {
        let hand = "2015-12-21\n2015-12-21T18:30:00.000+01:00\nle 21/12/2015\n14.09.2020\n\
            21-12-2015\nmardi 10.12.19\n10 . 12 . 19\n10/ 12/ 19\n10\u{a0}/\u{a0}12\u{a0}/\u{a0}19\n\
            ١٠/١٢/١٩\n٢١/١٢/2015\n١٩٩٩-12-٢١\n2099-1٢-01\n1/1/2000\n3.4.21\n\
            Publié le 10.12.19 à 18h\n1999-02-31\nv2.0.1\n12/2015\n2015-21-12\n\
            Mis à jour 2023-11-30 10:00\n01.01.2001\n31-01-1999\n(2020-01-05)";
        let mut seen = [0usize; 3];
        for line in hand.lines().chain(crate::filters::fixture_lines()) {
            if ISO.regex().is_match(line) {
                seen[0] += 1;
                assert!(may_hold_iso(line.as_bytes()), "{line}");
            }
            if NUMERIC.regex().is_match(line) {
                seen[1] += 1;
                assert!(may_hold_numeric(line.as_bytes()), "{line}");
            }
            if NUMERIC_SHORT.regex().is_match(line) {
                seen[2] += 1;
                assert!(may_hold_numeric_short(line), "{line}");
            }
        }
        assert!(seen.iter().all(|&n| n >= 5), "{seen:?}");
        // And they do turn lines away.
        for line in [
            "Il y a 3 heures",
            "Page 1 - 20",
            "Lire 2 min",
            "v2.0",
            "10 . x . 19",
        ] {
            assert!(!may_hold_iso(line.as_bytes()), "{line}");
            assert!(!may_hold_numeric_short(line), "{line}");
        }
        assert!(!may_hold_numeric(b"Page 1 - 20 ; 2019"));
    }

    #[test]
    fn french_and_english_forms() {
        let table: &[(&str, Option<&str>)] = &[
            ("Publié le 21/12/2015 à 18h30", Some("2015-12-21T18:30:00")),
            (
                "Mis à jour le 21 décembre 2015 à 18:30",
                Some("2015-12-21T18:30:00"),
            ),
            ("le 21 décembre 2015", Some("2015-12-21")),
            ("le 1er novembre 2023", Some("2023-11-01")),
            ("15 Mai 2019 à 06h00", Some("2019-05-15T06:00:00")),
            ("| Le\u{a0}19 février 2020", Some("2020-02-19")),
            (
                "Par Nicolas Gutierrez C. le 14.09.2020 à 11h46",
                Some("2020-09-14T11:46:00"),
            ),
            ("lundi 9 décembre 2019 à 09h08", Some("2019-12-09T09:08:00")),
            ("14/01/2020", Some("2020-01-14")),
            ("mardi 10.12.19", Some("2019-12-10")),
            ("Date 23.05.2011", Some("2011-05-23")),
            ("Publié sur 18/02/2020", Some("2020-02-18")),
            ("version 1.2.3", None),
            ("Publié le 30/04/2024 - 16:00", Some("2024-04-30T16:00:00")),
            (
                "Publié le 06/01/2026 - 14:16 UTC+1",
                Some("2026-01-06T14:16:00+01:00"),
            ),
            ("le 12\u{a0}juillet\u{a0}2023", Some("2023-07-12")),
            ("17\u{a0}h\u{a0}10, le 3 mars 2021", Some("2021-03-03")),
            (
                "Le 2 sept. 2021 à 17\u{a0}h\u{a0}10",
                Some("2021-09-02T17:10:00"),
            ),
            (
                "Published on October 29, 2023, at 4:28 am (Paris)",
                Some("2023-10-29T04:28:00"),
            ),
            ("Dec 14, 2016 4:29 pm UTC", Some("2016-12-14T16:29:00Z")),
            ("March 25, 2015", Some("2015-03-25")),
            ("25 March 2015", Some("2015-03-25")),
            (
                "Updated 12:05 PM ET, Thu September 8, 2016",
                Some("2016-09-08"),
            ),
            (
                "2015-12-21T18:30:00+01:00",
                Some("2015-12-21T18:30:00+01:00"),
            ),
            ("2015-12-21", Some("2015-12-21")),
            // Malformed or impossible.
            ("le 31 février 2015", None),
            ("le 30/02/2016", None),
            ("le 29 février 2023", None),
            ("le 29 février 2024", Some("2024-02-29")),
            ("32/01/2020", None),
            ("le 21 décembre 2015 à 25h30", Some("2015-12-21")),
            ("Lundi 21 décembre", None),
            ("il y a 3 heures", None),
            ("Temps de lecture : 3 min", None),
            ("le 21 truc 2015", None),
            ("", None),
        ];
        for (text, want) in table {
            assert_eq!(iso(text).as_deref(), *want, "{text:?}");
        }
    }

    #[test]
    fn published_and_updated() {
        let table: &[(&str, Option<&str>, Option<&str>)] = &[
            (
                "Publié le 30 août 2023 à 14h52, modifié le 30 août 2023 à 15h54",
                Some("2023-08-30T14:52:00"),
                Some("2023-08-30T15:54:00"),
            ),
            (
                "Publié le 18 juil. 2024 à 08:01Mis à jour le 18 juil. 2024 à 09:06",
                Some("2024-07-18T08:01:00"),
                Some("2024-07-18T09:06:00"),
            ),
            (
                "publié le 26/12/2020 à 21:00 , mis à jour à 21:30",
                Some("2020-12-26T21:00:00"),
                Some("2020-12-26T21:30:00"),
            ),
            (
                "April 28, 2019 at 6:01 am Updated April 29, 2019 at 3:33 pm",
                Some("2019-04-28T06:01:00"),
                Some("2019-04-29T15:33:00"),
            ),
            (
                "Article mis à jour le 7 janvier 2020.",
                None,
                Some("2020-01-07"),
            ),
        ];
        for (text, p, u) in table {
            let l = parse_date_line(text, None).unwrap();
            assert_eq!(l.published.map(|s| s.to_iso()).as_deref(), *p, "{text}");
            assert_eq!(l.updated.map(|s| s.to_iso()).as_deref(), *u, "{text}");
        }
    }

    #[test]
    fn relative_dates_need_a_reference() {
        let r = Stamp::date(2015, 12, 22)
            .and_then(|s| s.at(10, 15, 0))
            .unwrap();
        let table: &[(&str, Option<&str>)] = &[
            ("Publié il y a 3 heures", Some("2015-12-22T07:15:00")),
            ("il y a 11 heures", Some("2015-12-21T23:15:00")),
            ("il y a 2 jours", Some("2015-12-20")),
            ("3 hours ago", Some("2015-12-22T07:15:00")),
            ("hier à 18h30", Some("2015-12-21T18:30:00")),
            ("Lundi 21 décembre", Some("2015-12-21")),
            // The weekday picks the year; one that fits no nearby year is rejected.
            ("Dimanche 21 décembre", Some("2014-12-21")),
            ("Jeudi 21 décembre", None),
            ("le 3 janvier", Some("2015-01-03")),
            ("le 30 décembre", Some("2014-12-30")),
        ];
        for (text, want) in table {
            assert_eq!(
                parse_date(text, Some(&r)).map(|s| s.to_iso()).as_deref(),
                *want,
                "{text}"
            );
            // Without the reference none of these has a year.
            assert_eq!(parse_date(text, None), None, "{text}");
        }
    }

    #[test]
    fn ambiguous_slashes_on_english_pages() {
        let en = |t: &str| {
            parse_date_line_with(t, None, false, false)
                .and_then(|l| l.published)
                .map(|s| s.to_iso())
        };
        assert_eq!(en("9/11/13 10:00AM"), None);
        assert_eq!(en("21/12/2015"), Some("2015-12-21".into()));
        assert_eq!(en("12/21/2015"), Some("2015-12-21".into()));
        assert_eq!(en("08.04.2015"), Some("2015-04-08".into()));
        assert_eq!(iso("9/11/13"), Some("2013-11-09".into()));
    }

    #[test]
    fn calendar_arithmetic() {
        assert_eq!(days_from_civil(1970, 1, 1), 0);
        assert_eq!(civil_from_days(16_790), (2015, 12, 21));
        assert_eq!(Stamp::date(2015, 12, 21).unwrap().weekday(), 0);
        assert!(is_valid_date(2000, 2, 29));
        assert!(!is_valid_date(1900, 2, 29));
        assert!(!is_valid_date(2015, 4, 31));
        assert!(!is_valid_date(2015, 13, 1));
        assert_eq!(parse_offset("+0100"), Some(60));
        assert_eq!(parse_offset("-05:30"), Some(-330));
        assert_eq!(parse_offset("+25"), None);
        assert_eq!(
            Stamp::parse_iso("2015-12-21 18:30:00.000Z").map(|s| s.to_iso()),
            Some("2015-12-21T18:30:00Z".into())
        );
        assert_eq!(Stamp::parse_iso("not a date"), None);
    }
}
