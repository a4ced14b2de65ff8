//! One row per firm: respondents grouped, their scores pooled, the next
//! module recommended for the firm as a whole.
//!
//! # Grouping
//! A record belongs to the firm named by, in this order:
//! 1. its firm code (`profile.firm`, issued by the trainer in an invitation
//!    link), trimmed: key `code:<code>`;
//! 2. its organisation's name, normalised (see `keys::normalise_name`):
//!    key `name:<normalised>`;
//! 3. neither: a row of its own, key `respondent:<respondent key>`.
//!
//! Then the trainer's [`Adjustments`] apply: a merged key is replaced by
//! the key it was merged into, and a renamed row shows its new name.
//!
//! # Pooling
//! Scores are means over the row's *scored* respondents: those of the
//! baseline wave and those who did not say (both are screening answers);
//! only a firm with nothing but follow-up records is scored from those
//! ([`ScoredWave`] says which). Roles and flags describe the same
//! respondents, so that a row's numbers all speak of one group.
//!
//! The next module is what [`recommend`] says for a firm whose module
//! scores are the row's (rounded) means and whose priorities are the two
//! named most often by its scored respondents (ties in the instrument's
//! order): the same rule a single respondent gets, applied to the pooled
//! answer, with no more priorities than one respondent may state. A row
//! with no score after Module 1 has no next module: nothing supports one.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::flags::{Flag, flags};
use super::keys::{normalise_name, respondent_key};
use super::roles::RoleCounts;
use crate::domain::lang::Lang;
use crate::domain::model::{Choice, Instrument, ModuleId};
use crate::domain::recommend::{Reason, recommend};
use crate::domain::record::{MAX_PRIORITIES, Record, Wave};
use crate::domain::scoring::{Band, Completeness, ModuleScore, Scores, score};

/// A row's identity: stable across imports, so the trainer's merges,
/// renames and class moves keep pointing at the same firm. The text is
/// `code:…`, `name:…` or `respondent:…`; any other text (from a hand-edited
/// workspace) is still a key, of a row that has no records.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct FirmKey(String);

impl FirmKey {
    const CODE: &'static str = "code:";
    const NAME: &'static str = "name:";
    const RESPONDENT: &'static str = "respondent:";

    /// The firm a record names, before any adjustment.
    pub fn of(record: &Record) -> FirmKey {
        let code = record.profile.firm.trim();
        if !code.is_empty() {
            return FirmKey(format!("{}{code}", Self::CODE));
        }
        let name = normalise_name(&record.profile.organisation);
        if name.is_empty() {
            FirmKey(format!("{}{}", Self::RESPONDENT, respondent_key(record)))
        } else {
            FirmKey(format!("{}{name}", Self::NAME))
        }
    }

    pub fn new(text: impl Into<String>) -> FirmKey {
        FirmKey(text.into())
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The key without its kind, as a trainer can read it: the firm code,
    /// the normalised name, or the respondent id.
    pub fn shown(&self) -> &str {
        self.0.split_once(':').map_or(&self.0, |(_, rest)| rest)
    }

    /// The trainer-issued firm code, for a row grouped by one.
    pub fn code(&self) -> Option<&str> {
        self.0.strip_prefix(Self::CODE)
    }

    /// A respondent who named no firm: the row is theirs alone.
    pub fn is_unnamed(&self) -> bool {
        self.0.starts_with(Self::RESPONDENT)
    }
}

/// The trainer's corrections to the automatic grouping, kept as data so
/// they survive importing more records and saving the workspace.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Adjustments {
    /// Row `key` is shown as part of row `value`.
    pub merges: BTreeMap<FirmKey, FirmKey>,
    /// A row's display name, instead of the name its respondents typed.
    pub names: BTreeMap<FirmKey, String>,
}

impl Adjustments {
    /// Shows row `from` as part of row `into` (or of the row `into` is
    /// itself merged into). Returns `false`, changing nothing, when that
    /// would merge a row into itself.
    pub fn merge(&mut self, from: &FirmKey, into: &FirmKey) -> bool {
        let target = self.resolve(into).clone();
        if target == *from || self.resolve(from) == &target {
            return false;
        }
        self.merges.insert(from.clone(), target);
        true
    }

    /// Undoes the merge of `key`: its respondents form their own row again.
    pub fn unmerge(&mut self, key: &FirmKey) {
        self.merges.remove(key);
    }

    /// Sets a row's display name, kept literally apart from trimming; an
    /// empty name goes back to the name the respondents typed.
    pub fn rename(&mut self, key: &FirmKey, name: &str) {
        let name = name.trim();
        if name.is_empty() {
            self.names.remove(key);
        } else {
            self.names.insert(key.clone(), name.to_owned());
        }
    }

