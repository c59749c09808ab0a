//! Deterministic generator of large, messy French news pages for benchmarks, the memory
//! example, adversarial tests and fuzz seeds.
//!
//! Everything here is written from scratch (word lists, templates); no third-party page is
//! copied. A page has what real news pages have and what makes extractors slow: a mega-menu of
//! hundreds of links, inline scripts and a JSON-LD copy of the article, a style sheet, HTML
//! comments, a breadcrumb, a figure with caption and credit, paragraphs with inline markup and
//! « quotes », "Lire aussi" teasers in the body, ad slots, a results table, a most-read list, a
//! newsletter form, a comment thread, a cookie banner and a footer of hundreds of links.
//!
//! [`Page::html`] renders the page as HTML, [`Page::text`] as the scraped text dump a crawler
//! would keep (one line per visible block), so the HTML and text paths see the same page.
//!
//! Include it with `#[path = "../benches/gen/mod.rs"] mod gen;`.
#![allow(dead_code)]

use std::fmt::Write as _;

/// A small, fast, deterministic PRNG (SplitMix64).
#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    /// A generator seeded with `seed`.
    pub fn new(seed: u64) -> Self {
        Rng(seed ^ 0x9E37_79B9_7F4A_7C15)
    }
    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    /// A number in `0..n` (`n > 0`).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n.max(1) as u64) as usize
    }
    /// A number in `lo..=hi`.
    pub fn range(&mut self, lo: usize, hi: usize) -> usize {
        lo + self.below(hi.saturating_sub(lo) + 1)
    }
    /// One element of `xs`.
    pub fn pick<'a>(&mut self, xs: &[&'a str]) -> &'a str {
        xs[self.below(xs.len())]
    }
    /// True with probability `p` percent.
    pub fn chance(&mut self, p: usize) -> bool {
        self.below(100) < p
    }
}

const FIRST: &[&str] = &[
    "Jean",
    "Marie",
    "Élise",
    "François",
    "Sophie",
    "Thierry",
    "Aurélie",
    "Benoît",
    "Chloé",
    "Mathieu",
    "Nathalie",
    "Olivier",
    "Rachida",
    "Yannick",
    "Hélène",
    "Grégoire",
    "Inès",
    "Loïc",
    "Maëlle",
    "Sébastien",
];
const LAST: &[&str] = &[
    "Martin",
    "Bernard",
    "Dubois",
    "Lefèvre",
    "Moreau",
    "Girard",
    "Lambert",
    "Fontaine",
    "Rousseau",
    "Chevalier",
    "Garnier",
    "Faure",
    "Mercier",
    "Blanchard",
    "Gauthier",
    "Perrin",
    "Marchand",
    "Duval",
    "Leroux",
    "Benali",
];
const ROLE: &[&str] = &[
    "le ministre de l’Intérieur",
    "la maire de la ville",
    "le porte-parole du gouvernement",
    "la présidente de la région",
    "le secrétaire général du syndicat",
    "la procureure de la République",
    "le directeur de l’hôpital",
    "l’entraîneur de l’équipe",
    "la rapporteure du texte",
    "le préfet du département",
];
const PLACE: &[&str] = &[
    "Paris",
    "Lyon",
    "Marseille",
    "Toulouse",
    "Lille",
    "Bordeaux",
    "Nantes",
    "Strasbourg",
    "Rennes",
    "Montpellier",
    "Grenoble",
    "Dijon",
    "Brest",
    "Ajaccio",
    "Clermont-Ferrand",
    "Bruxelles",
    "Genève",
    "Montréal",
];
const SUBJ: &[&str] = &[
    "Le gouvernement",
    "La commission",
    "Le conseil municipal",
    "L’Assemblée nationale",
    "Le Sénat",
    "La préfecture",
    "Le tribunal administratif",
    "L’intersyndicale",
    "La direction de l’entreprise",
    "Le collectif d’habitants",
    "Les enquêteurs",
    "Les élus de l’opposition",
];
const VERB: &[&str] = &[
    "a annoncé",
    "a confirmé",
    "a présenté",
    "a rejeté",
    "a adopté",
    "examinera",
    "a dévoilé",
    "a reporté",
    "a défendu",
    "a contesté",
];
const OBJ: &[&str] = &[
    "un plan d’investissement de plusieurs millions d’euros",
    "la réforme des retraites",
    "un nouveau calendrier pour les travaux",
    "le projet de loi sur le logement",
    "la fermeture temporaire de la ligne",
    "une hausse des tarifs de l’énergie",
    "le budget rectificatif",
    "un dispositif d’aide aux agriculteurs",
    "la création de trois cents places en crèche",
    "un accord avec les partenaires sociaux",
];
const TAIL: &[&str] = &[
    "malgré l’opposition d’une partie des élus",
    "après plusieurs semaines de négociations",
    "dans un contexte de forte inflation",
    "à la veille d’un scrutin décisif",
    "sous la pression des associations",
    "selon des documents consultés par la rédaction",
    "alors que la grève se poursuit",
    "pour la deuxième fois cette année",
    "en dépit des critiques de la Cour des comptes",
    "lors d’une conférence de presse",
];
const QUOTE: &[&str] = &[
    "Nous ne lâcherons rien",
    "c’est une décision historique pour notre territoire",
    "Il faut prendre le temps d’écouter tout le monde",
    "la situation est sous contrôle",
    "Nous avons été entendus, mais le combat continue",
    "personne ne pouvait prévoir une telle ampleur",
    "On attend des actes, pas des promesses",
    "ce texte est équilibré",
];
const SECTIONS: &[&str] = &[
    "Actualité",
    "Politique",
    "Société",
    "Économie",
    "International",
    "Sport",
    "Culture",
    "Sciences",
    "Santé",
    "Planète",
    "Faits divers",
    "Justice",
    "Éducation",
    "Tech",
    "Médias",
    "Vidéos",
    "Podcasts",
    "Météo",
    "Régions",
    "Opinions",
];
const SUB: &[&str] = &[
    "Élections",
    "Immobilier",
    "Emploi",
    "Transports",
    "Football",
    "Rugby",
    "Cinéma",
    "Musique",
    "Livres",
    "Séries",
    "Climat",
    "Énergie",
    "Retraites",
    "Impôts",
    "Consommation",
    "Voyage",
    "Gastronomie",
    "Auto",
    "Jeux",
    "Horoscope",
];

