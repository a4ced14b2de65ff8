//! Native tests of the workbench, one file per module, with records made
//! through the domain's own API.

mod classes;
mod export;
mod firms;
mod flags;
mod import;
mod screen;
mod workspace;

use crate::domain::answers::{Answer, Figure};
use crate::domain::fixtures::{answer_all, at, record};
use crate::domain::instrument::V1;
use crate::domain::model::ModuleId;
use crate::domain::record::{Record, Wave};

/// A respondent built step by step: by default a worker of a garments firm
/// of 50-99 people, every question answered halfway up its scale, one
/// figure given.
#[derive(Clone)]
pub(super) struct Make(Record);

impl Make {
    pub fn new(respondent: &str) -> Make {
        let mut r = record();
        r.respondent = respondent.to_owned();
        r.profile.sector = Some("garments-textiles".into());
        r.profile.size = Some("50-99".into());
        r.profile.role = Some("worker".into());
        answer_all(&mut r, |q| at(q, 0.5));
        r.set_figure("m2.defect-rate", Figure::Value(4.5));
        Make(r)
    }

    pub fn org(mut self, name: &str) -> Make {
        name.clone_into(&mut self.0.profile.organisation);
        self
    }

    pub fn code(mut self, code: &str) -> Make {
        code.clone_into(&mut self.0.profile.firm);
        self
    }

    pub fn role(mut self, role: Option<&str>) -> Make {
        self.0.profile.role = role.map(str::to_owned);
        self
    }

    pub fn size(mut self, size: Option<&str>) -> Make {
        self.0.profile.size = size.map(str::to_owned);
        self
    }

    pub fn sector(mut self, sector: Option<&str>) -> Make {
        self.0.profile.sector = sector.map(str::to_owned);
        self
    }

    pub fn wave(mut self, wave: Option<Wave>) -> Make {
        self.0.profile.wave = wave;
        self
    }

    pub fn priorities(mut self, ids: &[&str]) -> Make {
        self.0.profile.priorities = ids.iter().map(|p| (*p).to_owned()).collect();
        self
    }

    /// Every question at `fraction` of the way up its scale.
    pub fn level(mut self, fraction: f64) -> Make {
        answer_all(&mut self.0, |q| at(q, fraction));
        self
    }

    /// Every question of `module` at `fraction`.
    pub fn module(mut self, module: ModuleId, fraction: f64) -> Make {
        for q in V1.module(module).questions {
            self.0.set_answer(q.id, at(q, fraction));
        }
        self
    }

    /// The first `n` questions left unanswered.
    pub fn skip(mut self, n: usize) -> Make {
        for (_, q) in V1.questions().take(n) {
            self.0.clear_answer(q.id);
        }
        self
    }

    pub fn dont_know(mut self, n: usize) -> Make {
        for (_, q) in V1.questions().take(n) {
            self.0.set_answer(q.id, Answer::DontKnow);
        }
        self
    }

    /// Every figure "not tracked".
    pub fn untracked(mut self) -> Make {
        for (_, i) in V1.indicators() {
            self.0.set_figure(i.id, Figure::NotTracked);
        }
        self
    }

    pub fn done(self) -> Record {
        self.0
    }
}