    /// The row `key` is shown in: merges followed to the end. A loop (only
    /// possible in a hand-edited file) stops where it would repeat a key.
    pub fn resolve<'a>(&'a self, key: &'a FirmKey) -> &'a FirmKey {
        let mut current = key;
        for _ in 0..=self.merges.len() {
            match self.merges.get(current) {
                Some(next) if next != key => current = next,
                _ => break,
            }
        }
        current
    }
}

/// How many of a row's respondents answered in each wave.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Waves {
    pub baseline: u32,
    pub follow_up: u32,
    /// The record does not say (made without an invitation link).
    pub unstated: u32,
}

impl Waves {
    pub fn total(&self) -> u32 {
        self.baseline + self.follow_up + self.unstated
    }
}

/// Whose answers a row's scores, roles and flags are made of.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ScoredWave {
    /// Baseline records and records that state no wave: the screening.
    Baseline,
    /// Follow-up records, because the firm has nothing else.
    FollowUp,
}

/// The module a firm should take after Module 1, and why.
#[derive(Clone, Debug, PartialEq)]
pub struct NextModule {
    pub module: ModuleId,
    /// The row's mean score in that module.
    pub score: Option<f64>,
    /// The priorities that took part in the recommendation (instrument
    /// ids), most often named first.
    pub priorities: Vec<&'static str>,
    /// The recommendation's own reason, as the widget renders it. Built
    /// from pooled scores, so it names no weakest question.
    pub reason: Reason,
}

/// One firm on the screen.
#[derive(Clone, Debug, PartialEq)]
pub struct FirmRow {
    pub key: FirmKey,
    /// The trainer's name for the row, else the organisation name its
    /// respondents typed most often (ties: the first in code-point order),
    /// else empty. Literal text: escape it when rendering.
    pub name: String,
    /// Rows merged into this one, for undoing a merge.
    pub merged: Vec<FirmKey>,
    /// Sector and size ids: the most common among all the row's
    /// respondents, ties going to the first in the instrument's list.
    pub sector: Option<String>,
    pub size: Option<String>,
    /// Every respondent of the row, all waves: indices into the records
    /// given to [`group`], in their order.
    pub respondents: Vec<usize>,
    /// The scored respondents only.
    pub scored: Vec<usize>,
    pub scored_wave: ScoredWave,
    pub roles: RoleCounts,
    pub waves: Waves,
    /// Mean 0-100 per module, Module 1 first, over the scored respondents
    /// who have a score in it.
    pub scores: [Option<f64>; 5],
    /// Mean of the scored respondents' overall scores.
    pub overall: Option<f64>,
    pub next: Option<NextModule>,
    pub flags: Vec<Flag>,
}

impl FirmRow {
    pub fn score(&self, module: ModuleId) -> Option<f64> {
        self.scores[module as usize]
    }
}

/// Groups `records` into firm rows, in key order, with `adjustments`
/// applied. Every record is in exactly one row.
pub fn group(records: &[Record], adjustments: &Adjustments) -> Vec<FirmRow> {
    let mut members: BTreeMap<FirmKey, (Vec<usize>, Vec<FirmKey>)> = BTreeMap::new();
    for (index, record) in records.iter().enumerate() {
        let own = FirmKey::of(record);
        let row = adjustments.resolve(&own).clone();
        let entry = members.entry(row).or_default();
        entry.0.push(index);
        if adjustments.merges.contains_key(&own) && !entry.1.contains(&own) {
            entry.1.push(own);
        }
    }
    members
        .into_iter()
        .map(|(key, (respondents, mut merged))| {
            merged.sort();
            let name = adjustments.names.get(&key).cloned();
            build_row(records, key, name, merged, respondents)
        })
        .collect()
}