/// One generated news page (a model rendered as HTML or as a text dump).
#[derive(Debug, Clone)]
pub struct Page {
    /// Mega-menu: (section, its sub-links).
    pub menu: Vec<(String, Vec<String>)>,
    /// Breadcrumb items.
    pub breadcrumb: Vec<String>,
    /// Article title.
    pub title: String,
    /// Author line.
    pub byline: String,
    /// Date line.
    pub date: String,
    /// Photo caption and credit.
    pub caption: (String, String),
    /// Story chunks: paragraphs, with teasers, tables and ads between them.
    pub body: Vec<Chunk>,
    /// Most-read list.
    pub most_read: Vec<String>,
    /// Comment thread: (author, text).
    pub comments: Vec<(String, String)>,
    /// Footer links.
    pub footer: Vec<String>,
    /// Bytes of inline script per script block.
    pub script_bytes: usize,
    /// How many inline scripts.
    pub scripts: usize,
}

/// A piece of the story column.
#[derive(Debug, Clone)]
pub enum Chunk {
    /// A paragraph (plain text; a few words get inline markup in HTML).
    Para(String),
    /// A subheading.
    Heading(String),
    /// A "Lire aussi" teaser.
    Teaser(String),
    /// An ad slot with its label.
    Ad,
    /// A results table: header and rows.
    Table(Vec<Vec<String>>),
    /// A video with its duration.
    Video(String, u32),
}

/// How big and how messy a page is.
#[derive(Debug, Clone, Copy)]
pub struct Spec {
    /// Sections in the mega-menu.
    pub menu_sections: usize,
    /// Links per menu section.
    pub menu_links: usize,
    /// Story paragraphs.
    pub paragraphs: usize,
    /// Comments.
    pub comments: usize,
    /// Footer links.
    pub footer_links: usize,
    /// Inline scripts.
    pub scripts: usize,
    /// Bytes per inline script.
    pub script_bytes: usize,
}

