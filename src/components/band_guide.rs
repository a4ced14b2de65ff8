use crate::domain::scoring::Band;

use super::markup::Markup;
use super::ui::Ui;

/// What each band means, so a score is never a bare number.
pub fn band_guide(m: &mut Markup, ui: &Ui) {
    let lang = ui.lang();
    m.element(
        "<details class=\"sr-bands\"><summary>",
        ui.text.bands_title,
        "</summary><dl>",
    );
    for band in Band::ALL {
        let (low, high) = band.range();
        m.element("<dt>", band.label().get(lang), " (")
            .num(u16::from(low))
            .tag("–")
            .num(u16::from(high))
            .element(")</dt><dd>", band.interpretation().get(lang), "</dd>");
    }
    m.tag("</dl></details>");
}