fn build_row(
    records: &[Record],
    key: FirmKey,
    name: Option<String>,
    merged: Vec<FirmKey>,
    respondents: Vec<usize>,
) -> FirmRow {
    let all: Vec<&Record> = respondents.iter().map(|&i| &records[i]).collect();
    let mut waves = Waves::default();
    for record in &all {
        match record.profile.wave {
            Some(Wave::Baseline) => waves.baseline += 1,
            Some(Wave::FollowUp) => waves.follow_up += 1,
            None => waves.unstated += 1,
        }
    }
    let scored_wave = if waves.baseline + waves.unstated > 0 {
        ScoredWave::Baseline
    } else {
        ScoredWave::FollowUp
    };
    let scored: Vec<usize> = respondents
        .iter()
        .copied()
        .filter(|&i| {
            let follow_up = records[i].profile.wave == Some(Wave::FollowUp);
            follow_up == (scored_wave == ScoredWave::FollowUp)
        })
        .collect();
    let scored_records: Vec<&Record> = scored.iter().map(|&i| &records[i]).collect();
    let scores: Vec<Scores> = scored_records
        .iter()
        .map(|r| score(r.instrument(), r))
        .collect();
    let mut roles = RoleCounts::default();
    for record in &scored_records {
        roles.count(record.profile.role.as_deref());
    }
    let instrument = all
        .first()
        .map_or(&crate::domain::instrument::V1, |r| r.instrument());
    let choices = &instrument.profile;
    let size = most_common(
        all.iter().filter_map(|r| r.profile.size.as_deref()),
        choices.sizes,
    );
    let sector = most_common(
        all.iter().filter_map(|r| r.profile.sector.as_deref()),
        choices.sectors,
    );
    let typed = all
        .iter()
        .map(|r| r.profile.organisation.trim())
        .filter(|n| !n.is_empty());
    let name = name.or_else(|| most_common(typed, &[])).unwrap_or_default();
    let module_means = ModuleId::ALL.map(|m| mean(scores.iter().filter_map(|s| s.module(m).score)));
    let overall = mean(scores.iter().filter_map(|s| s.overall));
    let next = next_module(instrument, &scored_records, &scores, &module_means);
    let flags = flags(&scored_records, &scores, size.as_deref(), &roles);
    FirmRow {
        key,
        name,
        merged,
        sector,
        size,
        respondents,
        scored,
        scored_wave,
        roles,
        waves,
        scores: module_means,
        overall,
        next,
        flags,
    }
}

fn mean(values: impl Iterator<Item = u8>) -> Option<f64> {
    let (sum, n) = values.fold((0u32, 0u32), |(s, n), v| (s + u32::from(v), n + 1));
    (n > 0).then(|| f64::from(sum) / f64::from(n))
}

/// The value given most often; ties go to the earlier in `order`, then to
/// values not in it, in code-point order.
fn most_common<'a>(values: impl Iterator<Item = &'a str>, order: &[Choice]) -> Option<String> {
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    for value in values {
        *counts.entry(value).or_default() += 1;
    }
    let position = |v: &str| order.iter().position(|c| c.id == v).unwrap_or(order.len());
    counts
        .into_iter()
        .min_by(|(a, ca), (b, cb)| {
            cb.cmp(ca)
                .then(position(a).cmp(&position(b)))
                .then(a.cmp(b))
        })
        .map(|(value, _)| value.to_owned())
}

fn next_module(
    instrument: &'static Instrument,
    records: &[&Record],
    scores: &[Scores],
    means: &[Option<f64>; 5],
) -> Option<NextModule> {
    if means[1..].iter().all(Option::is_none) {
        return None;
    }
    let priorities = top_priorities(instrument, records);
    let pooled = pooled_scores(scores, means);
    let mut firm = Record::for_instrument(instrument, Lang::En, String::new());
    firm.profile.priorities = priorities.iter().map(|p| (*p).to_owned()).collect();
    let recommendation = recommend(instrument, &firm, &pooled);
    let module = recommendation.next_module;
    Some(NextModule {
        module,
        score: means[module as usize],
        priorities,
        reason: recommendation.ranking[1].reason.clone(),
    })
}

/// Priorities of the instrument's list by how many respondents named them,
/// at most [`MAX_PRIORITIES`].
fn top_priorities(instrument: &'static Instrument, records: &[&Record]) -> Vec<&'static str> {
    let list = instrument.profile.priorities;
    let mut counts = vec![0usize; list.len()];
    for record in records {
        for p in &record.profile.priorities {
            if let Some(i) = list.iter().position(|c| c.id == p) {
                counts[i] += 1;
            }
        }
    }
    let mut named: Vec<usize> = (0..list.len()).filter(|&i| counts[i] > 0).collect();
    // Stable: equal counts stay in the instrument's order.
    named.sort_by(|&a, &b| counts[b].cmp(&counts[a]));
    named
        .into_iter()
        .take(MAX_PRIORITIES)
        .map(|i| list[i].id)
        .collect()
}

/// A [`Scores`] whose module scores are the row's means rounded, and whose
/// completeness is the sum over respondents, for [`recommend`].
fn pooled_scores(scores: &[Scores], means: &[Option<f64>; 5]) -> Scores {
    Scores::from_modules(ModuleId::ALL.map(|m| {
        let score = means[m as usize].map(|v| v.round() as u8);
        let completeness = scores.iter().fold(Completeness::default(), |sum, s| {
            sum + s.module(m).completeness
        });
        ModuleScore {
            module: m,
            score,
            band: score.map(Band::from_score),
            confidence: completeness.confidence(),
            completeness,
            not_tracked: Vec::new(),
        }
    }))
}
