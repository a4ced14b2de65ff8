//! Before and after: a firm's follow-up against its baseline, module by
//! module, practice by practice and figure by figure. SCORE's promise is
//! measured change; a drop is shown as it is, and the view adds that people
//! often judge their practice more strictly after training ("response
//! shift").

use std::collections::BTreeSet;
use std::time::SystemTime;

use crate::domain::answers::Figure;
use crate::domain::model::ModuleId;
use crate::domain::record::{Record, Wave};

use super::super::keys::respondent_key;
use super::super::roles::RoleCounts;
use super::group::GroupScore;
use super::scope::{Scope, in_place};
use super::sides::Side;

/// One firm's records split into waves: the baseline (records of the
/// baseline wave and those that state none, as the firm's row scores them)
/// and the follow-up. `respondents` are indices into `records`, as in
/// [`FirmRow::respondents`](super::super::FirmRow); one out of range is
/// skipped.
pub fn split_waves<'a>(
    records: &'a [Record],
    respondents: &[usize],
) -> (Vec<&'a Record>, Vec<&'a Record>) {
    respondents
        .iter()
        .filter_map(|&i| records.get(i))
        .partition(|r| r.profile.wave != Some(Wave::FollowUp))
}

/// Who answered one wave, and when.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct WaveSummary {
    pub roles: RoleCounts,
    /// The earliest and latest timestamps (RFC 3339) that can be read.
    pub earliest: Option<String>,
    pub latest: Option<String>,
    /// The same two, read, for comparing waves.
    span: Option<(SystemTime, SystemTime)>,
}

impl WaveSummary {
    fn of(records: &[&Record]) -> WaveSummary {
        let mut summary = WaveSummary::default();
        for record in records {
            summary.roles.count(record.profile.role.as_deref());
        }
        // Timestamps compared as times, not as text: `…10:00:00Z` and
        // `…10:00:00.5Z` are both valid and sort wrongly as text.
        let dated: Vec<(SystemTime, &str)> = records
            .iter()
            .filter_map(|r| {
                Some((
                    humantime::parse_rfc3339(&r.timestamp).ok()?,
                    r.timestamp.as_str(),
                ))
            })
            .collect();
        if let (Some(&(first, lo)), Some(&(last, hi))) = (dated.iter().min(), dated.iter().max()) {
            summary.earliest = Some(lo.to_owned());
            summary.latest = Some(hi.to_owned());
            summary.span = Some((first, last));
        }
        summary
    }

    pub fn respondents(&self) -> u32 {
        self.roles.total()
    }

    fn has(&self, side: Side) -> bool {
        match side {
            Side::Managers => self.roles.owner_manager > 0,
            Side::Supervisors => self.roles.supervisor > 0,
            Side::Workers => self.roles.worker > 0,
        }
    }
}

/// How many of a wave's respondents put a practice in place (see
/// [`IN_PLACE_FROM`](super::IN_PLACE_FROM)), of those who gave it a level.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct InPlace {
    pub yes: u32,
    pub known: u32,
}

impl InPlace {
    /// In place for the firm: more than half of those who answered with a
    /// level say so. Half is not enough: a practice half the team does not
    /// see is not yet the firm's.
    pub fn holds(&self) -> bool {
        2 * self.yes > self.known
    }
}

/// A practice (a question) newly in place, or lost.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Practice {
    pub question: &'static str,
    pub baseline: InPlace,
    pub follow_up: InPlace,
}

/// One module before and after.
#[derive(Clone, Debug, PartialEq)]
pub struct ModuleChange {
    pub module: ModuleId,
    /// Over each wave's respondents with a score in the module.
    pub baseline: GroupScore,
    pub follow_up: GroupScore,
    /// Follow-up minus baseline, -100 to 100 points; `None` unless both
    /// waves have a score.
    pub change: Option<f64>,
    /// The score went down: the view adds the response-shift note.
    pub dropped: bool,
    /// In place at the follow-up and not at the baseline, in the
    /// instrument's order. Only questions given a level at both waves.
    pub gained: Vec<Practice>,
    /// In place at the baseline and not at the follow-up.
    pub lost: Vec<Practice>,
}

/// A figure's mean over the respondents of a wave who gave a value.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct FigureMean {
    pub mean: f64,
    pub given: u32,
}

/// A figure given at both waves. Its unit is the catalog's `unit` of the
/// indicator; whether up is better depends on the indicator, so the change
/// is not judged here.
#[derive(Clone, Debug, PartialEq)]
pub struct FigureChange {
    pub module: ModuleId,
    pub indicator: &'static str,
    pub baseline: FigureMean,
    pub follow_up: FigureMean,
    /// Follow-up minus baseline, in the indicator's unit.
    pub change: f64,
}

/// Why a before-and-after is partial, doubtful or impossible, for the
/// view to word.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ChangeProblem {
    /// No baseline record (nor one without a wave): nothing to compare with.
    NoBaseline,
    /// No follow-up record yet.
    NoFollowUp,
    /// One respondent in `wave`: one person's view stands for the firm.
    SingleRespondent { wave: Wave },
    /// Every follow-up record is dated before every baseline record: the
    /// waves were probably swapped when the links were made.
    FollowUpBeforeBaseline {
        baseline_earliest: String,
        follow_up_latest: String,
    },
    /// Some follow-up records are dated before some baseline records:
    /// perhaps a record is in the wrong wave.
    WavesOverlap {
        baseline_latest: String,
        follow_up_earliest: String,
    },
    /// The waves were not answered by the same sides (e.g. managers and
    /// workers at the baseline, only managers at the follow-up): part of
    /// the change may be who answered.
    SidesDiffer,
    /// These respondents (ids) answered both waves. Allowed, and what a
    /// panel follow-up is; said so that the trainer knows.
    RespondentInBothWaves { respondents: Vec<String> },
    /// The waves answer different instrument versions: only the questions
    /// and figures they share are compared (see [`WaveChange::scope`]).
    VersionsDiffer,
}

