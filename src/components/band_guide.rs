use crate::domain::scoring::Band;

use super::markup::Markup;
use super::ui::Ui;

/// What each band means, so a score is never a bare number.
pub fn band_guide(m: &mut Markup, ui: &Ui) {
    m.element(
        "<details class=\"sr-bands\"><summary>",
        &ui.text.bands_title,
        "</summary><dl>",
    );
    for band in Band::ALL {
        let (low, high) = band.range();
        m.element("<dt>", ui.words().scoring.band(band).label.as_str(), " (")
            .num(u16::from(low))
            .tag("–")
            .num(u16::from(high))
            .element(
                ")</dt><dd>",
                ui.words().scoring.band(band).meaning.as_str(),
                "</dd>",
            );
    }
    m.tag("</dl></details>");
}