impl Spec {
    /// A typical large news page (~180 KB of HTML): 20×25 menu links, 20 paragraphs,
    /// 60 comments, 150 footer links, 12 scripts of 6 KB.
    pub fn typical() -> Spec {
        Spec {
            menu_sections: 20,
            menu_links: 25,
            paragraphs: 20,
            comments: 60,
            footer_links: 150,
            scripts: 12,
            script_bytes: 6_000,
        }
    }
    /// A link-heavy page (~1 MB): thousands of menu and footer links, little text — where
    /// DOM-walking filters go superlinear.
    pub fn link_heavy() -> Spec {
        Spec {
            menu_sections: 80,
            menu_links: 80,
            paragraphs: 8,
            comments: 10,
            footer_links: 6000,
            scripts: 4,
            script_bytes: 4_000,
        }
    }
    /// A short article page (~25 KB).
    pub fn short() -> Spec {
        Spec {
            menu_sections: 10,
            menu_links: 6,
            paragraphs: 5,
            comments: 0,
            footer_links: 40,
            scripts: 4,
            script_bytes: 2_000,
        }
    }
}

fn name(r: &mut Rng) -> String {
    format!("{} {}", r.pick(FIRST), r.pick(LAST))
}

/// A French sentence, sometimes with a quote in « » (with NNBSP/NBSP inside) or “ ”.
pub fn sentence(r: &mut Rng) -> String {
    match r.below(6) {
        0 => format!(
            "«\u{a0}{}\u{a0}», a déclaré {} {}, {}.",
            r.pick(QUOTE),
            r.pick(ROLE),
            name(r),
            r.pick(TAIL)
        ),
        1 => format!(
            "Pour {}, {} «\u{202f}{}\u{202f}».",
            r.pick(ROLE),
            "il s’agit d’un tournant, car",
            r.pick(QUOTE)
        ),
        2 => format!(
            "À {}, {} {} {}, {}.",
            r.pick(PLACE),
            r.pick(SUBJ).to_lowercase(),
            r.pick(VERB),
            r.pick(OBJ),
            r.pick(TAIL)
        ),
        3 => format!(
            "Selon {}, {} “{}”.",
            name(r),
            "la mesure reste",
            r.pick(QUOTE)
        ),
        _ => format!(
            "{} {} {}, {}, a-t-on appris le {} {} {}.",
            r.pick(SUBJ),
            r.pick(VERB),
            r.pick(OBJ),
            r.pick(TAIL),
            r.range(1, 28),
            r.pick(&["janvier", "mars", "mai", "juillet", "septembre", "novembre"]),
            r.range(2015, 2026)
        ),
    }
}

/// A paragraph of 2–6 sentences.
pub fn paragraph(r: &mut Rng) -> String {
    let n = r.range(2, 6);
    let mut p = String::new();
    for i in 0..n {
        if i > 0 {
            p.push(' ');
        }
        p.push_str(&sentence(r));
    }
    p
}

fn headline(r: &mut Rng) -> String {
    format!(
        "{} : {} {}",
        r.pick(PLACE),
        r.pick(SUBJ).to_lowercase(),
        r.pick(OBJ)
    )
}

impl Page {
    /// Generates a page.
    pub fn generate(seed: u64, spec: Spec) -> Page {
        let r = &mut Rng::new(seed);
        let menu = (0..spec.menu_sections)
            .map(|i| {
                let s = SECTIONS[i % SECTIONS.len()].to_string();
                let links = (0..spec.menu_links)
                    .map(|_| format!("{} {}", r.pick(SUB), r.pick(PLACE)))
                    .collect();
                (s, links)
            })
            .collect();
        let mut body = Vec::new();
        for i in 0..spec.paragraphs {
            body.push(Chunk::Para(paragraph(r)));
            match i % 7 {
                2 => body.push(Chunk::Teaser(headline(r))),
                3 => body.push(Chunk::Ad),
                4 if r.chance(50) => body.push(Chunk::Heading(headline(r))),
                5 => body.push(Chunk::Video(headline(r), r.range(30, 900) as u32)),
                6 => body.push(Chunk::Table(
                    (0..r.range(4, 12))
                        .map(|_| {
                            vec![
                                r.pick(PLACE).to_string(),
                                format!("{},{} %", r.range(1, 60), r.below(10)),
                                r.range(100, 99_999).to_string(),
                            ]
                        })
                        .collect(),
                )),
                _ => {}
            }
        }
        Page {
            menu,
            breadcrumb: vec![
                "Accueil".into(),
                r.pick(SECTIONS).into(),
                r.pick(SUB).into(),
            ],
            title: headline(r),
            byline: format!("Par {} et {}", name(r), name(r)),
            date: format!(
                "Publié le {} {} {} à {}h{:02}, mis à jour à {}h{:02}",
                r.range(1, 28),
                r.pick(&["janvier", "avril", "juin", "octobre", "décembre"]),
                r.range(2015, 2026),
                r.range(6, 12),
                r.below(60),
                r.range(13, 23),
                r.below(60)
            ),
            caption: (
                format!(
                    "{} à {}, le {} mars.",
                    name(r),
                    r.pick(PLACE),
                    r.range(1, 28)
                ),
                format!(
                    "Crédit : {}",
                    r.pick(&["AFP", "Reuters", "MAXPPP", "Hans Lucas"])
                ),
            ),
            body,
            most_read: (0..10).map(|_| headline(r)).collect(),
            comments: (0..spec.comments).map(|_| (name(r), sentence(r))).collect(),
            footer: (0..spec.footer_links)
                .map(|_| format!("{} {}", r.pick(SUB), r.pick(PLACE)))
                .collect(),
            script_bytes: spec.script_bytes,
            scripts: spec.scripts,
        }
    }

