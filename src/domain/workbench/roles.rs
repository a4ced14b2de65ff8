//! Respondents counted by the role they gave: shared by the firm rows, their
//! flags and the comparisons of managers and workers.

use serde::{Deserialize, Serialize};

/// Respondents by the role they gave; `unknown` when none, or one this
/// build does not list.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct RoleCounts {
    pub owner_manager: u32,
    pub supervisor: u32,
    pub worker: u32,
    pub adviser: u32,
    pub unknown: u32,
}

impl RoleCounts {
    /// Counts one respondent of `role` (a role id, or none).
    pub(super) fn count(&mut self, role: Option<&str>) {
        let slot = match role {
            Some("owner-manager") => &mut self.owner_manager,
            Some("supervisor") => &mut self.supervisor,
            Some("worker") => &mut self.worker,
            Some("adviser") => &mut self.adviser,
            _ => &mut self.unknown,
        };
        *slot += 1;
    }

    pub fn total(&self) -> u32 {
        self.owner_manager + self.supervisor + self.worker + self.adviser + self.unknown
    }
}
