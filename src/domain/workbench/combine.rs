//! Opening a workspace file, or what was kept on the device, on top of
//! what is loaded: nothing loaded or decided is lost or overridden.

use std::collections::HashSet;

use super::keys::respondent_key;
use super::workspace::Workspace;

impl Workspace {
    /// Adds `other`'s records that are not here (by respondent), and its
    /// merges, names, moves and hold-backs for firms this workspace has not
    /// decided on. Returns how many records were added.
    pub fn absorb(&mut self, other: Workspace) -> usize {
        let mut seen: HashSet<String> = self.records.iter().map(respondent_key).collect();
        let before = self.records.len();
        let new = other
            .records
            .into_iter()
            .filter(|record| seen.insert(respondent_key(record)));
        self.records.extend(new);
        for (from, into) in other.adjustments.merges {
            self.adjustments.merges.entry(from).or_insert(into);
        }
        for (firm, name) in other.adjustments.names {
            self.adjustments.names.entry(firm).or_insert(name);
        }
        for firm in other.edits.held_back {
            if !self.edits.moves.contains_key(&firm) {
                self.edits.held_back.insert(firm);
            }
        }
        for (firm, class) in other.edits.moves {
            if !self.edits.held_back.contains(&firm) {
                self.edits.moves.entry(firm).or_insert(class);
            }
        }
        self.records.len() - before
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::lang::Lang;
    use crate::domain::model::ModuleId;
    use crate::domain::record::Record;
    use crate::domain::workbench::{ClassId, FirmKey};

    fn record(respondent: &str, firm: &str) -> Record {
        let mut record = Record::new(Lang::En, "2026-11-25T10:00:00Z");
        record.respondent = respondent.to_owned();
        record.profile.firm = firm.to_owned();
        record
    }

    #[test]
    fn absorbing_adds_only_new_respondents_and_never_overrides_a_decision() {
        let (a, b) = (FirmKey::new("code:A"), FirmKey::new("code:B"));
        let class = |number| ClassId {
            module: ModuleId::Quality,
            number,
        };
        let mut here = Workspace {
            records: vec![record("r1", "A")],
            ..Workspace::default()
        };
        here.adjustments.rename(&a, "Ours");
        here.edits.move_to(&a, class(1));

        let mut other = Workspace {
            records: vec![record("r1", "A"), record("r2", "B")],
            ..Workspace::default()
        };
        other.adjustments.rename(&a, "Theirs");
        other.adjustments.rename(&b, "Bee");
        other.edits.hold_back(&a);
        other.edits.move_to(&b, class(2));

        assert_eq!(here.absorb(other), 1);
        assert_eq!(here.records.len(), 2);
        assert_eq!(here.adjustments.names[&a], "Ours");
        assert_eq!(here.adjustments.names[&b], "Bee");
        assert_eq!(here.edits.moves[&a], class(1));
        assert!(!here.edits.held_back.contains(&a));
        assert_eq!(here.edits.moves[&b], class(2));
    }

    #[test]
    fn absorbing_into_an_empty_workspace_takes_everything() {
        let mut other = Workspace {
            records: vec![record("r1", "A"), record("r2", "A")],
            ..Workspace::default()
        };
        other.edits.hold_back(&FirmKey::new("code:A"));
        let mut here = Workspace::default();
        assert_eq!(here.absorb(other.clone()), 2);
        assert_eq!(here, other);
    }
}