    fn script(&self, i: usize, out: &mut String) {
        out.push_str("<script type=\"text/javascript\">\n(function(w,d){var cfg={");
        let start = out.len();
        let mut k = 0;
        while out.len() - start < self.script_bytes {
            let _ = write!(
                out,
                "\"slot_{i}_{k}\":{{\"id\":\"div-gpt-ad-{k}\",\"sizes\":[[300,250],[728,90]],\"targeting\":{{\"pos\":\"{k}\",\"kw\":\"a<b && c>d\"}}}},"
            );
            k += 1;
        }
        out.push_str("};if(w.innerWidth<768){d.write('<div class=\"ad\"></div>')}})(window,document);\n</script>\n");
    }

    /// Renders the page as HTML.
    pub fn html(&self) -> String {
        let mut o = String::with_capacity(64 * 1024);
        self.html_into(&mut o);
        o
    }

    fn html_into(&self, o: &mut String) {
        let _ = write!(
            o,
            "<!DOCTYPE html>\n<html lang=\"fr\"><head><meta charset=\"utf-8\">\n<title>{} - Le Quotidien</title>\n\
             <meta property=\"og:title\" content=\"{}\"><meta name=\"author\" content=\"{}\">\n\
             <style>.nav{{display:flex}} .ad{{min-height:250px}} .hidden{{display:none}} body{{font:16px/1.5 serif}}</style>\n",
            self.title, self.title, self.byline
        );
        // JSON-LD with a copy of the article body, as many sites ship.
        o.push_str(
            "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"articleBody\":\"",
        );
        for c in &self.body {
            if let Chunk::Para(p) = c {
                o.push_str(&p.replace('"', "\\\""));
                o.push(' ');
            }
        }
        o.push_str("\"}</script>\n");
        for i in 0..self.scripts / 2 {
            self.script(i, o);
        }
        o.push_str("</head>\n<body class=\"page article\">\n<!-- header: built by the CMS -->\n");
        o.push_str("<div id=\"cookie-consent\" class=\"consent-banner\"><p>Nous utilisons des cookies pour améliorer votre expérience. <a href=\"/cookies\">En savoir plus</a></p><button>Accepter</button><button>Refuser</button></div>\n");
        o.push_str(
            "<header class=\"site-header\"><nav class=\"nav main-menu\" aria-label=\"Menu\"><ul>\n",
        );
        for (i, (s, links)) in self.menu.iter().enumerate() {
            let _ = write!(o, "<li class=\"menu-item menu-item-{i}\"><a href=\"/{i}/\">{s}</a><ul class=\"sub-menu\">");
            for (j, l) in links.iter().enumerate() {
                let _ = write!(o, "<li><a href=\"/{i}/{j}/\" class=\"sub-link\" data-track=\"menu-{i}-{j}\">{l}</a></li>");
            }
            o.push_str("</ul></li>\n");
        }
        o.push_str("</ul></nav></header>\n<main id=\"main\"><div class=\"container\"><div class=\"row\">\n");
        o.push_str("<ol class=\"breadcrumb\">");
        for b in &self.breadcrumb {
            let _ = write!(o, "<li><a href=\"/\">{b}</a></li>");
        }
        o.push_str("</ol>\n<article class=\"article-content\" itemscope itemtype=\"https://schema.org/NewsArticle\">\n");
        let _ = write!(
            o,
            "<h1 class=\"headline\">{}</h1>\n<div class=\"meta\"><span class=\"author\">{}</span> <time datetime=\"2024-03-12T14:05:00+01:00\">{}</time></div>\n\
             <div class=\"share-bar\"><a href=\"#\">Facebook</a><a href=\"#\">X</a><a href=\"#\">WhatsApp</a><a href=\"#\">Copier le lien</a></div>\n\
             <figure><img src=\"/img/photo.jpg\" alt=\"\" width=\"1200\" height=\"800\"><figcaption>{} <span class=\"credit\">{}</span></figcaption></figure>\n\
             <div class=\"article-body\" itemprop=\"articleBody\">\n",
            self.title, self.byline, self.date, self.caption.0, self.caption.1
        );
        let mut n = 0;
        for c in &self.body {
            match c {
                Chunk::Para(p) => {
                    n += 1;
                    // Inline markup on a few words; an HTML comment now and then.
                    let (a, b) = p.split_at(p.find(' ').unwrap_or(0));
                    let _ = write!(o, "<p><strong>{a}</strong>{b}");
                    if n % 3 == 0 {
                        o.push_str(" <a href=\"/dossier\">Notre <em>dossier</em></a>.");
                    }
                    o.push_str("</p>\n");
                    if n % 4 == 0 {
                        o.push_str("<!-- /paragraph --><!-- ad-slot: inread -->\n");
                    }
                }
                Chunk::Heading(h) => {
                    let _ = writeln!(o, "<h2>{h}</h2>");
                }
                Chunk::Teaser(t) => {
                    let _ = writeln!(o, "<aside class=\"read-also\"><span>Lire aussi</span> <a href=\"/a\">{t}</a></aside>");
                }
                Chunk::Ad => {
                    o.push_str("<div class=\"ad ad-slot\" id=\"ad-inread\"><span class=\"ad-label\">Publicité</span><div id=\"div-gpt-ad-1\"></div><script>googletag.cmd.push(function(){googletag.display('div-gpt-ad-1')});</script></div>\n");
                }
                Chunk::Video(t, d) => {
                    let _ = writeln!(
                        o,
                        "<div class=\"video-player\"><iframe src=\"https://player.example/v\" allowfullscreen></iframe><p class=\"video-title\">{t}</p><span class=\"duration\">{:02}:{:02}</span></div>",
                        d / 60,
                        d % 60
                    );
                }
                Chunk::Table(rows) => {
                    o.push_str("<table class=\"results\"><thead><tr><th>Ville</th><th>Score</th><th>Voix</th></tr></thead><tbody>");
                    for row in rows {
                        o.push_str("<tr>");
                        for cell in row {
                            let _ = write!(o, "<td>{cell}</td>");
                        }
                        o.push_str("</tr>");
                    }
                    o.push_str("</tbody></table>\n");
                }
            }
        }
        o.push_str("</div>\n<div class=\"tags\"><a href=\"/t/1\">Politique</a> <a href=\"/t/2\">Régions</a></div>\n</article>\n");
        o.push_str(
            "<aside class=\"sidebar\"><section class=\"most-read\"><h3>Les plus lus</h3><ol>",
        );
        for m in &self.most_read {
            let _ = write!(o, "<li><a href=\"/m\">{m}</a></li>");
        }
        o.push_str("</ol></section>\n<form class=\"newsletter\"><p>Recevez notre newsletter chaque matin</p><input type=\"email\" placeholder=\"Votre e-mail\"><button>Je m’inscris</button></form></aside>\n");
        let _ = writeln!(
            o,
            "<section id=\"comments\" class=\"comments\"><h3>{} commentaires</h3>",
            self.comments.len()
        );
        for (a, t) in &self.comments {
            let _ = writeln!(o, "<div class=\"comment\"><span class=\"comment-author\">{a}</span><p>{t}</p><a href=\"#\">Répondre</a></div>");
        }
        o.push_str("</section>\n</div></div></main>\n<footer class=\"site-footer\"><ul>");
        for (i, f) in self.footer.iter().enumerate() {
            let _ = write!(o, "<li><a href=\"/f/{i}\">{f}</a></li>");
            if i % 50 == 49 {
                o.push_str("</ul>\n<ul>");
            }
        }
        o.push_str("</ul><p class=\"legal\">© Le Quotidien 2024 - Tous droits réservés. Mentions légales. CGU.</p></footer>\n");
        for i in self.scripts / 2..self.scripts {
            self.script(i, o);
        }
        o.push_str("</body></html>\n");
    }

