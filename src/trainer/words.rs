//! The words every component of the workbench reads, handed down as one
//! context: the workbench's own file and the widget's two, all in the same
//! language.

use crate::domain::lang::Lang;
use crate::i18n::trainer::TrainerText;
use crate::i18n::{Assessment, Catalog};

#[derive(Clone, Copy, Debug)]
pub struct Words {
    /// The language the texts are in (English when the one asked for
    /// could not be loaded).
    pub lang: Lang,
    pub trainer: &'static TrainerText,
    /// The widget's interface: language names, a record's field names.
    pub ui: &'static Catalog,
    /// The instrument's words: modules, sectors, sizes, roles.
    pub assessment: &'static Assessment,
}

/// Loaded files live for the page's life: the same address is the same text.
impl PartialEq for Words {
    fn eq(&self, other: &Words) -> bool {
        self.lang == other.lang
            && std::ptr::eq(self.trainer, other.trainer)
            && std::ptr::eq(self.ui, other.ui)
            && std::ptr::eq(self.assessment, other.assessment)
    }
}

/// The shipped files, for native code: tests and render tests.
#[cfg(not(target_arch = "wasm32"))]
impl Words {
    pub fn bundled(lang: Lang) -> Result<Words, crate::i18n::CatalogError> {
        use crate::i18n::Part;
        Ok(Words {
            lang,
            trainer: TrainerText::bundled(lang)?,
            ui: Catalog::bundled(lang)?,
            assessment: Assessment::bundled(lang)?,
        })
    }
}
