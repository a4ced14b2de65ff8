use yew::{AttrValue, Html};

use crate::domain::digits::number;

/// HTML written as a string, for the read-only parts of the report.
///
/// Each `html!` element becomes a virtual-DOM node built by inlined code,
/// which made the results view the largest function in the bundle. Text
/// that never takes input costs a few calls per element this way, and the
/// markup itself compresses as data. Interactive parts go through `El`
/// (`dom.rs`), which keeps them in the virtual DOM.
///
/// Safety against injection rests on two rules the types enforce: markup
/// comes only from `&'static str` in the source (`tag`), and everything
/// else (organisation names, imported records, share links) goes through
/// `text`, which escapes it.
#[derive(Default)]
pub struct Markup {
    html: String,
}

impl Markup {
    pub fn new() -> Self {
        Self::default()
    }

    /// Markup written in the source code: tags and their fixed attributes.
    /// Not inlined: each call site then costs a few bytes, not a copy.
    #[inline(never)]
    pub fn tag(&mut self, markup: &'static str) -> &mut Self {
        self.html.push_str(markup);
        self
    }

    /// Text from anywhere, escaped so that it reads as text in an element
    /// or inside a quoted attribute value.
    #[inline(never)]
    pub fn text(&mut self, text: &str) -> &mut Self {
        for c in text.chars() {
            match c {
                '&' => self.html.push_str("&amp;"),
                '<' => self.html.push_str("&lt;"),
                '>' => self.html.push_str("&gt;"),
                '"' => self.html.push_str("&quot;"),
                '\'' => self.html.push_str("&#39;"),
                c => self.html.push(c),
            }
        }
        self
    }

    /// A score, count or chart coordinate, without the formatting machinery.
    pub fn num(&mut self, value: u16) -> &mut Self {
        self.html.push_str(number(value).as_str());
        self
    }

    /// `open`, the escaped `text`, then `close`: the common element.
    #[inline(never)]
    pub fn element(&mut self, open: &'static str, text: &str, close: &'static str) -> &mut Self {
        self.tag(open).text(text).tag(close)
    }

    pub fn into_html(self) -> Html {
        Html::from_html_unchecked(AttrValue::from(self.html))
    }

    #[cfg(test)]
    fn as_str(&self) -> &str {
        &self.html
    }
}

#[cfg(test)]
mod tests {
    use super::Markup;

    #[test]
    fn text_is_escaped_for_elements_and_attributes() {
        let mut m = Markup::new();
        m.tag("<p title=\"")
            .text(r#"a"b'c"#)
            .tag("\">")
            .text("<script>&")
            .tag("</p>");
        assert_eq!(
            m.as_str(),
            "<p title=\"a&quot;b&#39;c\">&lt;script&gt;&amp;</p>"
        );
    }

    #[test]
    fn numbers_are_written_in_full() {
        let mut m = Markup::new();
        for value in [0, 7, 42, 100, u16::MAX] {
            m.num(value).tag(" ");
        }
        assert_eq!(m.as_str(), "0 7 42 100 65535 ");
    }

    #[test]
    fn non_ascii_text_passes_through() {
        let mut m = Markup::new();
        m.element("<b>", "Coopération – sécurité", "</b>");
        assert_eq!(m.as_str(), "<b>Coopération – sécurité</b>");
    }
}