    /// Renders the page as a scraped text dump: one line per visible block, in page order.
    pub fn text(&self) -> String {
        let mut o = String::with_capacity(16 * 1024);
        self.text_into(&mut o);
        o
    }

    fn text_into(&self, o: &mut String) {
        o.push_str("Nous utilisons des cookies pour améliorer votre expérience. En savoir plus\nAccepter\nRefuser\nMenu\n");
        for (s, links) in &self.menu {
            o.push_str(s);
            o.push('\n');
            for l in links {
                o.push_str(l);
                o.push('\n');
            }
        }
        for b in &self.breadcrumb {
            o.push_str(b);
            o.push('\n');
        }
        let _ = write!(
            o,
            "{}\n{}\n{}\nFacebook\nX\nWhatsApp\nCopier le lien\n{}\n{}\n",
            self.title, self.byline, self.date, self.caption.0, self.caption.1
        );
        let mut n = 0;
        for c in &self.body {
            match c {
                Chunk::Para(p) => {
                    n += 1;
                    o.push_str(p);
                    if n % 3 == 0 {
                        o.push_str(" Notre dossier.");
                    }
                    o.push('\n');
                }
                Chunk::Heading(h) => {
                    o.push_str(h);
                    o.push('\n');
                }
                Chunk::Teaser(t) => {
                    let _ = writeln!(o, "Lire aussi {t}");
                }
                Chunk::Ad => o.push_str("Publicité\n"),
                Chunk::Video(t, d) => {
                    let _ = writeln!(o, "{t}\n{:02}:{:02}", d / 60, d % 60);
                }
                Chunk::Table(rows) => {
                    o.push_str("Ville\tScore\tVoix\n");
                    for row in rows {
                        o.push_str(&row.join("\t"));
                        o.push('\n');
                    }
                }
            }
        }
        o.push_str("Politique\nRégions\nLes plus lus\n");
        for m in &self.most_read {
            o.push_str(m);
            o.push('\n');
        }
        let _ = writeln!(
            o,
            "Recevez notre newsletter chaque matin\nJe m’inscris\n{} commentaires",
            self.comments.len()
        );
        for (a, t) in &self.comments {
            let _ = writeln!(o, "{a}\n{t}\nRépondre");
        }
        for f in &self.footer {
            o.push_str(f);
            o.push('\n');
        }
        o.push_str("© Le Quotidien 2024 - Tous droits réservés. Mentions légales. CGU.\n");
    }
}