/// A firm's follow-up against its baseline.
#[derive(Clone, Debug, PartialEq)]
pub struct WaveChange {
    pub scope: Scope,
    pub baseline: WaveSummary,
    pub follow_up: WaveSummary,
    /// Module 1 first.
    pub modules: [ModuleChange; 5],
    /// Given at both waves, in the instrument's order.
    pub figures: Vec<FigureChange>,
    pub problems: Vec<ChangeProblem>,
}

impl WaveChange {
    pub fn module(&self, module: ModuleId) -> &ModuleChange {
        &self.modules[module as usize]
    }
}

/// `follow_up` against `baseline` (one firm's respondents of each wave).
pub fn change(baseline: &[&Record], follow_up: &[&Record]) -> WaveChange {
    let scope = Scope::of(baseline.iter().chain(follow_up).copied());
    let modules = ModuleId::ALL.map(|m| module_change(&scope, m, baseline, follow_up));
    let figures = scope
        .indicators()
        .iter()
        .filter_map(|&(module, indicator)| {
            let before = figure_mean(baseline, indicator)?;
            let after = figure_mean(follow_up, indicator)?;
            Some(FigureChange {
                module,
                indicator,
                baseline: before,
                follow_up: after,
                change: after.mean - before.mean,
            })
        })
        .collect();
    let (before, after) = (WaveSummary::of(baseline), WaveSummary::of(follow_up));
    let problems = problems(baseline, follow_up, &before, &after, &scope);
    WaveChange {
        scope,
        baseline: before,
        follow_up: after,
        modules,
        figures,
        problems,
    }
}

fn module_change(
    scope: &Scope,
    module: ModuleId,
    baseline: &[&Record],
    follow_up: &[&Record],
) -> ModuleChange {
    let group = |records: &[&Record]| {
        let scores: Vec<f64> = records
            .iter()
            .filter_map(|r| scope.module_score(r, module))
            .map(f64::from)
            .collect();
        GroupScore::of(&scores)
    };
    let (before, after) = (group(baseline), group(follow_up));
    let change = after.value().zip(before.value()).map(|(a, b)| a - b);
    let (mut gained, mut lost) = (Vec::new(), Vec::new());
    for question in scope.questions(module) {
        let count = |records: &[&Record]| {
            let mut count = InPlace::default();
            for record in records {
                if let Some(yes) = in_place(question, record.answer(question.id)) {
                    count.known += 1;
                    count.yes += u32::from(yes);
                }
            }
            count
        };
        let practice = Practice {
            question: question.id,
            baseline: count(baseline),
            follow_up: count(follow_up),
        };
        if practice.baseline.known == 0 || practice.follow_up.known == 0 {
            continue;
        }
        match (practice.baseline.holds(), practice.follow_up.holds()) {
            (false, true) => gained.push(practice),
            (true, false) => lost.push(practice),
            _ => {}
        }
    }
    ModuleChange {
        module,
        baseline: before,
        follow_up: after,
        change,
        dropped: change.is_some_and(|c| c < 0.0),
        gained,
        lost,
    }
}

fn figure_mean(records: &[&Record], indicator: &str) -> Option<FigureMean> {
    let values: Vec<f64> = records
        .iter()
        .filter_map(|r| match r.figure(indicator) {
            Some(Figure::Value(v)) if v.is_finite() => Some(v),
            _ => None,
        })
        .collect();
    let given = u32::try_from(values.len()).ok().filter(|&n| n > 0)?;
    Some(FigureMean {
        mean: values.iter().sum::<f64>() / f64::from(given),
        given,
    })
}

fn problems(
    baseline: &[&Record],
    follow_up: &[&Record],
    before: &WaveSummary,
    after: &WaveSummary,
    scope: &Scope,
) -> Vec<ChangeProblem> {
    let mut problems = Vec::new();
    for (wave, summary) in [(Wave::Baseline, before), (Wave::FollowUp, after)] {
        match summary.respondents() {
            0 if wave == Wave::Baseline => problems.push(ChangeProblem::NoBaseline),
            0 => problems.push(ChangeProblem::NoFollowUp),
            1 => problems.push(ChangeProblem::SingleRespondent { wave }),
            _ => {}
        }
    }
    if let (Some((b_first, b_last)), Some((f_first, f_last))) = (before.span, after.span) {
        let text = |t: &Option<String>| t.clone().unwrap_or_default();
        if f_last < b_first {
            problems.push(ChangeProblem::FollowUpBeforeBaseline {
                baseline_earliest: text(&before.earliest),
                follow_up_latest: text(&after.latest),
            });
        } else if f_first < b_last {
            problems.push(ChangeProblem::WavesOverlap {
                baseline_latest: text(&before.latest),
                follow_up_earliest: text(&after.earliest),
            });
        }
    }
    let both = before.respondents() > 0 && after.respondents() > 0;
    if both
        && [Side::Managers, Side::Workers]
            .iter()
            .any(|&s| before.has(s) != after.has(s))
    {
        problems.push(ChangeProblem::SidesDiffer);
    }
    let before_ids: BTreeSet<String> = baseline.iter().map(|r| respondent_key(r)).collect();
    let again: BTreeSet<String> = follow_up
        .iter()
        .map(|r| respondent_key(r))
        .filter(|k| before_ids.contains(k))
        .collect();
    if !again.is_empty() {
        problems.push(ChangeProblem::RespondentInBothWaves {
            respondents: again.into_iter().collect(),
        });
    }
    if scope.differs() {
        problems.push(ChangeProblem::VersionsDiffer);
    }
    problems
}