/// A typical page (seed `seed`) as HTML.
pub fn typical_html(seed: u64) -> String {
    Page::generate(seed, Spec::typical()).html()
}

/// A typical page (seed `seed`) as a text dump.
pub fn typical_text(seed: u64) -> String {
    Page::generate(seed, Spec::typical()).text()
}

/// One HTML page of about `bytes` bytes: a typical page whose story grows (more paragraphs,
/// teasers, tables, ads) and whose comment thread grows with it, for size sweeps.
pub fn html_of_size(seed: u64, bytes: usize) -> String {
    Page::generate(seed, scaled(bytes, true)).html()
}

/// One text dump of about `bytes` bytes, scaled like [`html_of_size`].
pub fn text_of_size(seed: u64, bytes: usize) -> String {
    Page::generate(seed, scaled(bytes, false)).text()
}

fn scaled(bytes: usize, html: bool) -> Spec {
    // Measured: a paragraph plus its share of teasers/tables/comments is ~1.36 KB of HTML and
    // ~0.65 KB of text once the fixed chrome (~104 KB HTML, ~4 KB text) is paid.
    let (fixed, per) = if html { (104_000, 1_358) } else { (3_650, 650) };
    let mut s = Spec::typical();
    s.paragraphs = (bytes.saturating_sub(fixed) / per).max(3);
    s.comments = s.paragraphs / 2;
    s.menu_sections = 20.min(2 + bytes / 20_000);
    s.footer_links = 150.min(10 + bytes / 2_000);
    s.scripts = if bytes < 100_000 { 2 } else { 12 };
    s.script_bytes = if bytes < 100_000 { 1_000 } else { 6_000 };
    s
}

/// The stable set of benchmark pages: (name, HTML, text dump).
pub fn corpus() -> Vec<(&'static str, String, String)> {
    let short = Page::generate(1, Spec::short());
    let typical = Page::generate(2, Spec::typical());
    let heavy = Page::generate(3, Spec::link_heavy());
    vec![
        ("short", short.html(), short.text()),
        ("typical", typical.html(), typical.text()),
        ("link_heavy", heavy.html(), heavy.text()),
    ]
}
